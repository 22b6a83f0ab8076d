// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmango/HookUrl.h"
#include "tagmango/TagMangoClient.h"

#include <QTest>

using namespace hookdesk;

class TestHookUrl : public QObject
{
    Q_OBJECT
private slots:
    void parseBase_data();
    void parseBase();
    void join_data();
    void join();
    void isPrivate_data();
    void isPrivate();
    void forLogShortensToken();
    void subscribeEndpoint_data();
    void subscribeEndpoint();
    void subscribeBody_data();
    void subscribeBody();
    void extractServerMessage_data();
    void extractServerMessage();
    void checkApiKey_data();
    void checkApiKey();
};

void TestHookUrl::parseBase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("base"); // expected, or a word the error must contain

    QTest::newRow("https_host") << "https://abc.trycloudflare.com" << true
                                << "https://abc.trycloudflare.com";
    QTest::newRow("trailing_slashes") << "https://abc.ngrok-free.app//" << true
                                      << "https://abc.ngrok-free.app";
    QTest::newRow("no_scheme_means_https") << "  hooks.example.com " << true
                                           << "https://hooks.example.com";
    QTest::newRow("path_kept") << "https://example.com/hookdesk/" << true
                               << "https://example.com/hookdesk";
    QTest::newRow("http_with_port") << "http://203.0.113.7:8787" << true
                                    << "http://203.0.113.7:8787";
    QTest::newRow("scheme_upper_case") << "HTTPS://Example.com" << true << "https://example.com";
    QTest::newRow("empty") << "   " << false << "public address";
    QTest::newRow("ftp") << "ftp://example.com" << false << "https://";
    QTest::newRow("query") << "https://example.com/?a=1" << false << "?";
    QTest::newRow("fragment") << "https://example.com/#x" << false << "#";
    QTest::newRow("whole_hook_url") << "https://example.com/hooks/abcdef" << false << "/hooks/";
    QTest::newRow("hooks_folder_alone") << "https://example.com/hooks" << false << "/hooks/";
    QTest::newRow("user_info") << "https://me:pw@example.com" << false << "password";
    QTest::newRow("no_host") << "https://" << false << "not a web address";
}

void TestHookUrl::parseBase()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, base);
    QUrl url;
    QString error;
    QCOMPARE(HookUrl::parseBase(input, &url, &error), ok);
    if (ok) {
        QCOMPARE(url.toString(), base);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(base), qPrintable(error));
    }
}

void TestHookUrl::join_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host_only") << "https://h.example.com" << "https://h.example.com/hooks/tok";
    QTest::newRow("with_path") << "https://h.example.com/app" << "https://h.example.com/app/hooks/tok";
    QTest::newRow("trailing_slash") << "https://h.example.com/" << "https://h.example.com/hooks/tok";
    QTest::newRow("port") << "http://127.0.0.1:8787" << "http://127.0.0.1:8787/hooks/tok";
}

void TestHookUrl::join()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(HookUrl::join(QUrl(base), QStringLiteral("/hooks/tok")).toString(), expected);
}

void TestHookUrl::isPrivate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("localhost") << "http://localhost:8787" << true;
    QTest::newRow("loopback_v4") << "http://127.0.0.1:8787" << true;
    QTest::newRow("loopback_v6") << "http://[::1]:8787" << true;
    QTest::newRow("rfc1918_10") << "http://10.1.2.3" << true;
    QTest::newRow("rfc1918_172") << "http://172.20.0.5" << true;
    QTest::newRow("rfc1918_192") << "http://192.168.1.20" << true;
    QTest::newRow("mdns") << "http://laptop.local" << true;
    QTest::newRow("public_v4") << "http://203.0.113.7" << false;
    QTest::newRow("not_private_172_32") << "http://172.32.0.1" << false;
    QTest::newRow("tunnel_name") << "https://abc.trycloudflare.com" << false;
}

void TestHookUrl::isPrivate()
{
    QFETCH(QString, url);
    QFETCH(bool, isPrivate);
    QCOMPARE(HookUrl::isPrivate(QUrl(url)), isPrivate);
}

