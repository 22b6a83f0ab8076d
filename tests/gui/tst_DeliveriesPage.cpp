// SPDX-License-Identifier: GPL-3.0-or-later
// The request inspector driven like a user would: choosing filters, selecting a
// request, copying it as curl and replaying it into a real listener. The
// delivery log is written by a real StoreWriter, as the listener writes it.
#include "deliveries/DeliveriesPage.h"
#include "deliveries/DeliveryDetailView.h"
#include "DeliverySeeder.h"
#include "MockClock.h"
#include "deliveries/DeliveryTableModel.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "store/BackgroundReader.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hookdesk;
using test::DeliverySeeder;

namespace {

struct World
{
    // The seeded hour and the page's time ranges end at the same "now". First:
    // the writer and the reader read it on their threads until they stop.
    test::MockClock clock{QDateTime::currentDateTimeUtc()};
    test::TestDatabase file;
    HookDirectory hooks;
    StoreWriter writer{&hooks};
    std::unique_ptr<IntakeService> intake;
    ListenerStatus listener;
    Hook hook;
    std::unique_ptr<BackgroundReader> reader;
    std::unique_ptr<DeliveriesPage> page;

    bool start(bool listen)
    {
        QString error;
        StoreWriter::Options options;
        options.databasePath = file.path();
        if (!writer.start(options, &error))
            return false;
        {
            SqliteDatabase rw;
            if (!rw.open(file.path(), SqliteDatabase::Mode::ReadWrite))
                return false;
            const auto added = HookRepository::add(rw, QStringLiteral("webinar.completed.all"), QString(), &error);
            if (!added)
                return false;
            hook = *added;
        }
        writer.runTask([](SqliteDatabase &) {}); // publishes the new hook
        if (!DeliverySeeder::write(writer, DeliverySeeder::lastHour(clock.nowUtc(), hook.id, hook.token),
                                   &error))
            return false;
        if (listen) {
            intake = std::make_unique<IntakeService>(&writer, &hooks);
            IntakeServer::Options listenOptions;
            listenOptions.port = 0;
            if (!intake->start(listenOptions, &error))
                return false;
            listener.listening = true;
            listener.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(intake->port());
            listener.hookPath = hook.path();
        }
        reader = std::make_unique<BackgroundReader>(file.path());
        page = std::make_unique<DeliveriesPage>(reader.get(), [this] { return listener; });
        page->resize(1200, 700);
        page->show();
        return true;
    }

    ~World()
    {
        page.reset();
        reader.reset();
        if (intake)
            intake->stop();
        writer.stop();
    }

    int rowWithStatus(int status) const
    {
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->rowAt(r)->status == status)
                return r;
        }
        return -1;
    }
};

} // namespace

class TestDeliveriesPage : public QObject
{
    Q_OBJECT
private slots:
    void modelIsConsistent();
    void filters_data();
    void filters();
    void scrollingLoadsOlderRequests();
    void detailShowsHeadersAndPrettyBody();
    void refusedRequestBeforeRoutingExplainsItself();
    void copyAsCurlLeavesSecretsOut();
    void replaySendsThroughTheListener();
    void replayIsRefusedWhenItCannotBeFaithful();
    void newRequestsArriveOnTop();
};

void TestDeliveriesPage::modelIsConsistent()
{
    World w;
    QVERIFY(w.start(false));
    QAbstractItemModelTester tester(w.page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(w.page->model()->rowCount(), DeliveryTableModel::PageRows);
    w.page->setStatusFilter(DeliveryFilter::Status::Refused);
    QTRY_COMPARE(w.page->model()->rowCount(), 21);
}

void TestDeliveriesPage::filters_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exact");
    QTest::addColumn<int>("hook"); // 0 any, 1 the hook, -1 none
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("countText");

    using S = DeliveryFilter::Status;
    using R = DeliveriesPage::Range;
    QTest::newRow("refused") << int(S::Refused) << 0 << 0 << int(R::Any) << 21 << QStringLiteral("21 requests, newest first");
    QTest::newRow("wrong_secret_401") << int(S::Exact) << 401 << 0 << int(R::Any) << 14 << QStringLiteral("14 requests");
    QTest::newRow("invalid_attendee_422") << int(S::Exact) << 422 << 1 << int(R::Any) << 2 << QStringLiteral("2 requests");
    QTest::newRow("no_known_hook") << int(S::Any) << 0 << -1 << int(R::Any) << 3 << QStringLiteral("3 requests");
    QTest::newRow("accepted_last_15_minutes") << int(S::Accepted) << 0 << 0 << int(R::Last15Minutes) << 68
                                              << QStringLiteral("68 requests");
    QTest::newRow("nothing") << int(S::Exact) << 503 << 0 << int(R::Any) << 0 << QStringLiteral("No requests match");
}

