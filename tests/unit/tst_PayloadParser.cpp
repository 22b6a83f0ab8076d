// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/PayloadParser.h"

#include <QtTest>

using hookdesk::PayloadParser;

class TestPayloadParser : public QObject
{
    Q_OBJECT
private slots:
    void eventPageExample();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void unknownFieldsStayInRawBody();
    void testWebinarsAreTestData();
    void openableLinks_data();
    void openableLinks();
};

void TestPayloadParser::eventPageExample()
{
    QFile file(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/event-page-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result = PayloadParser().parse(file.readAll());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attendee.name, QStringLiteral("John Doe"));
    QCOMPARE(result.attendee.email, QStringLiteral("john.doe@example.com"));
    QCOMPARE(result.attendee.phone, QStringLiteral("+1234567890"));
    QCOMPARE(result.attendee.webinarTitle, QStringLiteral("Introduction to Digital Marketing"));
    QCOMPARE(result.attendee.webinarId, QStringLiteral("6149b1e5612c4e5fd96041d3"));
    QCOMPARE(result.attendee.recordingUrl,
             QStringLiteral("https://example.com/webinar/recording/123"));
}

void TestPayloadParser::accepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("phone_as_number") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":919876543210})")
                                     << "phone" << "919876543210";
    // Past 2^53 a double rounds: the digits must come from the raw text.
    QTest::newRow("phone_number_beyond_double") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":9007199254740993})")
                                                << "phone" << "9007199254740993";
    QTest::newRow("phone_number_twenty_digits") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":12345678901234567891})")
                                                << "phone" << "12345678901234567891";
    QTest::newRow("phone_number_spaced") << QByteArray("{\"email\":\"a@b.c\",\"webinarId\":\"w\",\"phone\" :\n 9007199254740993 }")
                                         << "phone" << "9007199254740993";
    QTest::newRow("phone_number_last_duplicate_wins")
            << QByteArray(R"({"phone":"x","email":"a@b.c","webinarId":"w","nested":{"phone":1},"phone":9007199254740995})")
            << "phone" << "9007199254740995";
    QTest::newRow("phone_number_escaped_name") << QByteArray(R"({"email":"a@b.c","webinarId":"w","ph\u006fne":9007199254740993})")
                                               << "phone" << "9007199254740993";
    QTest::newRow("phone_number_after_tricky_string")
            << QByteArray(R"({"name":"x\",\"phone\":1,","email":"a@b.c","webinarId":"w","phone":9007199254740997})")
            << "phone" << "9007199254740997";
    QTest::newRow("phone_plus_string") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":"+91 98765 43210"})")
                                       << "phone" << "+91 98765 43210";
    QTest::newRow("phone_null") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":null})")
                                << "phone" << "";
    QTest::newRow("name_missing") << QByteArray(R"({"email":"a@b.c","webinarId":"w"})") << "name" << "";
    QTest::newRow("email_trimmed") << QByteArray(R"({"email":"  Priya@Example.IN ","webinarId":"w"})")
                                   << "emailNorm" << "priya@example.in";
    QTest::newRow("email_idn_domain") << QByteArray(R"({"email":"Asha@B\u00fccher.Example","webinarId":"w"})")
                                      << "emailNorm" << "asha@xn--bcher-kva.example";
    QTest::newRow("email_tab_trimmed") << QByteArray(R"({"email":"\ta@x.com\t","webinarId":"w"})")
                                       << "emailNorm" << "a@x.com";
    QTest::newRow("hindi_name") << QByteArray(R"({"email":"a@b.c","webinarId":"w","name":"प्रिया शर्मा"})")
                                << "name" << QStringLiteral("प्रिया शर्मा");
    QTest::newRow("javascript_link_kept_as_text")
            << QByteArray(R"x({"email":"a@b.c","webinarId":"w","webinarLink":"javascript:alert(1)"})x")
            << "recordingUrl" << "javascript:alert(1)";
}

void TestPayloadParser::accepted()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const auto result = PayloadParser().parse(body);
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto &a = result.attendee;
    const QString actual = field == QLatin1String("phone")          ? a.phone
            : field == QLatin1String("name")                        ? a.name
            : field == QLatin1String("emailNorm")                   ? a.emailNorm()
            : field == QLatin1String("recordingUrl")                ? a.recordingUrl
                                                                    : QString();
    QCOMPARE(actual, expected);
}

