// SPDX-License-Identifier: GPL-3.0-or-later
// Paging and counting over a seeded database: every order is total, pages tile
// the result exactly, and the far-end shortcut reads the same rows.
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "store/AttendeeQuery.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreTotals.h"
#include "store/WebinarQuery.h"

#include <QSet>
#include <QTest>

using namespace hookdesk;

Q_DECLARE_METATYPE(hookdesk::AttendeeOrder::Key)

namespace {

// SQLite's NOCASE: ASCII letters folded, everything else compared as is.
QString nocase(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return folded;
}

QString sortKey(const AttendeeRow &row, AttendeeOrder::Key key)
{
    switch (key) {
    case AttendeeOrder::Key::Received:
        return QString();
    case AttendeeOrder::Key::Name:
        return nocase(row.name);
    case AttendeeOrder::Key::Email:
        return row.email.toLower();
    case AttendeeOrder::Key::Phone:
        return row.phone;
    case AttendeeOrder::Key::Webinar:
        return nocase(row.webinarTitle);
    case AttendeeOrder::Key::Deliveries:
        return QString::number(row.deliveryCount);
    }
    return QString();
}

} // namespace

class TestAttendeeQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesTileTheResult_data();
    void pagesTileTheResult();
    void farEndPagesMatch_data();
    void farEndPagesMatch();
    void pagePastTheEndIsEmpty();
    void countsAgree_data();
    void countsAgree();
    void findsOne();
    void webinarsNewestFirst();
    void totals();

private:
    QList<AttendeeRow> allRows(const AttendeeFilter &filter, const AttendeeOrder &order);

    test::TestDatabase m_file;
    SqliteDatabase m_db;
    static constexpr int Attendees = 1500;
};

void TestAttendeeQuery::initTestCase()
{
    QVERIFY(m_db.open(m_file.path(), SqliteDatabase::Mode::ReadWrite));
    QString error;
    QVERIFY2(Schema::prepareForWriting(m_db, &error), qPrintable(error));
    test::AttendeeSeeder::Options options;
    options.attendees = Attendees;
    options.webinars = 12;
    options.batch = 400;
    test::AttendeeSeeder seeder(m_db);
    QVERIFY2(seeder.realistic(options, &error), qPrintable(error));
}

QList<AttendeeRow> TestAttendeeQuery::allRows(const AttendeeFilter &filter, const AttendeeOrder &order)
{
    AttendeeQuery query(m_db);
    QList<AttendeeRow> rows;
    QString error;
    if (!query.page(filter, order, 0, 100000, -1, &rows, &error))
        qWarning() << error;
    return rows;
}

void TestAttendeeQuery::pagesTileTheResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AttendeeOrder::Key>("key");
    QTest::addColumn<bool>("descending");
    const struct
    {
        const char *name;
        AttendeeOrder::Key key;
    } keys[] = {{"received", AttendeeOrder::Key::Received}, {"name", AttendeeOrder::Key::Name},
                {"email", AttendeeOrder::Key::Email},       {"phone", AttendeeOrder::Key::Phone},
                {"webinar", AttendeeOrder::Key::Webinar},   {"deliveries", AttendeeOrder::Key::Deliveries}};
    const struct
    {
        const char *name;
        const char *text;
    } filters[] = {{"all", ""}, {"fts", "gmail.com"}, {"fts_and_like", "gmail.com pr"},
                   {"like", "ra"}, {"negated", "-gmail"}};
    for (const auto &f : filters) {
        for (const auto &k : keys) {
            for (const bool descending : {false, true}) {
                QTest::addRow("%s_by_%s_%s", f.name, k.name, descending ? "desc" : "asc")
                        << QString::fromLatin1(f.text) << k.key << descending;
            }
        }
    }
}

void TestAttendeeQuery::pagesTileTheResult()
{
    QFETCH(QString, text);
    QFETCH(AttendeeOrder::Key, key);
    QFETCH(bool, descending);
    AttendeeFilter filter;
    filter.text = text;
    const AttendeeOrder order{key, descending};

    const QList<AttendeeRow> all = allRows(filter, order);
    AttendeeQuery query(m_db);
    QString error;
    QCOMPARE(query.count(filter, &error), qint64(all.size()));
    QVERIFY(all.size() > 50);

    // Consecutive keys never go the wrong way, ties break by id in the same direction.
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString a = sortKey(all[i - 1], key);
        const QString b = sortKey(all[i], key);
        const int byKey = key == AttendeeOrder::Key::Deliveries
                ? int(all[i - 1].deliveryCount - all[i].deliveryCount)
                : a.compare(b);
        const int cmp = byKey != 0 ? byKey : (all[i - 1].id < all[i].id ? -1 : 1);
        QVERIFY2(descending ? cmp > 0 : cmp < 0,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(i).arg(a, b)));
    }

    QList<AttendeeRow> tiled;
    for (qint64 offset = 0;; offset += 97) {
        QList<AttendeeRow> page;
        QVERIFY2(query.page(filter, order, offset, 97, -1, &page, &error), qPrintable(error));
        tiled += page;
        if (page.size() < 97)
            break;
    }
    QCOMPARE(tiled.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(tiled[i].id, all[i].id);
}