void TestDeliveriesPage::filters()
{
    QFETCH(int, status);
    QFETCH(int, exact);
    QFETCH(int, hook);
    QFETCH(int, range);
    QFETCH(int, rows);
    QFETCH(QString, countText);

    World w;
    QVERIFY(w.start(false));
    auto *hookCombo = w.page->findChild<QComboBox *>(QStringLiteral("hookFilter"));
    QTRY_VERIFY(hookCombo->count() == 3); // all, none, and the one hook once its name is read
    w.page->setStatusFilter(DeliveryFilter::Status(status), exact);
    w.page->setHookFilter(hook == 1 ? w.hook.id : hook);
    w.page->setRange(DeliveriesPage::Range(range));
    QTRY_COMPARE(w.page->model()->matchingCount(), qint64(rows));
    QTRY_COMPARE(w.page->model()->rowCount(), rows);
    QVERIFY2(w.page->countText().startsWith(countText), qPrintable(w.page->countText()));
    QCOMPARE(w.page->findChild<QLabel *>(QStringLiteral("deliveryCount"))->text(), w.page->countText());
    for (int r = 0; r < rows; ++r) {
        const DeliveryRow row = *w.page->model()->rowAt(r);
        if (status == int(DeliveryFilter::Status::Refused))
            QVERIFY(row.status >= 400);
        if (status == int(DeliveryFilter::Status::Accepted))
            QVERIFY(row.status < 400);
        if (exact)
            QCOMPARE(row.status, exact);
        if (hook == -1)
            QCOMPARE(row.subscriptionId, 0);
        if (hook == 1)
            QCOMPARE(row.subscriptionId, w.hook.id);
        // What the table shows for the row agrees with it.
        const QString answer = w.page->model()->index(r, DeliveryTableModel::StatusColumn).data().toString();
        QVERIFY(answer.startsWith(QString::number(row.status)));
    }
    if (rows > 0) {
        // The first request is selected and shown.
        QTRY_VERIFY(w.page->detail()->delivery().has_value());
        QCOMPARE(w.page->detail()->delivery()->row.id, w.page->model()->rowAt(0)->id);
    } else {
        QVERIFY(!w.page->detail()->delivery());
    }
}

void TestDeliveriesPage::scrollingLoadsOlderRequests()
{
    World w;
    QVERIFY(w.start(false));
    QTRY_COMPARE(w.page->model()->rowCount(), DeliveryTableModel::PageRows);
    QTRY_COMPARE(w.page->model()->matchingCount(), 209);
    w.page->table()->scrollToBottom();
    QTRY_COMPARE(w.page->model()->rowCount(), 209);
    QVERIFY(!w.page->model()->canFetchMore({}));
    // Oldest last: the first attendee of the 40-minutes-ago burst.
    QCOMPARE(w.page->model()->rowAt(208)->outcome, QStringLiteral("stored"));
}

