// SPDX-License-Identifier: GPL-3.0-or-later
// Which hook URL the window shows as the one TagMango calls (issue 16: a failed
// Subscribe moved the window to a never-registered token).
#include "store/HookRepository.h"

#include <QtTest>

using namespace hookdesk;

namespace {

const QString Completed = QStringLiteral("webinar.completed.all");

Hook hook(const char *token, int status = 0, bool attempted = false, qint64 deliveries = 0,
          int lastDeliveryMinute = 0)
{
    Hook h;
    h.token = QString::fromLatin1(token);
    h.event = Completed;
    if (attempted) {
        h.apiBase = QStringLiteral("https://api.example");
        h.responseStatus = status;
    }
    h.deliveryCount = deliveries;
    if (deliveries > 0)
        h.lastDeliveryAt = QDateTime(QDate(2026, 12, 1), QTime(10, lastDeliveryMinute), Qt::UTC);
    return h;
}

} // namespace

class tst_CallingHook : public QObject
{
    Q_OBJECT
private slots:
    void picksTheHookTagMangoCalls_data();
    void picksTheHookTagMangoCalls();
    void nothingActive();
};

void tst_CallingHook::picksTheHookTagMangoCalls_data()
{
    QTest::addColumn<QList<Hook>>("hooks"); // oldest first, as HookRepository::list gives them
    QTest::addColumn<QString>("shown");
    QTest::newRow("only_one") << QList<Hook>{hook("a")} << "a";
    QTest::newRow("failed_subscribe_after_a_working_hook")
            << QList<Hook>{hook("calls", 0, false, 1000, 5), hook("draft", 401, true)} << "calls";
    QTest::newRow("no_answer_after_a_working_hook")
            << QList<Hook>{hook("calls", 201, true, 3, 5), hook("draft", 0, true)} << "calls";
    QTest::newRow("registered_beats_failed_without_deliveries")
            << QList<Hook>{hook("ok", 201, true), hook("draft", 500, true)} << "ok";
    QTest::newRow("first_start_hook_beats_a_failed_one")
            << QList<Hook>{hook("first"), hook("draft", 401, true)} << "first";
    QTest::newRow("newest_registered") << QList<Hook>{hook("old", 201, true), hook("new", 201, true)} << "new";
    QTest::newRow("latest_delivery_wins")
            << QList<Hook>{hook("recent", 201, true, 10, 50), hook("older", 201, true, 900, 10)} << "recent";
    QTest::newRow("a_failed_one_that_is_called_anyway")
            << QList<Hook>{hook("ok", 201, true), hook("lost_answer", 0, true, 4, 1)} << "lost_answer";
    QTest::newRow("only_drafts_left") << QList<Hook>{hook("d1", 401, true), hook("d2", 0, true)} << "d2";
    Hook retired = hook("retired", 0, false, 5000, 59);
    retired.retiredAt = QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC);
    Hook other = hook("other", 0, false, 5000, 59);
    other.event = QStringLiteral("webinar.reminder.all");
    QTest::newRow("retired_and_other_events_never") << QList<Hook>{retired, other, hook("draft", 401, true)} << "draft";
}

void tst_CallingHook::picksTheHookTagMangoCalls()
{
    QFETCH(QList<Hook>, hooks);
    QFETCH(QString, shown);
    const std::optional<Hook> calling = HookRepository::callingHook(hooks, Completed);
    QVERIFY(calling);
    QCOMPARE(calling->token, shown);
}

void tst_CallingHook::nothingActive()
{
    Hook retired = hook("retired");
    retired.retiredAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!HookRepository::callingHook({retired}, Completed));
    QVERIFY(!HookRepository::callingHook({}, Completed));
}

QTEST_GUILESS_MAIN(tst_CallingHook)
#include "tst_CallingHook.moc"
