// SPDX-License-Identifier: GPL-3.0-or-later
// The filter grammar, checked by what it finds in a real database, not by the
// SQL text it produces: the count and the pages (different SQL shapes) must
// agree, and so must a database whose search index covers every attendee and
// one where the newest attendees are not indexed yet (right after a burst).
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "store/AttendeeFilter.h"
#include "store/AttendeeQuery.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QTest>

using namespace hookdesk;

class TestAttendeeSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void fieldsCombineWithText();
    void excludesTestData();
    void badDateIsAnError_data();
    void badDateIsAnError();
    void userTextIsOnlyEverBound();
    void partsComposeTheWhereClause_data();
    void partsComposeTheWhereClause();

private:
    QStringList namesFor(const AttendeeFilter &filter);
    QStringList namesIn(SqliteDatabase &db, const AttendeeFilter &filter);

    test::TestDatabase m_file;     // every attendee indexed
    test::TestDatabase m_tailFile; // the newest three not indexed yet
    SqliteDatabase m_db;
    SqliteDatabase m_tailDb;
};

void TestAttendeeSearch::initTestCase()
{
    QString error;
    QVERIFY(m_db.open(m_file.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY2(Schema::prepareForWriting(m_db, &error), qPrintable(error));
    QVERIFY(m_tailDb.open(m_tailFile.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY2(Schema::prepareForWriting(m_tailDb, &error), qPrintable(error));
    struct Row
    {
        const char *name, *email, *phone, *webinarId, *title, *day;
        bool isTest;
    };
    const Row rows[] = {
            {"Priya Sharma", "priya.sharma@gmail.com", "+91 98765 43210", "w1",
             "Options Trading Masterclass", "2026-01-10", false},
            {"Rahul Verma", "rahul@yahoo.co.in", "+91 91234 56789", "w1",
             "Options Trading Masterclass", "2026-01-11", false},
            {"Ananya Iyer", "ananya.iyer@outlook.com", "+1 415 555 0100", "w2",
             "Yoga for Beginners", "2026-02-01", false},
            {"José García", "jose@proton.me", "", "w2", "Yoga for Beginners", "2026-02-15", false},
            {"Li Na", "li@qq.com", "", "w3", "Python 101", "2026-03-01", false},
            {"100% Sure_Thing", "odd@example.com", "", "w3", "Python 101", "2026-03-05", false},
            {"Test Attendee", "test@example.org", "", "w3", "Python 101", "2026-03-06", true},
    };
    test::AttendeeSeeder seeder(m_db);
    test::AttendeeSeeder tailSeeder(m_tailDb);
    for (const Row &row : rows) {
        AttendeeRecord a;
        a.name = QString::fromUtf8(row.name);
        a.email = QString::fromUtf8(row.email);
        a.phone = QString::fromUtf8(row.phone);
        a.webinarId = QString::fromUtf8(row.webinarId);
        a.webinarTitle = QString::fromUtf8(row.title);
        a.recordingUrl = QStringLiteral("https://example.com/r/") + a.webinarId;
        a.isTest = row.isTest;
        const QDateTime when(QDate::fromString(QString::fromLatin1(row.day), Qt::ISODate),
                             QTime(12, 0), Qt::UTC);
        QVERIFY2(seeder.insert(a, when, &error) > 0, qPrintable(error));
        QVERIFY2(tailSeeder.insert(a, when, &error) > 0, qPrintable(error));
    }
    QVERIFY2(seeder.indexForSearch(&error), qPrintable(error));
    const qint64 tailFrom = m_tailDb.scalar(QStringLiteral("SELECT max(id) - 3 FROM attendees")).toLongLong();
    QVERIFY2(tailSeeder.indexForSearch(&error, tailFrom), qPrintable(error));
    QVERIFY(AttendeeQuery(m_db).searchIndexComplete());
    QVERIFY(!AttendeeQuery(m_tailDb).searchIndexComplete());
}

QStringList TestAttendeeSearch::namesFor(const AttendeeFilter &filter)
{
    const QStringList indexed = namesIn(m_db, filter);
    const QStringList withTail = namesIn(m_tailDb, filter);
    if (indexed != withTail) {
        qWarning() << "indexed" << indexed << "with an unindexed tail" << withTail;
        return {QStringLiteral("<index and tail disagree>")};
    }
    return indexed;
}

QStringList TestAttendeeSearch::namesIn(SqliteDatabase &db, const AttendeeFilter &filter)
{
    AttendeeQuery query(db);
    QString error;
    QList<AttendeeRow> rows;
    AttendeeOrder byName{AttendeeOrder::Key::Name, false};
    if (!query.page(filter, byName, 0, 1000, -1, &rows, &error)) {
        qWarning() << "page failed:" << error;
        return {QStringLiteral("<error>")};
    }
    // Newest first as well, which takes the index-ordered path for text terms.
    QList<AttendeeRow> newest;
    if (!query.page(filter, AttendeeOrder{}, 0, 1000, -1, &newest, &error)
        || newest.size() != rows.size()) {
        qWarning() << "pages disagree:" << rows.size() << newest.size() << error;
        return {QStringLiteral("<pages disagree>")};
    }
    const qint64 count = query.count(filter, &error);
    if (count != rows.size()) {
        qWarning() << "count" << count << "but" << rows.size() << "rows" << error;
        return {QStringLiteral("<count disagrees>")};
    }
    QStringList names;
    for (const AttendeeRow &row : rows)
        names.append(row.name);
    return names;
}

void TestAttendeeSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names"); // sorted by name, case-insensitive

    const QStringList all = {QStringLiteral("100% Sure_Thing"), QStringLiteral("Ananya Iyer"),
                             QStringLiteral("José García"),     QStringLiteral("Li Na"),
                             QStringLiteral("Priya Sharma"),    QStringLiteral("Rahul Verma"),
                             QStringLiteral("Test Attendee")};
    auto except = [&](const QStringList &gone) {
        QStringList rest = all;
        for (const QString &name : gone)
            rest.removeAll(name);
        return rest;
    };
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blanks") << QStringLiteral("   ") << all;
    QTest::newRow("stray_quote") << QStringLiteral("\"") << all;
    QTest::newRow("empty_column_term") << QStringLiteral("email:") << all;
    QTest::newRow("name_word") << QStringLiteral("priya") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("ignores_case") << QStringLiteral("PRIYA") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("email_domain") << QStringLiteral("gmail.com") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("email_column") << QStringLiteral("email:gmail") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("wrong_column") << QStringLiteral("name:gmail") << QStringList{};
    QTest::newRow("phone_digits") << QStringLiteral("98765") << QStringList{QStringLiteral("Priya Sharma")};
    // Issue 16: the stored "+91 91234 56789" found by the number in any common form.
    const QStringList rahul{QStringLiteral("Rahul Verma")};
    QTest::newRow("phone_national") << QStringLiteral("9123456789") << rahul;
    QTest::newRow("phone_e164") << QStringLiteral("+919123456789") << rahul;
    QTest::newRow("phone_trunk_zero") << QStringLiteral("09123456789") << rahul;
    QTest::newRow("phone_trunk_zero_spaced") << QStringLiteral("091234 56789") << rahul;
    QTest::newRow("phone_dashed") << QStringLiteral("91234-56789") << rahul;
    QTest::newRow("phone_parentheses") << QStringLiteral("(+91) 91234-56789") << rahul;
    QTest::newRow("phone_00_prefix") << QStringLiteral("0091 9123456789") << rahul;
    QTest::newRow("phone_last_six_digits") << QStringLiteral("456789") << rahul;
    QTest::newRow("phone_column_national") << QStringLiteral("phone:9123456789") << rahul;
    QTest::newRow("phone_column_quoted_spaced") << QStringLiteral("phone:\"0 91234 56789\"") << rahul;
    QTest::newRow("phone_and_word") << QStringLiteral("rahul 9123456789") << rahul;
    QTest::newRow("phone_and_other_word") << QStringLiteral("priya 9123456789") << QStringList{};
    QTest::newRow("phone_negated") << QStringLiteral("-9123456789") << except({QStringLiteral("Rahul Verma")});
    QTest::newRow("phone_other_number") << QStringLiteral("9123456788") << QStringList{};
    QTest::newRow("phone_text_still_matches") << QStringLiteral("98765 43210")
                                              << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("phone_column_plus") << QStringLiteral("phone:+1") << QStringList{QStringLiteral("Ananya Iyer")};
    QTest::newRow("webinar_column") << QStringLiteral("webinar:yoga")
                                    << QStringList{QStringLiteral("Ananya Iyer"), QStringLiteral("José García")};
    QTest::newRow("keyword_any_case") << QStringLiteral("WEBINAR:yoga")
                                      << QStringList{QStringLiteral("Ananya Iyer"), QStringLiteral("José García")};
    QTest::newRow("webinar_id") << QStringLiteral("id:w2")
                                << QStringList{QStringLiteral("Ananya Iyer"), QStringLiteral("José García")};
    QTest::newRow("not_webinar_id") << QStringLiteral("-id:w2")
                                    << except({QStringLiteral("Ananya Iyer"), QStringLiteral("José García")});
    QTest::newRow("phrase") << QStringLiteral("\"priya sharma\"") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("phrase_in_order_only") << QStringLiteral("\"sharma priya\"") << QStringList{};
    QTest::newRow("terms_and") << QStringLiteral("priya yoga") << QStringList{};
    QTest::newRow("terms_and_across_columns") << QStringLiteral("rahul options")
                                              << QStringList{QStringLiteral("Rahul Verma")};
    QTest::newRow("negated_only") << QStringLiteral("-yoga")
                                  << except({QStringLiteral("Ananya Iyer"), QStringLiteral("José García")});
    QTest::newRow("term_and_negation") << QStringLiteral("options -rahul")
                                       << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("two_letters") << QStringLiteral("li") << QStringList{QStringLiteral("Li Na")};
    QTest::newRow("two_letters_negated") << QStringLiteral("-li") << except({QStringLiteral("Li Na")});
    QTest::newRow("two_letters_in_column") << QStringLiteral("email:qq") << QStringList{QStringLiteral("Li Na")};
    QTest::newRow("percent_is_literal") << QStringLiteral("%") << QStringList{QStringLiteral("100% Sure_Thing")};
    QTest::newRow("underscore_is_literal") << QStringLiteral("_") << QStringList{QStringLiteral("100% Sure_Thing")};
    QTest::newRow("accented") << QStringLiteral("garcía") << QStringList{QStringLiteral("José García")};
    QTest::newRow("accented_upper") << QStringLiteral("JOSÉ") << QStringList{QStringLiteral("José García")};
    QTest::newRow("after") << QStringLiteral("after:2026-02-15")
                           << QStringList{QStringLiteral("100% Sure_Thing"), QStringLiteral("José García"),
                                          QStringLiteral("Li Na"), QStringLiteral("Test Attendee")};
    QTest::newRow("before") << QStringLiteral("before:2026-01-11") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("range") << QStringLiteral("after:2026-01-11 before:2026-02-02")
                           << QStringList{QStringLiteral("Ananya Iyer"), QStringLiteral("Rahul Verma")};
    QTest::newRow("not_after") << QStringLiteral("-after:2026-01-11") << QStringList{QStringLiteral("Priya Sharma")};
    QTest::newRow("unknown_keyword_is_text") << QStringLiteral("https://example.com") << QStringList{};
    QTest::newRow("colon_in_text") << QStringLiteral("odd:x") << QStringList{};
    QTest::newRow("sql_quote") << QStringLiteral("o'brien') OR 1=1 --") << QStringList{};
}

void TestAttendeeSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    AttendeeFilter filter;
    filter.text = text;
    QCOMPARE(namesFor(filter), names);
}

void TestAttendeeSearch::fieldsCombineWithText()
{
    AttendeeFilter filter;
    filter.text = QStringLiteral("python");
    filter.webinarId = QStringLiteral("w3");
    filter.receivedFrom = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    filter.receivedUntil = QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC);
    QCOMPARE(namesFor(filter), QStringList{QStringLiteral("100% Sure_Thing")});

    filter.text.clear(); // webinar alone: counted from the webinar's counter
    filter.receivedFrom = {};
    filter.receivedUntil = {};
    QCOMPARE(namesFor(filter).size(), 3);
}

void TestAttendeeSearch::excludesTestData()
{
    AttendeeFilter filter;
    filter.includeTestData = false;
    QVERIFY(!namesFor(filter).contains(QStringLiteral("Test Attendee")));
    QCOMPARE(namesFor(filter).size(), 6);
}

void TestAttendeeSearch::badDateIsAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << QStringLiteral("after:yesterday");
    QTest::newRow("day_first") << QStringLiteral("before:27-11-2026");
    QTest::newRow("empty") << QStringLiteral("after:");
}

