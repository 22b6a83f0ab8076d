// SPDX-License-Identifier: GPL-3.0-or-later
// The listener's HTTP layer end to end: framing Qt 6.4 reads differently from
// the guard, answers in request order, closing rules, secrets in the log, and a
// flood of abusive connections. Real sockets against a real IntakeServer and
// StoreWriter on a real SQLite file.
#include "HttpClient.h"
#include "IntakeHarness.h"
#include "WriterHold.h"
#include "core/Translations.h"
#include "intake/WireText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <sys/socket.h>

using namespace hookdesk;
using namespace hookdesk::test;

namespace {

QJsonObject json(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// Reads `count` responses from one connection (HttpClient::readReply reads one
// and drops whatever follows it).
QList<HttpReply> readReplies(QTcpSocket &socket, int count, int timeoutMs = 10000)
{
    QList<HttpReply> replies;
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (replies.size() < count && !deadline.hasExpired()) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            HttpReply reply;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            }
            const qint64 length = reply.header("Content-Length").toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                reply.body = buffer.mid(headEnd + 4, length);
                buffer.remove(0, headEnd + 4 + length);
                if (reply.status != 100)
                    replies.append(reply);
                continue;
            }
        }
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) && socket.bytesAvailable() == 0)
            break;
        buffer += socket.readAll();
    }
    return replies;
}

// Memory bounds hold for a normal build; see tests/integration/CMakeLists.txt.
constexpr qint64 RssBoundFactor = HOOKDESK_RSS_BOUND_FACTOR;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray chunkedAttendee(int n, const QByteArray &path, const QByteArray &eol, const QByteArray &trailer = {})
{
    const QByteArray body = HttpClient::attendeeBody(n);
    const QByteArray half = body.left(body.size() / 2);
    const QByteArray rest = body.mid(half.size());
    return "POST " + path + " HTTP/1.1" + eol + "Host: 127.0.0.1" + eol + "Content-Type: application/json" + eol
            + "Transfer-Encoding: chunked" + eol + eol + QByteArray::number(half.size(), 16) + eol + half + eol
            + QByteArray::number(rest.size(), 16) + ";ext=1" + eol + rest + eol + "0" + eol + trailer + eol;
}

std::unique_ptr<QTcpSocket> connected(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    socket->waitForConnected(5000);
    return socket;
}

} // namespace

class TestIntakeFraming : public QObject
{
    Q_OBJECT
private slots:
    void bareLfChunkedStoredAndAnswered();
    void chunkedWithTrailerAnswered200();
    void upgradeHeaderAnswered200();
    void tooManyFieldsRefusedQuickly();
    void pipelinedRequestSplitAcrossWrites();
    void answersInRequestOrder_data();
    void answersInRequestOrder();
    void headHealthzHasNoBody();
    void http10ClosedAfterAnswer();
    void halfClosedClientStillAnswered();
    void waitingLongerThanTimeoutIsClosed();
    void hookSecretHeaderMasked();
    void nonCanonicalTargetRefused_data();
    void nonCanonicalTargetRefused();
    void refusalIsEnglishInHindi();
    void payloadRefusalIsEnglishInHindi_data();
    void payloadRefusalIsEnglishInHindi();
    void floodLeavesRoomForRealSenders();
};

void TestIntakeFraming::bareLfChunkedStoredAndAnswered()
{
    // The guard took this for complete while Qt waited for a CRLF forever.
    Harness h;
    QVERIFY(h.started);
    const HttpReply reply = HttpClient::raw(h.port, chunkedAttendee(1, h.hookPath, "\n"), 5000);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    QCOMPARE(h.attendees(), 1);
}

void TestIntakeFraming::chunkedWithTrailerAnswered200()
{
    Harness h;
    QVERIFY(h.started);
    const HttpReply reply = HttpClient::raw(h.port, chunkedAttendee(1, h.hookPath, "\r\n", "X-Checksum: 1\r\n"), 5000);
    QCOMPARE(reply.status, 200);
    QCOMPARE(h.attendees(), 1);
}

