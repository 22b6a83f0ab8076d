// SPDX-License-Identifier: GPL-3.0-or-later
// The listener end to end in one process: real sockets, a real SQLite file.
#include "HttpClient.h"
#include "IntakeHarness.h"
#include "LogCapture.h"
#include "WriterHold.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "intake/RequestVerifier.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QFile>
#include <QtTest>

#include <future>

using namespace hookdesk;
using namespace hookdesk::test;

namespace {

QByteArray exampleBody()
{
    QFile file(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/event-page-example.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QJsonObject json(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT
private slots:
    void eventPageExampleStoredOnce();
    void eachHookReadsItsEvent_data();
    void eachHookReadsItsEvent();
    void badInputs_data();
    void badInputs();
    void clientGoneBeforeAnswer();
    void thousandConcurrentAttendees();
    void storeFailureAnswers503();
    void lockedStoreWarnsOncePerCommit();
    void connectionLimit();
    void healthAndUnknownPaths();
    void everyRequestIsLogged();
    void verifiedHooks();
    void concurrentSignedReplaysStoreOnce();
};

void TestIntake::eventPageExampleStoredOnce()
{
    Harness h;
    QVERIFY(h.started);
    HttpReply reply = HttpClient::request(h.port, "POST", h.hookPath, exampleBody());
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));

    QByteArray again = exampleBody();
    again.replace("\"john.doe@example.com\"", "\"  John.Doe@EXAMPLE.com \"");
    reply = HttpClient::request(h.port, "POST", h.hookPath, again);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(h.attendees(), 1);
    QCOMPARE(h.db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 2);
    QCOMPARE(h.db.text(QStringLiteral("SELECT phone FROM attendees")), QStringLiteral("+1234567890"));
}

// The hook's event decides how a payload is read: TagMango's documented example
// of each event, sent to each kind of hook.
void TestIntake::eachHookReadsItsEvent_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("attendees");
    QTest::addColumn<int>("registrations");
    QTest::newRow("completion to completion") << "completion" << "webinar.completed.all" << 200 << QString() << 1 << 0;
    QTest::newRow("booking to completion") << "completion" << "webinar.created.single" << 422
                                           << QStringLiteral("webinarId") << 0 << 0;
    QTest::newRow("reminder to reminder") << "reminder" << "webinar.reminder.all" << 200 << QString() << 0 << 1;
    QTest::newRow("1day to reminder") << "reminder" << "webinar.reminder.1day" << 200 << QString() << 0 << 1;
    QTest::newRow("booking to reminder") << "reminder" << "webinar.created.single" << 422
                                         << QStringLiteral("webinarId") << 0 << 0;
    QTest::newRow("series to booking") << "booking" << "webinar.created.recurring" << 200 << QString() << 0 << 2;
    QTest::newRow("single to booking") << "booking" << "webinar.created.single" << 200 << QString() << 0 << 1;
    QTest::newRow("reminder to booking") << "booking" << "webinar.reminder.all" << 422
                                         << QStringLiteral("callList") << 0 << 0;
    QTest::newRow("completion to booking") << "booking" << "webinar.completed.all" << 422
                                           << QStringLiteral("callList") << 0 << 0;
}

void TestIntake::eachHookReadsItsEvent()
{
    QFETCH(QString, hook);
    QFETCH(QString, event);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(int, attendees);
    QFETCH(int, registrations);
    Harness h;
    QVERIFY(h.started);
    QFile fixture(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/events/%1.json").arg(event));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray path = hook == QLatin1String("completion") ? h.hookPath
            : hook == QLatin1String("reminder")                 ? h.reminderPath
                                                                : h.bookingPath;
    const HttpReply reply = HttpClient::request(h.port, "POST", path, fixture.readAll());
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    else
        QCOMPARE(json(reply).value(QStringLiteral("field")).toString(), field);
    QCOMPARE(h.attendees(), attendees);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM registrations")), registrations);
    // Every call is in the delivery log, with the field a refusal names.
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 1);
    if (status != 200)
        QVERIFY(h.db.text(QStringLiteral("SELECT reason FROM deliveries")).startsWith(field + QLatin1Char(':')));
}

