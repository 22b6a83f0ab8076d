// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk simulate` against `hookdesk serve`: two real processes, real HTTP.
#include "ChildProcess.h"
#include "FreePort.h"
#include "HttpClient.h"
#include "TestDatabase.h"

#include <QRegularExpression>
#include <QtTest>

using namespace hookdesk::test;

namespace {

using Run = ChildProcess::Result;

Run run(const QStringList &arguments, const ChildProcess::Options &options = {})
{
    ChildProcess::Options slow = options;
    slow.timeoutMs = 120000;
    return ChildProcess::runHookdesk(arguments, slow);
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thousandAttendeesAreStoredAsTestData();
    void rerunOfTheSameWebinarIsDuplicates();
    void verifyingHookIsSatisfied();
    void refusalsMakeItFail();
    void wholeWebinarAddsItsHooks();
    void noListenerMakesItFail();
    void usageErrors_data();
    void usageErrors();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChildProcess> m_serve;
    quint16 m_port = 0;
    QString m_hookPath;
};

void TestSimulateCommand::init()
{
    m_db = std::make_unique<TestDatabase>();
    const Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), m_db->path()});
    QVERIFY2(added.exitedWith(0), added.report().constData());
    m_hookPath = added.outText().trimmed();
    m_serve = std::make_unique<ChildProcess>();
    m_port = m_serve->startServe(m_db->path());
    QVERIFY2(m_port, m_serve->report().constData());
}

void TestSimulateCommand::cleanup()
{
    const Run served = m_serve ? m_serve->stop(10000) : Run();
    m_serve.reset();
    m_db.reset();
    QVERIFY2(served.exitedWith(0), served.report().constData());
}

void TestSimulateCommand::thousandAttendeesAreStoredAsTestData()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_port)});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    // Which URL it used (token shortened), progress, and a summary.
    QVERIFY2(r.errText().contains(QStringLiteral("http://127.0.0.1:%1%2…").arg(m_port).arg(m_hookPath.left(13))), r.err.constData());
    QVERIFY(!r.errText().contains(m_hookPath)); // never the whole token
    QVERIFY(r.err.contains("sent 1000 of 1000"));
    const QRegularExpression summary(QStringLiteral(
            "webinar (hookdesk-sim-\\d{8}-\\d{6}-\\d{3}): 1000 sent in [0-9.]+ s \\(\\d+/s\\): 1000 stored, 0 duplicate, "
            "0 refused, 0 without an answer"));
    const QRegularExpressionMatch match = summary.match(r.outText());
    QVERIFY2(match.hasMatch(), r.out.constData());

    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1 AND webinar_id = '%1'")
                                 .arg(match.captured(1))),
             1000);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 0")), 0);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(DISTINCT email_norm) FROM attendees")), 1000);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE phone LIKE '+91 %'")) > 700, true);
    QCOMPARE(m_db->text(QStringLiteral("SELECT title FROM webinars")), QStringLiteral("Simulated webinar"));

    // Removing test data leaves a real attendee alone.
    QCOMPARE(HttpClient::request(m_port, "POST", m_hookPath.toUtf8(), HttpClient::attendeeBody(1)).status, 200);
    const Run removed = run({QStringLiteral("simulate"), QStringLiteral("--remove-test-data"),
                             QStringLiteral("--db"), m_db->path()});
    QVERIFY2(removed.exitedWith(0), removed.report().constData());
    QVERIFY2(removed.out.contains("removed 1000 test attendees"), removed.out.constData());
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees")), 1);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM webinars")), 1);
}

void TestSimulateCommand::rerunOfTheSameWebinarIsDuplicates()
{
    // TagMango retrying a whole webinar: the same attendees again.
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_hookPath);
    const QStringList arguments{QStringLiteral("simulate"), QStringLiteral("--url"), url,
                                QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--concurrency"),
                                QStringLiteral("8"), QStringLiteral("--webinar-id"),
                                QStringLiteral("hookdesk-sim-retry")};
    const Run first = run(arguments);
    QVERIFY2(first.exitedWith(0), first.report().constData());
    QVERIFY2(first.out.contains("50 stored, 0 duplicate"), first.out.constData());
    const Run second = run(arguments);
    QVERIFY2(second.exitedWith(0), second.report().constData());
    QVERIFY2(second.out.contains("0 stored, 50 duplicate"), second.out.constData());
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees")), 50);
    QCOMPARE(m_db->count(QStringLiteral("SELECT sum(delivery_count) FROM attendees")), 100);
}

void TestSimulateCommand::verifyingHookIsSatisfied()
{
    // A second hook that demands a header secret and a signature; being newer,
    // it is the one a run without a path picks.
    ChildProcess::Options secrets;
    secrets.environment.insert(QStringLiteral("HD_HEADER_SECRET"), QStringLiteral("tagmango-s3cret"));
    secrets.environment.insert(QStringLiteral("HD_HMAC_SECRET"),
                       QStringLiteral("whsec_") + QString::fromLatin1(QByteArray("0123456789abcdef0123456789abcdef").toBase64()));
    const Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), m_db->path(),
                           QStringLiteral("--header"), QStringLiteral("x-tagmango-secret"),
                           QStringLiteral("--header-secret-env"), QStringLiteral("HD_HEADER_SECRET"),
                           QStringLiteral("--hmac-secret-env"), QStringLiteral("HD_HMAC_SECRET")},
                          secrets);
    QVERIFY2(added.exitedWith(0), added.report().constData());
    const QString verifyingPath = added.outText().trimmed();
    // The running server picks up the new hook.
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(m_port, "POST", verifyingPath.toUtf8(), HttpClient::attendeeBody(1)).status,
                              401, 5000);

    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--count"), QStringLiteral("20")});
    QVERIFY2(r.exitedWith(0), (r.out + r.report()).constData());
    QVERIFY(r.out.contains("20 stored"));
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees a JOIN subscriptions s ON s.id = a.subscription_id "
                                        "WHERE s.verify_header = 'x-tagmango-secret'")),
             20);
}