void TestIntakeFraming::upgradeHeaderAnswered200()
{
    // Qt 6.4 ran the handler and then its missing handler: stored, answered 404.
    Harness h;
    QVERIFY(h.started);
    const HttpReply reply = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(1),
                                                {{"Content-Type", "application/json"},
                                                 {"Connection", "Upgrade"},
                                                 {"Upgrade", "websocket"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(h.attendees(), 1);
}

void TestIntakeFraming::tooManyFieldsRefusedQuickly()
{
    // Qt dropped fields past 100, Content-Length among them, and then buffered a
    // smuggled head's huge body without limit.
    Harness h;
    QVERIFY(h.started);
    QByteArray fields;
    for (int i = 0; i < 101; ++i)
        fields += "X-F" + QByteArray::number(i) + ": v\r\n";
    const QByteArray inner = "POST /x HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n";
    const QByteArray request = "POST " + h.hookPath + " HTTP/1.1\r\nHost: a\r\n" + fields
            + "Content-Length: " + QByteArray::number(inner.size()) + "\r\n\r\n" + inner;
    const qint64 before = residentKiB();
    QElapsedTimer clock;
    clock.start();
    auto socket = connected(h.port);
    socket->write(request);
    const QByteArray filler(1024 * 1024, 'x');
    for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(filler);
        socket->waitForBytesWritten(200);
    }
    const QList<HttpReply> replies = readReplies(*socket, 1, 5000);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 431);
    QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));
    QVERIFY2(residentKiB() - before < RssBoundFactor * 32 * 1024, QByteArray::number(residentKiB() - before));
    QCOMPARE(h.attendees(), 0);
}

void TestIntakeFraming::pipelinedRequestSplitAcrossWrites()
{
    // A re-emitted readyRead made the old guard count buffered bytes twice: 400.
    Harness h;
    QVERIFY(h.started);
    const QByteArray pair = HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(1))
            + HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(2));
    auto socket = connected(h.port);
    const qsizetype cut = pair.size() / 2 + 17;
    socket->write(pair.left(cut));
    QVERIFY(socket->waitForBytesWritten(5000));
    // The first half must arrive in its own read; nothing tells when the server has
    // read it, so this waits.
    QTest::qWait(100);
    socket->write(pair.mid(cut));
    const QList<HttpReply> replies = readReplies(*socket, 2);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[1].status, 200);
    QCOMPARE(h.attendees(), 2);
}

void TestIntakeFraming::answersInRequestOrder_data()
{
    // v: valid attendee (answered after the commit), j: malformed JSON, u: unknown
    // hook, t: wrong content type, h: GET /healthz (all answered at once).
    QTest::addColumn<QByteArray>("sequence");
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("valid_then_bad_json") << QByteArray("vj") << QList<int>{200, 400};
    QTest::newRow("valid_then_unknown") << QByteArray("vu") << QList<int>{200, 404};
    QTest::newRow("valid_then_type") << QByteArray("vt") << QList<int>{200, 415};
    QTest::newRow("bad_then_valid") << QByteArray("jv") << QList<int>{400, 200};
    QTest::newRow("mixed") << QByteArray("vjvuhtv") << QList<int>{200, 400, 200, 404, 200, 415, 200};
    QTest::newRow("valid_run") << QByteArray("vvvvvvvv") << QList<int>(8, 200);
    QTest::newRow("more_than_queue") << QByteArray(40, 'v').replace(7, 1, "j") << [] {
        QList<int> statuses(40, 200);
        statuses[7] = 400;
        return statuses;
    }();
}

