// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk serve` and `hookdesk hook` as a user runs them: a real process.
#include "ChildProcess.h"
#include "HttpClient.h"
#include "TestDatabase.h"
#include "intake/RequestVerifier.h"
#include "store/SqliteDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <unistd.h>

using namespace hookdesk::test;

namespace {

using Run = ChildProcess::Result;

Run run(const QStringList &arguments)
{
    return ChildProcess::runHookdesk(arguments);
}

// Options that set one environment variable.
ChildProcess::Options withVariable(const QString &name, const QString &value)
{
    ChildProcess::Options options;
    options.environment.insert(name, value);
    return options;
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
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QVERIFY2(r.out.startsWith("hookdesk "), r.out.constData());
    r = run({QStringLiteral("--help")});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QVERIFY(r.out.contains("serve"));
    QVERIFY2(r.out.startsWith("Usage: hookdesk [--db FILE]"), r.out.constData());
    r = run({QStringLiteral("serve"), QStringLiteral("--help")});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QVERIFY(r.out.contains("--port"));
    QVERIFY2(r.out.startsWith("Usage: hookdesk serve [options]\n"), r.out.constData());
    r = run({QStringLiteral("hook"), QStringLiteral("--help")});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QVERIFY2(r.out.startsWith("Usage: hookdesk hook "), r.out.constData());
}

void TestServeProcess::hookAddListRetire()
{
    TestDatabase db;
    Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()});
    QVERIFY2(added.exitedWith(0), added.report().constData());
    const QString path = added.outText().trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^/hooks/[A-Za-z0-9_-]{22,}$")).match(path).hasMatch(), qPrintable(path));
    QCOMPARE(added.out.count('\n'), 1);

    Run listed = run({QStringLiteral("hook"), QStringLiteral("list"), QStringLiteral("--db"), db.path()});
    QVERIFY2(listed.exitedWith(0), listed.report().constData());
    QVERIFY(listed.outText().contains(path));
    QVERIFY(listed.out.contains("active"));

    ChildProcess serve;
    const quint16 port = serve.startServe(db.path());
    QVERIFY2(port, serve.report().constData());
    QCOMPARE(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(1)).status, 200);

    Run retired = run({QStringLiteral("hook"), QStringLiteral("retire"), path.mid(7), QStringLiteral("--db"), db.path()});
    QVERIFY2(retired.exitedWith(0), retired.report().constData());
    // The running server picks up the change made by another process.
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(2)).status,
                              410, 5000);
    const Run served = serve.stop(10000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
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
    QTest::newRow("serve_unknown_phone_region") << QStringList{QStringLiteral("serve"), QStringLiteral("--phone-region"), QStringLiteral("ZZ")};
    QTest::newRow("serve_phone_region_not_two_letters") << QStringList{QStringLiteral("serve"), QStringLiteral("--phone-region"), QStringLiteral("IND")};
    QTest::newRow("unknown_command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")};
}

void TestServeProcess::hookUsageErrors()
{
    QFETCH(QStringList, arguments);
    TestDatabase db;
    if (!arguments.contains(QLatin1String("--help")))
        arguments << QStringLiteral("--db") << db.path();
    const Run r = run(arguments);
    QVERIFY2(r.exitedWithFailure(), (r.out + r.report()).constData());
    const QStringList lines = r.errText().trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.last().startsWith(QLatin1String("hookdesk: error: ")), r.err.constData());
}

void TestServeProcess::portTakenFailsWithReason()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    TestDatabase db;
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(squatter.serverPort()),
                       QStringLiteral("--db"), db.path()});
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.err.contains("hookdesk: error: cannot listen on 127.0.0.1:"), r.err.constData());
    // ... and what to do about it.
    QVERIFY2(r.errText().contains(QStringLiteral("port %1 is already in use").arg(squatter.serverPort())), r.err.constData());
    QVERIFY(r.errText().contains(QStringLiteral("ss -ltnp 'sport = :%1'").arg(squatter.serverPort())));
}

