// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk serve` and `hookdesk hook` as a user runs them: a real process.
#include "HttpClient.h"
#include "TestDatabase.h"
#include "intake/RequestVerifier.h"
#include "store/SqliteDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace hookdesk::test;

namespace {

const QString binary = QStringLiteral(HOOKDESK_BINARY);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(binary, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Starts `hookdesk serve --port 0` and waits for its "listening on" line.
quint16 startServe(QProcess &process, const QString &db, const QStringList &extra = {})
{
    process.start(binary, QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--db"), db} + extra);
    if (!process.waitForStarted(10000))
        return 0;
    QByteArray line;
    QDeadlineTimer deadline(15000);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    const QByteArray prefix = "listening on http://127.0.0.1:";
    if (!line.startsWith(prefix))
        return 0;
    return quint16(line.mid(prefix.size()).trimmed().toUInt());
}

} // namespace

class TestServeProcess : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion();
    void hookAddListRetire();
    void hookUsageErrors_data();
    void hookUsageErrors();
    void portTakenFailsWithReason();
    void unusableDatabaseFailsWithReason();
    void sigtermAnswersInFlight();
    void fullDiskAnswers503AndRecovers();
    void readOnlyDatabaseFailsWithReason();
    void secretsStayOutOfDebugLogs();
    void killDuringBurstLosesNoAcknowledgedAttendee();
    void lockedDatabaseAnswers503WithinBusyTimeout();
    void signedReplayAfterRestartIsDuplicate();
};

void TestServeProcess::helpAndVersion()
{
    Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("hookdesk ")), qPrintable(r.out));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("serve")));
    r = run({QStringLiteral("serve"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--port")));
}

void TestServeProcess::hookAddListRetire()
{
    TestDatabase db;
    Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()});
    QCOMPARE(added.exitCode, 0);
    const QString path = added.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^/hooks/[A-Za-z0-9_-]{22,}$")).match(path).hasMatch(), qPrintable(path));
    QCOMPARE(added.out.count(QLatin1Char('\n')), 1);

    Run listed = run({QStringLiteral("hook"), QStringLiteral("list"), QStringLiteral("--db"), db.path()});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(path));
    QVERIFY(listed.out.contains(QLatin1String("active")));

    QProcess serve;
    const quint16 port = startServe(serve, db.path());
    QVERIFY(port);
    QCOMPARE(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(1)).status, 200);

    Run retired = run({QStringLiteral("hook"), QStringLiteral("retire"), path.mid(7), QStringLiteral("--db"), db.path()});
    QCOMPARE(retired.exitCode, 0);
    // The running server picks up the change made by another process.
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(2)).status,
                              410, 5000);
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestServeProcess::hookUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no_action") << QStringList{QStringLiteral("hook")};
    QTest::newRow("unknown_action") << QStringList{QStringLiteral("hook"), QStringLiteral("frobnicate")};
    QTest::newRow("unknown_event") << QStringList{QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--event"), QStringLiteral("order.created.completed")};
    QTest::newRow("retire_without_token") << QStringList{QStringLiteral("hook"), QStringLiteral("retire")};
    QTest::newRow("retire_unknown_token") << QStringList{QStringLiteral("hook"), QStringLiteral("retire"), QStringLiteral("zzzz")};
    QTest::newRow("serve_bad_port") << QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("99999")};
    QTest::newRow("serve_bad_bind") << QStringList{QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("example.com")};
    QTest::newRow("unknown_command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")};
}

void TestServeProcess::hookUsageErrors()
{
    QFETCH(QStringList, arguments);
    TestDatabase db;
    if (!arguments.contains(QLatin1String("--help")))
        arguments << QStringLiteral("--db") << db.path();
    const Run r = run(arguments);
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.last().startsWith(QLatin1String("hookdesk: error: ")), qPrintable(r.err));
}

