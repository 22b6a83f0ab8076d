// SPDX-License-Identifier: GPL-3.0-or-later
// The asynchronous reader: answers arrive on the owner's thread, superseded work
// is dropped, errors come back instead of rows, and every answer is one snapshot
// whose epoch orders it against the other lane's answers.
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "store/AttendeeReader.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace hookdesk;

namespace {

using Lane = AttendeeWindowRequest::Lane;
using Counting = AttendeeWindowRequest::Counting;

AttendeeWindowRequest request(quint64 generation, Lane lane, Counting counting, qint64 offset, int limit,
                              const AttendeeFilter &filter = {})
{
    AttendeeWindowRequest r;
    r.generation = generation;
    r.lane = lane;
    r.counting = counting;
    r.offset = offset;
    r.limit = limit;
    r.filter = filter;
    return r;
}

AttendeeWindow windowAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<AttendeeWindow>();
}

// One window, read and waited for.
AttendeeWindow readOne(AttendeeReader &reader, const AttendeeWindowRequest &r)
{
    QSignalSpy spy(&reader, &AttendeeReader::windowFetched);
    reader.fetchWindow(r);
    if (!spy.wait(10000))
        return {};
    return windowAt(spy, 0);
}

bool addAttendee(const QString &path, const QString &email)
{
    SqliteDatabase db;
    QString error;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, &error))
        return false;
    AttendeeRecord a;
    a.name = QStringLiteral("Late Comer");
    a.email = email;
    a.webinarId = QStringLiteral("w-late");
    return test::AttendeeSeeder(db).insert(a, QDateTime::currentDateTimeUtc(), &error) > 0;
}

} // namespace

class TestAttendeeReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageAndCountArrive();
    void answersComeOnTheOwnersThread();
    void supersededWorkIsDropped();
    void grammarErrorIsReported();
    void missingDatabaseIsReported();
    void epochsFollowCommits();
    void countsOnlyWhenChanged_data();
    void countsOnlyWhenChanged();
    void rowsAndCountShareASnapshot();

private:
    test::TestDatabase m_file;
};

void TestAttendeeReader::initTestCase()
{
    SqliteDatabase db;
    QVERIFY(db.open(m_file.path(), SqliteDatabase::Mode::ReadWrite));
    QString error;
    QVERIFY2(Schema::prepareForWriting(db, &error), qPrintable(error));
    test::AttendeeSeeder::Options options;
    options.attendees = 600;
    options.webinars = 5;
    QVERIFY2(test::AttendeeSeeder(db).realistic(options, &error), qPrintable(error));
}

void TestAttendeeReader::pageAndCountArrive()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy windows(&reader, &AttendeeReader::windowFetched);
    reader.fetchWindow(request(1, Lane::Pages, Counting::Never, 10, 25));
    reader.fetchWindow(request(1, Lane::Counts, Counting::Always, 0, 5));
    QTRY_COMPARE(windows.size(), 2);
    AttendeeWindow page = windowAt(windows, 0);
    AttendeeWindow count = windowAt(windows, 1);
    if (page.request.lane != Lane::Pages)
        std::swap(page, count);
    QCOMPARE(page.request.generation, 1u);
    QCOMPARE(page.request.offset, 10);
    QCOMPARE(page.rows.size(), 25);
    QVERIFY(page.error.isEmpty());
    QCOMPARE(page.snapshot.count, -1); // not asked to count
    QCOMPARE(count.snapshot.count, 600);
    QCOMPARE(count.snapshot.total, 600);
    QCOMPARE(count.rows.size(), 5);
    // A first page shorter than asked for is the whole result: its count is known.
    const AttendeeWindow all = readOne(reader, request(1, Lane::Pages, Counting::Never, 0, 1000));
    QCOMPARE(all.rows.size(), 600);
    QCOMPARE(all.snapshot.count, 600);
}

void TestAttendeeReader::answersComeOnTheOwnersThread()
{
    AttendeeReader reader(m_file.path());
    QThread *seen = nullptr;
    connect(&reader, &AttendeeReader::windowFetched, this, [&] { seen = QThread::currentThread(); },
            Qt::DirectConnection);
    reader.fetchWindow(request(1, Lane::Pages, Counting::Never, 0, 5));
    QTRY_VERIFY(seen != nullptr);
    QCOMPARE(seen, QThread::currentThread());
}