void TestDeliveriesPage::detailShowsHeadersAndPrettyBody()
{
    World w;
    QVERIFY(w.start(false));
    w.page->setStatusFilter(DeliveryFilter::Status::Exact, 422);
    QTRY_COMPARE(w.page->model()->rowCount(), 2);
    // The older of the two: its email is missing.
    w.page->table()->selectRow(1);
    QTRY_VERIFY(w.page->detail()->delivery() && w.page->detail()->delivery()->row.id == w.page->model()->rowAt(1)->id);
    const DeliveryDetailView *detail = w.page->detail();
    QVERIFY2(detail->summaryText().contains(QLatin1String("422 invalid attendee")), qPrintable(detail->summaryText()));
    QVERIFY(detail->summaryText().contains(QLatin1String("email: missing required field")));
    QVERIFY(detail->summaryText().contains(QStringLiteral("hook: Hook %1").arg(w.hook.id)));
    // Sent through a tunnel: the client it names, not the tunnel's 127.0.0.1.
    QVERIFY(detail->summaryText().contains(QLatin1String("from 13.233.48.127 (via tunnel)")));
    QCOMPARE(w.page->model()->index(1, DeliveryTableModel::FromColumn).data().toString(),
             QStringLiteral("13.233.48.127 (via tunnel)"));

    const auto headers = detail->headersShown();
    QVERIFY(headers.contains(qMakePair(QStringLiteral("user-agent"), QStringLiteral("axios/1.6.8"))));
    QVERIFY(headers.contains(qMakePair(QStringLiteral("x-forwarded-for"), QStringLiteral("13.233.48.127"))));
    QVERIFY(headers.contains(qMakePair(QStringLiteral("x-tagmango-secret"), QStringLiteral("••• secret, not kept"))));
    for (const auto &header : headers)
        QVERIFY(!header.second.contains(QLatin1String("***")));

    // Indented JSON, without the email the sender forgot.
    const QString body = detail->bodyShown();
    QVERIFY2(body.startsWith(QLatin1String("{\n    \"")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("\"name\": \"")));
    QVERIFY(!body.contains(QLatin1String("\"email\"")));
    QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("copyAsCurl"))->isEnabled());
    // Not listening: nothing to replay into, and the button says why.
    auto *replay = detail->findChild<QPushButton *>(QStringLiteral("replayDelivery"));
    QVERIFY(!replay->isEnabled());
    QVERIFY(replay->toolTip().contains(QLatin1String("not running")));

    // Selecting another request replaces the detail.
    w.page->table()->selectRow(0);
    QTRY_VERIFY(detail->delivery()->row.id == w.page->model()->rowAt(0)->id);
    QVERIFY(detail->bodyShown().contains(QLatin1String("rahul.verma at gmail")));
}

void TestDeliveriesPage::refusedRequestBeforeRoutingExplainsItself()
{
    World w;
    QVERIFY(w.start(false));
    w.page->setStatusFilter(DeliveryFilter::Status::Exact, 413);
    QTRY_COMPARE(w.page->model()->rowCount(), 1);
    QTRY_VERIFY(w.page->detail()->delivery().has_value());
    const DeliveryDetailView *detail = w.page->detail();
    QVERIFY(detail->summaryText().contains(QLatin1String("request body larger than 65536 bytes")));
    QVERIFY(detail->summaryText().contains(QLatin1String("refused before it was read")));
    QVERIFY(detail->headersShown().isEmpty());
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("deliveryBodyNote"))->text().contains(QLatin1String("before reading its body")));
}

void TestDeliveriesPage::copyAsCurlLeavesSecretsOut()
{
    World w;
    QVERIFY(w.start(false));
    w.page->setStatusFilter(DeliveryFilter::Status::Accepted);
    QTRY_VERIFY(w.page->detail()->delivery().has_value());
    QApplication::clipboard()->clear();
    QTest::mouseClick(w.page->detail()->findChild<QPushButton *>(QStringLiteral("copyAsCurl")), Qt::LeftButton);
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.contains(QLatin1String("curl -X 'POST' 'http://127.0.0.1:8787/hooks/TOKEN'")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("--data-binary '{")));
    QVERIFY(curl.contains(QLatin1String("x-tagmango-secret")));          // named in the note ...
    QVERIFY(!curl.contains(QLatin1String("-H 'x-tagmango-secret")));    // ... never sent
    QVERIFY(!curl.contains(QLatin1String("***")));
    QVERIFY(!curl.contains(w.hook.token));
    QVERIFY(w.page->actionText().contains(QLatin1String("Replace TOKEN")));
}

void TestDeliveriesPage::replaySendsThroughTheListener()
{
    World w;
    QVERIFY(w.start(true));
    // A 401 with a good attendee (the sender's secret was wrong; the hook now takes it).
    w.page->setStatusFilter(DeliveryFilter::Status::Exact, 401);
    QTRY_COMPARE(w.page->model()->rowCount(), 14);
    QTRY_VERIFY(w.page->detail()->delivery().has_value());
    auto *replay = w.page->detail()->findChild<QPushButton *>(QStringLiteral("replayDelivery"));
    QVERIFY(replay->isEnabled());
    QSignalSpy answered(w.page.get(), &DeliveriesPage::replayAnswered);
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.first().at(0).toInt(), 200);
    QVERIFY2(w.page->actionText().contains(QLatin1String("stored the attendee")), qPrintable(w.page->actionText()));
    QTRY_COMPARE(w.file.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 200 AND "
                                             "headers LIKE '%HookDesk-Replay%'")),
                 1);
    // Replaying it again is a duplicate, as a retry from TagMango would be.
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_COMPARE(answered.count(), 2);
    QVERIFY2(w.page->actionText().contains(QLatin1String("duplicate")), qPrintable(w.page->actionText()));
}

