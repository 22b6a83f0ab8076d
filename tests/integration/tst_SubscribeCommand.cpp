// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk subscribe`, run as a separate process against a fake TagMango API.
#include "ChildProcess.h"
#include "FakeTagMangoApi.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hookdesk::test::ChildProcess;
using hookdesk::test::FakeTagMangoApi;
using hookdesk::test::TestDatabase;

namespace {

const QByteArray apiKey = "tm-cli-key-93b1f0c7d2a4";

using Run = ChildProcess::Result;

} // namespace

class TestSubscribeCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFromEnvironment();
    void keyFromStandardInput();
    void answers_data();
    void answers();
    void keyOnCommandLineIsRefused_data();
    void keyOnCommandLineIsRefused();
    void noKeySendsNothing();
    void usageErrors_data();
    void usageErrors();
    void registerExistingHookAgain();

private:
    Run run(const QStringList &arguments, const QByteArray &environmentKey, bool setKey,
            const QByteArray &stdinData = QByteArray());
    QStringList baseArguments() const;

    FakeTagMangoApi m_api;
    TestDatabase m_db;
};

void TestSubscribeCommand::initTestCase()
{
    QVERIFY(m_api.start());
    QVERIFY(QFile::exists(ChildProcess::hookdesk()));
}

QStringList TestSubscribeCommand::baseArguments() const
{
    return {QStringLiteral("subscribe"), QStringLiteral("--db"), m_db.path(),
            QStringLiteral("--api-base"), m_api.baseUrl().toString(),
            QStringLiteral("--public-url"), QStringLiteral("https://hooks.example.test")};
}

Run TestSubscribeCommand::run(const QStringList &arguments, const QByteArray &environmentKey,
                              bool setKey, const QByteArray &stdinData)
{
    ChildProcess::Options options;
    options.environment.remove(QStringLiteral("HOOKDESK_API_KEY"));
    if (setKey)
        options.environment.insert(QStringLiteral("HOOKDESK_API_KEY"), QString::fromUtf8(environmentKey));
    options.input = stdinData;
    options.timeoutMs = 60000;
    // The fake API lives on this thread: run() keeps the event loop turning while it waits.
    return ChildProcess::runHookdesk(arguments, options);
}

void TestSubscribeCommand::keyFromEnvironment()
{
    m_api.answerWith(201, R"({"message":"Webhook created"})");
    const qsizetype before = m_api.requests().size();
    const Run result = run(baseArguments() << QStringLiteral("--webinar") << QStringLiteral("w-42"),
                           apiKey, true);
    QVERIFY2(result.exitedWith(0), result.report().constData());
    QCOMPARE(m_api.requests().size(), before + 1);
    const auto &sent = m_api.requests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QStringLiteral("/api/v1/integration/webhook/webhook"));
    QCOMPARE(sent.header("x-api-key"), apiKey);
    QCOMPARE(sent.header("accept"), QByteArray("application/json"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("webinar.completed.all"));
    QCOMPARE(body.value(QStringLiteral("webinar")).toString(), QStringLiteral("w-42"));
    const QString hookUrl = body.value(QStringLiteral("hookUrl")).toString();
    QVERIFY2(hookUrl.startsWith(QLatin1String("https://hooks.example.test/hooks/")), qPrintable(hookUrl));

    // The server's answer is printed; the hook is in the database with it.
    QVERIFY2(result.out.contains("HTTP 201"), result.out.constData());
    QVERIFY(result.out.contains(R"({"message":"Webhook created"})"));
    QVERIFY(result.out.contains(hookUrl.toUtf8()));
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE hook_url = '%1' "
                                       "AND response_status = 201 AND webinar_filter = 'w-42'")
                                .arg(hookUrl)),
             1);
    QVERIFY(!result.out.contains(apiKey) && !result.err.contains(apiKey));
}

void TestSubscribeCommand::keyFromStandardInput()
{
    m_api.answerWith(200, R"({"ok":true})");
    const Run result = run(baseArguments(), QByteArray(), false, apiKey + "\n");
    QVERIFY2(result.exitedWith(0), result.report().constData());
    QCOMPARE(m_api.requests().last().header("x-api-key"), apiKey);
    QVERIFY(!result.out.contains(apiKey) && !result.err.contains(apiKey));
}

void TestSubscribeCommand::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("key_refused_401") << 401 << QByteArray(R"({"message":"Unauthorized"})")
                                     << QByteArray("Key refused");
    QTest::newRow("key_refused_403_echoing_key")
            << 403 << QByteArray(R"({"message":"key )" + apiKey + R"( is not allowed"})")
            << QByteArray("Platform Integrations");
    QTest::newRow("rejected_422") << 422 << QByteArray(R"({"message":"event not allowed"})")
                                  << QByteArray("event not allowed");
    QTest::newRow("server_error_500") << 500 << QByteArray("oops") << QByteArray("Server error");
}