void TestAttendeeReader::supersededWorkIsDropped()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy windows(&reader, &AttendeeReader::windowFetched);
    reader.supersede(5);
    reader.fetchWindow(request(3, Lane::Pages, Counting::Never, 0, 5));
    reader.fetchWindow(request(4, Lane::Counts, Counting::Always, 0, 5));
    reader.fetchWindow(request(5, Lane::Pages, Counting::Never, 0, 7));
    reader.fetchWindow(request(5, Lane::Counts, Counting::Always, 0, 7));
    // Each worker answers in order, so the older requests would have come first.
    QTRY_COMPARE(windows.size(), 2);
    QCOMPARE(windowAt(windows, 0).request.generation, 5u);
    QCOMPARE(windowAt(windows, 1).request.generation, 5u);
    // A barrier on each lane: anything older still queued would come before it.
    reader.fetchWindow(request(6, Lane::Pages, Counting::Never, 0, 1));
    reader.fetchWindow(request(6, Lane::Counts, Counting::Never, 0, 1));
    QTRY_COMPARE(windows.size(), 4);
    QCOMPARE(windowAt(windows, 2).request.generation, 6u);
    QCOMPARE(windowAt(windows, 3).request.generation, 6u);
}

void TestAttendeeReader::grammarErrorIsReported()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy windows(&reader, &AttendeeReader::windowFetched);
    AttendeeFilter filter;
    filter.text = QStringLiteral("after:someday");
    reader.fetchWindow(request(1, Lane::Pages, Counting::Never, 0, 5, filter));
    reader.fetchWindow(request(1, Lane::Counts, Counting::Always, 0, 5, filter));
    QTRY_COMPARE(windows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const AttendeeWindow window = windowAt(windows, i);
        QVERIFY(!window.error.isEmpty());
        QVERIFY(window.rows.isEmpty());
        QCOMPARE(window.snapshot.count, -1);
    }
}

void TestAttendeeReader::missingDatabaseIsReported()
{
    AttendeeReader reader(m_file.folder() + QStringLiteral("/does-not-exist.sqlite"));
    const AttendeeWindow window = readOne(reader, request(1, Lane::Pages, Counting::Never, 0, 5));
    QVERIFY(!window.error.isEmpty());
    QVERIFY(window.rows.isEmpty());
}

void TestAttendeeReader::epochsFollowCommits()
{
    test::TestDatabase file;
    QVERIFY(addAttendee(file.path(), QStringLiteral("first@example.com")));
    AttendeeReader reader(file.path());
    // No commit in between: both connections see the same snapshot, one epoch.
    const AttendeeWindow a = readOne(reader, request(1, Lane::Pages, Counting::Never, 0, 5));
    const AttendeeWindow b = readOne(reader, request(1, Lane::Counts, Counting::Always, 0, 5));
    QVERIFY(a.snapshot.epoch > 0);
    QCOMPARE(b.snapshot.epoch, a.snapshot.epoch);
    QCOMPARE(b.snapshot.maxId, a.snapshot.maxId);
    // A commit: whichever lane reads next has a later epoch, and so has the other.
    QVERIFY(addAttendee(file.path(), QStringLiteral("second@example.com")));
    const AttendeeWindow c = readOne(reader, request(1, Lane::Counts, Counting::Always, 0, 5));
    QVERIFY(c.snapshot.epoch > b.snapshot.epoch);
    QCOMPARE(c.snapshot.count, 2);
    QCOMPARE(c.snapshot.maxId, a.snapshot.maxId + 1);
    const AttendeeWindow d = readOne(reader, request(1, Lane::Pages, Counting::Never, 0, 5));
    QCOMPARE(d.snapshot.epoch, c.snapshot.epoch);
    QCOMPARE(d.rows.size(), 2);
}

