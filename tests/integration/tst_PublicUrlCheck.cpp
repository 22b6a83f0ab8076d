// SPDX-License-Identifier: GPL-3.0-or-later
// "Check my public URL" against HookDesk's real listener and store, and against
// stand-ins for tunnels that fail in the ways tunnels do.
#include "FakeTagMangoApi.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/StoreWriter.h"
#include "store/WriterStoreAccess.h"
#include "tagmango/PublicUrlCheck.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace hookdesk;
using hookdesk::test::FakeTagMangoApi;
using hookdesk::test::TestDatabase;
using Outcome = PublicUrlCheckResult::Outcome;

class TestPublicUrlCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cameBackAndIsTestData();
    void removeCheckDataLeavesRealAttendees();
    void registrationHookKeepsTheCheckAsARegistration();
    void verifiedHookGetsItsCredentials_data();
    void verifiedHookGetsItsCredentials();
    void unknownHook();
    void retiredHook();
    void tunnelAnswers_data();
    void tunnelAnswers();
    void nothingListening();
    void silentTunnelTimesOut();

private:
    Hook addHook(const QString &event);
    Hook addHook(const HookRepository::HookOptions &options);
    PublicUrlCheckResult check(const QUrl &url, int timeoutMs = PublicUrlCheck::DefaultTimeoutMs);
    QUrl listenerUrl(const Hook &hook) const;

    TestDatabase m_db;
    HookDirectory m_hooks;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<WriterStoreAccess> m_access;
    QNetworkAccessManager m_network;
    FakeTagMangoApi m_tunnel; // a stand-in for a tunnel or proxy that answers itself
};

void TestPublicUrlCheck::initTestCase()
{
    m_writer = std::make_unique<StoreWriter>(&m_hooks);
    StoreWriter::Options options;
    options.databasePath = m_db.path();
    QString error;
    QVERIFY2(m_writer->start(options, &error), qPrintable(error));
    m_intake = std::make_unique<IntakeService>(m_writer.get(), &m_hooks);
    IntakeServer::Options listen;
    listen.port = 0;
    QVERIFY2(m_intake->start(listen, &error), qPrintable(error));
    m_access = std::make_unique<WriterStoreAccess>(m_writer.get(), &m_hooks);
    QVERIFY(m_tunnel.start());
}

void TestPublicUrlCheck::cleanupTestCase()
{
    m_intake->stop();
    m_writer->stop();
}

Hook TestPublicUrlCheck::addHook(const QString &event)
{
    HookRepository::HookOptions options;
    options.event = event;
    return addHook(options);
}

Hook TestPublicUrlCheck::addHook(const HookRepository::HookOptions &options)
{
    std::optional<Hook> hook;
    m_access->query<std::optional<Hook>>(
            [options](SqliteDatabase &db) {
                QString error;
                return HookRepository::add(db, options, &error);
            },
            this, [&](std::optional<Hook> added) { hook = added ? added : Hook(); });
    if (!QTest::qWaitFor([&] { return hook.has_value(); }, 10000))
        return Hook();
    return hook.value_or(Hook());
}

QUrl TestPublicUrlCheck::listenerUrl(const Hook &hook) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_intake->port()).arg(hook.path()));
}

PublicUrlCheckResult TestPublicUrlCheck::check(const QUrl &url, int timeoutMs)
{
    PublicUrlCheck checker(&m_network, m_access.get());
    checker.setTimeoutMs(timeoutMs);
    std::optional<PublicUrlCheckResult> result;
    checker.run(url, [&](const PublicUrlCheckResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return PublicUrlCheckResult(); // Unreachable with no message: the caller's checks fail
    return *result;
}

void TestPublicUrlCheck::cameBackAndIsTestData()
{
    const Hook hook = addHook(QStringLiteral("webinar.completed.all"));
    QVERIFY(hook.id > 0);
    const PublicUrlCheckResult result = check(listenerUrl(hook));
    QVERIFY2(result.cameBack(), qPrintable(result.message));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.webinarId.startsWith(PublicUrlCheck::webinarIdPrefix()));
    // 127.0.0.1 proves the listener, not a tunnel: the message must say so.
    QVERIFY(result.localOnly);
    QVERIFY2(result.message.contains(QLatin1String("cannot use it")), qPrintable(result.message));

    QCOMPARE(m_db.count(QStringLiteral("SELECT is_test FROM attendees WHERE webinar_id = '%1' "
                                       "AND email_norm = 'hookdesk-check@example.invalid'")
                                .arg(result.webinarId)),
             1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT subscription_id FROM attendees WHERE webinar_id = '%1'")
                                .arg(result.webinarId)),
             hook.id);
}

