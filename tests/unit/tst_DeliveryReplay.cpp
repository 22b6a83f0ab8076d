// SPDX-License-Identifier: GPL-3.0-or-later
// "Copy as curl" and "Replay into HookDesk": what is sent again, and what never is.
#include "ChildProcess.h"
#include "intake/PayloadParser.h"
#include "intake/RequestVerifier.h"
#include "simulate/DeliveryReplay.h"
#include "simulate/SimulatedAttendees.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace hookdesk;

namespace {

DeliveryDetail delivery(const QByteArray &body, const QByteArray &headers)
{
    DeliveryDetail d;
    d.row.id = 42;
    d.row.method = QStringLiteral("POST");
    d.row.path = QStringLiteral("/hooks/AbCdEf…");
    d.row.status = 401;
    d.row.subscriptionId = 7;
    d.row.bodySize = body.size();
    d.body = body;
    d.headersJson = headers;
    return d;
}

Hook hook()
{
    Hook h;
    h.id = 7;
    h.token = QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWx");
    h.event = QStringLiteral("webinar.completed.all");
    return h;
}

// What bash makes of a quoted word: the bytes it hands to a program.
test::ChildProcess::Result bash(const QString &script)
{
    test::ChildProcess::Options options;
    options.timeoutMs = 10000;
    return test::ChildProcess::run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, options);
}

QByteArray throughBash(const QString &word)
{
    const test::ChildProcess::Result printed = bash(QStringLiteral("printf %s ") + word);
    return printed.exitedWith(0) ? printed.out : "bash: " + printed.report();
}

} // namespace

class TestDeliveryReplay : public QObject
{
    Q_OBJECT
private slots:
    void shellQuoteSurvivesBash_data();
    void shellQuoteSurvivesBash();
    void curlSendsTheStoredBody_data();
    void curlSendsTheStoredBody();
    void curlLeavesSecretsOut();
    void curlNotesATruncatedBody();
    void replayCarriesBodyAndContentType();
    void replaySignsForAVerifyingHook();
    void replayRefuses_data();
    void replayRefuses();
    void simulatedAttendeesAreValidTestData();
};

void TestDeliveryReplay::shellQuoteSurvivesBash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain_json") << QByteArray(R"({"name":"Priya Sharma","email":"p@example.com"})");
    QTest::newRow("single_quotes") << QByteArray(R"({"name":"Rohan O'Brien 'RK'"})");
    QTest::newRow("shell_syntax") << QByteArray(R"($(rm -rf ~) `id` $HOME; echo "x" && \ | > <)");
    QTest::newRow("newlines_and_tabs") << QByteArray("{\n\t\"a\": 1\n}");
    QTest::newRow("unicode") << QByteArray("{\"name\":\"प्रिया शर्मा 🎉\"}");
    QTest::newRow("carriage_return") << QByteArray("a\r\nb");
    QTest::newRow("binary") << QByteArray("a\x01b\xff\xfe'\\%s%%");
    QTest::newRow("invalid_utf8") << QByteArray("caf\xe9");
    QTest::newRow("empty") << QByteArray();
}

void TestDeliveryReplay::shellQuoteSurvivesBash()
{
    QFETCH(QByteArray, bytes);
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    QCOMPARE(throughBash(DeliveryReplay::shellQuote(bytes)), bytes);
}

void TestDeliveryReplay::curlSendsTheStoredBody_data()
{
    shellQuoteSurvivesBash_data();
    QTest::newRow("nul_bytes") << QByteArray("{\"a\":\"x\0y\"}\0'%\\\xff", 16);
}

void TestDeliveryReplay::curlSendsTheStoredBody()
{
    QFETCH(QByteArray, bytes);
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    if (bytes.isEmpty())
        QSKIP("no body, no --data-binary");
    const QString curl = DeliveryReplay::curlCommand(delivery(bytes, "{}"), QStringLiteral("http://127.0.0.1:8787"));
    // A stand-in for curl that writes the body it would send.
    const QString fake = QStringLiteral(
            "curl() { prev=; for a in \"$@\"; do if [ \"$prev\" = --data-binary ]; then "
            "if [ \"$a\" = @- ]; then cat; else printf %s \"$a\"; fi; fi; prev=$a; done; }\n");
    const test::ChildProcess::Result sent = bash(fake + curl);
    QVERIFY2(sent.exitedWith(0), sent.report().constData());
    QCOMPARE(sent.out, bytes);
}

