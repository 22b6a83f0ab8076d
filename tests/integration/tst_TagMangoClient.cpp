// SPDX-License-Identifier: GPL-3.0-or-later
// TagMangoClient against a fake TagMango API on a real socket: the exact request,
// every way it can fail, and that the API key never reaches a log.
#include "FakeTagMangoApi.h"
#include "LogCapture.h"
#include "tagmango/TagMangoClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace hookdesk;
using hookdesk::test::FakeTagMangoApi;
using hookdesk::test::LogCapture;

namespace {

const QString apiKey = QStringLiteral("tm-key-5f2c9a71e0b84d3c");

SubscribeRequest request(const QString &webinar = QString())
{
    return SubscribeRequest{QStringLiteral("https://hooks.example.test/hooks/Tok3nTok3nTok3nTok3nTok3n"),
                            QStringLiteral("webinar.completed.all"), webinar, apiKey};
}

} // namespace

class TestTagMangoClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void defaults();
    void sendsDocumentedRequest_data();
    void sendsDocumentedRequest();
    void answers_data();
    void answers();
    void connectionRefusedIsUnreachable();
    void unknownHostIsUnreachable();
    void silentServerTimesOut();
    void plainTextOnTlsPortIsTlsFailure();
    void echoedKeyIsMasked();
    void keyNeverLogged();
    void destroyedClientDropsCallback();

private:
    std::optional<SubscribeResult> subscribe(TagMangoClient &client, const SubscribeRequest &req);

    QNetworkAccessManager m_network;
    FakeTagMangoApi m_api;
    std::unique_ptr<LogCapture> m_log; // everything any logging category prints
};

void TestTagMangoClient::initTestCase()
{
    QVERIFY(m_api.start());
    // Every category at every level, Qt's own network ones included, except
    // qt.httpserver: that is the fake TagMango (the receiving side), which at
    // debug level prints every request header it gets, x-api-key included.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver.debug=false"));
    m_log = std::make_unique<LogCapture>(); // after QTest's handler, which it passes on to
}

void TestTagMangoClient::cleanupTestCase()
{
    m_log.reset();
}

std::optional<SubscribeResult> TestTagMangoClient::subscribe(TagMangoClient &client,
                                                             const SubscribeRequest &req)
{
    std::optional<SubscribeResult> result;
    int calls = 0;
    client.subscribe(req, [&](const SubscribeResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    // A second call must NOT come; nothing marks that it never will, so give one
    // the time to arrive.
    QTest::qWait(20);
    if (calls != 1)
        return std::nullopt;
    return result;
}

void TestTagMangoClient::defaults()
{
    TagMangoClient client(&m_network);
    QCOMPARE(client.apiBase(), QUrl(QStringLiteral("https://api-prod-new.tagmango.com")));
    QCOMPARE(client.timeoutMs(), 30000);
}

void TestTagMangoClient::sendsDocumentedRequest_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("webinar");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    const QString documented = QStringLiteral("/api/v1/integration/webhook/webhook");
    QTest::newRow("all_webinars")
            << QString() << QString() << documented
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://hooks.example.test/hooks/Tok3nTok3nTok3nTok3nTok3n"})");
    QTest::newRow("one_webinar")
            << QString() << QStringLiteral("6149b1e5612c4e5fd96041d3") << documented
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://hooks.example.test/hooks/Tok3nTok3nTok3nTok3nTok3n","webinar":"6149b1e5612c4e5fd96041d3"})");
    QTest::newRow("staging_base_with_path")
            << QStringLiteral("/staging/") << QString() << QStringLiteral("/staging") + documented
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://hooks.example.test/hooks/Tok3nTok3nTok3nTok3nTok3n"})");
}

void TestTagMangoClient::sendsDocumentedRequest()
{
    QFETCH(QString, basePath);
    QFETCH(QString, webinar);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    m_api.answerWith(201, R"({"message":"Webhook created","id":"wh_1"})");
    QUrl base = m_api.baseUrl();
    base.setPath(basePath);
    TagMangoClient client(&m_network, base);
    const qsizetype before = m_api.requests().size();
    const auto result = subscribe(client, request(webinar));
    QVERIFY(result);
    QCOMPARE(m_api.requests().size(), before + 1);

    const FakeTagMangoApi::Request &sent = m_api.requests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, path);
    QCOMPARE(sent.headerCount("accept"), 1);
    QCOMPARE(sent.header("accept"), QByteArray("application/json"));
    QCOMPARE(sent.headerCount("content-type"), 1);
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.headerCount("x-api-key"), 1);
    QCOMPARE(sent.header("x-api-key"), apiKey.toUtf8());
    QCOMPARE(sent.header("content-length"), QByteArray::number(body.size()));
    QVERIFY(sent.header("user-agent").startsWith("HookDesk/"));
    QVERIFY(sent.header("host").startsWith("127.0.0.1:"));
    QVERIFY2(sent.header("cookie").isEmpty(), sent.header("cookie").constData());
    QVERIFY2(sent.header("authorization").isEmpty(), "no other credentials");
    QCOMPARE(sent.body, body);

    QCOMPARE(result->outcome, SubscribeResult::Outcome::Created);
    QCOMPARE(result->httpStatus, 201);
    QCOMPARE(result->body, QByteArray(R"({"message":"Webhook created","id":"wh_1"})"));
    QVERIFY2(result->message.startsWith(QLatin1String("Created")), qPrintable(result->message));
}