void TestIntake::badInputs_data()
{
    QTest::addColumn<QByteArray>("request"); // "%HOOK%" and "%RETIRED%" stand for the paths
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    using HttpClient::buildRequest;
    const QByteArray valid = HttpClient::attendeeBody(1);
    QTest::newRow("malformed_json") << buildRequest("POST", "%HOOK%", "{\"email\":") << 400 << "";
    QTest::newRow("not_an_object") << buildRequest("POST", "%HOOK%", "[]") << 422 << "";
    QTest::newRow("email_wrong_type")
            << buildRequest("POST", "%HOOK%", R"({"email":1,"webinarId":"w"})") << 422 << "email";
    QTest::newRow("email_missing") << buildRequest("POST", "%HOOK%", R"({"webinarId":"w"})") << 422 << "email";
    QTest::newRow("webinarId_missing")
            << buildRequest("POST", "%HOOK%", R"({"email":"a@b.c"})") << 422 << "webinarId";
    QTest::newRow("phone_wrong_type")
            << buildRequest("POST", "%HOOK%", R"({"email":"a@b.c","webinarId":"w","phone":[1]})") << 422 << "phone";
    QTest::newRow("body_over_limit")
            << buildRequest("POST", "%HOOK%", QByteArray(70 * 1024, ' ') + valid) << 413 << "";
    QTest::newRow("headers_over_limit")
            << buildRequest("POST", "%HOOK%", valid,
                            {{"Content-Type", "application/json"}, {"X-Padding", QByteArray(17 * 1024, 'a')}})
            << 431 << "";
    QTest::newRow("stalled_client")
            << QByteArray("POST %HOOK% HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"em")
            << 408 << "";
    QTest::newRow("unknown_token") << buildRequest("POST", "/hooks/notAToken", valid) << 404 << "";
    QTest::newRow("retired_token") << buildRequest("POST", "%RETIRED%", valid) << 410 << "";
    QTest::newRow("wrong_method") << buildRequest("PUT", "%HOOK%", valid) << 405 << "";
    QTest::newRow("get_on_hook") << buildRequest("GET", "%HOOK%", {}, {}) << 405 << "";
    QTest::newRow("wrong_content_type")
            << buildRequest("POST", "%HOOK%", valid, {{"Content-Type", "text/plain"}}) << 415 << "";
    QTest::newRow("no_content_type") << buildRequest("POST", "%HOOK%", valid, {}) << 415 << "";
    QTest::newRow("garbage_bytes") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15) << 400 << "";
    QTest::newRow("smuggling") << QByteArray("POST %HOOK% HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                               << 400 << "";
}

void TestIntake::badInputs()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, field);
    IntakeServer::Options options;
    options.limits.idleTimeoutMs = 1000; // the stalled client is cut off after 1 s
    Harness h({}, options);
    QVERIFY(h.started);
    request.replace("%HOOK%", h.hookPath).replace("%RETIRED%", h.retiredPath);

    const HttpReply reply = HttpClient::raw(h.port, request, 10000);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
    QVERIFY2(json(reply).contains(QStringLiteral("error")), reply.body);
    QCOMPARE(json(reply).value(QStringLiteral("field")).toString(), field);
    QCOMPARE(h.attendees(), 0);

    // The server keeps serving.
    const HttpReply next = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(7));
    QCOMPARE(next.status, 200);
    QCOMPARE(h.attendees(), 1);
}

void TestIntake::clientGoneBeforeAnswer()
{
    Harness h;
    QVERIFY(h.started);
    // Hold the writer so the answer is still pending when the client leaves.
    WriterHold hold(h.writer);

    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, h.port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(100 + i)));
        QVERIFY(socket.waitForBytesWritten(5000));
        // The request has reached the writer's queue: its answer is pending.
        QTRY_COMPARE(h.writer.queuedCount(), qint64(i + 1));
        socket.abort();
    }
    // Let the server see the resets while the answers are pending: nothing outside
    // the intake thread tells when it has, so this waits (longer only slows the test).
    QTest::qWait(200);
    hold.release();

    const HttpReply next = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    QCOMPARE(next.status, 200);
    // Attendees whose sender left are still kept (the commit happened), never half-written.
    QTRY_COMPARE(h.attendees(), 21);
}

void TestIntake::thousandConcurrentAttendees()
{
    Harness h;
    QVERIFY(h.started);
    QList<QByteArray> requests;
    for (int i = 0; i < 1000; ++i)
        requests.append(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(i, "big-webinar")));
    const auto replies = HttpClient::concurrent(h.port, requests, 60000);
    int ok = 0;
    for (const HttpReply &reply : replies) {
        if (reply.status == 200 && json(reply).value(QStringLiteral("status")).toString() == QLatin1String("stored"))
            ++ok;
        else
            qWarning() << reply.status << reply.error << reply.body;
    }
    QCOMPARE(ok, 1000);
    QCOMPARE(h.attendees(), 1000);
    QCOMPARE(h.db.count(QStringLiteral("SELECT attendee_count FROM webinars WHERE webinar_id='big-webinar'")), 1000);
}