void TestServeProcess::unusableDatabaseFailsWithReason()
{
    TestDatabase db;
    QFile garbage(db.path());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'z'));
    garbage.close();
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db.path()});
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.err.contains("hookdesk: error: database"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const Run dir = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db.folder()});
    QVERIFY2(dir.exitedWithFailure(), dir.report().constData());
    QVERIFY2(dir.err.contains("hookdesk: error:"), dir.err.constData());
}

void TestServeProcess::sigtermAnswersInFlight()
{
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).outText().trimmed();
    ChildProcess serve;
    const quint16 port = serve.startServe(db.path());
    QVERIFY2(port, serve.report().constData());
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
    serve.terminate();
    QSet<int> acked;
    for (size_t i = 0; i < sockets.size(); ++i) {
        const HttpReply reply = HttpClient::readReply(*sockets[i], 10000);
        if (reply.status == 200)
            acked.insert(int(i));
    }
    const Run served = serve.finish(15000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
    // Whatever was acknowledged is stored; requests the server had read were answered.
    QVERIFY2(acked.size() > 0, "no request was answered before shutdown");
    for (int i : acked)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email_norm='attendee%1@example.com'").arg(i)), 1);
}

void TestServeProcess::killDuringBurstLosesNoAcknowledgedAttendee()
{
    TestDatabase db;
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).outText().trimmed();
    ChildProcess serve;
    const quint16 port = serve.startServe(db.path());
    QVERIFY2(port, serve.report().constData());

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
    const Run killed9 = serve.finish(10000);
    QVERIFY2(killed9.end == Run::End::Crashed, killed9.report().constData()); // by SIGKILL, as meant
    QVERIFY2(acked.size() >= 1000, qPrintable(QString::number(acked.size())));

    // Restart on the same file: it opens cleanly and holds every acknowledged attendee.
    ChildProcess again;
    QVERIFY2(again.startServe(db.path()), again.report().constData());
    // Stopped the moment it says it listens: it handles SIGTERM from then on.
    const Run restarted = again.stop(10000);
    QVERIFY2(restarted.exitedWith(0), restarted.report().constData());
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
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).outText().trimmed();
    ChildProcess serve;
    ChildProcess::Options limited;
    // The soft limit only: raising it again up to the hard one needs no privilege
    // (raising a hard limit does, which a container may not grant even to root).
    limited.wrapper = QStringList{QStringLiteral("prlimit"), QStringLiteral("--fsize=2000000:unlimited"), QStringLiteral("--")};
    const quint16 port = serve.startServe(db.path(), {}, limited);
    QVERIFY2(port, serve.report().constData());

    QList<int> acked;
    int refused = 0;
    for (int n = 0; n < 20000 && refused < 5; ++n) {
        const HttpReply reply = HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(n));
        if (reply.status == 200) {
            acked.append(n);
        } else {
            QVERIFY2(reply.status == 503, (reply.body + serve.errorOutput()).constData());
            QVERIFY(!reply.header("Retry-After").isEmpty());
            ++refused;
        }
    }
    QVERIFY2(refused == 5, "the file size limit was never reached");
    QVERIFY2(acked.size() > 10, qPrintable(QStringLiteral("only %1 stored before the disk filled: %2")
                                                    .arg(acked.size())
                                                    .arg(QString::fromUtf8(serve.errorOutput()))));
    QVERIFY2(serve.isRunning(), serve.report().constData());

    // Space comes back: the same server stores again, without a restart.
    const Run lift = ChildProcess::run(QStringLiteral("prlimit"), {QStringLiteral("--pid"), QString::number(serve.processId()),
                                                                   QStringLiteral("--fsize=unlimited")});
    QVERIFY2(lift.exitedWith(0), lift.report().constData());
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(port, "POST", path.toUtf8(), HttpClient::attendeeBody(99999)).status,
                              200, 10000);
    const Run served = serve.stop(15000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
    for (int n : acked)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email_norm='attendee%1@example.com'").arg(n)), 1);
}

