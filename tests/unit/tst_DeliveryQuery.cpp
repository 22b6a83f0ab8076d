// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery log as the inspector and the activity chart read it, written by
// a real StoreWriter on a temporary database.
#include "DeliverySeeder.h"
#include "TestDatabase.h"
#include "store/DeliveryQuery.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"
#include "store/TestData.h"

#include <QtTest>

using namespace hookdesk;
using test::DeliverySeeder;

class TestDeliveryQuery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void pagesWithoutGapsOrRepeats();
    void newerRowsArriveOnTop();
    void detailKeepsHeadersAndBody();
    void perMinuteCountsTheLastHour();
    void refusalsAreGroupedByReason();
    void testDataGoesWithItsDeliveries();

private:
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<StoreWriter> m_writer;
    SqliteDatabase m_db; // read-only, like the window's
    qint64 m_hookId = 0;
    QDateTime m_now;
};

void TestDeliveryQuery::init()
{
    m_file = std::make_unique<test::TestDatabase>();
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    StoreWriter::Options options;
    options.databasePath = m_file->path();
    QVERIFY2(m_writer->start(options, &error), qPrintable(error));
    {
        SqliteDatabase rw;
        QVERIFY(rw.open(m_file->path(), SqliteDatabase::Mode::ReadWrite));
        const auto hook = HookRepository::add(rw, QStringLiteral("webinar.completed.all"), QString(), &error);
        QVERIFY2(hook, qPrintable(error));
        m_hookId = hook->id;
    }
    // A fixed minute boundary plus 30 s: the per-minute buckets are predictable.
    m_now = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 30), Qt::UTC);
    QVERIFY2(DeliverySeeder::write(*m_writer, DeliverySeeder::lastHour(m_now, m_hookId, QStringLiteral("AbCdEf123")),
                                   &error),
             qPrintable(error));
    QVERIFY(m_db.open(m_file->path(), SqliteDatabase::Mode::ReadOnly));
    QVERIFY2(Schema::prepareForReading(m_db, &error), qPrintable(error));
}

void TestDeliveryQuery::cleanup()
{
    m_db.close();
    m_writer.reset();
    m_file.reset();
}

void TestDeliveryQuery::filters_data()
{
    QTest::addColumn<int>("status");       // DeliveryFilter::Status
    QTest::addColumn<int>("exactStatus");
    QTest::addColumn<int>("hook");         // 0 any, 1 the hook, -1 none
    QTest::addColumn<int>("fromMinutesAgo"); // 0: no bound
    QTest::addColumn<int>("untilMinutesAgo");
    QTest::addColumn<qint64>("expected");

    using S = DeliveryFilter::Status;
    // 120 + 60 + 8 accepted; 14 + 2 + 1 + 1 + 1 + 2 refused.
    QTest::newRow("everything") << int(S::Any) << 0 << 0 << 0 << 0 << qint64(209);
    QTest::newRow("accepted") << int(S::Accepted) << 0 << 0 << 0 << 0 << qint64(188);
    QTest::newRow("refused") << int(S::Refused) << 0 << 0 << 0 << 0 << qint64(21);
    QTest::newRow("exact_401") << int(S::Exact) << 401 << 0 << 0 << 0 << qint64(14);
    QTest::newRow("exact_422") << int(S::Exact) << 422 << 0 << 0 << 0 << qint64(2);
    QTest::newRow("exact_500_none") << int(S::Exact) << 500 << 0 << 0 << 0 << qint64(0);
    QTest::newRow("no_hook") << int(S::Any) << 0 << -1 << 0 << 0 << qint64(3);
    QTest::newRow("the_hook_refused") << int(S::Refused) << 0 << 1 << 0 << 0 << qint64(18);
    QTest::newRow("last_15_minutes") << int(S::Any) << 0 << 0 << 15 << 0 << qint64(89);
    QTest::newRow("burst_window_only") << int(S::Accepted) << 0 << 0 << 45 << 30 << qint64(120);
    QTest::newRow("combined") << int(S::Exact) << 404 << -1 << 5 << 0 << qint64(2);
}