void TestAttendeeSearch::badDateIsAnError()
{
    QFETCH(QString, text);
    AttendeeFilter filter;
    filter.text = text;
    const AttendeeFilter::Sql sql = filter.toSql();
    QVERIFY(!sql.error.isEmpty());
    QVERIFY2(sql.error.contains(QStringLiteral("2026-11-27")), qPrintable(sql.error));
    AttendeeQuery query(m_db);
    QString error;
    QCOMPARE(query.count(filter, &error), qint64(-1));
    QCOMPARE(error, sql.error);
}

void TestAttendeeSearch::userTextIsOnlyEverBound()
{
    AttendeeFilter filter;
    filter.text = QStringLiteral("name:x'y email:\"a;b\" -zz%_ id:'); DROP TABLE attendees;--");
    const AttendeeFilter::Sql sql = filter.toSql();
    QVERIFY(sql.error.isEmpty());
    for (const QString &fragment : {QStringLiteral("x'y"), QStringLiteral("DROP"), QStringLiteral("zz")})
        QVERIFY2(!sql.where.contains(fragment), qPrintable(sql.where));
    QCOMPARE(sql.where.count(QLatin1Char('?')), sql.binds.size());
    QCOMPARE(namesFor(filter), QStringList{});
    QCOMPARE(m_file.count(QStringLiteral("SELECT count(*) FROM attendees")), qint64(7));
}

