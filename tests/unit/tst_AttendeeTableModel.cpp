// SPDX-License-Identifier: GPL-3.0-or-later
// The attendee table model against a scripted source: the test holds every
// read and answers them in the order a case needs (a page before its count,
// after it, from an older snapshot, for a filter the user has left), so each
// interleaving is forced, not waited for. After every answer the rows the model
// holds must be the rows of the snapshot whose count it shows, and the
// selection must move at most once per change.
#include "attendees/AttendeeLoader.h"
#include "attendees/AttendeeTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

#include <algorithm>

using namespace hookdesk;

namespace {

using Lane = AttendeeWindowRequest::Lane;
using Counting = AttendeeWindowRequest::Counting;

// The store at one moment, in the order the model asked for.
struct World
{
    quint64 epoch = 1;
    QList<AttendeeRow> rows;

    qint64 maxId() const
    {
        qint64 id = 0;
        for (const AttendeeRow &row : rows)
            id = std::max(id, row.id);
        return id;
    }
    int indexOf(qint64 id) const
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id)
                return i;
        }
        return -1;
    }
};

AttendeeRow person(qint64 id, const QString &name)
{
    AttendeeRow row;
    row.id = id;
    row.name = name;
    row.email = name.toLower() + QStringLiteral("@example.com");
    return row;
}

// Ids from..to, newest first (the default order).
World newestFirst(qint64 from, qint64 to, quint64 epoch = 1)
{
    World world;
    world.epoch = epoch;
    for (qint64 id = to; id >= from; --id)
        world.rows.append(person(id, QStringLiteral("P%1").arg(id, 4, 10, QLatin1Char('0'))));
    return world;
}

class FakeSource : public AttendeeWindowSource
{
public:
    QList<AttendeeWindowRequest> pending;
    quint64 superseded = 0;

    void fetchWindow(const AttendeeWindowRequest &request) override { pending.append(request); }
    void supersede(quint64 generation) override { superseded = generation; }

    bool has(Lane lane) const
    {
        return std::any_of(pending.cbegin(), pending.cend(),
                           [lane](const AttendeeWindowRequest &r) { return r.lane == lane; });
    }
    AttendeeWindowRequest take(Lane lane)
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending[i].lane == lane)
                return pending.takeAt(i);
        }
        qFatal("no request pending on that lane");
    }
    // What the reader would answer if it read `request` in `world`.
    static AttendeeWindow answer(const AttendeeWindowRequest &request, const World &world)
    {
        AttendeeWindow window;
        window.request = request;
        AttendeeSnapshot &s = window.snapshot;
        s.epoch = world.epoch;
        s.maxId = world.maxId();
        s.total = world.rows.size();
        const bool counting = request.counting == Counting::Always
                || (request.counting == Counting::IfChanged && world.epoch != request.known.epoch);
        if (counting) {
            s.count = world.rows.size();
            if (request.known.epoch != 0) {
                s.baselineId = request.known.maxId;
                s.newer = std::count_if(world.rows.cbegin(), world.rows.cend(),
                                        [&](const AttendeeRow &r) { return r.id > s.baselineId; });
                s.newerAll = s.newer;
            }
        }
        window.rows = world.rows.mid(request.offset, request.limit);
        if (s.count < 0 && request.offset == 0 && window.rows.size() < request.limit)
            s.count = window.rows.size();
        return window;
    }
    void reply(const AttendeeWindowRequest &request, const World &world)
    {
        emit windowFetched(answer(request, world));
    }
};

// The view painting rows: the model notes what is missing or stale.
void paint(AttendeeTableModel &model, int first, int last)
{
    for (int row = first; row <= std::min(last, model.rowCount() - 1); ++row)
        model.data(model.index(row, 0));
}

} // namespace

class TestAttendeeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void firstRowsAndCountInEitherOrder_data();
    void firstRowsAndCountInEitherOrder();
    void countOlderThanTheFirstRowsIsRedone();
    void newcomersAboveTheSelection_data();
    void newcomersAboveTheSelection();
    void newcomersAcrossBlocks();
    void newcomersInAnotherOrder();
    void rowsDeleted();
    void pageFromAnOlderSnapshotIsReadAgain();
    void filterChangedWhileReading();
    void datesNameTheMonth_data();
    void datesNameTheMonth();