void TestSimulateCommand::refusalsMakeItFail()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/hooks/no-such-token").arg(m_port), QStringLiteral("--count"),
                       QStringLiteral("5")});
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.outText().contains(QStringLiteral("0 stored, 0 duplicate, 5 refused (5× 404)")), r.out.constData());
    QVERIFY2(r.err.contains("404 unknown hook"), r.err.constData());
}

void TestSimulateCommand::wholeWebinarAddsItsHooks()
{
    const QStringList arguments{QStringLiteral("simulate"), QStringLiteral("--whole-webinar"), QStringLiteral("--db"),
                                m_db->path(), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                                QStringLiteral("--count"), QStringLiteral("20"), QStringLiteral("--walk-ins"),
                                QStringLiteral("2")};
    const Run r = run(arguments);
    // The missing hooks are made, one line each.
    QVERIFY2(r.errText().contains(QStringLiteral("no active webinar.created.single hook; added one: /hooks/")),
             r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("no active webinar.reminder.all hook; added one: /hooks/")),
             r.err.constData());
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE retired_at IS NULL AND event IN "
                                        "('webinar.created.single', 'webinar.reminder.all')")),
             2);
    const QRegularExpression phases(QStringLiteral(
            "webinar (hookdesk-sim-\\d{8}-\\d{6}-\\d{3}): registered 20, reminders 60, attended 12 \\+ 2 walk-ins\n"
            "  webinar.created.single: 20 sent, 20 accepted \\(20 stored, 0 duplicate\\), 0 refused, 0 without an answer\n"
            "  webinar.reminder.all: 60 sent, 60 accepted \\(0 stored, 60 duplicate\\), 0 refused, 0 without an answer\n"
            "  webinar.completed.all: 14 sent, 14 accepted \\(14 stored, 0 duplicate\\), 0 refused, 0 without an answer\n"));
    const QRegularExpressionMatch match = phases.match(r.outText());
    QVERIFY2(match.hasMatch(), r.out.constData());
    QVERIFY2(r.exitedWith(0), r.err.constData());
    const QString webinar = match.captured(1);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1 AND webinar_id = '%1'")
                                 .arg(webinar)),
             14);
    // Every registrant once, with all three reminders; 12 of them came.
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM registrations WHERE is_test = 1 AND webinar_id = '%1' "
                                        "AND booked_at IS NOT NULL AND delivery_count = 4")
                                 .arg(webinar)),
             20);
    QCOMPARE(m_db->count(QStringLiteral("SELECT registered_count * 1000 + matched_count FROM webinars "
                                        "WHERE webinar_id = '%1'")
                                 .arg(webinar)),
             20 * 1000 + 12);

    // A second run finds them.
    const Run again = run(arguments);
    QVERIFY2(!again.errText().contains(QStringLiteral("added one")), again.err.constData());
    QVERIFY2(again.out.contains("reminders 60, attended 12 + 2 walk-ins"), again.out.constData());
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions")), 3);
}

void TestSimulateCommand::noListenerMakesItFail()
{
    const quint16 port = freePort();
    QVERIFY(port);
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/hooks/x").arg(port), QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.out.contains("3 without an answer"), r.out.constData());
    QVERIFY2(r.err.contains("refused"), r.err.constData());
}

void TestSimulateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero_count") << QStringList{QStringLiteral("--count"), QStringLiteral("0")} << QStringLiteral("--count");
    QTest::newRow("bad_concurrency") << QStringList{QStringLiteral("--concurrency"), QStringLiteral("x")}
                                     << QStringLiteral("--concurrency");
    QTest::newRow("ftp_url") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://example.com/")}
                             << QStringLiteral("not an http or https URL");
    QTest::newRow("no_database") << QStringList{QStringLiteral("--db"),
                                                QDir::tempPath() + QStringLiteral("/hookdesk-no-such-database.sqlite")}
                                 << QStringLiteral("there is no HookDesk database");
    QTest::newRow("show_up_over_100") << QStringList{QStringLiteral("--whole-webinar"), QStringLiteral("--show-up"),
                                                     QStringLiteral("120")}
                                      << QStringLiteral("--show-up");
    QTest::newRow("walk_ins_without_whole_webinar") << QStringList{QStringLiteral("--walk-ins"), QStringLiteral("3")}
                                                    << QStringLiteral("need --whole-webinar");
    QTest::newRow("real_webinar_id") << QStringList{QStringLiteral("--webinar-id"), QStringLiteral("6149b1e5612c4e5fd96041d3")}
                                     << QStringLiteral("hookdesk-sim-");
}

void TestSimulateCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("simulate")} + arguments);
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.errText().contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_SimulateCommand.moc"