void TestIntakeFraming::answersInRequestOrder()
{
    QFETCH(QByteArray, sequence);
    QFETCH(QList<int>, statuses);
    Harness h;
    QVERIFY(h.started);
    QByteArray stream;
    int valid = 0;
    for (char kind : sequence) {
        switch (kind) {
        case 'v': stream += HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(++valid)); break;
        case 'j': stream += HttpClient::buildRequest("POST", h.hookPath, "{\"email\":"); break;
        case 'u': stream += HttpClient::buildRequest("POST", "/hooks/notAToken", HttpClient::attendeeBody(99)); break;
        case 't': stream += HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(98), {{"Content-Type", "text/plain"}}); break;
        case 'h': stream += HttpClient::buildRequest("GET", "/healthz", {}, {}); break;
        }
    }
    auto socket = connected(h.port);
    socket->write(stream); // one write: every request is there before the first commit
    const QList<HttpReply> replies = readReplies(*socket, int(statuses.size()), 20000);
    QList<int> got;
    for (const HttpReply &reply : replies)
        got.append(reply.status);
    QCOMPARE(got, statuses);
    QCOMPARE(h.attendees(), valid);
    const qint64 logged = sequence.size() - sequence.count('h');
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries")), logged);
}

void TestIntakeFraming::headHealthzHasNoBody()
{
    Harness h;
    QVERIFY(h.started);
    auto socket = connected(h.port);
    socket->write("HEAD /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray bytes;
    QTRY_VERIFY((bytes += socket->readAll()).count("HTTP/1.1 200") == 2 && bytes.endsWith("}"));
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    // Right after the HEAD answer's head comes the GET answer, no body between.
    QVERIFY2(bytes.mid(headEnd + 4).startsWith("HTTP/1.1 200"), bytes);
    QVERIFY(bytes.left(headEnd).contains("Content-Length: "));
}

void TestIntakeFraming::http10ClosedAfterAnswer()
{
    // It was held open for the whole idle timeout.
    Harness h;
    QVERIFY(h.started);
    auto socket = connected(h.port);
    QElapsedTimer clock;
    clock.start();
    socket->write("GET /healthz HTTP/1.0\r\n\r\n");
    const QList<HttpReply> replies = readReplies(*socket, 1);
    QCOMPARE(replies.value(0).status, 200);
    QCOMPARE(replies.value(0).header("Connection"), QByteArray("close"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 2000);
    QVERIFY(clock.elapsed() < 5000);

    // With keep-alive it persists, and says so.
    socket = connected(h.port);
    socket->write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(readReplies(*socket, 1).value(0).header("Connection"), QByteArray("keep-alive"));
    socket->write("GET /healthz HTTP/1.0\r\n\r\n");
    QCOMPARE(readReplies(*socket, 1).value(0).status, 200);
}

void TestIntakeFraming::halfClosedClientStillAnswered()
{
    Harness h;
    QVERIFY(h.started);
    auto socket = connected(h.port);
    socket->write(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(1)));
    QVERIFY(socket->waitForBytesWritten(5000));
    QCOMPARE(::shutdown(int(socket->socketDescriptor()), SHUT_WR), 0);
    const QList<HttpReply> replies = readReplies(*socket, 1);
    QCOMPARE(replies.value(0).status, 200);
    QCOMPARE(h.attendees(), 1);
}

void TestIntakeFraming::waitingLongerThanTimeoutIsClosed()
{
    IntakeServer::Options options;
    options.limits.idleTimeoutMs = 1000;
    Harness h({}, options);
    QVERIFY(h.started);
    WriterHold hold(h.writer);
    auto socket = connected(h.port);
    socket->write(HttpClient::buildRequest("POST", h.hookPath, HttpClient::attendeeBody(1)));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(clock.elapsed() >= 800);
    hold.release();
    QTRY_COMPARE(h.attendees(), 1); // the commit still happens
}

void TestIntakeFraming::hookSecretHeaderMasked()
{
    Harness h;
    QVERIFY(h.started);
    const QByteArray body = HttpClient::attendeeBody(1);
    HttpReply reply = HttpClient::request(h.port, "POST", h.customHeaderPath, body,
                                          {{"Content-Type", "application/json"}, {"X-Custom-Auth", "guess-4711"}});
    QCOMPARE(reply.status, 401);
    reply = HttpClient::request(h.port, "POST", h.customHeaderPath, body,
                                {{"Content-Type", "application/json"}, {"X-Custom-Auth", "custom-secret-value"}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 2);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE headers LIKE '%x-custom-auth%'")), 2);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE headers LIKE '%guess-4711%'")), 0);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE headers LIKE '%custom-secret-value%'")), 0);
}