void TestServeProcess::portTakenFailsWithReason()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    TestDatabase db;
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(squatter.serverPort()),
                       QStringLiteral("--db"), db.path()});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("hookdesk: error: cannot listen on 127.0.0.1:")), qPrintable(r.err));
    // ... and what to do about it.
    QVERIFY2(r.err.contains(QStringLiteral("port %1 is already in use").arg(squatter.serverPort())), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("ss -ltnp 'sport = :%1'").arg(squatter.serverPort())));
}

void TestServeProcess::unusableDatabaseFailsWithReason()
{
    TestDatabase db;
    QFile garbage(db.path());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'z'));
    garbage.close();
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db.path()});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QLatin1String("hookdesk: error: database")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const Run dir = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db.folder()});
    QVERIFY(dir.exitCode != 0);
    QVERIFY2(dir.err.contains(QLatin1String("hookdesk: error:")), qPrintable(dir.err));
}

void TestServeProcess::sigtermAnswersInFlight()
{
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).out.trimmed();
    QProcess serve;
    const quint16 port = startServe(serve, db.path());
    QVERIFY(port);
    // 300 requests in flight on their own connections, then SIGTERM at once.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 300; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    for (size_t i = 0; i < sockets.size(); ++i) {
        QVERIFY(sockets[i]->waitForConnected(5000));
        sockets[i]->write(HttpClient::buildRequest("POST", path.toUtf8(), HttpClient::attendeeBody(int(i))));
        sockets[i]->flush();
    }
    ::kill(pid_t(serve.processId()), SIGTERM);
    QSet<int> acked;
    for (size_t i = 0; i < sockets.size(); ++i) {
        const HttpReply reply = HttpClient::readReply(*sockets[i], 10000);
        if (reply.status == 200)
            acked.insert(int(i));
    }
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    // Whatever was acknowledged is stored; requests the server had read were answered.
    QVERIFY2(acked.size() > 0, "no request was answered before shutdown");
    for (int i : acked)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email_norm='attendee%1@example.com'").arg(i)), 1);
}

void TestServeProcess::killDuringBurstLosesNoAcknowledgedAttendee()
{
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).out.trimmed();
    QProcess serve;
    const quint16 port = startServe(serve, db.path());
    QVERIFY(port);

    // 64 keep-alive connections send attendees until the server is killed.
    constexpr int connections = 64;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<int> inFlight(connections, -1);
    for (int c = 0; c < connections; ++c) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    QList<int> acked;
    int next = 0;
    bool killed = false;
    QElapsedTimer clock;
    clock.start();
    while (!killed) {
        for (int c = 0; c < connections; ++c) {
            QTcpSocket &socket = *sockets[size_t(c)];
            if (inFlight[size_t(c)] < 0) {
                inFlight[size_t(c)] = next;
                socket.write(HttpClient::buildRequest("POST", path.toUtf8(), HttpClient::attendeeBody(next++)));
                socket.flush();
            }
        }
        for (int c = 0; c < connections && !killed; ++c) {
            const HttpReply reply = HttpClient::readReply(*sockets[size_t(c)], 2000);
            if (reply.status == 200)
                acked.append(inFlight[size_t(c)]);
            inFlight[size_t(c)] = -1;
            if (acked.size() >= 3000 || clock.elapsed() > 20000) {
                serve.kill(); // SIGKILL, mid-burst: other requests are in flight
                killed = true;
            }
        }
    }
    QVERIFY(serve.waitForFinished(10000));
    QVERIFY2(acked.size() >= 1000, qPrintable(QString::number(acked.size())));

    // Restart on the same file: it opens cleanly and holds every acknowledged attendee.
    QProcess again;
    QVERIFY(startServe(again, db.path()));
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    for (int n : acked) {
        if (db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email_norm='attendee%1@example.com'").arg(n)) != 1)
            QFAIL(qPrintable(QStringLiteral("acknowledged attendee %1 missing after kill -9").arg(n)));
    }
    qInfo() << "acknowledged before kill -9:" << acked.size()
            << "stored:" << db.count(QStringLiteral("SELECT count(*) FROM attendees"));
}

