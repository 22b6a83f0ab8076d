// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery log stores what the sender was told, in English; the window shows
// it through WireText::translated() in the desktop's language.
#include "core/Translations.h"
#include "intake/PayloadParser.h"
#include "intake/RequestVerifier.h"
#include "intake/WireText.h"

#include <QtTest>

using namespace hookdesk;

class TestWireText : public QObject
{
    Q_OBJECT
private slots:
    void storedEnglishShownInHindi_data();
    void storedEnglishShownInHindi();
    void storedEnglishShownInEnglish_data() { storedEnglishShownInHindi_data(); }
    void storedEnglishShownInEnglish();
    void producersWriteEnglishInHindi();
    void unknownTextUnchanged_data();
    void unknownTextUnchanged();
};

void TestWireText::storedEnglishShownInHindi_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("hindi");
    // clang-format off
    QTest::newRow("malformed_json_400")
            << QStringLiteral("malformed JSON at offset 10: illegal value")
            << QStringLiteral("offset 10 पर JSON ग़लत है: अमान्य मान");
    QTest::newRow("malformed_json_qt_wording_400")
            << QStringLiteral("malformed JSON at offset 11: object is missing after a comma")
            << QStringLiteral("offset 11 पर JSON ग़लत है: comma के बाद object नहीं है");
    QTest::newRow("not_an_object_422")
            << QStringLiteral("the body must be a JSON object")
            << QStringLiteral("बॉडी एक JSON object होनी चाहिए");
    QTest::newRow("wrong_type_422")
            << QStringLiteral("name: must be a string")
            << QStringLiteral("name: string होना चाहिए");
    QTest::newRow("too_long_422")
            << QStringLiteral("webinarId: longer than 1024 characters")
            << QStringLiteral("webinarId: 1024 अक्षरों से लंबा है");
    QTest::newRow("bad_phone_422")
            << QStringLiteral("phone: must be a string or a whole non-negative number without fraction or exponent")
            << QStringLiteral("phone: string या शून्य से बड़ी या उसके बराबर पूर्ण संख्या होनी चाहिए, बिना दशमलव या घातांक के");
    QTest::newRow("bad_email_422")
            << QStringLiteral("email: is not an email address: must contain exactly one @")
            << QStringLiteral("email: ईमेल पता नहीं है: इसमें ठीक एक @ होना चाहिए");
    QTest::newRow("email_invisible_422")
            << QStringLiteral("email: is not an email address: contains a space, an invisible or a control character (U+00A0)")
            << QStringLiteral("email: ईमेल पता नहीं है: इसमें स्पेस, अदृश्य या कंट्रोल अक्षर (U+00A0) है");
    QTest::newRow("email_local_character_422")
            << QStringLiteral("email: is not an email address: the part before the @ may not contain \"(\"")
            << QStringLiteral("email: ईमेल पता नहीं है: @ से पहले वाले हिस्से में \"(\" नहीं हो सकता");
    QTest::newRow("email_too_long_422")
            << QStringLiteral("email: is not an email address: longer than 254 bytes")
            << QStringLiteral("email: ईमेल पता नहीं है: 254 बाइट से लंबा है");
    QTest::newRow("missing_header_401")
            << QStringLiteral("missing header Authorization")
            << QStringLiteral("हेडर Authorization नहीं है");
    QTest::newRow("timestamp_skew_401")
            << QStringLiteral("webhook-timestamp -400 s away from now (tolerance 300 s)")
            << QStringLiteral("webhook-timestamp अभी के समय से -400 सेकंड दूर है (छूट 300 सेकंड)");
    QTest::newRow("no_signature_401")
            << QStringLiteral("no valid webhook-signature")
            << QStringLiteral("कोई मान्य webhook-signature नहीं है");
    QTest::newRow("replayed_webhook_id")
            << QStringLiteral("webhook-id already processed")
            << QStringLiteral("यह webhook-id पहले ही संसाधित हो चुका है");
    QTest::newRow("body_too_large_413")
            << QStringLiteral("request body larger than 65536 bytes")
            << QStringLiteral("अनुरोध की बॉडी 65536 बाइट से बड़ी है");
    // clang-format on
}

void TestWireText::storedEnglishShownInHindi()
{
    QFETCH(QString, english);
    QFETCH(QString, hindi);
    Translations translations;
    QCOMPARE(translations.install(QStringLiteral("hi")), QStringLiteral("hi"));
    const QString shown = WireText::translated(english);
    translations.uninstall();
    QCOMPARE(shown, hindi);
}

void TestWireText::storedEnglishShownInEnglish()
{
    // The templates rebuild the English exactly: nothing is lost or reordered.
    QFETCH(QString, english);
    QCOMPARE(WireText::translated(english), english);
}

// What the producers write is English with Hindi installed (it used to be tr()),
// and it is a text translated() knows.
void TestWireText::producersWriteEnglishInHindi()
{
    Translations translations;
    QCOMPARE(translations.install(QStringLiteral("hi")), QStringLiteral("hi"));
    const PayloadParser parser;
    const ParseResult malformed = parser.parse(R"({"email": })");
    const ParseResult wrongType = parser.parse(R"({"email":"a@example.com","webinarId":"w1","name":true})");
    const ParseResult badEmail = parser.parse(R"({"email":"priya.example.com","webinarId":"w1"})");
    const VerificationPolicy policy{"Authorization", "Bearer x", {}};
    const auto refused = RequestVerifier::verify(policy, {}, {}, QDateTime::currentDateTimeUtc());
    const QString shownEmail = WireText::translated(WireText::withField(badEmail.field, badEmail.error));
    translations.uninstall();
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.error, QStringLiteral("malformed JSON at offset 11: object is missing after a comma"));
    QCOMPARE(WireText::withField(wrongType.field, wrongType.error), QStringLiteral("name: must be a string"));
    QCOMPARE(WireText::withField(badEmail.field, badEmail.error),
             QStringLiteral("email: is not an email address: must contain exactly one @"));
    QCOMPARE(refused.reason, QStringLiteral("missing header Authorization"));
    QCOMPARE(shownEmail, QStringLiteral("email: ईमेल पता नहीं है: इसमें ठीक एक @ होना चाहिए"));
}

void TestWireText::unknownTextUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("not a wire text");
    QTest::newRow("field_with_unknown_reason") << QStringLiteral("email: not a wire text");
    QTest::newRow("template_without_argument") << QStringLiteral("missing header ");
    QTest::newRow("empty") << QString();
}

void TestWireText::unknownTextUnchanged()
{
    QFETCH(QString, text);
    Translations translations;
    QCOMPARE(translations.install(QStringLiteral("hi")), QStringLiteral("hi"));
    const QString shown = WireText::translated(text);
    translations.uninstall();
    QCOMPARE(shown, text);
}

QTEST_GUILESS_MAIN(TestWireText)
#include "tst_WireText.moc"