void TestPublicUrlCheck::removeCheckDataLeavesRealAttendees()
{
    const Hook hook = addHook(QStringLiteral("webinar.completed.all"));
    QVERIFY(check(listenerUrl(hook)).cameBack());
    QVERIFY(check(listenerUrl(hook)).cameBack());
    // A real attendee, delivered the ordinary way.
    PublicUrlCheck checker(&m_network, m_access.get());
    std::optional<bool> sent;
    QNetworkRequest real(listenerUrl(hook));
    real.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(real, QByteArray(R"({"name":"Asha","email":"asha@example.com","phone":"+911234","webinar":"Real","webinarId":"w-real","webinarLink":"https://example.com/r"})"));
    connect(reply, &QNetworkReply::finished, this, [&] { sent = reply->error() == QNetworkReply::NoError; });
    QTRY_VERIFY(sent.has_value());
    reply->deleteLater();
    QVERIFY(*sent);

    const qint64 checks = m_db.count(QStringLiteral(
            "SELECT count(*) FROM attendees WHERE email_norm = 'hookdesk-check@example.invalid'"));
    QVERIFY(checks >= 2);
    std::optional<int> removed;
    QString error;
    checker.removeCheckData([&](int count, const QString &e) {
        removed = count;
        error = e;
    });
    QTRY_VERIFY(removed.has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(*removed), checks);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id LIKE 'hookdesk-check-%'")), 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE webinar_id = 'w-real'")), 1);
}

void TestPublicUrlCheck::registrationHookKeepsTheCheckAsARegistration()
{
    // A reminder or a booking hook reads the same check payload as a
    // registration: it comes back, as test data that "remove" takes away.
    for (const QString &event : {QStringLiteral("webinar.reminder.all"), QStringLiteral("webinar.created.single")}) {
        const Hook hook = addHook(event);
        const PublicUrlCheckResult result = check(listenerUrl(hook));
        QVERIFY2(result.cameBack(), qPrintable(event + QLatin1String(": ") + result.message));
        QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE webinar_id = '%1'")
                                    .arg(result.webinarId)),
                 0);
        QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM registrations WHERE webinar_id = '%1' "
                                           "AND is_test = 1")
                                    .arg(result.webinarId)),
                 1);
    }
    std::optional<int> removed;
    QString error;
    PublicUrlCheck checker(&m_network, m_access.get());
    checker.removeCheckData([&](int count, const QString &e) {
        removed = count;
        error = e;
    });
    QTRY_VERIFY(removed.has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(*removed, 2);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM registrations")), 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id LIKE 'hookdesk-check-%'")), 0);
}

void TestPublicUrlCheck::verifiedHookGetsItsCredentials_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerSecret");
    QTest::addColumn<bool>("hmac");
    QTest::newRow("secret_header") << QByteArray("x-hook-secret") << QByteArray("s3cr3t-value-1") << false;
    QTest::newRow("standard_webhooks_signature") << QByteArray() << QByteArray() << true;
    QTest::newRow("header_and_signature") << QByteArray("authorization")
                                          << QByteArray("Bearer s3cr3t-value-2") << true;
}

void TestPublicUrlCheck::verifiedHookGetsItsCredentials()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerSecret);
    QFETCH(bool, hmac);
    HookRepository::HookOptions options;
    options.event = QStringLiteral("webinar.completed.all");
    options.verifyHeader = header;
    options.verifyHeaderSecret = headerSecret;
    if (hmac)
        options.hmacSecret = "whsec_" + QByteArray("0123456789abcdef0123456789abcdef").toBase64();
    const Hook hook = addHook(options);
    QVERIFY(hook.id > 0);

    // Without the hook's credentials the listener refuses the check...
    const PublicUrlCheckResult refused = check(listenerUrl(hook));
    QCOMPARE(refused.outcome, Outcome::Unauthorized);
    QCOMPARE(refused.httpStatus, 401);
    // ...with them, as the page sends it, the attendee comes back.
    PublicUrlCheck checker(&m_network, m_access.get());
    std::optional<PublicUrlCheckResult> result;
    checker.run(listenerUrl(hook),
                VerificationPolicy{hook.verifyHeader, hook.verifyHeaderSecret, hook.hmacSecret},
                [&](const PublicUrlCheckResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->cameBack(), qPrintable(result->message));
}