// A size-limited file (RLIMIT_FSIZE through prlimit) stands in for a full disk.
void TestServeProcess::fullDiskAnswers503AndRecovers()
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).out.trimmed();
    QProcess serve;
    serve.setProgram(QStringLiteral("prlimit"));
    serve.setArguments({QStringLiteral("--fsize=2000000"), QStringLiteral("--"), binary, QStringLiteral("serve"),
                        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db.path()});
    serve.start();
    QVERIFY(serve.waitForReadyRead(10000));
    const QByteArray line = serve.readLine();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    QVERIFY2(port, line.constData());

    QList<int> acked;
    int refused = 0;
    for (int n = 0; n < 20000 && refused < 5; ++n) {
        const HttpReply reply = HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(n));
        if (reply.status == 200) {
            acked.append(n);
        } else {
            QVERIFY2(reply.status == 503, reply.body + serve.readAllStandardError());
            QVERIFY(!reply.header("Retry-After").isEmpty());
            ++refused;
        }
    }
    QVERIFY2(refused == 5, "the file size limit was never reached");
    QVERIFY2(acked.size() > 10, qPrintable(QStringLiteral("only %1 stored before the disk filled: %2")
                                                    .arg(acked.size())
                                                    .arg(QString::fromUtf8(serve.readAllStandardError()))));
    QCOMPARE(serve.state(), QProcess::Running);

    // Space comes back: the same server stores again, without a restart.
    QProcess lift;
    lift.start(QStringLiteral("prlimit"), {QStringLiteral("--pid"), QString::number(serve.processId()),
                                            QStringLiteral("--fsize=unlimited")});
    QVERIFY(lift.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(99999)).status,
                              200, 10000);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
    for (int n : acked)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email_norm='attendee%1@example.com'").arg(n)), 1);
}