void TestDeliveryReplay::curlLeavesSecretsOut()
{
    const QByteArray headers = R"({"host":"x.trycloudflare.com","content-type":"application/json",)"
                               R"("user-agent":"axios/1.6.8","content-length":"52","authorization":"***",)"
                               R"("x-tagmango-secret":"***","x-forwarded-for":"13.233.48.127"})";
    const QByteArray body = R"({"name":"Rohan O'Brien","email":"rohan@example.com"})";
    const QString curl = DeliveryReplay::curlCommand(delivery(body, headers), QStringLiteral("http://127.0.0.1:8787"));

    QVERIFY2(curl.contains(QLatin1String("curl -X 'POST' 'http://127.0.0.1:8787/hooks/TOKEN'")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("-H 'content-type: application/json'")));
    QVERIFY(curl.contains(QLatin1String("-H 'user-agent: axios/1.6.8'")));
    QVERIFY(curl.contains(QLatin1String("-H 'x-forwarded-for: 13.233.48.127'")));
    QVERIFY(curl.contains(QLatin1String("--data-binary '{\"name\":\"Rohan O'\\''Brien\"")));
    // Masked secrets are not invented, and connection headers are curl's business.
    QVERIFY(!curl.contains(QLatin1String("***")));
    QVERIFY(!curl.contains(QLatin1String("-H 'authorization")));
    QVERIFY(!curl.contains(QLatin1String("-H 'host")));
    QVERIFY(!curl.contains(QLatin1String("-H 'content-length")));
    QVERIFY(curl.contains(QLatin1String("authorization, x-tagmango-secret")));
    QVERIFY(!curl.contains(QLatin1String("AbCdEf")));

    // The command, as bash reads it, sends exactly the stored body.
    if (!QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty()) {
        QString script = curl;
        script.replace(QLatin1String("curl -X"), QLatin1String("printf '%s\\n' -X"));
        const test::ChildProcess::Result printed = bash(script);
        QVERIFY2(printed.exitedWith(0), printed.report().constData());
        const QList<QByteArray> words = printed.out.split('\n');
        QVERIFY2(words.contains(body), qPrintable(curl));
    }
}

void TestDeliveryReplay::curlNotesATruncatedBody()
{
    DeliveryDetail d = delivery(QByteArray(100, 'x'), "{}");
    d.row.bodySize = 70000;
    const QString curl = DeliveryReplay::curlCommand(d, QStringLiteral("http://127.0.0.1:9000/"));
    QVERIFY(curl.contains(QLatin1String("70000")));
    QVERIFY(curl.contains(QLatin1String("'http://127.0.0.1:9000/hooks/TOKEN'")));
}