void TestIntakeFraming::nonCanonicalTargetRefused_data()
{
    QTest::addColumn<QByteArray>("prefix"); // put before the hook path
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<QString>("reason");
    QTest::newRow("dot_dot") << QByteArray("/x/..") << QByteArray() << "dot segment in the request path";
    QTest::newRow("absolute_form") << QByteArray("http://127.0.0.1") << QByteArray()
                                   << "absolute-form request target; send only the path, starting with /";
    QTest::newRow("encoded_slash") << QByteArray("/x%2F..") << QByteArray()
                                   << "encoded slash, backslash or dot in the request path";
}

void TestIntakeFraming::nonCanonicalTargetRefused()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    QFETCH(QString, reason);
    Harness h;
    QVERIFY(h.started);
    const HttpReply reply = HttpClient::request(h.port, "POST", prefix + h.hookPath + suffix, HttpClient::attendeeBody(1));
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply).value(QStringLiteral("error")).toString(), reason);
    QCOMPARE(h.attendees(), 0);
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status=400")), 1);
    const QString token = QString::fromUtf8(h.hookPath.mid(7));
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE path LIKE '%%1%' OR reason LIKE '%%1%'")
                                .arg(token)),
             0);
}

void TestIntakeFraming::refusalIsEnglishInHindi()
{
    Harness h;
    QVERIFY(h.started);
    const QByteArray request = HttpClient::buildRequest("POST", "/hooks/notAToken", HttpClient::attendeeBody(1));
    const QByteArray framing = "GET /a/../b HTTP/1.1\r\n\r\n";
    const HttpReply english = HttpClient::raw(h.port, request);
    const HttpReply englishFraming = HttpClient::raw(h.port, framing);
    Translations translations;
    QCOMPARE(translations.install(QStringLiteral("hi")), QStringLiteral("hi"));
    // The translator is in: the window shows the stored English reasons in Hindi,
    // parameterised ones included.
    QCOMPARE(WireText::translated(QStringLiteral("unknown hook")), QStringLiteral("अनजान हुक"));
    const QString tooLarge = WireText::translated(QStringLiteral("request body larger than 65536 bytes"));
    QVERIFY2(tooLarge.contains(QStringLiteral("65536")) && !tooLarge.contains(QStringLiteral("larger")),
             qPrintable(tooLarge));
    QCOMPARE(WireText::translated(QStringLiteral("not a wire text")), QStringLiteral("not a wire text"));
    const HttpReply hindi = HttpClient::raw(h.port, request);
    const HttpReply hindiFraming = HttpClient::raw(h.port, framing);
    translations.uninstall();
    QCOMPARE(english.status, 404);
    QCOMPARE(hindi.body, english.body);
    QCOMPARE(englishFraming.status, 400);
    QCOMPARE(hindiFraming.body, englishFraming.body);
}

void TestIntakeFraming::payloadRefusalIsEnglishInHindi_data()
{
    QTest::addColumn<int>("route"); // 0: plain hook, 1: hook checking Authorization
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason"); // the delivery log's, in English

    QTest::newRow("malformed_json_400") << 0 << QByteArray(R"({"email": })") << 400
                                        << QStringLiteral("malformed JSON at offset 11: object is missing after a comma");
    QTest::newRow("wrong_type_422") << 0 << QByteArray(R"({"email":"a@example.com","webinarId":"w1","name":true})")
                                    << 422 << QStringLiteral("name: must be a string");
    QTest::newRow("bad_email_422") << 0 << QByteArray(R"({"email":"priya.example.com","webinarId":"w1"})") << 422
                                   << QStringLiteral("email: is not an email address: must contain exactly one @");
    QTest::newRow("unauthorized_401") << 1 << HttpClient::attendeeBody(1) << 401
                                      << QStringLiteral("missing header authorization"); // names as stored: lower case
}