void TestDeliveryQuery::filters()
{
    QFETCH(int, status);
    QFETCH(int, exactStatus);
    QFETCH(int, hook);
    QFETCH(int, fromMinutesAgo);
    QFETCH(int, untilMinutesAgo);
    QFETCH(qint64, expected);

    DeliveryFilter filter;
    filter.status = DeliveryFilter::Status(status);
    filter.exactStatus = exactStatus;
    filter.subscriptionId = hook == 1 ? m_hookId : hook;
    if (fromMinutesAgo)
        filter.from = m_now.addSecs(-60 * fromMinutesAgo);
    if (untilMinutesAgo)
        filter.until = m_now.addSecs(-60 * untilMinutesAgo);
    QString error;
    QCOMPARE(DeliveryQuery::count(m_db, filter, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<DeliveryRow> rows = DeliveryQuery::page(m_db, filter, 0, 1000, &error);
    QCOMPARE(qint64(rows.size()), expected);
    for (const DeliveryRow &row : rows) {
        if (filter.status == DeliveryFilter::Status::Refused)
            QVERIFY(row.isRefused());
        if (filter.status == DeliveryFilter::Status::Accepted)
            QVERIFY(!row.isRefused());
        if (filter.status == DeliveryFilter::Status::Exact)
            QCOMPARE(row.status, exactStatus);
        if (hook == -1)
            QCOMPARE(row.subscriptionId, 0);
        if (filter.from.isValid())
            QVERIFY(row.receivedAt >= filter.from);
        if (filter.until.isValid())
            QVERIFY(row.receivedAt < filter.until);
    }
}

void TestDeliveryQuery::pagesWithoutGapsOrRepeats()
{
    QString error;
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        const QList<DeliveryRow> page = DeliveryQuery::page(m_db, {}, before, 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 50);
        for (const DeliveryRow &row : page)
            ids.append(row.id);
        before = page.last().id;
    }
    QCOMPARE(ids.size(), 209);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids[i] < ids[i - 1]); // newest first, each once
}

void TestDeliveryQuery::newerRowsArriveOnTop()
{
    QString error;
    const qint64 top = DeliveryQuery::page(m_db, {}, 0, 1, &error).first().id;
    QVERIFY(DeliveryQuery::newer(m_db, {}, top, 100, &error).isEmpty());
    QList<DeliverySeeder::Delivery> more;
    for (int i = 0; i < 3; ++i)
        more.append(DeliverySeeder::refused(m_now.addSecs(i), 404, QStringLiteral("unknown hook"), 0,
                                            QStringLiteral("/hooks/zzzzzz…")));
    QVERIFY2(DeliverySeeder::write(*m_writer, more, &error), qPrintable(error));
    const QList<DeliveryRow> newer = DeliveryQuery::newer(m_db, {}, top, 100, &error);
    QCOMPARE(newer.size(), 3);
    QVERIFY(newer.first().id > newer.last().id);
    QVERIFY(newer.last().id > top);
    DeliveryFilter accepted;
    accepted.status = DeliveryFilter::Status::Accepted;
    QVERIFY(DeliveryQuery::newer(m_db, accepted, top, 100, &error).isEmpty());
}

void TestDeliveryQuery::detailKeepsHeadersAndBody()
{
    QString error;
    DeliveryFilter filter;
    filter.status = DeliveryFilter::Status::Exact;
    filter.exactStatus = 401;
    const DeliveryRow row = DeliveryQuery::page(m_db, filter, 0, 1, &error).first();
    const auto detail = DeliveryQuery::detail(m_db, row.id, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->row.id, row.id);
    QCOMPARE(detail->row.status, 401);
    QCOMPARE(detail->row.reason, QStringLiteral("wrong secret in header x-tagmango-secret"));
    QCOMPARE(detail->row.subscriptionId, m_hookId);
    QCOMPARE(detail->row.path, QStringLiteral("/hooks/AbCdEf…"));
    QCOMPARE(detail->contentType(), QStringLiteral("application/json"));
    QVERIFY(detail->body.startsWith("{\"email\""));
    QVERIFY(!detail->isBodyTruncated());
    QVERIFY(!DeliveryQuery::detail(m_db, 999999, &error));
    QVERIFY(error.isEmpty());
}