void TestIntake::storeFailureAnswers503()
{
    StoreWriter::Options storeOptions;
    storeOptions.busyTimeoutMs = 100;
    Harness h(storeOptions);
    QVERIFY(h.started);
    SqliteDatabase other;
    QVERIFY(other.open(h.db.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const HttpReply refused = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    QCOMPARE(refused.status, 503);
    QVERIFY(!refused.header("Retry-After").isEmpty());
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(h.attendees(), 0);

    const HttpReply accepted = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(h.attendees(), 1);
}

// Before: a locked database logged "answering 503: <error>" once per request,
// 20 senders in one commit gave 20 identical lines.
void TestIntake::lockedStoreWarnsOncePerCommit()
{
    constexpr int senders = 20;
    StoreWriter::Options storeOptions;
    storeOptions.busyTimeoutMs = 100;
    Harness h(storeOptions);
    QVERIFY(h.started);
    LogCapture log;
    SqliteDatabase other;
    QVERIFY(other.open(h.db.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    WriterHold hold(h.writer);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < senders; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, h.port);
        QVERIFY(sockets.back()->waitForConnected(5000));
        sockets.back()->write(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(i)));
        QVERIFY(sockets.back()->waitForBytesWritten(5000));
    }
    // All of them wait in the queue, so they go into one transaction.
    QTRY_COMPARE(h.writer.queuedCount(), qint64(senders));
    hold.release();
    for (auto &socket : sockets)
        QCOMPARE(HttpClient::readReply(*socket).status, 503);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    const QStringList lines = log.lines(QtWarningMsg, QStringLiteral("hookdesk.intake"), QStringLiteral("answering 503"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("to %1 request").arg(senders)), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("locked")), qPrintable(lines.first()));
    QCOMPARE(h.attendees(), 0);
}

void TestIntake::connectionLimit()
{
    // At the cap, the connection longest without a complete request head makes room
    // (before: the newcomer was refused 503 while idle holders kept their slots).
    IntakeServer::Options options;
    options.limits.maxConnections = 4;
    options.limits.idleTimeoutMs = 5000;
    Harness h({}, options);
    QVERIFY(h.started);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, h.port);
        QVERIFY(held.back()->waitForConnected(5000));
    }
    // The server accepts the four before the newcomer comes: connected here means
    // the kernel's handshake, and nothing tells when the guard has taken them.
    QTest::qWait(100);
    const HttpReply accepted = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    QCOMPARE(accepted.status, 200);
    const auto shed = [&held] {
        int count = 0;
        for (auto &socket : held) {
            socket->waitForReadyRead(0);
            count += socket->state() == QAbstractSocket::UnconnectedState || socket->bytesAvailable() > 0;
        }
        return count;
    };
    QTRY_COMPARE(shed(), 1);
    QCOMPARE(h.intake.stats().shed.load(), 1);
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status=503")), 1);
    held.clear();

    // When every connection waits for an answer of ours, the newcomer is refused.
    WriterHold hold(h.writer);
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, h.port);
        QVERIFY(held.back()->waitForConnected(5000));
        held.back()->write(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(10 + i)));
        QVERIFY(held.back()->waitForBytesWritten(5000));
    }
    // All four requests are read and wait in the writer's queue, behind the task.
    QTRY_COMPARE(h.writer.queuedCount(), qint64(4));
    const HttpReply refused = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(2));
    QCOMPARE(refused.status, 503);
    hold.release();
    for (auto &socket : held)
        QCOMPARE(HttpClient::readReply(*socket).status, 200);
    QCOMPARE(h.attendees(), 5);
}

void TestIntake::healthAndUnknownPaths()
{
    Harness h;
    QVERIFY(h.started);
    HttpReply reply = HttpClient::request(h.port, "GET", "/healthz", {}, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    reply = HttpClient::request(h.port, "GET", "/nothing/here", {}, {});
    QCOMPARE(reply.status, 404);
    QVERIFY(json(reply).contains(QStringLiteral("error")));
}

void TestIntake::everyRequestIsLogged()
{
    Harness h;
    QVERIFY(h.started);
    HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1));
    HttpClient::request(h.port, "POST", h.hookPath, "{", {{"Content-Type", "application/json"}, {"X-Api-Key", "s3cret-value"}});
    HttpClient::request(h.port, "POST", "/hooks/nope", HttpClient::attendeeBody(2));
    HttpClient::raw(h.port, HttpClient::buildRequest("POST", h.hookPath, QByteArray(100 * 1024, 'x')));
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 5);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status=200")), 2);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status=413")), 1);
    // Secrets are masked and the hook token is not written out in full.
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE headers LIKE '%s3cret%'")), 0);
    const QString token = QString::fromUtf8(h.hookPath.mid(7));
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE path LIKE '%%1%'").arg(token)), 0);
}