void TestSubscribeCommand::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, says);
    m_api.answerWith(status, body);
    const Run result = run(baseArguments(), apiKey, true);
    QVERIFY2(result.exitedWithFailure(), result.report().constData());
    QVERIFY2(result.out.contains("HTTP " + QByteArray::number(status)), result.out.constData());
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY2(result.err.contains("hookdesk hook retire"), "tells how to retire the kept hook");
    QVERIFY2(!result.out.contains(apiKey) && !result.err.contains(apiKey), "the key was printed");
}

void TestSubscribeCommand::keyOnCommandLineIsRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("api_key_separate") << QStringList{QStringLiteral("--api-key"), QString::fromUtf8(apiKey)};
    QTest::newRow("api_key_equals") << QStringList{QStringLiteral("--api-key=") + QString::fromUtf8(apiKey)};
    QTest::newRow("key_short") << QStringList{QStringLiteral("-k"), QString::fromUtf8(apiKey)};
}

void TestSubscribeCommand::keyOnCommandLineIsRefused()
{
    QFETCH(QStringList, extra);
    const qsizetype before = m_api.requests().size();
    const Run result = run(baseArguments() + extra, QByteArray(), false);
    QVERIFY2(result.exitedWith(2), result.report().constData());
    QVERIFY2(result.err.contains("HOOKDESK_API_KEY"), result.err.constData());
    QVERIFY(!result.err.contains(apiKey));
    QCOMPARE(m_api.requests().size(), before);
}

void TestSubscribeCommand::noKeySendsNothing()
{
    const qsizetype before = m_api.requests().size();
    const Run result = run(baseArguments(), QByteArray(), false, QByteArray());
    QVERIFY2(result.exitedWith(1), result.report().constData());
    QVERIFY2(result.err.contains("no API key"), result.err.constData());
    QCOMPARE(m_api.requests().size(), before);
}

void TestSubscribeCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    const QString db = m_db.path();
    QTest::newRow("no_public_url") << QStringList{QStringLiteral("subscribe"), QStringLiteral("--db"), db}
                                   << QByteArray("--public-url is required");
    QTest::newRow("hook_url_as_public_url")
            << QStringList{QStringLiteral("subscribe"), QStringLiteral("--db"), db,
                           QStringLiteral("--public-url"), QStringLiteral("https://x.example.test/hooks/abc")}
            << QByteArray("/hooks/");
    QTest::newRow("unknown_event")
            << QStringList{QStringLiteral("subscribe"), QStringLiteral("--db"), db,
                           QStringLiteral("--public-url"), QStringLiteral("https://x.example.test"),
                           QStringLiteral("--event"), QStringLiteral("order.created.completed")}
            << QByteArray("order.created.completed");
    QTest::newRow("bad_api_base")
            << QStringList{QStringLiteral("subscribe"), QStringLiteral("--db"), db,
                           QStringLiteral("--public-url"), QStringLiteral("https://x.example.test"),
                           QStringLiteral("--api-base"), QStringLiteral("ftp://api.example.test")}
            << QByteArray("--api-base");
}

void TestSubscribeCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const qsizetype before = m_api.requests().size();
    const Run result = run(arguments, apiKey, true);
    QVERIFY2(result.exitedWith(2), result.report().constData());
    QVERIFY2(result.err.contains(says), result.err.constData());
    QCOMPARE(m_api.requests().size(), before);
}

void TestSubscribeCommand::registerExistingHookAgain()
{
    m_api.answerWith(401, R"({"message":"Unauthorized"})");
    const Run refused = run(baseArguments(), "wrong-key-0000", true);
    QVERIFY2(refused.exitedWithFailure(), refused.report().constData());
    const QString token = m_db.text(QStringLiteral(
            "SELECT token FROM subscriptions WHERE response_status = 401 ORDER BY id DESC LIMIT 1"));
    QVERIFY(!token.isEmpty());
    const qint64 hooks = m_db.count(QStringLiteral("SELECT count(*) FROM subscriptions"));

    m_api.answerWith(201, "{}");
    const Run result = run(baseArguments() << QStringLiteral("--hook") << token.left(10), apiKey, true);
    QVERIFY2(result.exitedWith(0), result.report().constData());
    const QJsonObject body = QJsonDocument::fromJson(m_api.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("hookUrl")).toString(),
             QStringLiteral("https://hooks.example.test/hooks/") + token);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM subscriptions")), hooks);
    QCOMPARE(m_db.count(QStringLiteral("SELECT response_status FROM subscriptions WHERE token = '%1'")
                                .arg(token)),
             201);
}

QTEST_GUILESS_MAIN(TestSubscribeCommand)
#include "tst_SubscribeCommand.moc"
