// SPDX-License-Identifier: GPL-3.0-or-later
// Subscribing end to end against a fake TagMango API and a real database: the
// hook row, what is recorded with it, what happens to it when TagMango says no.
#include "FakeTagMangoApi.h"
#include "TestDatabase.h"
#include "store/DirectStoreAccess.h"
#include "store/HookDirectory.h"
#include "store/StoreWriter.h"
#include "store/WriterStoreAccess.h"
#include "tagmango/SubscriptionService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace hookdesk;
using hookdesk::test::FakeTagMangoApi;
using hookdesk::test::TestDatabase;

namespace {

const QString apiKey = QStringLiteral("tm-key-0a1b2c3d4e5f6789");
const QString publicBase = QStringLiteral("https://hooks.example.test/");

// Every byte of the database, WAL included.
QByteArray databaseBytes(const TestDatabase &db)
{
    QByteArray all;
    const QDir dir(db.folder());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestSubscriptionService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createdIsRecorded_data();
    void createdIsRecorded();
    void failedRegistrationKeepsHook_data();
    void failedRegistrationKeepsHook();
    void unreachableIsRecorded();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void registerAgainUsesSameHook();
    void retiredHookIsNotRegistered();
    void throughWriterListenerKnowsHookAtOnce();
    void keyIsInNoTableNorFile();

private:
    SubscriptionOutcome subscribe(SubscriptionService &service,
                                  const SubscriptionService::Request &request);

    FakeTagMangoApi m_api;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DirectStoreAccess> m_store;
    std::unique_ptr<TagMangoClient> m_client;
    std::unique_ptr<SubscriptionService> m_service;
};

void TestSubscriptionService::initTestCase()
{
    QVERIFY(m_api.start());
}

void TestSubscriptionService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_store = std::make_unique<DirectStoreAccess>();
    QString error;
    QVERIFY2(m_store->open(m_db->path(), &error), qPrintable(error));
    m_client = std::make_unique<TagMangoClient>(&m_network, m_api.baseUrl());
    m_service = std::make_unique<SubscriptionService>(m_store.get(), m_client.get());
    m_api.answerWith(201, R"({"message":"Webhook created"})");
}

void TestSubscriptionService::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_store.reset();
    m_db.reset();
}

SubscriptionOutcome TestSubscriptionService::subscribe(SubscriptionService &service,
                                                       const SubscriptionService::Request &request)
{
    std::optional<SubscriptionOutcome> outcome;
    service.subscribe(request, [&](const SubscriptionOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return {};
    return *outcome;
}

void TestSubscriptionService::createdIsRecorded_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("webinar");
    QTest::newRow("all_webinars") << "webinar.completed.all" << QString();
    QTest::newRow("one_webinar") << "webinar.completed.all" << "6149b1e5612c4e5fd96041d3";
    QTest::newRow("reminder_event") << "webinar.reminder.all" << QString();
}

void TestSubscriptionService::createdIsRecorded()
{
    QFETCH(QString, event);
    QFETCH(QString, webinar);
    const QString token = HookRepository::newToken();
    const auto outcome = subscribe(*m_service, {publicBase, event, webinar, apiKey, token});
    QVERIFY2(outcome.isCreated(), qPrintable(outcome.message()));
    QVERIFY(outcome.hook);
    QCOMPARE(outcome.hook->token, token); // the previewed URL is the registered one

    const QString hookUrl = QStringLiteral("https://hooks.example.test/hooks/") + token;
    const QJsonObject sent = QJsonDocument::fromJson(m_api.requests().last().body).object();
    QCOMPARE(sent.value(QStringLiteral("hookUrl")).toString(), hookUrl);
    QCOMPARE(sent.value(QStringLiteral("event")).toString(), event);
    QCOMPARE(sent.contains(QStringLiteral("webinar")), !webinar.isEmpty());

    QCOMPARE(outcome.hook->hookUrl, hookUrl);
    QCOMPARE(outcome.hook->event, event);
    QCOMPARE(outcome.hook->webinarFilter, webinar);
    QCOMPARE(outcome.hook->apiBase, m_api.baseUrl().toString());
    QCOMPARE(outcome.hook->responseStatus, 201);
    QCOMPARE(outcome.hook->responseBody, QStringLiteral(R"({"message":"Webhook created"})"));
    QVERIFY(!outcome.hook->isRetired());
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE token = '%1' "
                                        "AND response_status = 201 AND hook_url = '%2'")
                                 .arg(token, hookUrl)),
             1);
}