void TestAttendeeReader::countsOnlyWhenChanged_data()
{
    QTest::addColumn<bool>("commitInBetween");
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<qint64>("expectedNewer"); // -1: not counted
    QTest::newRow("unchanged") << false << QString() << qint64(-1);
    QTest::newRow("newcomer") << true << QString() << qint64(1);
    QTest::newRow("newcomer_outside_filter") << true << QStringLiteral("zzzqqq") << qint64(0);
}

void TestAttendeeReader::countsOnlyWhenChanged()
{
    QFETCH(bool, commitInBetween);
    QFETCH(QString, filterText);
    QFETCH(qint64, expectedNewer);
    test::TestDatabase file;
    QVERIFY(addAttendee(file.path(), QStringLiteral("first@example.com")));
    AttendeeReader reader(file.path());
    AttendeeFilter filter;
    filter.text = filterText;
    const AttendeeWindow shown = readOne(reader, request(1, Lane::Counts, Counting::Always, 0, 5, filter));
    QVERIFY(shown.error.isEmpty());
    if (commitInBetween)
        QVERIFY(addAttendee(file.path(), QStringLiteral("second@example.com")));
    AttendeeWindowRequest page = request(1, Lane::Pages, Counting::IfChanged, 0, 5, filter);
    page.known = shown.snapshot;
    const AttendeeWindow next = readOne(reader, page);
    QVERIFY(next.error.isEmpty());
    if (expectedNewer < 0) {
        QCOMPARE(next.snapshot.epoch, shown.snapshot.epoch);
        QCOMPARE(next.snapshot.newer, -1);
        return;
    }
    QVERIFY(next.snapshot.epoch > shown.snapshot.epoch);
    QCOMPARE(next.snapshot.baselineId, shown.snapshot.maxId);
    QCOMPARE(next.snapshot.newer, expectedNewer);
    QCOMPARE(next.snapshot.newerAll, 1);
    QCOMPARE(next.snapshot.count, shown.snapshot.count + expectedNewer);
    QCOMPARE(next.snapshot.total, shown.snapshot.total + 1);
}

void TestAttendeeReader::rowsAndCountShareASnapshot()
{
    // A writer commits all the time; every answer's rows, count and newest id
    // must still describe one and the same moment.
    test::TestDatabase file;
    QVERIFY(addAttendee(file.path(), QStringLiteral("seed@example.com")));
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        SqliteDatabase db;
        QString error;
        if (!db.open(file.path(), SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, &error))
            return;
        test::AttendeeSeeder seeder(db);
        while (!stop.load()) {
            AttendeeRecord a;
            a.email = QStringLiteral("w%1@example.com").arg(written.load());
            a.webinarId = QStringLiteral("w1");
            if (seeder.insert(a, QDateTime::currentDateTimeUtc(), &error) > 0)
                ++written;
        }
    });
    AttendeeReader reader(file.path());
    QSignalSpy windows(&reader, &AttendeeReader::windowFetched);
    // Counted by a scan (not from the webinars' counters, as no filter would be).
    AttendeeFilter everyone;
    everyone.includeTestData = false;
    for (int i = 0; i < 40; ++i) {
        reader.fetchWindow(request(1, i % 2 ? Lane::Pages : Lane::Counts, Counting::Always, 0, 3, everyone));
        QTest::qWait(2); // spread over the writes meanwhile, not a barrier
    }
    QTRY_COMPARE_WITH_TIMEOUT(windows.size(), 40, 20000);
    stop = true;
    writer.join();
    QVERIFY(written.load() > 0);
    quint64 lastPages = 0;
    quint64 lastCounts = 0;
    for (int i = 0; i < windows.size(); ++i) {
        const AttendeeWindow w = windowAt(windows, i);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        QCOMPARE(w.snapshot.count, w.snapshot.total);
        QCOMPARE(w.rows.size(), qMin<qint64>(3, w.snapshot.count));
        QCOMPARE(w.rows.first().id, w.snapshot.maxId); // newest first, same moment
        quint64 &last = w.request.lane == Lane::Pages ? lastPages : lastCounts;
        QVERIFY(w.snapshot.epoch >= last);
        last = w.snapshot.epoch;
    }
}

QTEST_GUILESS_MAIN(TestAttendeeReader)
#include "tst_AttendeeReader.moc"