void TestAttendeeSearch::partsComposeTheWhereClause_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("text_only") << QStringLiteral("priya gmail");
    QTest::newRow("text_and_short") << QStringLiteral("priya li");
    QTest::newRow("negated_only") << QStringLiteral("-priya");
    QTest::newRow("mixed") << QStringLiteral("yoga -ananya after:2026-01-01 id:w2");
    QTest::newRow("no_text") << QStringLiteral("id:w1");
    QTest::newRow("negated_and_short") << QStringLiteral("-ananya os");
}

void TestAttendeeSearch::partsComposeTheWhereClause()
{
    // With the index complete, "MATCH match AND rest" selects what `where` does.
    QFETCH(QString, text);
    AttendeeFilter filter;
    filter.text = text;
    filter.webinarId = QStringLiteral("w2");
    const AttendeeFilter::Sql sql = filter.toSql();
    QVERIFY(sql.usesSearchIndex || !sql.where.contains(QStringLiteral("attendees_fts")));
    QCOMPARE(sql.rest.count(QLatin1Char('?')), sql.restBinds.size());
    QCOMPARE(sql.where.count(QLatin1Char('?')), sql.binds.size());

    auto ids = [&](const QString &condition, const QVariantList &binds) {
        SqliteStatement statement(m_db, QStringLiteral("SELECT id FROM attendees")
                                                + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition)
                                                + QStringLiteral(" ORDER BY id"));
        for (int i = 0; i < binds.size(); ++i)
            statement.bind(i + 1, binds[i]);
        QList<qint64> found;
        while (statement.next())
            found.append(statement.int64(0));
        return found;
    };
    QString fast = sql.rest;
    QVariantList fastBinds = sql.restBinds;
    if (!sql.match.isEmpty()) {
        const QString fts = QStringLiteral("id IN (SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH ?)");
        fast = sql.rest.isEmpty() ? fts : fts + QStringLiteral(" AND ") + sql.rest;
        fastBinds.prepend(sql.match);
    }
    QCOMPARE(ids(fast, fastBinds), ids(sql.where, sql.binds));
}

QTEST_GUILESS_MAIN(TestAttendeeSearch)
#include "tst_AttendeeSearch.moc"