void TestSubscriptionService::failedRegistrationKeepsHook_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    using O = SubscribeResult::Outcome;
    QTest::newRow("key_refused_401") << 401 << QByteArray(R"({"message":"Unauthorized"})")
                                     << int(O::KeyRefused);
    QTest::newRow("rejected_422") << 422 << QByteArray(R"({"message":"Invalid webinar"})")
                                  << int(O::Rejected);
    QTest::newRow("server_error_502") << 502 << QByteArray("Bad gateway") << int(O::ServerError);
}

void TestSubscriptionService::failedRegistrationKeepsHook()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    m_api.answerWith(status, body);
    const auto result = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                               QString(), apiKey, QString()});
    QVERIFY(!result.isCreated());
    QVERIFY(result.answer);
    QCOMPARE(int(result.answer->outcome), outcome);
    QVERIFY(result.hook);
    QVERIFY(!result.hook->isRetired());
    QCOMPARE(result.hook->responseStatus, status);
    QCOMPARE(result.hook->responseBody, QString::fromUtf8(body));
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE retired_at IS NULL "
                                        "AND response_status = %1").arg(status)),
             1);
}

void TestSubscriptionService::unreachableIsRecorded()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto result = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                               QString(), apiKey, QString()});
    QVERIFY(result.answer);
    QCOMPARE(result.answer->outcome, SubscribeResult::Outcome::Unreachable);
    QVERIFY(result.hook);
    QCOMPARE(result.hook->responseStatus, 0);
    QVERIFY2(result.hook->responseBody.startsWith(QLatin1String("(no answer) Unreachable")),
             qPrintable(result.hook->responseBody));
}

void TestSubscriptionService::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("webinar");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");
    const QString completed = QStringLiteral("webinar.completed.all");
    QTest::newRow("no_public_address") << "" << completed << "" << apiKey << "public address";
    QTest::newRow("hook_url_as_base") << "https://x.example.test/hooks/abc" << completed << ""
                                      << apiKey << "/hooks/";
    QTest::newRow("unknown_event") << publicBase << "order.created.completed" << "" << apiKey
                                   << "order.created.completed";
    QTest::newRow("webinar_with_space") << publicBase << completed << "61 49" << apiKey
                                        << "webinar ID";
    QTest::newRow("no_key") << publicBase << completed << "" << "" << "API key";
}

void TestSubscriptionService::invalidInputSendsNothing()
{
    QFETCH(QString, base);
    QFETCH(QString, event);
    QFETCH(QString, webinar);
    QFETCH(QString, key);
    QFETCH(QString, says);
    const qsizetype before = m_api.requests().size();
    const auto result = subscribe(*m_service, {base, event, webinar, key, QString()});
    QVERIFY(!result.isCreated());
    QVERIFY(!result.answer);
    QVERIFY(!result.hook);
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    QCOMPARE(m_api.requests().size(), before);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions")), 0);
}

void TestSubscriptionService::registerAgainUsesSameHook()
{
    m_api.answerWith(401, R"({"message":"Unauthorized"})");
    const auto first = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                              QString(), QStringLiteral("wrong-key-1234"), QString()});
    QVERIFY(first.hook);
    QCOMPARE(first.hook->responseStatus, 401);

    m_api.answerWith(201, R"({"ok":true})");
    std::optional<SubscriptionOutcome> second;
    m_service->registerHook(*first.hook, QStringLiteral("https://new-tunnel.example.test"), apiKey,
                            [&](const SubscriptionOutcome &o) { second = o; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 20000);
    QVERIFY2(second->isCreated(), qPrintable(second->message()));
    QCOMPARE(second->hook->token, first.hook->token);
    QCOMPARE(second->hook->hookUrl,
             QStringLiteral("https://new-tunnel.example.test/hooks/") + first.hook->token);
    QCOMPARE(second->hook->responseStatus, 201);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM subscriptions")), 1);
}