private:
    // Every row the model holds is the attendee at that row in `world`.
    static bool holdsRowsOf(const AttendeeTableModel &model, const World &world, QString *why)
    {
        if (model.rowCount() != world.rows.size()) {
            *why = QStringLiteral("%1 rows, the snapshot has %2").arg(model.rowCount()).arg(world.rows.size());
            return false;
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto held = model.attendeeAt(row);
            if (held && held->id != world.rows[row].id) {
                *why = QStringLiteral("row %1 holds %2, not %3").arg(row).arg(held->id).arg(world.rows[row].id);
                return false;
            }
        }
        return true;
    }
};

#define QVERIFY_HOLDS(model, world)                                                                \
    do {                                                                                           \
        QString why;                                                                               \
        QVERIFY2(holdsRowsOf(model, world, &why), qPrintable(why));                               \
    } while (false)

void TestAttendeeTableModel::firstRowsAndCountInEitherOrder_data()
{
    QTest::addColumn<bool>("countFirst");
    QTest::addColumn<bool>("commitBetween"); // the count lane reads a later snapshot
    QTest::newRow("page_then_count") << false << false;
    QTest::newRow("count_then_page") << true << false;
    QTest::newRow("page_then_newer_count") << false << true;
    QTest::newRow("newer_count_then_page") << true << true;
}

void TestAttendeeTableModel::firstRowsAndCountInEitherOrder()
{
    QFETCH(bool, countFirst);
    QFETCH(bool, commitBetween);
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    QVERIFY(model.isLoading());
    const World before = newestFirst(1, 1000, 1);
    const World after = commitBetween ? newestFirst(1, 1010, 2) : before;
    const AttendeeWindowRequest page = source.take(Lane::Pages);
    const AttendeeWindowRequest count = source.take(Lane::Counts);
    QCOMPARE(page.counting, Counting::Never);
    if (countFirst) {
        source.reply(count, after);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.matchingCount(), after.rows.size());
        QVERIFY_HOLDS(model, after);
        source.reply(page, before); // older or the same: changes nothing shown
    } else {
        source.reply(page, before);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.matchingCount(), -1); // a full first page: more may follow
        QCOMPARE(model.rowCount(), page.limit);
        const World firstPage{before.epoch, before.rows.mid(0, page.limit)};
        QVERIFY_HOLDS(model, firstPage);
        source.reply(count, after);
    }
    QCOMPARE(model.matchingCount(), after.rows.size());
    QVERIFY_HOLDS(model, after);
    QVERIFY(model.attendeeAt(0).has_value());
    QCOMPARE(model.attendeeAt(0)->id, after.rows.first().id);
}

void TestAttendeeTableModel::countOlderThanTheFirstRowsIsRedone()
{
    // The count lane took its snapshot before a commit, the first page after
    // it: that count does not describe the rows shown and is not applied.
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World before = newestFirst(1, 1000, 1);
    const World after = newestFirst(1, 1010, 2);
    const AttendeeWindowRequest page = source.take(Lane::Pages);
    const AttendeeWindowRequest count = source.take(Lane::Counts);
    source.reply(page, after);
    source.reply(count, before);
    QCOMPARE(model.matchingCount(), -1);
    QCOMPARE(model.rowCount(), page.limit);
    const World firstPage{after.epoch, after.rows.mid(0, page.limit)};
    QVERIFY_HOLDS(model, firstPage);
    QVERIFY(source.has(Lane::Counts)); // counted again
    source.reply(source.take(Lane::Counts), after);
    QCOMPARE(model.matchingCount(), 1010);
    QVERIFY_HOLDS(model, after);
}

void TestAttendeeTableModel::newcomersAboveTheSelection_data()
{
    QTest::addColumn<QString>("interleaving");
    // A refresh count and a page the view wanted meanwhile, both reading after
    // the commit (the bug: the page shifted the rows, then the count again).
    QTest::newRow("page_before_count") << QStringLiteral("page,count");
    QTest::newRow("page_after_count") << QStringLiteral("count,page");
    // No refresh yet: the page sees the commit and counts itself.
    QTest::newRow("page_counts_itself") << QStringLiteral("page");
    // Two commits, the count reading the second.
    QTest::newRow("page_old_count_new") << QStringLiteral("page,count2");
}