void TestDeliveryReplay::replayCarriesBodyAndContentType()
{
    const QByteArray body = R"({"name":"A","email":"a@example.com","webinarId":"w"})";
    const DeliveryDetail d = delivery(body, R"({"content-type":"application/json; charset=utf-8","x-api-key":"***"})");
    QString error;
    const auto request = DeliveryReplay::prepare(d, hook(), QUrl(QStringLiteral("http://127.0.0.1:8787")),
                                                 QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->url, QUrl(QStringLiteral("http://127.0.0.1:8787/hooks/AbCdEfGhIjKlMnOpQrStUvWx")));
    QCOMPARE(request->body, body);
    QVERIFY(request->headers.contains(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8"))));
    for (const auto &header : request->headers)
        QVERIFY(header.second != "***");
}

void TestDeliveryReplay::replaySignsForAVerifyingHook()
{
    Hook h = hook();
    h.verifyHeader = "x-tagmango-secret";
    h.verifyHeaderSecret = "s3cret-value";
    h.hmacSecret = "whsec_" + QByteArray("0123456789abcdef0123456789abcdef").toBase64();
    const QByteArray body = R"({"name":"A","email":"a@example.com","webinarId":"w"})";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const auto request = DeliveryReplay::prepare(delivery(body, "{}"), h,
                                                 QUrl(QStringLiteral("http://127.0.0.1:8787")), now, &error);
    QVERIFY2(request, qPrintable(error));
    // The listener's own verifier accepts it.
    const VerificationPolicy policy{h.verifyHeader, h.verifyHeaderSecret, h.hmacSecret};
    RequestVerifier::Headers headers;
    for (const auto &header : request->headers)
        headers.append({header.first.toLower(), header.second});
    const auto verdict = RequestVerifier::verify(policy, headers, request->body, now);
    QCOMPARE(verdict.verdict, RequestVerifier::Verdict::Accepted);
    QVERIFY(verdict.webhookId.startsWith("hookdesk-replay-42-"));
}

void TestDeliveryReplay::replayRefuses_data()
{
    QTest::addColumn<bool>("knownHook");
    QTest::addColumn<qint64>("bodySize");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("because");
    QTest::newRow("unknown_hook") << false << qint64(-1) << QStringLiteral("http://127.0.0.1:8787")
                                  << QStringLiteral("known hook");
    QTest::newRow("truncated_body") << true << qint64(70000) << QStringLiteral("http://127.0.0.1:8787")
                                    << QStringLiteral("kept only the first");
    QTest::newRow("listener_stopped") << true << qint64(-1) << QString() << QStringLiteral("not running");
}

void TestDeliveryReplay::replayRefuses()
{
    QFETCH(bool, knownHook);
    QFETCH(qint64, bodySize);
    QFETCH(QString, baseUrl);
    QFETCH(QString, because);
    DeliveryDetail d = delivery("{\"a\":1}", "{}");
    if (!knownHook)
        d.row.subscriptionId = 0;
    if (bodySize >= 0)
        d.row.bodySize = bodySize;
    QString error;
    const auto request = DeliveryReplay::prepare(d, knownHook ? std::optional<Hook>(hook()) : std::nullopt,
                                                 QUrl(baseUrl), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(!request);
    QVERIFY2(error.contains(because), qPrintable(error));
}

void TestDeliveryReplay::simulatedAttendeesAreValidTestData()
{
    const QString id = SimulatedAttendees::newWebinarId(QDateTime(QDate(2026, 3, 14), QTime(15, 9, 30)));
    QCOMPARE(id, QStringLiteral("hookdesk-sim-20260314-150930-000"));
    const SimulatedAttendees attendees(id, QStringLiteral("Simulated webinar"));
    PayloadParser parser;
    QSet<QString> emails;
    int indian = 0;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray body = attendees.payload(i);
        QCOMPARE(attendees.payload(i), body); // the same attendee every time
        const ParseResult parsed = parser.parse(body);
        QVERIFY2(parsed.ok, qPrintable(parsed.error + QLatin1Char(' ') + QString::fromUtf8(body)));
        QVERIFY(parsed.attendee.isTest);
        QCOMPARE(parsed.attendee.webinarId, id);
        QCOMPARE(parsed.attendee.webinarTitle, QStringLiteral("Simulated webinar"));
        QVERIFY(parsed.attendee.recordingUrl.startsWith(QLatin1String("https://")));
        QVERIFY(parsed.attendee.email.endsWith(QLatin1String(".com")) || parsed.attendee.email.endsWith(QLatin1String(".net"))
                || parsed.attendee.email.endsWith(QLatin1String(".org")));
        QVERIFY(parsed.attendee.email.contains(QLatin1String("@example.")));
        emails.insert(parsed.attendee.emailNorm());
        if (parsed.attendee.phone.startsWith(QLatin1String("+91 ")))
            ++indian;
    }
    QCOMPARE(emails.size(), 1000);
    QVERIFY(indian > 700 && indian < 900);
}

QTEST_GUILESS_MAIN(TestDeliveryReplay)
#include "tst_DeliveryReplay.moc"