void TestDeliveryQuery::perMinuteCountsTheLastHour()
{
    QString error;
    const QList<MinuteCount> minutes = DeliveryQuery::perMinute(m_db, m_now, 60, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(minutes.size(), 60);
    QCOMPARE(minutes.last().minute, QDateTime(QDate(2026, 3, 14), QTime(15, 9), Qt::UTC));
    QCOMPARE(minutes.first().minute, QDateTime(QDate(2026, 3, 14), QTime(14, 10), Qt::UTC));
    int accepted = 0;
    int refused = 0;
    for (const MinuteCount &m : minutes) {
        accepted += m.accepted;
        refused += m.refused;
    }
    QCOMPARE(accepted, 188);
    QCOMPARE(refused, 21);
    // 40 minutes before 15:09:30 is 14:29:30; 120 attendees 0.7 s apart reach 14:30:53.
    const int burst = 60 - 1 - 40;
    QCOMPARE(minutes[burst].accepted, 43);
    QCOMPARE(minutes[burst + 1].accepted, 77);
    QCOMPARE(minutes[burst + 2].accepted, 0);
    // A window that starts later misses the burst.
    const QList<MinuteCount> later = DeliveryQuery::perMinute(m_db, m_now.addSecs(30 * 60), 10, &error);
    QCOMPARE(later.size(), 10);
    for (const MinuteCount &m : later)
        QCOMPARE(m.accepted + m.refused, 0);
}

void TestDeliveryQuery::refusalsAreGroupedByReason()
{
    QString error;
    const QList<RefusalCount> all = DeliveryQuery::refusals(m_db, m_now.addSecs(-3600), m_now, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(all.size() >= 6);
    QCOMPARE(all.first().status, 401);
    QCOMPARE(all.first().count, 14);
    QCOMPARE(all.first().reason, QStringLiteral("wrong secret in header x-tagmango-secret"));
    // The two 422s of the last 150 s, with their two different reasons.
    const QList<RefusalCount> lately = DeliveryQuery::refusals(m_db, m_now.addSecs(-150), m_now, 10, &error);
    QCOMPARE(lately.size(), 2);
    QCOMPARE(lately[0].status, 422);
    QCOMPARE(lately[1].status, 422);
    QVERIFY(lately[0].reason != lately[1].reason);
}

void TestDeliveryQuery::testDataGoesWithItsDeliveries()
{
    QString error;
    QList<DeliverySeeder::Delivery> sim;
    AttendeeRecord a;
    a.name = QStringLiteral("Test Person");
    a.webinarId = QStringLiteral("hookdesk-sim-20260314-150000");
    a.rawPayload = "{}";
    for (int i = 0; i < 5; ++i) {
        a.email = QStringLiteral("p%1@example.com").arg(i);
        sim.append(DeliverySeeder::accepted(m_now, m_hookId, QStringLiteral("AbCdEf"), a));
    }
    sim.append(sim.first()); // a duplicate of a test attendee
    QVERIFY2(DeliverySeeder::write(*m_writer, sim, &error), qPrintable(error));
    QCOMPARE(TestData::count(m_db, &error), 5);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id LIKE 'hookdesk-sim-%'")), 1);
    QCOMPARE(DeliveryQuery::count(m_db, {}, &error), 215);

    qint64 removed = -2;
    QString taskError;
    m_writer->runTask([&](SqliteDatabase &db) { removed = TestData::remove(db, &taskError); });
    QTRY_COMPARE(removed, 5);
    QVERIFY(taskError.isEmpty());
    QCOMPARE(TestData::count(m_db, &error), 0);
    // Their delivery-log rows (with the made-up contact details) are gone; the rest stays.
    QCOMPARE(DeliveryQuery::count(m_db, {}, &error), 209);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id LIKE 'hookdesk-sim-%'")), 0);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM attendees")), 180);
}

QTEST_GUILESS_MAIN(TestDeliveryQuery)
#include "tst_DeliveryQuery.moc"