void TestDeliveriesPage::replayIsRefusedWhenItCannotBeFaithful()
{
    World w;
    QVERIFY(w.start(true));
    // A body the log cut short.
    DeliverySeeder::Delivery cut = DeliverySeeder::refused(w.clock.nowUtc(), 413,
                                                           QStringLiteral("request body larger than 65536 bytes"),
                                                           w.hook.id, QStringLiteral("/hooks/x…"),
                                                           QByteArray(16384, 'x'));
    cut.record.bodySize = 70000;
    QString error;
    QVERIFY2(DeliverySeeder::write(w.writer, {cut}, &error), qPrintable(error));
    w.page->setStatusFilter(DeliveryFilter::Status::Exact, 413);
    QTRY_COMPARE(w.page->model()->rowCount(), 2);
    QTRY_VERIFY(w.page->detail()->delivery().has_value());
    QCOMPARE(w.page->detail()->delivery()->row.bodySize, 70000);
    auto *replay = w.page->detail()->findChild<QPushButton *>(QStringLiteral("replayDelivery"));
    QVERIFY(!replay->isEnabled());
    QVERIFY(replay->toolTip().contains(QLatin1String("Only the beginning")));
    QSignalSpy answered(w.page.get(), &DeliveriesPage::replayAnswered);
    w.page->replay();
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.first().at(0).toInt(), 0);
    QVERIFY2(w.page->actionText().contains(QLatin1String("kept only the first")), qPrintable(w.page->actionText()));

    // The other 413 was refused before routing: no hook to send it to.
    w.page->table()->selectRow(1);
    QTRY_VERIFY(w.page->detail()->delivery()->row.subscriptionId == 0);
    QVERIFY(!replay->isEnabled());
    w.page->replay();
    QTRY_COMPARE(answered.count(), 2);
    QVERIFY(w.page->actionText().contains(QLatin1String("known hook")));
}

void TestDeliveriesPage::newRequestsArriveOnTop()
{
    World w;
    QVERIFY(w.start(false));
    w.page->setStatusFilter(DeliveryFilter::Status::Refused);
    QTRY_COMPARE(w.page->model()->rowCount(), 21);
    // The user looks at an older request; news must not take it away.
    w.page->table()->selectRow(5);
    const qint64 watched = w.page->model()->rowAt(5)->id;
    QTRY_COMPARE(w.page->detail()->delivery()->row.id, watched);

    QList<DeliverySeeder::Delivery> news;
    for (int i = 0; i < 3; ++i)
        news.append(DeliverySeeder::refused(w.clock.nowUtc(), 404, QStringLiteral("unknown hook"), 0,
                                            QStringLiteral("/hooks/Qq99zz…")));
    AttendeeRecord a;
    a.name = QStringLiteral("New Person");
    a.email = QStringLiteral("new@example.com");
    a.webinarId = QStringLiteral("6650c1f2a9e4b21d3c8f0a17");
    a.rawPayload = "{}";
    news.append(DeliverySeeder::accepted(w.clock.nowUtc(), w.hook.id, w.hook.token, a));
    QString error;
    QVERIFY2(DeliverySeeder::write(w.writer, news, &error), qPrintable(error));
    w.page->refresh();
    QTRY_COMPARE(w.page->model()->rowCount(), 24); // the accepted one is filtered out
    QTRY_COMPARE(w.page->model()->matchingCount(), 24);
    QCOMPARE(w.page->model()->rowAt(0)->status, 404);
    QCOMPARE(w.page->detail()->delivery()->row.id, watched);
    QCOMPARE(w.page->model()->rowAt(w.page->table()->currentIndex().row())->id, watched);
}

QTEST_MAIN(TestDeliveriesPage)
#include "tst_DeliveriesPage.moc"