void TestAttendeeTableModel::newcomersAboveTheSelection()
{
    QFETCH(QString, interleaving);
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World shown = newestFirst(1, 1000, 1);
    source.reply(source.take(Lane::Pages), shown);
    source.reply(source.take(Lane::Counts), shown);
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY_HOLDS(model, shown);

    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 chosen = model.attendeeAt(5)->id;
    QList<int> currentRows{5};
    auto note = [&] {
        if (currentRows.last() != selection.currentIndex().row())
            currentRows.append(selection.currentIndex().row());
    };
    connect(&model, &QAbstractItemModel::rowsInserted, this, note);
    connect(&model, &QAbstractItemModel::layoutChanged, this, note);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, note);

    // A duplicate delivery: same rows, newer values; nothing moves.
    World duplicate = shown;
    duplicate.epoch = 2;
    model.refresh();
    source.reply(source.take(Lane::Counts), duplicate);
    QCOMPARE(currentRows, QList<int>{5});

    const World one = newestFirst(1, 1010, 3);   // ten newcomers
    const World two = newestFirst(1, 1020, 4);   // and ten more
    const QStringList steps = interleaving.split(QLatin1Char(','));
    if (steps.contains(QStringLiteral("count")) || steps.contains(QStringLiteral("count2")))
        model.refresh();
    paint(model, 600, 620); // the user scrolled down: rows not read yet
    QTRY_VERIFY(source.has(Lane::Pages));
    for (const QString &step : steps) {
        if (step == QStringLiteral("page"))
            source.reply(source.take(Lane::Pages), one);
        else
            source.reply(source.take(Lane::Counts), step == QStringLiteral("count2") ? two : one);
        // Whatever arrived, the rows held belong to the count shown.
        QVERIFY_HOLDS(model, model.rowCount() == 1000 ? duplicate : model.rowCount() == 1010 ? one : two);
    }
    const World &last = steps.contains(QStringLiteral("count2")) ? two : one;
    QCOMPARE(model.rowCount(), last.rows.size());
    const int expected = last.indexOf(chosen);
    // One move per change, each straight to where the attendee is.
    QCOMPARE(currentRows, (QList<int>{5, expected}));
    QCOMPARE(model.data(model.index(expected, 0), AttendeeTableModel::AttendeeIdRole).toLongLong(), chosen);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), expected);
}

void TestAttendeeTableModel::newcomersAcrossBlocks()
{
    // Rows held in two blocks (read at two times) move down together when
    // newcomers arrive; the boundary between them moves too.
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World shown = newestFirst(1, 2000, 1);
    source.reply(source.take(Lane::Pages), shown);
    source.reply(source.take(Lane::Counts), shown);
    paint(model, 700, 720);
    QTRY_VERIFY(source.has(Lane::Pages));
    const AttendeeWindowRequest page = source.take(Lane::Pages);
    QVERIFY(page.offset > 0);
    QCOMPARE(page.counting, Counting::IfChanged);
    source.reply(page, shown);
    QVERIFY(model.attendeeAt(710).has_value());
    QVERIFY(model.attendeeAt(10).has_value());

    const World next = newestFirst(1, 2007, 2);
    model.refresh();
    source.reply(source.take(Lane::Counts), next);
    QCOMPARE(model.rowCount(), 2007);
    QVERIFY_HOLDS(model, next);
    QVERIFY(model.attendeeAt(717).has_value()); // what was row 710
    QVERIFY(model.attendeeAt(17).has_value());
}