void TestTagMangoClient::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("says");

    using O = SubscribeResult::Outcome;
    QTest::newRow("ok_200") << 200 << QByteArray("{}") << int(O::Created) << "Created";
    QTest::newRow("key_refused_401") << 401 << QByteArray(R"({"message":"Unauthorized"})")
                                     << int(O::KeyRefused) << "Key refused";
    QTest::newRow("key_refused_403") << 403 << QByteArray(R"({"message":"Forbidden resource"})")
                                     << int(O::KeyRefused) << "Platform Integrations";
    QTest::newRow("rejected_422_with_message")
            << 422 << QByteArray(R"({"statusCode":422,"message":["hookUrl must be an URL address"]})")
            << int(O::Rejected) << "“hookUrl must be an URL address”";
    QTest::newRow("rejected_400_plain_text") << 400 << QByteArray("event is not supported")
                                             << int(O::Rejected) << "event is not supported";
    QTest::newRow("rejected_404_no_message") << 404 << QByteArray()
                                             << int(O::Rejected) << "HTTP 404";
    QTest::newRow("redirect_is_not_followed") << 301 << QByteArray()
                                              << int(O::Rejected) << "redirect";
    QTest::newRow("server_error_500") << 500 << QByteArray(R"({"message":"Internal server error"})")
                                      << int(O::ServerError) << "Server error";
    QTest::newRow("server_error_503_html") << 503 << QByteArray("<html>down</html>")
                                           << int(O::ServerError) << "HTTP 503";
}

void TestTagMangoClient::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, says);

    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (status == 301)
        headers.append(qMakePair(QByteArray("Location"),
                                 QByteArray("https://elsewhere.example.test/api")));
    m_api.answerWith(status, body, headers);
    const qsizetype before = m_api.requests().size();
    TagMangoClient client(&m_network, m_api.baseUrl());
    const auto result = subscribe(client, request());
    QVERIFY(result);
    QCOMPARE(int(result->outcome), outcome);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->body, body);
    QVERIFY2(result->message.contains(says), qPrintable(result->message));
    QCOMPARE(result->recordedBody(), QString::fromUtf8(body));
    // Exactly one request: no retries, no redirect followed.
    QCOMPARE(m_api.requests().size(), before + 1);
}

void TestTagMangoClient::connectionRefusedIsUnreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    TagMangoClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto result = subscribe(client, request());
    QVERIFY(result);
    QCOMPARE(result->outcome, SubscribeResult::Outcome::Unreachable);
    QCOMPARE(result->httpStatus, 0);
    QVERIFY2(result->message.startsWith(QLatin1String("Unreachable")), qPrintable(result->message));
    QVERIFY(result->recordedBody().startsWith(QLatin1String("(no answer)")));
}

