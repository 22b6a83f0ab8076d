// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "store/EmailAddress.h"
#include "store/Records.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using hookdesk::EmailAddress;

// Who is the same attendee (docs/database.md): one row per case of the rule.
class TestEmailAddress : public QObject
{
    Q_OBJECT
private slots:
    void identity_data();
    void identity();
    void refused_data();
    void refused();
    void sameAttendee_data();
    void sameAttendee();
    void recordUsesTheRule();
    void migrationRecomputesNonAsciiRows();
};

void TestEmailAddress::identity_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("identity");

    QTest::newRow("plain") << "priya@example.in" << "priya@example.in";
    QTest::newRow("uppercase_domain") << "priya@EXAMPLE.IN" << "priya@example.in";
    QTest::newRow("uppercase_local") << "Priya.Sharma@Example.in" << "priya.sharma@example.in";
    QTest::newRow("dotted_local_part") << "first.middle.last@x.com" << "first.middle.last@x.com";
    QTest::newRow("plus_and_specials") << "a+tag!#$%&'*/=?^_`{|}~-@x.com" << "a+tag!#$%&'*/=?^_`{|}~-@x.com";
    QTest::newRow("surrounding_ascii_spaces") << "  a@x.com  " << "a@x.com";
    QTest::newRow("surrounding_tabs_and_newlines") << "\ta@x.com\r\n" << "a@x.com";
    QTest::newRow("dot_free_domain") << "admin@localhost" << "admin@localhost";
    QTest::newRow("idn_domain") << QStringLiteral("a@bücher.example") << "a@xn--bcher-kva.example";
    QTest::newRow("idn_domain_uppercase") << QStringLiteral("a@BÜCHER.example") << "a@xn--bcher-kva.example";
    QTest::newRow("ace_domain_kept") << "a@XN--BCHER-KVA.example" << "a@xn--bcher-kva.example";
    QTest::newRow("devanagari_local_part") << QStringLiteral("प्रिया@example.in") << QStringLiteral("प्रिया@example.in");
    QTest::newRow("greek_local_folded") << QStringLiteral("ΣΟΦΙΑ@x.gr") << QStringLiteral("σοφια@x.gr");
    // Full case folding: ß folds to "ss", as Unicode's CaseFolding.txt says.
    QTest::newRow("sharp_s_full_folding") << QStringLiteral("STRASSE@x.de") << "strasse@x.de";
    QTest::newRow("sharp_s") << QStringLiteral("straße@x.de") << "strasse@x.de";
    QTest::newRow("capital_sharp_s") << QStringLiteral("STRA\u1E9EE@x.de") << "strasse@x.de";
    QTest::newRow("ligature_fi") << QStringLiteral("\uFB01n@x.com") << "fin@x.com";
    QTest::newRow("greek_ypogegrammeni") << QStringLiteral("\u1FB3@x.gr") << QStringLiteral("\u03B1\u03B9@x.gr");
    QTest::newRow("dotted_capital_i") << QStringLiteral("\u0130@x.tr") << QStringLiteral("i\u0307@x.tr");
    // NFC: a decomposed é (e + U+0301) is the same text as the precomposed one.
    QTest::newRow("decomposed_accent") << QStringLiteral("jose\u0301@x.es") << QStringLiteral("josé@x.es");
    // The Kelvin sign U+212A is canonically equivalent to K (NFC maps it), so
    // by the rule it is the same attendee as "k": deliberate, documented.
    QTest::newRow("kelvin_sign_is_k") << QStringLiteral("\u212Aumar@x.in") << "kumar@x.in";
    const QString local64(64, QLatin1Char('l'));
    QTest::newRow("local_64_bytes") << local64 + QStringLiteral("@x.com") << local64 + QStringLiteral("@x.com");
    const QString domain = QString(63, u'd') + u'.' + QString(63, u'd') + u'.' + QString(63, u'd')
            + u'.' + QString(55, u'd');
    const QString address254 = QString(6, u'l') + u'@' + domain; // 6 + 1 + 247
    QTest::newRow("address_254_bytes") << address254 << address254;
}