void TestServeProcess::readOnlyDatabaseFailsWithReason()
{
    TestDatabase db;
    const Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()});
    QVERIFY2(added.exitedWith(0), added.report().constData());
    QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(db.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    ChildProcess::Options options;
    options.timeoutMs = 15000;
    if (::geteuid() == 0) {
        // root writes to read-only files; run as nobody to see what a user sees.
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv");
        options.wrapper = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"), QStringLiteral("--")};
    }
    const Run r = ChildProcess::runHookdesk({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--db"), db.path()},
                                            options);
    QVERIFY2(r.exitedWithFailure(), r.report().constData());
    QVERIFY2(r.err.contains("hookdesk: error: database") && r.err.contains("read-only"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// Even with every debug category switched on, header secrets never reach the log.
void TestServeProcess::secretsStayOutOfDebugLogs()
{
    TestDatabase db;
    const Run add = ChildProcess::runHookdesk(
            {QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--header"), QStringLiteral("Authorization"),
             QStringLiteral("--header-secret-env"), QStringLiteral("HD_SECRET"), QStringLiteral("--db"), db.path()},
            withVariable(QStringLiteral("HD_SECRET"), QStringLiteral("Bearer very-secret-value-42")));
    QVERIFY2(add.exitedWith(0), add.report().constData());
    const QByteArray path = add.out.trimmed();

    ChildProcess serve;
    const quint16 port = serve.startServe(db.path(), {}, withVariable(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")));
    QVERIFY2(port, serve.report().constData());
    QCOMPARE(HttpClient::request(port, "POST", path, HttpClient::attendeeBody(1),
                                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer very-secret-value-42"}})
                     .status,
             200);
    QCOMPARE(HttpClient::request(port, "POST", path, HttpClient::attendeeBody(2),
                                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer very-secret-value-43"}})
                     .status,
             401);
    const Run served = serve.stop(10000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
    const QByteArray log = served.err;
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
    const QString path = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), db.path()}).outText().trimmed();
    ChildProcess serve;
    const quint16 port = serve.startServe(db.path());
    QVERIFY2(port, serve.report().constData());
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

    const Run served = serve.stop(10000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
    const QByteArray log = served.err;
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
    const Run add = ChildProcess::runHookdesk({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--hmac-secret-env"),
                                               QStringLiteral("HD_HMAC"), QStringLiteral("--db"), db.path()},
                                              withVariable(QStringLiteral("HD_HMAC"), QString::fromLatin1(secret)));
    QVERIFY2(add.exitedWith(0), add.report().constData());
    const QByteArray path = add.out.trimmed();

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
        ChildProcess serve;
        const quint16 port = serve.startServe(db.path());
        QVERIFY2(port, serve.report().constData());
        const HttpReply first = HttpClient::request(port, "POST", path, body, headers);
        QCOMPARE(first.status, 200);
        QCOMPARE(status(first), QStringLiteral("stored"));
        const Run served = serve.stop(10000);
        QVERIFY2(served.exitedWith(0), served.report().constData());
    }
    ChildProcess again;
    const quint16 port = again.startServe(db.path());
    QVERIFY2(port, again.report().constData());
    const HttpReply replay = HttpClient::request(port, "POST", path, body, headers);
    QCOMPARE(replay.status, 200);
    QCOMPARE(status(replay), QStringLiteral("duplicate"));
    const Run served = again.stop(10000);
    QVERIFY2(served.exitedWith(0), served.report().constData());
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 1);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome = 'duplicate' "
                                     "AND reason = 'webhook-id already processed'")), 1);
}

QTEST_GUILESS_MAIN(TestServeProcess)
#include "tst_ServeProcess.moc"