void TestPayloadParser::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QByteArray longName = "\"" + QByteArray(1025, 'x') + "\"";
    QTest::newRow("malformed_json") << QByteArray(R"({"email":)") << 400 << "";
    QTest::newRow("empty_body") << QByteArray() << 400 << "";
    QTest::newRow("array_body") << QByteArray(R"([1,2])") << 422 << "";
    QTest::newRow("email_missing") << QByteArray(R"({"webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_number") << QByteArray(R"({"email":5,"webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_not_address") << QByteArray(R"({"email":"nobody","webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_with_space") << QByteArray(R"({"email":"a b@c.d","webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_two_at") << QByteArray(R"({"email":"a@b@x.com","webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_angle_brackets") << QByteArray(R"({"email":"<script>@x.com","webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_trailing_nbsp") << QByteArray("{\"email\":\"a@x.com\u00a0\",\"webinarId\":\"w\"}") << 422 << "email";
    QTest::newRow("email_zero_width_space") << QByteArray("{\"email\":\"a\u200b@x.com\",\"webinarId\":\"w\"}") << 422 << "email";
    QTest::newRow("webinarId_missing") << QByteArray(R"({"email":"a@b.c"})") << 422 << "webinarId";
    QTest::newRow("webinarId_number") << QByteArray(R"({"email":"a@b.c","webinarId":42})") << 422 << "webinarId";
    QTest::newRow("webinarId_blank") << QByteArray(R"({"email":"a@b.c","webinarId":"  "})") << 422 << "webinarId";
    QTest::newRow("name_object") << QByteArray(R"({"email":"a@b.c","webinarId":"w","name":{}})") << 422 << "name";
    QTest::newRow("name_too_long") << QByteArray(R"({"email":"a@b.c","webinarId":"w","name":)" + longName + "}")
                                   << 422 << "name";
    QTest::newRow("phone_fraction") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":1.5})") << 422 << "phone";
    QTest::newRow("phone_whole_fraction") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":919876543210.0})") << 422 << "phone";
    QTest::newRow("phone_exponent") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":9.1e11})") << 422 << "phone";
    QTest::newRow("phone_negative") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":-919876543210})") << 422 << "phone";
    QTest::newRow("phone_bool") << QByteArray(R"({"email":"a@b.c","webinarId":"w","phone":true})") << 422 << "phone";
    QTest::newRow("link_array") << QByteArray(R"({"email":"a@b.c","webinarId":"w","webinarLink":[]})") << 422 << "webinarLink";
}

void TestPayloadParser::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto result = PayloadParser().parse(body);
    QVERIFY(!result.ok);
    QCOMPARE(result.status, status);
    QCOMPARE(result.field, field);
    QVERIFY(!result.error.isEmpty());
}

void TestPayloadParser::testWebinarsAreTestData()
{
    QVERIFY(PayloadParser().parse(R"({"email":"a@b.c","webinarId":"hookdesk-sim-20261127"})").attendee.isTest);
    QVERIFY(PayloadParser().parse(R"({"email":"a@b.c","webinarId":"hookdesk-check-x1"})").attendee.isTest);
    QVERIFY(!PayloadParser().parse(R"({"email":"a@b.c","webinarId":"6149b1e5612c4e5fd96041d3"})").attendee.isTest);
}

void TestPayloadParser::unknownFieldsStayInRawBody()
{
    const QByteArray body = R"({"email":"a@b.c","webinarId":"w","utm_source":"ads"})";
    const auto result = PayloadParser().parse(body);
    QVERIFY(result.ok);
    QCOMPARE(result.attendee.rawPayload, body);
}

void TestPayloadParser::openableLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("openable");
    QTest::newRow("https") << "https://example.com/r/1" << true;
    QTest::newRow("http_upper") << "HTTP://example.com/r/1" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
    QTest::newRow("no_host") << "https:///path" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("relative") << "/recording/1" << false;
}

void TestPayloadParser::openableLinks()
{
    QFETCH(QString, link);
    QFETCH(bool, openable);
    QCOMPARE(PayloadParser::isOpenableLink(link), openable);
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_PayloadParser.moc"