void TestEmailAddress::identity()
{
    QFETCH(QString, address);
    QFETCH(QString, identity);
    const EmailAddress::Result result = EmailAddress::check(address);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.identity, identity);
    QCOMPARE(EmailAddress::identity(address), identity);
    QCOMPARE(result.address, address.trimmed());
}

void TestEmailAddress::refused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("only_spaces") << "   " << "empty";
    QTest::newRow("no_at") << "nobody" << "exactly one @";
    QTest::newRow("two_at") << "a@b@x.com" << "exactly one @";
    QTest::newRow("angle_brackets") << "<script>@x.com" << "\"<\"";
    QTest::newRow("display_name_form") << "Priya <p@x.com>" << "U+0020";
    QTest::newRow("quoted_local") << "\"a b\"@x.com" << "U+0020";
    QTest::newRow("comma") << "a,b@x.com" << "\",\"";
    QTest::newRow("semicolon") << "a;b@x.com" << "\";\"";
    QTest::newRow("backslash") << "a\\b@x.com" << "\"\\\"";
    QTest::newRow("parentheses") << "a(comment)@x.com" << "\"(\"";
    QTest::newRow("brackets_domain_literal") << "a@[127.0.0.1]" << "domain";
    QTest::newRow("inner_space") << "a b@x.com" << "U+0020";
    QTest::newRow("trailing_nbsp") << QStringLiteral("a@x.com\u00A0") << "U+00A0";
    QTest::newRow("inner_nbsp") << QStringLiteral("a\u00A0b@x.com") << "U+00A0";
    QTest::newRow("zero_width_space") << QStringLiteral("a\u200B@x.com") << "U+200B";
    QTest::newRow("zero_width_joiner_domain") << QStringLiteral("a@x\u200D.com") << "U+200D";
    QTest::newRow("rtl_override") << QStringLiteral("\u202Emoc.x@a") << "U+202E";
    QTest::newRow("bidi_isolate") << QStringLiteral("a\u2067@x.com") << "U+2067";
    QTest::newRow("byte_order_mark") << QStringLiteral("\uFEFFa@x.com") << "U+FEFF";
    QTest::newRow("soft_hyphen") << QStringLiteral("a\u00ADb@x.com") << "U+00AD";
    QTest::newRow("control_character") << QStringLiteral("a\u0001@x.com") << "U+0001";
    QTest::newRow("ideographic_space") << QStringLiteral("a\u3000@x.com") << "U+3000";
    QTest::newRow("fullwidth_at") << QStringLiteral("a\uFF20x.com") << "exactly one @";
    QTest::newRow("empty_local") << "@x.com" << "nothing before";
    QTest::newRow("empty_domain") << "a@" << "no domain";
    QTest::newRow("leading_dot") << ".a@x.com" << "dot";
    QTest::newRow("trailing_dot_local") << "a.@x.com" << "dot";
    QTest::newRow("double_dot_local") << "a..b@x.com" << "dot";
    QTest::newRow("double_dot_domain") << "a@x..com" << "domain";
    QTest::newRow("trailing_dot_domain") << "a@x.com." << "domain";
    QTest::newRow("underscore_domain") << "a@x_y.com" << "domain";
    QTest::newRow("hyphen_edge_label") << "a@-x.com" << "domain";
    QTest::newRow("label_64") << QStringLiteral("a@") + QString(64, u'd') + QStringLiteral(".com") << "domain";
    QTest::newRow("local_65_bytes") << QString(65, u'l') + QStringLiteral("@x.com") << "64 bytes";
    QTest::newRow("local_65_bytes_utf8") << QString(32, QChar(0x00E9)) + QStringLiteral("l@x.com") << "64 bytes";
    const QString domain = QString(63, u'd') + u'.' + QString(63, u'd') + u'.' + QString(63, u'd')
            + u'.' + QString(55, u'd');
    QTest::newRow("address_255_bytes") << QString(7, u'l') + u'@' + domain << "254 bytes";
}

void TestEmailAddress::refused()
{
    QFETCH(QString, address);
    QFETCH(QString, reasonContains);
    const EmailAddress::Result result = EmailAddress::check(address);
    QVERIFY(!result.ok);
    QVERIFY(result.identity.isEmpty());
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
}