void TestIntake::verifiedHooks()
{
    Harness h;
    QVERIFY(h.started);
    const QByteArray body = HttpClient::attendeeBody(1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto signedRequest = [&](const QByteArray &id, qint64 timestamp, const QByteArray &signedBody,
                             const QByteArray &sentBody) {
        return HttpClient::request(h.port, "POST", h.signedPath, sentBody,
                                   {{"Content-Type", "application/json"},
                                    {"webhook-id", id},
                                    {"webhook-timestamp", QByteArray::number(timestamp)},
                                    {"webhook-signature", RequestVerifier::sign(Harness::signingSecret, id, timestamp, signedBody)}});
    };

    HttpReply reply = signedRequest("msg_a", now, body, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    // The same delivery again (a replay or a retry): answered, not processed twice.
    reply = signedRequest("msg_a", now, body, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(h.db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 1);

    // Refusals say 401 and nothing more; the delivery log says which rule failed.
    const QByteArray tampered = HttpClient::attendeeBody(2);
    reply = signedRequest("msg_b", now, body, tampered);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, QByteArray(R"({"error":"unauthorized"})"));
    reply = signedRequest("msg_c", now - 600, tampered, tampered);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, QByteArray(R"({"error":"unauthorized"})"));
    reply = HttpClient::request(h.port, "POST", h.signedPath, tampered);
    QCOMPARE(reply.status, 401);

    reply = HttpClient::request(h.port, "POST", h.headerPath, tampered,
                                {{"Content-Type", "application/json"}, {"Authorization", "Bearer wrong"}});
    QCOMPARE(reply.status, 401);
    reply = HttpClient::request(h.port, "POST", h.headerPath, tampered,
                                {{"Content-Type", "application/json"}, {"Authorization", "Bearer hd-test-secret"}});
    QCOMPARE(reply.status, 200);

    QCOMPARE(h.attendees(), 2);
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 401")), 4);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 401 AND reason LIKE '%signature%'")), 1);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 401 AND reason LIKE '%timestamp%'")), 1);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 401 AND reason LIKE '%wrong secret%'")), 1);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE headers LIKE '%hd-test-secret%'")), 0);
}

// Regression: the in-memory replay window only knew an id once its delivery had
// committed, so a replay that arrived while the first delivery was still being
// written was processed too. The writer now claims the id in the same transaction.
void TestIntake::concurrentSignedReplaysStoreOnce()
{
    Harness h;
    QVERIFY(h.started);
    const QByteArray body = HttpClient::attendeeBody(1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray request = HttpClient::buildRequest(
            "POST", h.signedPath, body,
            {{"Content-Type", "application/json"},
             {"webhook-id", "msg_same"},
             {"webhook-timestamp", QByteArray::number(now)},
             {"webhook-signature", RequestVerifier::sign(Harness::signingSecret, "msg_same", now, body)}});
    QList<QByteArray> requests;
    for (int i = 0; i < 10; ++i)
        requests.append(request);
    std::vector<HttpReply> replies;
    {
        // All ten are queued behind a held writer, as if the first commit were slow.
        WriterHold hold(h.writer);
        std::future<std::vector<HttpReply>> answers = std::async(std::launch::async, [&] {
            return HttpClient::concurrent(h.port, requests, 20000);
        });
        QTRY_COMPARE(h.writer.queuedCount(), qint64(10));
        hold.release();
        replies = answers.get();
    }
    int stored = 0;
    int duplicates = 0;
    for (const HttpReply &reply : replies) {
        QCOMPARE(reply.status, 200);
        const QString status = json(reply).value(QStringLiteral("status")).toString();
        stored += status == QLatin1String("stored");
        duplicates += status == QLatin1String("duplicate");
    }
    QCOMPARE(stored, 1);
    QCOMPARE(duplicates, 9);
    QCOMPARE(h.db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 1);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE reason = 'webhook-id already processed'")), 9);
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_Intake.moc"