void TestAttendeeQuery::farEndPagesMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AttendeeOrder::Key>("key");
    QTest::newRow("all_received") << QString() << AttendeeOrder::Key::Received;
    QTest::newRow("all_name") << QString() << AttendeeOrder::Key::Name;
    QTest::newRow("fts_received") << QStringLiteral("gmail.com") << AttendeeOrder::Key::Received;
    QTest::newRow("fts_webinar") << QStringLiteral("gmail.com") << AttendeeOrder::Key::Webinar;
    QTest::newRow("like_email") << QStringLiteral("ra") << AttendeeOrder::Key::Email;
}

void TestAttendeeQuery::farEndPagesMatch()
{
    QFETCH(QString, text);
    QFETCH(AttendeeOrder::Key, key);
    AttendeeFilter filter;
    filter.text = text;
    AttendeeQuery query(m_db);
    QString error;
    const qint64 count = query.count(filter, &error);
    QVERIFY(count > 200);
    for (const bool descending : {false, true}) {
        const AttendeeOrder order{key, descending};
        // Offsets past the middle, up to a page hanging over the end.
        for (const qint64 offset : {count / 2 + 1, count - 150, count - 40}) {
            QList<AttendeeRow> near, far;
            QVERIFY(query.page(filter, order, offset, 100, -1, &near, &error));
            QVERIFY(query.page(filter, order, offset, 100, count, &far, &error));
            QCOMPARE(far.size(), near.size());
            for (qsizetype i = 0; i < near.size(); ++i)
                QCOMPARE(far[i].id, near[i].id);
        }
    }
}

void TestAttendeeQuery::pagePastTheEndIsEmpty()
{
    AttendeeQuery query(m_db);
    QList<AttendeeRow> rows;
    QString error;
    QVERIFY(query.page(AttendeeFilter{}, AttendeeOrder{}, Attendees, 50, Attendees, &rows, &error));
    QVERIFY(rows.isEmpty());
    QVERIFY(query.page(AttendeeFilter{}, AttendeeOrder{}, Attendees + 10, 50, -1, &rows, &error));
    QVERIFY(rows.isEmpty());
}

void TestAttendeeQuery::countsAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("webinarId");
    QTest::newRow("nothing") << QString() << QString();
    QTest::newRow("webinar_only") << QString() << test::AttendeeSeeder::webinarId(3);
    QTest::newRow("unknown_webinar") << QString() << QStringLiteral("no-such-webinar");
    QTest::newRow("fts_only") << QStringLiteral("priya") << QString();
    QTest::newRow("fts_and_webinar") << QStringLiteral("priya") << test::AttendeeSeeder::webinarId(0);
    QTest::newRow("like_only") << QStringLiteral("ya") << QString();
}

void TestAttendeeQuery::countsAgree()
{
    QFETCH(QString, text);
    QFETCH(QString, webinarId);
    AttendeeFilter filter;
    filter.text = text;
    filter.webinarId = webinarId;
    AttendeeQuery query(m_db);
    QString error;
    const qint64 fast = query.count(filter, &error);
    const AttendeeFilter::Sql sql = filter.toSql();
    SqliteStatement plain(m_db, QStringLiteral("SELECT count(*) FROM attendees")
                                        + (sql.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql.where));
    for (int i = 0; i < sql.binds.size(); ++i)
        plain.bind(i + 1, sql.binds[i]);
    QVERIFY(plain.next());
    QCOMPARE(fast, plain.int64(0));
    QCOMPARE(fast, qint64(allRows(filter, AttendeeOrder{}).size()));
}

void TestAttendeeQuery::findsOne()
{
    AttendeeQuery query(m_db);
    const QList<AttendeeRow> newest = allRows(AttendeeFilter{}, AttendeeOrder{});
    const std::optional<AttendeeRow> found = query.find(newest.first().id);
    QVERIFY(found);
    QCOMPARE(found->email, newest.first().email);
    QCOMPARE(found->recordingUrl, newest.first().recordingUrl);
    QVERIFY(!query.find(-5));
}

void TestAttendeeQuery::webinarsNewestFirst()
{
    QString error;
    const QList<WebinarRow> webinars = WebinarQuery::list(m_db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(webinars.size(), 12);
    qint64 sum = 0;
    for (qsizetype i = 0; i < webinars.size(); ++i) {
        sum += webinars[i].attendeeCount;
        if (i > 0)
            QVERIFY(webinars[i - 1].lastReceivedAt >= webinars[i].lastReceivedAt);
    }
    QCOMPARE(sum, qint64(Attendees));
}

void TestAttendeeQuery::totals()
{
    SqliteStatement log(m_db, QStringLiteral(
            "INSERT INTO deliveries (received_at, status) VALUES (?, ?)"));
    const QDateTime today(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    const struct
    {
        QDateTime when;
        int status;
    } rows[] = {{today, 404}, {today, 422}, {today, 200}, {today, 503}, {today.addDays(-1), 404}};
    for (const auto &row : rows) {
        log.reset();
        log.bind(1, isoTimestamp(row.when));
        log.bind(2, row.status);
        QVERIFY(log.run());
    }
    StoreTotals totals;
    QString error;
    QVERIFY(StoreTotals::read(m_db, QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC), &totals, &error));
    QCOMPARE(totals.attendees, qint64(Attendees));
    QCOMPARE(totals.webinars, qint64(12));
    QCOMPARE(totals.rejectedSince, qint64(2));
}

QTEST_GUILESS_MAIN(TestAttendeeQuery)
#include "tst_AttendeeQuery.moc"