void TestAttendeeTableModel::newcomersInAnotherOrder()
{
    // By name, newcomers land anywhere: the rows read with the count place the
    // selected attendee; rows that cannot be placed are read again.
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AttendeeOrder byName{AttendeeOrder::Key::Name, false};
    model.setQuery(AttendeeFilter{}, byName);
    World shown;
    for (int i = 0; i < 40; ++i)
        shown.rows.append(person(i + 1, QStringLiteral("B%1").arg(i, 2, 10, QLatin1Char('0'))));
    source.reply(source.take(Lane::Pages), shown);
    source.reply(source.take(Lane::Counts), shown);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(20, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 chosen = model.attendeeAt(20)->id;

    World next = shown;
    next.epoch = 2;
    next.rows.prepend(person(100, QStringLiteral("A1")));
    next.rows.prepend(person(101, QStringLiteral("A0")));
    next.rows.append(person(102, QStringLiteral("C0")));
    model.refresh();
    source.reply(source.take(Lane::Counts), next);
    QCOMPARE(model.rowCount(), 43);
    QVERIFY_HOLDS(model, next);
    QCOMPARE(selection.currentIndex().row(), 22);
    QCOMPARE(model.attendeeAt(22)->id, chosen);
}

void TestAttendeeTableModel::rowsDeleted()
{
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World shown = newestFirst(1, 30, 1);
    source.reply(source.take(Lane::Pages), shown);
    source.reply(source.take(Lane::Counts), shown);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(10, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 chosen = model.attendeeAt(10)->id;

    // Three attendees above the selection are deleted and one new one arrives:
    // the counts alone cannot say where rows went.
    World next = shown;
    next.epoch = 2;
    next.rows.remove(2, 3);
    next.rows.prepend(person(31, QStringLiteral("New")));
    model.refresh();
    source.reply(source.take(Lane::Counts), next);
    QCOMPARE(model.rowCount(), 28);
    QVERIFY_HOLDS(model, next);
    QCOMPARE(selection.currentIndex().row(), next.indexOf(chosen));
    QCOMPARE(model.matchingCount(), 28);
}

void TestAttendeeTableModel::pageFromAnOlderSnapshotIsReadAgain()
{
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World shown = newestFirst(1, 2000, 1);
    source.reply(source.take(Lane::Pages), shown);
    source.reply(source.take(Lane::Counts), shown);
    // A refresh and a page are on their way; the count brings a newer
    // snapshot, the page (read before it) comes after it.
    model.refresh();
    paint(model, 1000, 1010);
    QTRY_VERIFY(source.has(Lane::Pages));
    const AttendeeWindowRequest late = source.take(Lane::Pages);
    QCOMPARE(late.counting, Counting::Never); // one counting read at a time
    const World next = newestFirst(1, 2005, 2);
    source.reply(source.take(Lane::Counts), next);
    source.reply(late, shown);
    QVERIFY(!model.attendeeAt(1005).has_value()); // dropped, not shown at old positions
    QVERIFY_HOLDS(model, next);
    // And asked for again, this time in the snapshot shown.
    QTRY_VERIFY(source.has(Lane::Pages));
    const AttendeeWindowRequest again = source.take(Lane::Pages);
    QCOMPARE(again.known.epoch, next.epoch);
    source.reply(again, next);
    QVERIFY(model.attendeeAt(1005).has_value());
    QVERIFY_HOLDS(model, next);
}

void TestAttendeeTableModel::datesNameTheMonth_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("month");
    QTest::newRow("english") << QStringLiteral("en_US") << QStringLiteral("Dec");
    QTest::newRow("british") << QStringLiteral("en_GB") << QStringLiteral("Dec");
    QTest::newRow("hindi") << QStringLiteral("hi_IN") << QLocale(QStringLiteral("hi_IN")).monthName(12, QLocale::ShortFormat);
}

// 2 December must not read as "12/2/26" or "2/12/26": the day, the month by
// name and the full year, in the user's language.
void TestAttendeeTableModel::datesNameTheMonth()
{
    QFETCH(QString, locale);
    QFETCH(QString, month);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString shown = AttendeeTableModel::displayTime(QDateTime(QDate(2026, 12, 2), QTime(15, 4), Qt::LocalTime));
    QLocale::setDefault(before);
    QVERIFY2(shown.contains(month), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale(locale).toString(2026).remove(QLocale(locale).groupSeparator())),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1Char('/')), qPrintable(shown));
}

void TestAttendeeTableModel::filterChangedWhileReading()
{
    FakeSource source;
    AttendeeTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(AttendeeFilter{}, AttendeeOrder{});
    const World everyone = newestFirst(1, 50, 1);
    const AttendeeWindowRequest oldPage = source.take(Lane::Pages);
    const AttendeeWindowRequest oldCount = source.take(Lane::Counts);
    AttendeeFilter filter;
    filter.text = QStringLiteral("p00");
    model.setFilter(filter);
    QCOMPARE(source.superseded, 2u);
    const World some = newestFirst(1, 9, 1);
    // The old query's answers come late: nothing of them is shown.
    source.reply(oldPage, everyone);
    source.reply(oldCount, everyone);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    const AttendeeWindowRequest page = source.take(Lane::Pages);
    QCOMPARE(page.generation, 2u);
    QCOMPARE(page.filter.text, filter.text);
    source.reply(page, some);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.matchingCount(), 9);
    QVERIFY_HOLDS(model, some);
    source.reply(source.take(Lane::Counts), some);
    QVERIFY_HOLDS(model, some);
}

QTEST_GUILESS_MAIN(TestAttendeeTableModel)
#include "tst_AttendeeTableModel.moc"