// Before: PayloadParser's texts were tr() and went out in Hindi; the verifier's
// reasons were stored translated, where the window could not translate them back.
void TestIntakeFraming::payloadRefusalIsEnglishInHindi()
{
    QFETCH(int, route);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    Harness h;
    QVERIFY(h.started);
    const QByteArray path = route == 0 ? h.hookPath : h.headerPath;
    const HttpReply english = HttpClient::request(h.port, "POST", path, body);
    Translations translations;
    QCOMPARE(translations.install(QStringLiteral("hi")), QStringLiteral("hi"));
    const HttpReply hindi = HttpClient::request(h.port, "POST", path, body);
    const QString shown = WireText::translated(reason);
    translations.uninstall();
    QCOMPARE(english.status, status);
    QCOMPARE(hindi.status, status);
    QCOMPARE(hindi.body, english.body);
    QVERIFY2(std::all_of(english.body.begin(), english.body.end(), [](char c) { return uchar(c) < 0x80; }),
             english.body.constData());
    QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 2);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(DISTINCT reason) FROM deliveries")), 1);
    QCOMPARE(h.db.text(QStringLiteral("SELECT reason FROM deliveries LIMIT 1")), reason);
    // The window shows the stored English in Hindi.
    QVERIFY2(shown != reason, qPrintable(shown));
}

void TestIntakeFraming::floodLeavesRoomForRealSenders()
{
    // Slowloris holders up to the cap, garbage connections opening and closing as
    // fast as they can, and a real sender stored within 2 s at every moment.
    IntakeServer::Options options;
    options.limits.maxConnections = 300;
    options.limits.idleTimeoutMs = 15000;
    Harness h({}, options);
    QVERIFY(h.started);
    std::vector<std::unique_ptr<QTcpSocket>> holders;
    for (int i = 0; i < 300; ++i) {
        holders.push_back(connected(h.port));
        holders.back()->write("POST " + h.hookPath + " HTTP/1.1\r\nHost: a\r\nX-Slow: ");
        holders.back()->flush();
    }
    const qint64 before = residentKiB();
    for (int round = 0; round < 5; ++round) {
        std::vector<std::unique_ptr<QTcpSocket>> garbage;
        for (int i = 0; i < 400; ++i) { // 2000 in all
            garbage.push_back(std::make_unique<QTcpSocket>());
            garbage.back()->connectToHost(QHostAddress::LocalHost, h.port);
        }
        for (auto &socket : garbage) {
            if (socket->waitForConnected(2000)) {
                socket->write("\x16\x03\x01 garbage\r\n\r\n");
                socket->waitForBytesWritten(100);
            }
            socket->abort();
        }
        for (int i = 0; i < 16; ++i) { // new slowloris holders keep coming
            holders.push_back(connected(h.port));
            holders.back()->write("POST / HTTP/1.1\r\nX-Slow: ");
            holders.back()->flush();
        }
        QElapsedTimer clock;
        clock.start();
        const HttpReply reply = HttpClient::request(h.port, "POST", h.hookPath, HttpClient::attendeeBody(round),
                                                    {{"Content-Type", "application/json"}}, 2000);
        QCOMPARE(reply.status, 200);
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
    }
    QCOMPARE(h.attendees(), 5);
    QVERIFY(h.intake.stats().shed.load() > 0);
    QTRY_VERIFY(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE status=503 "
                                          "AND reason LIKE 'connection closed to make room%'")) > 0);
    QVERIFY2(residentKiB() - before < RssBoundFactor * 64 * 1024, QByteArray::number(residentKiB() - before));
}

QTEST_GUILESS_MAIN(TestIntakeFraming)
#include "tst_IntakeFraming.moc"
