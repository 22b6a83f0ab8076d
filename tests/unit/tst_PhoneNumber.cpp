// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "store/PhoneNumber.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using hookdesk::PhoneNumber;

// Phones the way people type them (issue 16): one E.164 form for each.
class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void toE164_data();
    void toE164();
    void knownRegions();
    void migrationFillsExistingRows();
};

void TestPhoneNumber::toE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    QTest::newRow("international_spaced") << "+91 99422 31962" << "IN" << "+919942231962";
    QTest::newRow("international_compact") << "+919942231962" << "IN" << "+919942231962";
    QTest::newRow("trunk_zero") << "09942231962" << "IN" << "+919942231962";
    QTest::newRow("national_ten_digits") << "9942231962" << "IN" << "+919942231962";
    QTest::newRow("national_dashed") << "99422-31962" << "IN" << "+919942231962";
    QTest::newRow("00_prefix") << "0091 99422 31962" << "IN" << "+919942231962";
    QTest::newRow("plus_wins_over_region") << "+91 99422 31962" << "US" << "+919942231962";
    QTest::newRow("us_formatted") << "+1 (650) 253-0000" << "IN" << "+16502530000";
    QTest::newRow("us_national_with_us_region") << "(650) 253-0000" << "US" << "+16502530000";
    // Ten digits starting with 6: an Indian mobile number when read in India.
    QTest::newRow("us_national_with_in_region") << "(650) 253-0000" << "IN" << "+916502530000";
    QTest::newRow("fictional_555_area_code") << "+1 (555) 010-9999" << "IN" << "";
    QTest::newRow("uk") << "+44 20 7946 0958" << "IN" << "+442079460958";
    QTest::newRow("surrounding_spaces") << "  9942231962 \t" << "IN" << "+919942231962";
    QTest::newRow("too_short") << "12345" << "IN" << "";
    QTest::newRow("junk") << "call me maybe" << "IN" << "";
    QTest::newRow("email") << "priya@example.in" << "IN" << "";
    QTest::newRow("empty") << "" << "IN" << "";
    QTest::newRow("spaces_only") << "   " << "IN" << "";
    QTest::newRow("bad_region_national") << "9942231962" << "ZZ" << "";
    QTest::newRow("lower_case_region") << "9942231962" << "in" << "+919942231962";
    QTest::newRow("very_long") << QString(300, QLatin1Char('9')) << "IN" << "";
}

void TestPhoneNumber::toE164()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QCOMPARE(PhoneNumber::toE164(text, region), e164);
}

void TestPhoneNumber::knownRegions()
{
    QVERIFY(PhoneNumber::isKnownRegion(QStringLiteral("IN")));
    QVERIFY(PhoneNumber::isKnownRegion(QStringLiteral("US")));
    QVERIFY(PhoneNumber::isKnownRegion(QStringLiteral("GB")));
    QVERIFY(!PhoneNumber::isKnownRegion(QStringLiteral("ZZ")));
    QVERIFY(!PhoneNumber::isKnownRegion(QStringLiteral("in")));
    QVERIFY(!PhoneNumber::isKnownRegion(QStringLiteral("IND")));
    QVERIFY(!PhoneNumber::isKnownRegion(QString()));
}

// Schema 7 adds phone_e164 and computes it for the rows already stored, reading
// numbers without a country code as Indian.
void TestPhoneNumber::migrationFillsExistingRows()
{
    using namespace hookdesk;
    test::TestDatabase file;
    {
        SqliteDatabase db;
        QVERIFY(db.open(file.path(), SqliteDatabase::Mode::ReadWrite));
        QString error;
        // As schema 6 left it: no phone_e164 yet.
        QVERIFY2(Schema::prepareForWriting(db, &error, 6), qPrintable(error));
        SqliteStatement insert(db, QStringLiteral(
                "INSERT INTO attendees (webinar_id, email, email_norm, phone, first_received_at, "
                "last_received_at) VALUES ('w1', ?1, ?1, ?2, '2026-11-01T00:00:00.000Z', "
                "'2026-11-01T00:00:00.000Z')"));
        const QStringList rows[] = {
                {QStringLiteral("a@x.in"), QStringLiteral("+91 99422 31962")},
                {QStringLiteral("b@x.in"), QStringLiteral("09876543210")},
                {QStringLiteral("c@x.in"), QStringLiteral("not a phone")},
                {QStringLiteral("d@x.in"), QString()},
                {QStringLiteral("e@x.in"), QStringLiteral("+1 650 253 0000")},
        };
        for (const QStringList &row : rows) {
            insert.reset();
            insert.bind(1, row.at(0));
            insert.bind(2, row.at(1));
            QVERIFY(insert.run());
        }
        QVERIFY2(Schema::prepareForWriting(db, &error), qPrintable(error));
        QCOMPARE(Schema::version(db), Schema::CurrentVersion);
    }
    auto e164 = [&](int id) {
        return file.text(QStringLiteral("SELECT phone_e164 FROM attendees WHERE id = %1").arg(id));
    };
    QCOMPARE(e164(1), QStringLiteral("+919942231962"));
    QCOMPARE(e164(2), QStringLiteral("+919876543210"));
    QCOMPARE(e164(3), QString());
    QCOMPARE(e164(4), QString());
    QCOMPARE(e164(5), QStringLiteral("+16502530000"));
    // The text as received stays.
    QCOMPARE(file.text(QStringLiteral("SELECT phone FROM attendees WHERE id = 1")),
             QStringLiteral("+91 99422 31962"));
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND name = 'attendees_by_phone_e164'")),
             1);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_PhoneNumber.moc"