void TestServeProcess::readOnlyDatabaseFailsWithReason()
{
    TestDatabase db;
    QCOMPARE(run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).exitCode, 0);
    QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(db.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QStringList command{binary, QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--db"), db.path()};
    if (::geteuid() == 0) {
        // root writes to read-only files; run as nobody to see what a user sees.
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv");
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")} + command;
    }
    QProcess process;
    process.start(command.takeFirst(), command);
    QVERIFY(process.waitForFinished(15000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY(process.exitCode() != 0);
    QVERIFY2(err.contains(QLatin1String("hookdesk: error: database")) && err.contains(QLatin1String("read-only")),
             qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

// Even with every debug category switched on, header secrets never reach the log.
void TestServeProcess::secretsStayOutOfDebugLogs()
{
    TestDatabase db;
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HD_SECRET"), QStringLiteral("Bearer very-secret-value-42"));
    add.setProcessEnvironment(env);
    add.start(binary, {QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--header"), QStringLiteral("Authorization"),
                       QStringLiteral("--header-secret-env"), QStringLiteral("HD_SECRET"), QStringLiteral("--db"), db.path()});
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);
    const QByteArray path = add.readAllStandardOutput().trimmed();

    QProcess serve;
    QProcessEnvironment debugEnv = QProcessEnvironment::systemEnvironment();
    debugEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    serve.setProcessEnvironment(debugEnv);
    const quint16 port = startServe(serve, db.path());
    QVERIFY(port);
    QCOMPARE(HttpClient::request(port, "POST", path, HttpClient::attendeeBody(1),
                                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer very-secret-value-42"}})
                     .status,
             200);
    QCOMPARE(HttpClient::request(port, "POST", path, HttpClient::attendeeBody(2),
                                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer very-secret-value-43"}})
                     .status,
             401);
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    const QByteArray log = serve.readAllStandardError();
    QVERIFY2(log.contains("hookdesk.store"), log.left(500).constData()); // debug output was on
    QVERIFY(!log.contains("very-secret-value"));
    QVERIFY(!log.contains(path.mid(7)));
}

// Regression: with another process holding the write lock, 19 of 20 senders
// waited for the whole lock (each request was retried alone with its own busy
// wait) instead of all getting 503 within serve's busy timeout (5 s).
void TestServeProcess::lockedDatabaseAnswers503WithinBusyTimeout()
{
    constexpr qint64 busyTimeoutMs = 5000; // serve's default, kept
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).out.trimmed();
    QProcess serve;
    const quint16 port = startServe(serve, db.path());
    QVERIFY(port);
    QCOMPARE(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(0)).status, 200);

    // Another process, as far as serve can tell: this test's own connection.
    hookdesk::SqliteDatabase other;
    QVERIFY(other.open(db.path(), hookdesk::SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QList<QByteArray> requests;
    for (int i = 1; i <= 20; ++i)
        requests.append(HttpClient::buildRequest("POST", path.toUtf8(), HttpClient::attendeeBody(i)));
    QElapsedTimer clock;
    clock.start();
    // Before the fix the last answer came after 20 busy timeouts: the client gives up long before.
    const auto replies = HttpClient::concurrent(port, requests, int(4 * busyTimeoutMs));
    const qint64 elapsed = clock.elapsed();
    qInfo() << "20 senders had their answers after" << elapsed << "ms";
    for (const HttpReply &reply : replies) {
        QVERIFY2(reply.status == 503, qPrintable(QString::number(reply.status) + reply.error));
        QVERIFY(!reply.header("Retry-After").isEmpty());
    }
    QVERIFY2(elapsed < busyTimeoutMs + 3000, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= busyTimeoutMs - 500, qPrintable(QString::number(elapsed))); // it did wait for the lock
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(1)).status, 200);

    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    const QByteArray log = serve.readAllStandardError();
    QVERIFY2(log.contains("database is locked"), log.constData());
    QVERIFY2(!log.contains("cannot rollback"), log.constData());
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 2);
}

// The webhook-id replay window is in the database: a signed delivery replayed
// after a restart, within the timestamp tolerance, is not processed again.
void TestServeProcess::signedReplayAfterRestartIsDuplicate()
{
    TestDatabase db;
    const QByteArray secret = "whsec_" + QByteArray("hookdesk-test-signing-key-32byte").toBase64();
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HD_HMAC"), QString::fromLatin1(secret));
    add.setProcessEnvironment(env);
    add.start(binary, {QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--hmac-secret-env"),
                       QStringLiteral("HD_HMAC"), QStringLiteral("--db"), db.path()});
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);
    const QByteArray path = add.readAllStandardOutput().trimmed();

    const QByteArray body = HttpClient::attendeeBody(1);
    const QByteArray id = "msg_2f9c";
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    const Headers headers{{"Content-Type", "application/json"},
                          {"webhook-id", id},
                          {"webhook-timestamp", QByteArray::number(timestamp)},
                          {"webhook-signature", hookdesk::RequestVerifier::sign(secret, id, timestamp, body)}};
    auto status = [](const HttpReply &reply) {
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("status")).toString();
    };
    {
        QProcess serve;
        const quint16 port = startServe(serve, db.path());
        QVERIFY(port);
        const HttpReply first = HttpClient::request(port, "POST", path, body, headers);
        QCOMPARE(first.status, 200);
        QCOMPARE(status(first), QStringLiteral("stored"));
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }
    QProcess again;
    const quint16 port = startServe(again, db.path());
    QVERIFY(port);
    const HttpReply replay = HttpClient::request(port, "POST", path, body, headers);
    QCOMPARE(replay.status, 200);
    QCOMPARE(status(replay), QStringLiteral("duplicate"));
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 1);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome = 'duplicate' "
                                     "AND reason = 'webhook-id already processed'")), 1);
}

QTEST_GUILESS_MAIN(TestServeProcess)
#include "tst_ServeProcess.moc"
