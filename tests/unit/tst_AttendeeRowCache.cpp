// SPDX-License-Identifier: GPL-3.0-or-later
// The attendee table's row cache on its own: lookups, overlapping stores,
// epochs, rows moving for insertions, truncation and eviction.
#include "attendees/AttendeeRowCache.h"

#include <QTest>

using namespace hookdesk;

namespace {

// Rows whose ids are their first position times 10 plus `tag`, so a test can
// see which store a row came from.
QList<AttendeeRow> rows(qint64 first, int count, int tag = 0)
{
    QList<AttendeeRow> list;
    for (int i = 0; i < count; ++i) {
        AttendeeRow row;
        row.id = (first + i) * 10 + tag;
        list.append(row);
    }
    return list;
}

qint64 idAt(const AttendeeRowCache &cache, qint64 row)
{
    const AttendeeRow *found = cache.peek(row);
    return found ? found->id : -1;
}

} // namespace

class TestAttendeeRowCache : public QObject
{
    Q_OBJECT

private slots:
    void storeAndLookUp_data();
    void storeAndLookUp();
    void epochsMakeRowsStale();
    void insertRowsMovesAndSplits_data();
    void insertRowsMovesAndSplits();
    void truncateCutsBlocks();
    void evictsLeastRecentlyUsed();
    void lookupRecordsTheLastRow();
};

void TestAttendeeRowCache::storeAndLookUp_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("rowCount");
    QTest::addColumn<qint64>("probe");
    QTest::addColumn<qint64>("expectedId"); // -1: not held
    QTest::newRow("first_row") << qint64(0) << 5 << qint64(100) << qint64(0) << qint64(0);
    QTest::newRow("last_row_of_block") << qint64(10) << 5 << qint64(100) << qint64(14) << qint64(140);
    QTest::newRow("just_past_block") << qint64(10) << 5 << qint64(100) << qint64(15) << qint64(-1);
    QTest::newRow("before_block") << qint64(10) << 5 << qint64(100) << qint64(9) << qint64(-1);
    QTest::newRow("cut_at_row_count") << qint64(95) << 10 << qint64(100) << qint64(99) << qint64(990);
    QTest::newRow("beyond_row_count_dropped") << qint64(95) << 10 << qint64(100) << qint64(100) << qint64(-1);
    QTest::newRow("offset_past_end_ignored") << qint64(100) << 5 << qint64(100) << qint64(100) << qint64(-1);
}

void TestAttendeeRowCache::storeAndLookUp()
{
    QFETCH(qint64, offset);
    QFETCH(int, size);
    QFETCH(qint64, rowCount);
    QFETCH(qint64, probe);
    QFETCH(qint64, expectedId);
    AttendeeRowCache cache(1000);
    cache.store(offset, rows(offset, size), 1, rowCount);
    QCOMPARE(idAt(cache, probe), expectedId);
    QCOMPARE(cache.contains(probe), expectedId >= 0);
    QVERIFY(cache.cachedRows() <= size);
}

void TestAttendeeRowCache::epochsMakeRowsStale()
{
    AttendeeRowCache cache(1000);
    cache.setEpoch(1);
    cache.store(0, rows(0, 10), 1, 100);
    cache.store(10, rows(10, 10), 1, 100);
    QVERIFY(cache.isFresh(0, 19)); // across the two blocks
    QVERIFY(!cache.isFresh(0, 20)); // row 20 is not held
    cache.setEpoch(2);
    bool fresh = true;
    QVERIFY(cache.row(3, &fresh));
    QVERIFY(!fresh);
    QVERIFY(!cache.isFresh(0, 9));
    // A store over part of the range: its rows are fresh, the rest keeps its epoch.
    cache.store(5, rows(5, 10, 1), 2, 100);
    QVERIFY(cache.isFresh(5, 14));
    QVERIFY(!cache.isFresh(4, 5));
    QVERIFY(!cache.isFresh(15, 15));
    QCOMPARE(idAt(cache, 4), 40);
    QCOMPARE(idAt(cache, 5), 51);
    QCOMPARE(idAt(cache, 14), 141);
    QCOMPARE(idAt(cache, 15), 150);
    QCOMPARE(cache.cachedRows(), 20);
    QCOMPARE(cache.rowOf(141), 14);
    QVERIFY(!cache.rowOf(140).has_value()); // replaced
}

