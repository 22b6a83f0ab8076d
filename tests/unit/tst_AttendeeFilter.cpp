// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "store/AttendeeFilter.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using namespace hookdesk;

namespace {

struct Row
{
    const char *name;
    const char *email;
    const char *phone;
    const char *title;
    const char *webinarId;
    const char *received;
};

const Row rows[] = {
        {"Priya Sharma", "priya.sharma@gmail.com", "+91 98765 43210", "Digital Marketing", "w1", "2026-11-01T10:00:00.000Z"},
        {"Rahul Verma", "rahul@yahoo.co.in", "919812345678", "Digital Marketing", "w1", "2026-11-02T10:00:00.000Z"},
        {"John Doe", "john.doe@example.com", "+1234567890", "Intro to SEO", "w2", "2026-11-15T10:00:00.000Z"},
        {"प्रिया शर्मा", "priya.hi@gmail.com", "", "Intro to SEO", "w2", "2026-11-20T10:00:00.000Z"},
        {"Li Na", "li@ex.cn", "+86 10 1234", "Growth 100%", "w3", "2026-12-01T10:00:00.000Z"},
};

// Upper- and lower-case letters beyond ASCII: found alike by the index and by
// the scan that covers short terms and rows not yet indexed.
const Row letterRows[] = {
        {"ÄRGER MÜLLER", "ae@x.de", "", "Überblick", "w1", "2026-11-01T10:00:00.000Z"},
        {"ärger", "b@x.de", "", "Ωmega", "w1", "2026-11-02T10:00:00.000Z"},
        {"ΣΟΦΙΑ", "c@x.gr", "", "ΜΆΘΗΜΑ", "w2", "2026-11-03T10:00:00.000Z"},
        {"Дмитрий", "d@x.ru", "", "КУРС", "w2", "2026-11-04T10:00:00.000Z"},
};

// Phones as received; the seed fills phone_e164 as the writer would (IN).
const Row phoneRows[] = {
        {"Kavya", "k@x.in", "+91 99422 31962", "", "w1", "2026-11-01T10:00:00.000Z"},
        {"Arjun", "a@x.in", "098765-43210", "", "w1", "2026-11-02T10:00:00.000Z"},
        {"Sam", "s@x.us", "+1 (650) 253-0000", "", "w2", "2026-11-03T10:00:00.000Z"},
        {"Nobody", "n@x.in", "ask reception", "", "w2", "2026-11-04T10:00:00.000Z"},
        {"Order 9942231962", "o@x.in", "", "", "w3", "2026-11-05T10:00:00.000Z"},
};

} // namespace

class TestAttendeeFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void badDate();
    void foldingSameOnBothPaths_data();
    void foldingSameOnBothPaths();
    void limits_data();
    void limits();
    void phoneForms_data();
    void phoneForms();

private:
    int count(const AttendeeFilter &filter, qint64 indexedUpTo);
    int count(const QString &path, const AttendeeFilter &filter, qint64 indexedUpTo, QString *error = nullptr);
    void seed(const QString &path, const Row *begin, const Row *end);
    test::TestDatabase m_db;
    test::TestDatabase m_letters; // non-ASCII capitals and small letters
    test::TestDatabase m_phones;
};