void TestPublicUrlCheck::unknownHook()
{
    Hook ghost;
    ghost.token = HookRepository::newToken();
    const PublicUrlCheckResult result = check(listenerUrl(ghost));
    QCOMPARE(result.outcome, Outcome::HookUnknown);
    QCOMPARE(result.httpStatus, 404);
}

void TestPublicUrlCheck::retiredHook()
{
    const Hook hook = addHook(QStringLiteral("webinar.completed.all"));
    std::optional<bool> retired;
    m_access->query<bool>(
            [token = hook.token](SqliteDatabase &db) {
                QString error;
                return HookRepository::retire(db, token, &error);
            },
            this, [&](bool ok) { retired = ok; });
    QTRY_VERIFY(retired.has_value());
    QVERIFY(*retired);
    const PublicUrlCheckResult result = check(listenerUrl(hook));
    QCOMPARE(result.outcome, Outcome::HookRetired);
    QCOMPARE(result.httpStatus, 410);
}

void TestPublicUrlCheck::tunnelAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("says");
    QTest::newRow("tunnel_cannot_reach_origin_502")
            << 502 << QByteArray("<html>Bad gateway</html>") << int(Outcome::TunnelError)
            << "tunnel";
    QTest::newRow("tunnel_not_found_404_html")
            << 404 << QByteArray("Tunnel abc.ngrok-free.app not found") << int(Outcome::TunnelError)
            << "not from HookDesk";
    QTest::newRow("cloudflare_530") << 530 << QByteArray("error code: 1033")
                                    << int(Outcome::TunnelError) << "HTTP 530";
    QTest::newRow("other_hookdesk_says_stored")
            << 200 << QByteArray(R"({"status":"stored"})") << int(Outcome::NotHere)
            << "another HookDesk";
    QTest::newRow("not_hookdesk_200") << 200 << QByteArray("OK") << int(Outcome::UnexpectedAnswer)
                                      << "Something other than HookDesk";
    QTest::newRow("redirect_to_https") << 308 << QByteArray() << int(Outcome::UnexpectedAnswer)
                                       << "redirect";
}

void TestPublicUrlCheck::tunnelAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, says);
    m_tunnel.answerWith(status, body, {{"Content-Type", "text/plain"}});
    QUrl url = m_tunnel.baseUrl();
    url.setPath(QStringLiteral("/hooks/") + HookRepository::newToken());
    const PublicUrlCheckResult result = check(url);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.httpStatus, status);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    // What was posted is a well-formed test attendee.
    const auto &posted = m_tunnel.requests().last();
    QCOMPARE(posted.method, QByteArray("POST"));
    QCOMPARE(posted.header("content-type"), QByteArray("application/json"));
    QVERIFY(posted.body.contains("hookdesk-check@example.invalid"));
    QVERIFY(posted.header("x-api-key").isEmpty());
}

void TestPublicUrlCheck::nothingListening()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const PublicUrlCheckResult result =
            check(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/abc").arg(port)));
    QCOMPARE(result.outcome, Outcome::Unreachable);
    QVERIFY2(result.message.contains(QLatin1String("tunnel running")), qPrintable(result.message));
}

void TestPublicUrlCheck::silentTunnelTimesOut()
{
    m_tunnel.hang();
    QUrl url = m_tunnel.baseUrl();
    url.setPath(QStringLiteral("/hooks/abc"));
    const PublicUrlCheckResult result = check(url, 300);
    m_tunnel.answerWith(200, "{}");
    QCOMPARE(result.outcome, Outcome::Timeout);
}

QTEST_GUILESS_MAIN(TestPublicUrlCheck)
#include "tst_PublicUrlCheck.moc"