void TestHookUrl::forLogShortensToken()
{
    const QString token = QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    const QString logged = HookUrl::forLog(QUrl(QStringLiteral("https://h.example.com/hooks/") + token));
    QCOMPARE(logged, QStringLiteral("https://h.example.com/hooks/AbCdEf…"));
    QVERIFY(!logged.contains(token.mid(6)));
}

void TestHookUrl::subscribeEndpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("documented") << "https://api-prod-new.tagmango.com"
                                << "https://api-prod-new.tagmango.com/api/v1/integration/webhook/webhook";
    QTest::newRow("trailing_slash") << "https://api-prod-new.tagmango.com/"
                                    << "https://api-prod-new.tagmango.com/api/v1/integration/webhook/webhook";
    QTest::newRow("staging_path") << "http://127.0.0.1:9000/staging/"
                                  << "http://127.0.0.1:9000/staging/api/v1/integration/webhook/webhook";
    QTest::newRow("query_dropped") << "https://api.example.com/?x=1"
                                   << "https://api.example.com/api/v1/integration/webhook/webhook";
}

void TestHookUrl::subscribeEndpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    QCOMPARE(TagMangoClient::subscribeEndpoint(QUrl(base)).toString(), endpoint);
}

void TestHookUrl::subscribeBody_data()
{
    QTest::addColumn<QString>("webinar");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("all_webinars")
            << QString()
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://h.example.com/hooks/t"})");
    QTest::newRow("blank_webinar_is_all")
            << QStringLiteral("   ")
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://h.example.com/hooks/t"})");
    QTest::newRow("one_webinar")
            << QStringLiteral(" 6149b1e5612c4e5fd96041d3 ")
            << QByteArray(R"({"event":"webinar.completed.all","hookUrl":"https://h.example.com/hooks/t","webinar":"6149b1e5612c4e5fd96041d3"})");
}

void TestHookUrl::subscribeBody()
{
    QFETCH(QString, webinar);
    QFETCH(QByteArray, body);
    SubscribeRequest request{QStringLiteral("https://h.example.com/hooks/t"),
                             QStringLiteral("webinar.completed.all"), webinar,
                             QStringLiteral("secret-key-123")};
    QCOMPARE(TagMangoClient::subscribeBody(request), body);
}

void TestHookUrl::extractServerMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("json_message") << QByteArray(R"({"message":"Invalid event"})") << "Invalid event";
    QTest::newRow("json_message_list")
            << QByteArray(R"({"statusCode":400,"message":["hookUrl must be a URL","event is required"],"error":"Bad Request"})")
            << "hookUrl must be a URL; event is required";
    QTest::newRow("json_error") << QByteArray(R"({"error":"webinar not found"})") << "webinar not found";
    QTest::newRow("json_nested") << QByteArray(R"({"error":{"message":"quota exceeded"}})") << "quota exceeded";
    QTest::newRow("json_errors_objects")
            << QByteArray(R"({"errors":[{"message":"bad webinar"}]})") << "bad webinar";
    QTest::newRow("json_without_message") << QByteArray(R"({"ok":false})") << QString();
    QTest::newRow("plain_text") << QByteArray("  Unprocessable\n entity ") << "Unprocessable entity";
    QTest::newRow("html_page") << QByteArray("<html><body>502</body></html>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHookUrl::extractServerMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(TagMangoClient::extractServerMessage(body), message);
}

void TestHookUrl::checkApiKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("typical") << "tm_live_8f3a9c0d1e2b" << true;
    QTest::newRow("pasted_with_blanks") << " tm_live_8f3a9c0d1e2b\n" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("inner_space") << "abc def" << false;
    QTest::newRow("newline_injection") << "abc\r\nx-evil: 1" << false;
    QTest::newRow("non_ascii") << QStringLiteral("abcé") << false;
}

void TestHookUrl::checkApiKey()
{
    QFETCH(QString, key);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(TagMangoClient::checkApiKey(key, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestHookUrl)
#include "tst_HookUrl.moc"