void TestAttendeeFilter::seed(const QString &path, const Row *begin, const Row *end)
{
    SqliteDatabase db;
    QVERIFY(db.open(path, SqliteDatabase::Mode::ReadWrite));
    QString error;
    QVERIFY2(Schema::prepareForWriting(db, &error), qPrintable(error));
    SqliteStatement insert(db, QStringLiteral(
            "INSERT INTO attendees (name, email, email_norm, phone, webinar_title, webinar_id, "
            "first_received_at, last_received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Row *r = begin; r != end; ++r) {
        insert.reset();
        insert.bind(1, QString::fromUtf8(r->name));
        insert.bind(2, QString::fromUtf8(r->email));
        insert.bind(3, QString::fromUtf8(r->email));
        insert.bind(4, QString::fromUtf8(r->phone));
        insert.bind(5, QString::fromUtf8(r->title));
        insert.bind(6, QString::fromUtf8(r->webinarId));
        insert.bind(7, QString::fromUtf8(r->received));
        insert.bind(8, QString::fromUtf8(r->received));
        QVERIFY(insert.run());
    }
}

void TestAttendeeFilter::initTestCase()
{
    seed(m_db.path(), std::begin(rows), std::end(rows));
    seed(m_letters.path(), std::begin(letterRows), std::end(letterRows));
    seed(m_phones.path(), std::begin(phoneRows), std::end(phoneRows));
    SqliteDatabase db;
    QVERIFY(db.open(m_phones.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY(db.exec(QStringLiteral("UPDATE attendees SET phone_e164 = hookdesk_phone_e164(phone, 'IN')")));
    QCOMPARE(m_phones.text(QStringLiteral("SELECT phone_e164 FROM attendees WHERE id = 1")),
             QStringLiteral("+919942231962"));
}

// Issue 16: a number typed in any common form finds the attendee whatever
// form it was stored in; words and short numbers stay plain text.
void TestAttendeeFilter::phoneForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names"); // matching names, comma-separated, by id

    QTest::newRow("national") << "9942231962" << "Kavya,Order 9942231962";
    QTest::newRow("e164") << "+919942231962" << "Kavya";
    QTest::newRow("trunk_zero_spaced") << "099422 31962" << "Kavya";
    QTest::newRow("as_stored") << "\"+91 99422 31962\"" << "Kavya";
    QTest::newRow("as_stored_unquoted") << "+91 99422 31962" << "Kavya";
    QTest::newRow("dashes") << "99422-31962" << "Kavya";
    QTest::newRow("phone_column") << "phone:9942231962" << "Kavya";
    QTest::newRow("phone_column_negated") << "-phone:9942231962" << "Arjun,Sam,Nobody,Order 9942231962";
    QTest::newRow("stored_with_trunk_zero") << "+91 98765 43210" << "Arjun";
    QTest::newRow("stored_with_trunk_zero_national") << "9876543210" << "Arjun";
    QTest::newRow("us") << "650-253-0000" << "Sam";
    QTest::newRow("us_e164") << "+16502530000" << "Sam";
    QTest::newRow("last_six") << "231962" << "Kavya,Order 9942231962";
    QTest::newRow("five_digits_text_only") << "22319" << "Order 9942231962";
    QTest::newRow("other_number") << "9942231963" << "";
    QTest::newRow("number_and_word") << "9942231962 kavya" << "Kavya";
    QTest::newRow("word_and_number") << "order 9942231962" << "Order 9942231962";
    QTest::newRow("two_numbers_and") << "9942231962 +16502530000" << "";
}

void TestAttendeeFilter::phoneForms()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    AttendeeFilter filter;
    filter.text = text;
    const AttendeeFilter::Sql sql = filter.toSql();
    QVERIFY2(sql.error.isEmpty(), qPrintable(sql.error));
    for (const qint64 indexedUpTo : {5, 2, 0}) {
        SqliteDatabase db;
        QVERIFY(db.open(m_phones.path(), SqliteDatabase::Mode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO attendees_fts(attendees_fts) VALUES('delete-all')")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO attendees_fts (rowid, name, email, phone, webinar_title) "
                                       "SELECT id, name, email, phone, webinar_title FROM attendees WHERE id <= %1")
                                .arg(indexedUpTo)));
        QVERIFY(db.exec(QStringLiteral("UPDATE search_index_state SET last_indexed_id = %1").arg(indexedUpTo)));
        SqliteStatement statement(db, QStringLiteral("SELECT group_concat(name, ',') FROM "
                                                     "(SELECT name FROM attendees WHERE %1 ORDER BY id)")
                                              .arg(sql.where.isEmpty() ? QStringLiteral("1") : sql.where));
        for (int i = 0; i < sql.binds.size(); ++i)
            statement.bind(i + 1, sql.binds.at(i));
        QVERIFY2(statement.next(), qPrintable(db.lastError().message));
        QCOMPARE(statement.text(0), names);
    }
}

int TestAttendeeFilter::count(const AttendeeFilter &filter, qint64 indexedUpTo)
{
    return count(m_db.path(), filter, indexedUpTo);
}