void TestSubscriptionService::retiredHookIsNotRegistered()
{
    const auto created = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                                QString(), apiKey, QString()});
    QVERIFY(created.isCreated());
    std::optional<bool> retired;
    m_service->retire(created.hook->token, [&](bool ok, const QString &) { retired = ok; });
    QTRY_VERIFY(retired.has_value());
    QVERIFY(*retired);

    std::optional<QList<Hook>> hooks;
    m_service->list([&](const QList<Hook> &list, const QString &) { hooks = list; });
    QTRY_VERIFY(hooks.has_value());
    QCOMPARE(hooks->size(), 1);
    QVERIFY(hooks->first().isRetired());

    const qsizetype before = m_api.requests().size();
    std::optional<SubscriptionOutcome> again;
    m_service->registerHook(hooks->first(), publicBase, apiKey,
                            [&](const SubscriptionOutcome &o) { again = o; });
    QTRY_VERIFY(again.has_value());
    QVERIFY(!again->isCreated());
    QVERIFY2(again->error.contains(QLatin1String("410")), qPrintable(again->error));
    QCOMPARE(m_api.requests().size(), before);
}

void TestSubscriptionService::throughWriterListenerKnowsHookAtOnce()
{
    // The GUI's path: tasks run on the writer thread, answers come back here.
    cleanup();
    TestDatabase db;
    HookDirectory directory;
    StoreWriter writer(&directory);
    StoreWriter::Options options;
    options.databasePath = db.path();
    QString error;
    QVERIFY2(writer.start(options, &error), qPrintable(error));
    WriterStoreAccess access(&writer, &directory);
    TagMangoClient client(&m_network, m_api.baseUrl());
    SubscriptionService service(&access, &client);

    const auto outcome = subscribe(service, {publicBase, QStringLiteral("webinar.completed.all"),
                                             QString(), apiKey, QString()});
    QVERIFY2(outcome.isCreated(), qPrintable(outcome.message()));
    QCOMPARE(outcome.hook->responseStatus, 201);
    // Published before the answer came back: no wait for the writer's own reload.
    QVERIFY(directory.snapshot()->contains(outcome.hook->token));
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE response_status = 201")), 1);
}

void TestSubscriptionService::keyIsInNoTableNorFile()
{
    // TagMango echoing the key back must not put it in the database.
    m_api.answerWith(401, QByteArray(R"({"message":"bad key )") + apiKey.toUtf8() + "\"}");
    const auto refused = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                                QString(), apiKey, QString()});
    QVERIFY(refused.answer);
    m_api.answerWith(201, "{}");
    const auto created = subscribe(*m_service, {publicBase, QStringLiteral("webinar.completed.all"),
                                                QString(), apiKey, QString()});
    QVERIFY(created.isCreated());
    QVERIFY(!refused.message().contains(apiKey));
    QVERIFY(!refused.hook->responseBody.contains(apiKey));
    m_store.reset(); // close, so everything is in the files
    const QByteArray bytes = databaseBytes(*m_db);
    QVERIFY(bytes.size() > 0);
    QVERIFY(bytes.contains("Webhook") || bytes.contains("[API key removed]"));
    QVERIFY2(!bytes.contains(apiKey.toUtf8()), "the API key was written to the database");
    const QByteArray utf16(reinterpret_cast<const char *>(apiKey.utf16()), apiKey.size() * 2);
    QVERIFY2(!bytes.contains(utf16), "the API key was written as UTF-16");
}

QTEST_GUILESS_MAIN(TestSubscriptionService)
#include "tst_SubscriptionService.moc"