void TestTagMangoClient::unknownHostIsUnreachable()
{
    // .invalid never resolves (RFC 2606), with or without a network.
    TagMangoClient client(&m_network, QUrl(QStringLiteral("https://api.tagmango.invalid")));
    const auto result = subscribe(client, request());
    QVERIFY(result);
    QCOMPARE(result->outcome, SubscribeResult::Outcome::Unreachable);
    QVERIFY2(result->message.contains(QLatin1String("api.tagmango.invalid")),
             qPrintable(result->message));
}

void TestTagMangoClient::silentServerTimesOut()
{
    m_api.hang();
    TagMangoClient client(&m_network, m_api.baseUrl());
    client.setTimeoutMs(300);
    const auto result = subscribe(client, request());
    m_api.answerWith(201, "{}");
    QVERIFY(result);
    QCOMPARE(result->outcome, SubscribeResult::Outcome::Timeout);
    QCOMPARE(result->httpStatus, 0);
    QVERIFY2(result->message.startsWith(QLatin1String("Timeout")), qPrintable(result->message));
}

void TestTagMangoClient::plainTextOnTlsPortIsTlsFailure()
{
    // A server that answers a TLS handshake with plain HTTP, as a misconfigured
    // proxy would.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
        }
    });
    TagMangoClient client(&m_network,
                          QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
    const auto result = subscribe(client, request());
    QVERIFY(result);
    QCOMPARE(result->outcome, SubscribeResult::Outcome::TlsFailure);
    QVERIFY2(result->message.startsWith(QLatin1String("TLS failure")), qPrintable(result->message));
}

void TestTagMangoClient::echoedKeyIsMasked()
{
    m_api.answerWith(401, QByteArray(R"({"message":"invalid api key )") + apiKey.toUtf8() + "\"}");
    TagMangoClient client(&m_network, m_api.baseUrl());
    const auto result = subscribe(client, request());
    QVERIFY(result);
    QCOMPARE(result->outcome, SubscribeResult::Outcome::KeyRefused);
    QVERIFY(!result->body.contains(apiKey.toUtf8()));
    QVERIFY(result->body.contains("[API key removed]"));
    QVERIFY(!result->message.contains(apiKey));
    QVERIFY(!result->serverMessage.contains(apiKey));
}

void TestTagMangoClient::keyNeverLogged()
{
    // Runs after the others (slots run in order), so the log holds every request
    // this test sent, successful, refused and unreachable; check it is not empty
    // so this test cannot pass by capturing nothing.
    m_api.answerWith(201, "{}");
    TagMangoClient client(&m_network, m_api.baseUrl());
    QVERIFY(subscribe(client, request(QStringLiteral("w1"))));
    const QString log = m_log->text();
    QVERIFY2(log.contains(QLatin1String("hookdesk.tagmango")), "log was captured");
    QVERIFY2(log.contains(QLatin1String("subscribing")), "client logged its calls");
    QVERIFY2(!log.contains(apiKey), "the API key appeared in a log message");
    QVERIFY2(!log.contains(QLatin1String("Tok3nTok3nTok3n")), "a whole hook token was logged");
}

void TestTagMangoClient::destroyedClientDropsCallback()
{
    m_api.hang();
    bool called = false;
    const qsizetype before = m_api.requests().size();
    {
        TagMangoClient client(&m_network, m_api.baseUrl());
        client.subscribe(request(), [&](const SubscribeResult &) { called = true; });
        // Earlier tests' requests are in the list too: wait for this one.
        QTRY_VERIFY(m_api.requests().size() > before && m_api.requests().last().method == "POST");
    }
    // The callback must NOT run now the client is gone; nothing marks that it never
    // will, so give a late one the time to arrive.
    QTest::qWait(50);
    m_api.answerWith(201, "{}");
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTagMangoClient)
#include "tst_TagMangoClient.moc"