void TestAttendeeRowCache::insertRowsMovesAndSplits_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("probe");   // a row after the insertion
    QTest::addColumn<qint64>("expectedId");
    // Blocks: rows [0, 10) and [20, 30).
    QTest::newRow("top_moves_everything") << qint64(0) << qint64(5) << qint64(5) << qint64(0);
    QTest::newRow("top_leaves_a_gap") << qint64(0) << qint64(5) << qint64(4) << qint64(-1);
    QTest::newRow("top_second_block") << qint64(0) << qint64(5) << qint64(25) << qint64(200);
    QTest::newRow("split_first_part_stays") << qint64(4) << qint64(3) << qint64(3) << qint64(30);
    QTest::newRow("split_gap") << qint64(4) << qint64(3) << qint64(5) << qint64(-1);
    QTest::newRow("split_second_part_moves") << qint64(4) << qint64(3) << qint64(7) << qint64(40);
    QTest::newRow("between_blocks") << qint64(15) << qint64(2) << qint64(22) << qint64(200);
    QTest::newRow("at_end_nothing_moves") << qint64(30) << qint64(4) << qint64(29) << qint64(290);
}

void TestAttendeeRowCache::insertRowsMovesAndSplits()
{
    QFETCH(qint64, at);
    QFETCH(qint64, count);
    QFETCH(qint64, probe);
    QFETCH(qint64, expectedId);
    AttendeeRowCache cache(1000);
    cache.store(0, rows(0, 10), 1, 30);
    cache.store(20, rows(20, 10), 1, 30);
    cache.insertRows(at, count);
    QCOMPARE(idAt(cache, probe), expectedId);
    QCOMPARE(cache.cachedRows(), 20);
}

void TestAttendeeRowCache::truncateCutsBlocks()
{
    AttendeeRowCache cache(1000);
    cache.store(0, rows(0, 10), 1, 100);
    cache.store(20, rows(20, 10), 1, 100);
    cache.truncate(25);
    QCOMPARE(cache.cachedRows(), 15);
    QCOMPARE(idAt(cache, 24), 240);
    QVERIFY(!cache.contains(25));
    cache.truncate(5);
    QCOMPARE(cache.blockCount(), 1);
    QCOMPARE(cache.cachedRows(), 5);
}

void TestAttendeeRowCache::evictsLeastRecentlyUsed()
{
    AttendeeRowCache cache(30);
    cache.store(0, rows(0, 10), 1, 1000);
    cache.store(100, rows(100, 10), 1, 1000);
    cache.store(200, rows(200, 10), 1, 1000);
    QVERIFY(cache.row(5)); // the first block is used again: the second is now the oldest
    cache.store(300, rows(300, 10), 1, 1000);
    QCOMPARE(cache.cachedRows(), 30);
    QVERIFY(cache.contains(0));
    QVERIFY(!cache.contains(100));
    QVERIFY(cache.contains(200));
    QVERIFY(cache.contains(300));
    // A block larger than the budget is kept alone rather than not at all.
    cache.store(500, rows(500, 40), 1, 1000);
    QCOMPARE(cache.blockCount(), 1);
    QCOMPARE(cache.cachedRows(), 40);
    // peek() is not a use.
    AttendeeRowCache other(20);
    other.store(0, rows(0, 10), 1, 1000);
    other.store(100, rows(100, 10), 1, 1000);
    QVERIFY(other.peek(5));
    other.store(200, rows(200, 10), 1, 1000);
    QVERIFY(!other.contains(0));
    QVERIFY(other.contains(100));
}

void TestAttendeeRowCache::lookupRecordsTheLastRow()
{
    AttendeeRowCache cache(100);
    QCOMPARE(cache.lastUsedRow(), -1);
    cache.row(42); // a miss counts too: the view painted it
    QCOMPARE(cache.lastUsedRow(), 42);
    cache.peek(7);
    cache.contains(8);
    QCOMPARE(cache.lastUsedRow(), 42);
}

QTEST_GUILESS_MAIN(TestAttendeeRowCache)
#include "tst_AttendeeRowCache.moc"