// Counts matches with the search index covering rows up to `indexedUpTo` (the
// rest is the tail the writer has not indexed yet).
int TestAttendeeFilter::count(const QString &path, const AttendeeFilter &filter, qint64 indexedUpTo,
                              QString *error)
{
    SqliteDatabase db;
    db.open(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(QStringLiteral("DELETE FROM attendees_fts; DELETE FROM attendees_fts WHERE 0;"));
    db.exec(QStringLiteral("INSERT INTO attendees_fts(attendees_fts) VALUES('delete-all')"));
    db.exec(QStringLiteral("INSERT INTO attendees_fts (rowid, name, email, phone, webinar_title) "
                           "SELECT id, name, email, phone, webinar_title FROM attendees WHERE id <= %1")
                    .arg(indexedUpTo));
    db.exec(QStringLiteral("UPDATE search_index_state SET last_indexed_id = %1").arg(indexedUpTo));

    const AttendeeFilter::Sql sql = filter.toSql();
    const QString query = QStringLiteral("SELECT count(*) FROM attendees")
            + (sql.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql.where);
    SqliteStatement statement(db, query);
    for (int i = 0; i < sql.binds.size(); ++i)
        statement.bind(i + 1, sql.binds.at(i));
    if (!statement.next()) {
        if (error)
            *error = db.lastError().message;
        return -1;
    }
    return int(statement.int64(0));
}

void TestAttendeeFilter::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("webinarId");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << "" << "" << 5;
    QTest::newRow("word_any_column") << "priya" << "" << 2;
    QTest::newRow("case_ignored") << "PRIYA" << "" << 2;
    QTest::newRow("two_words_and") << "priya gmail" << "" << 2;
    QTest::newRow("phrase") << "\"digital marketing\"" << "" << 2;
    QTest::newRow("email_column") << "email:gmail.com" << "" << 2;
    QTest::newRow("name_column") << "name:doe" << "" << 1;
    QTest::newRow("phone_digits") << "98765" << "" << 1;
    QTest::newRow("phone_plus") << "phone:+91" << "" << 1;
    QTest::newRow("webinar_column") << "webinar:seo" << "" << 2;
    QTest::newRow("webinar_id") << "id:w2" << "" << 2;
    QTest::newRow("negated") << "-gmail" << "" << 3;
    QTest::newRow("negated_column") << "priya -email:hi@" << "" << 1;
    QTest::newRow("short_term") << "li" << "" << 1;
    QTest::newRow("hindi") << "प्रिया" << "" << 1;
    QTest::newRow("percent_literal") << "100%" << "" << 1;
    QTest::newRow("underscore_literal") << "a_b" << "" << 0;
    QTest::newRow("quote_inside") << "\"a\"\"b\"" << "" << 0;
    QTest::newRow("after") << "after:2026-11-15" << "" << 3;
    QTest::newRow("before") << "before:2026-11-15" << "" << 2;
    QTest::newRow("range") << "after:2026-11-02 before:2026-12-01" << "" << 3;
    QTest::newRow("selected_webinar") << "" << "w1" << 2;
    QTest::newRow("selected_webinar_and_text") << "rahul" << "w1" << 1;
    QTest::newRow("url_like_word") << "https://x" << "" << 0;
    QTest::newRow("fts_syntax_is_text") << "NEAR(a b)" << "" << 0;
}

void TestAttendeeFilter::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, webinarId);
    QFETCH(int, expected);
    AttendeeFilter filter;
    filter.text = text;
    filter.webinarId = webinarId;
    QVERIFY(filter.toSql().error.isEmpty());
    // Same answer whether the index covers every row, some, or none.
    QCOMPARE(count(filter, 5), expected);
    QCOMPARE(count(filter, 2), expected);
    QCOMPARE(count(filter, 0), expected);
}

void TestAttendeeFilter::badDate()
{
    AttendeeFilter filter;
    filter.text = QStringLiteral("after:yesterday");
    QVERIFY(filter.toSql().error.contains(QLatin1String("after")));
}