// Pairs that must (or must not) be the same attendee.
void TestEmailAddress::sameAttendee_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("case") << "Priya@Example.IN" << "priya@example.in" << true;
    QTest::newRow("idn_and_ace") << QStringLiteral("a@bücher.example") << "a@xn--bcher-kva.example" << true;
    QTest::newRow("nfc_and_nfd") << QStringLiteral("jos\u00E9@x.es") << QStringLiteral("jose\u0301@x.es") << true;
    QTest::newRow("kelvin_and_k") << QStringLiteral("\u212A@x.in") << "k@x.in" << true;
    QTest::newRow("dotted_is_not_undotted") << "a.b@x.com" << "ab@x.com" << false;
    QTest::newRow("plus_tag_is_distinct") << "a+1@x.com" << "a@x.com" << false;
    QTest::newRow("cyrillic_a_is_not_latin_a") << QStringLiteral("\u0430@x.com") << "a@x.com" << false;
    QTest::newRow("dotless_i_is_not_i") << QStringLiteral("\u0131@x.com") << "i@x.com" << false;
}

void TestEmailAddress::sameAttendee()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    QVERIFY(EmailAddress::check(first).ok);
    QVERIFY(EmailAddress::check(second).ok);
    QCOMPARE(EmailAddress::identity(first) == EmailAddress::identity(second), same);
}

void TestEmailAddress::recordUsesTheRule()
{
    hookdesk::AttendeeRecord a;
    a.email = QStringLiteral("Stra\u00DFe@B\u00DCcher.Example");
    QCOMPARE(a.emailNorm(), QStringLiteral("strasse@xn--bcher-kva.example"));
}

// Rows stored with the old rule (QString::toLower) get the new identity; ASCII
// rows keep theirs (the same text under both rules); a row whose new identity
// is already taken in its webinar keeps its old one rather than being lost.
void TestEmailAddress::migrationRecomputesNonAsciiRows()
{
    using namespace hookdesk;
    test::TestDatabase file;
    {
        SqliteDatabase db;
        QVERIFY(db.open(file.path(), SqliteDatabase::Mode::ReadWrite));
        QString error;
        // As schema 5 left it: identities by QString::toLower.
        QVERIFY2(Schema::prepareForWriting(db, &error, 5), qPrintable(error));
        SqliteStatement insert(db, QStringLiteral(
                "INSERT INTO attendees (webinar_id, email, email_norm, first_received_at, last_received_at) "
                "VALUES (?, ?, ?, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')"));
        const QStringList rows[] = {
                {QStringLiteral("w1"), QStringLiteral("Asha@Example.COM"), QStringLiteral("asha@example.com")},
                {QStringLiteral("w1"), QStringLiteral("Stra\u00DFe@B\u00FCcher.example"),
                 QStringLiteral("stra\u00DFe@b\u00FCcher.example")},
                {QStringLiteral("w2"), QStringLiteral("strasse@xn--bcher-kva.example"),
                 QStringLiteral("strasse@xn--bcher-kva.example")},
                {QStringLiteral("w2"), QStringLiteral("STRA\u00DFE@b\u00FCcher.example"),
                 QStringLiteral("stra\u00DFe@b\u00FCcher.example")},
        };
        for (const QStringList &row : rows) {
            insert.reset();
            for (int i = 0; i < 3; ++i)
                insert.bind(i + 1, row.at(i));
            QVERIFY(insert.run());
        }
        QVERIFY2(Schema::prepareForWriting(db, &error), qPrintable(error));
        QCOMPARE(Schema::version(db), Schema::CurrentVersion);
    }
    QCOMPARE(file.text(QStringLiteral("SELECT email_norm FROM attendees WHERE id = 1")),
             QStringLiteral("asha@example.com"));
    QCOMPARE(file.text(QStringLiteral("SELECT email_norm FROM attendees WHERE id = 2")),
             QStringLiteral("strasse@xn--bcher-kva.example"));
    QCOMPARE(file.text(QStringLiteral("SELECT email_norm FROM attendees WHERE id = 4")),
             QStringLiteral("stra\u00DFe@b\u00FCcher.example"));
    QCOMPARE(file.count(QStringLiteral("SELECT count(*) FROM attendees")), 4);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_EmailAddress.moc"