void TestAttendeeFilter::foldingSameOnBothPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("one_char_small") << QStringLiteral("ä") << 2;
    QTest::newRow("one_char_capital") << QStringLiteral("Ä") << 2;
    QTest::newRow("two_chars_small") << QStringLiteral("är") << 2;
    QTest::newRow("two_chars_capital") << QStringLiteral("ÄR") << 2;
    QTest::newRow("word_small_finds_capitals") << QStringLiteral("ärger") << 2;
    QTest::newRow("word_capital_finds_small") << QStringLiteral("ÄRGER") << 2;
    QTest::newRow("umlaut_in_two_columns") << QStringLiteral("ü") << 1;
    QTest::newRow("umlaut_word") << QStringLiteral("müller") << 1;
    QTest::newRow("greek_one") << QStringLiteral("σ") << 1;
    QTest::newRow("greek_three") << QStringLiteral("σοφ") << 1;
    QTest::newRow("greek_accented") << QStringLiteral("μάθ") << 1;
    QTest::newRow("greek_mixed_case") << QStringLiteral("ωMEGA") << 1;
    QTest::newRow("cyrillic_one") << QStringLiteral("д") << 1;
    QTest::newRow("cyrillic_two") << QStringLiteral("ДМ") << 1;
    QTest::newRow("cyrillic_word") << QStringLiteral("курс") << 1;
    QTest::newRow("column_two_chars") << QStringLiteral("name:ÄR") << 2;
    QTest::newRow("column_word") << QStringLiteral("webinar:überblick") << 1;
    QTest::newRow("negated_word") << QStringLiteral("-ÄRGER") << 2;
    QTest::newRow("negated_one_char") << QStringLiteral("-Ä") << 2;
}

void TestAttendeeFilter::foldingSameOnBothPaths()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    AttendeeFilter filter;
    filter.text = text;
    QVERIFY(filter.toSql().error.isEmpty());
    // Before indexing (a scan), half indexed, and fully indexed: the same rows.
    QCOMPARE(count(m_letters.path(), filter, 0), expected);
    QCOMPARE(count(m_letters.path(), filter, 2), expected);
    QCOMPARE(count(m_letters.path(), filter, 4), expected);
}

void TestAttendeeFilter::limits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    auto terms = [](int n, const QString &term) {
        QStringList list;
        for (int i = 0; i < n; ++i)
            list.append(term);
        return list.join(u' ');
    };
    // At the limits the query runs; one more is refused with the limit named.
    QTest::newRow("max_short_terms") << terms(AttendeeFilter::MaxTerms, QStringLiteral("a")) << "";
    QTest::newRow("max_indexed_terms") << terms(AttendeeFilter::MaxTerms, QStringLiteral("pri")) << "";
    QTest::newRow("max_column_terms") << terms(AttendeeFilter::MaxTerms, QStringLiteral("-name:xyz")) << "";
    QTest::newRow("max_length") << QString(AttendeeFilter::MaxTextLength, u'p') << "";
    QTest::newRow("one_term_too_many") << terms(AttendeeFilter::MaxTerms + 1, QStringLiteral("a"))
                                       << "at most 50";
    QTest::newRow("thousand_terms") << terms(1000, QStringLiteral("x")) << "at most 50";
    QTest::newRow("one_char_too_long") << QString(AttendeeFilter::MaxTextLength + 1, u'p')
                                       << "at most 1000";
    QTest::newRow("spaces_count_in_length") << QStringLiteral("a") + QString(AttendeeFilter::MaxTextLength, u' ')
                                            << "at most 1000";
}

void TestAttendeeFilter::limits()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    AttendeeFilter filter;
    filter.text = text;
    const QString actual = filter.toSql().error;
    if (error.isEmpty()) {
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
        QString sqlError;
        QVERIFY2(count(m_db.path(), filter, 5, &sqlError) >= 0, qPrintable(sqlError));
        QVERIFY2(count(m_db.path(), filter, 0, &sqlError) >= 0, qPrintable(sqlError));
    } else {
        QVERIFY2(actual.contains(error), qPrintable(actual));
    }
}

QTEST_GUILESS_MAIN(TestAttendeeFilter)
#include "tst_AttendeeFilter.moc"
