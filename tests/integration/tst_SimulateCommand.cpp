// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk simulate` against `hookdesk serve`: two real processes, real HTTP.
#include "HttpClient.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using namespace hookdesk::test;

namespace {

const QString binary = QStringLiteral(HOOKDESK_BINARY);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

quint16 startServe(QProcess &process, const QString &db)
{
    process.start(binary, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--db"), db});
    if (!process.waitForStarted(10000))
        return 0;
    QByteArray line;
    QDeadlineTimer deadline(15000);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        line += process.readAllStandardOutput();
    }
    const QByteArray prefix = "listening on http://127.0.0.1:";
    return line.startsWith(prefix) ? quint16(line.mid(prefix.size()).trimmed().toUInt()) : 0;
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thousandAttendeesAreStoredAsTestData();
    void rerunOfTheSameWebinarIsDuplicates();
    void verifyingHookIsSatisfied();
    void refusalsMakeItFail();
    void noListenerMakesItFail();
    void usageErrors_data();
    void usageErrors();

private:
    std::unique_ptr<TestDatabase> m_db;
    QProcess m_serve;
    quint16 m_port = 0;
    QString m_hookPath;
};

void TestSimulateCommand::init()
{
    m_db = std::make_unique<TestDatabase>();
    const Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), m_db->path()});
    QCOMPARE(added.exitCode, 0);
    m_hookPath = added.out.trimmed();
    m_port = startServe(m_serve, m_db->path());
    QVERIFY(m_port);
}

void TestSimulateCommand::cleanup()
{
    m_serve.terminate();
    m_serve.waitForFinished(10000);
    m_db.reset();
}

void TestSimulateCommand::thousandAttendeesAreStoredAsTestData()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_port)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Which URL it used (token shortened), progress, and a summary.
    QVERIFY2(r.err.contains(QStringLiteral("http://127.0.0.1:%1%2…").arg(m_port).arg(m_hookPath.left(13))), qPrintable(r.err));
    QVERIFY(!r.err.contains(m_hookPath)); // never the whole token
    QVERIFY(r.err.contains(QLatin1String("sent 1000 of 1000")));
    const QRegularExpression summary(QStringLiteral(
            "webinar (hookdesk-sim-\\d{8}-\\d{6}): 1000 sent in [0-9.]+ s \\(\\d+/s\\): 1000 stored, 0 duplicate, "
            "0 refused, 0 without an answer"));
    const QRegularExpressionMatch match = summary.match(r.out);
    QVERIFY2(match.hasMatch(), qPrintable(r.out));

    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1 AND webinar_id = '%1'")
                                 .arg(match.captured(1))),
             1000);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 0")), 0);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(DISTINCT email_norm) FROM attendees")), 1000);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE phone LIKE '+91 %'")) > 700, true);
    QCOMPARE(m_db->text(QStringLiteral("SELECT title FROM webinars")), QStringLiteral("Simulated webinar"));

    // Removing test data leaves a real attendee alone.
    QCOMPARE(HttpClient::request(m_port, "POST", m_hookPath.toUtf8(), HttpClient::attendeeBody(1)).status, 200);
    const Run removed = run({QStringLiteral("simulate"), QStringLiteral("--remove-test-data"),
                             QStringLiteral("--db"), m_db->path()});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.out.contains(QLatin1String("removed 1000 test attendees")), qPrintable(removed.out));
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees")), 1);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM webinars")), 1);
}

void TestSimulateCommand::rerunOfTheSameWebinarIsDuplicates()
{
    // TagMango retrying a whole webinar: the same attendees again.
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_hookPath);
    const QStringList arguments{QStringLiteral("simulate"), QStringLiteral("--url"), url,
                                QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--concurrency"),
                                QStringLiteral("8"), QStringLiteral("--webinar-id"),
                                QStringLiteral("hookdesk-sim-retry")};
    const Run first = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("50 stored, 0 duplicate")), qPrintable(first.out));
    const Run second = run(arguments);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("0 stored, 50 duplicate")), qPrintable(second.out));
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees")), 50);
    QCOMPARE(m_db->count(QStringLiteral("SELECT sum(delivery_count) FROM attendees")), 100);
}

void TestSimulateCommand::verifyingHookIsSatisfied()
{
    // A second hook that demands a header secret and a signature; being newer,
    // it is the one a run without a path picks.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HD_HEADER_SECRET"), QStringLiteral("tagmango-s3cret"));
    environment.insert(QStringLiteral("HD_HMAC_SECRET"),
                       QStringLiteral("whsec_") + QString::fromLatin1(QByteArray("0123456789abcdef0123456789abcdef").toBase64()));
    const Run added = run({QStringLiteral("hook"), QStringLiteral("add"), QStringLiteral("--db"), m_db->path(),
                           QStringLiteral("--header"), QStringLiteral("x-tagmango-secret"),
                           QStringLiteral("--header-secret-env"), QStringLiteral("HD_HEADER_SECRET"),
                           QStringLiteral("--hmac-secret-env"), QStringLiteral("HD_HMAC_SECRET")},
                          environment);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString verifyingPath = added.out.trimmed();
    // The running server picks up the new hook.
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::request(m_port, "POST", verifyingPath.toUtf8(), HttpClient::attendeeBody(1)).status,
                              401, 5000);

    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--count"), QStringLiteral("20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("20 stored")));
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees a JOIN subscriptions s ON s.id = a.subscription_id "
                                        "WHERE s.verify_header = 'x-tagmango-secret'")),
             20);
}

void TestSimulateCommand::refusalsMakeItFail()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/hooks/no-such-token").arg(m_port), QStringLiteral("--count"),
                       QStringLiteral("5")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 stored, 0 duplicate, 5 refused (5× 404)")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("404 unknown hook")), qPrintable(r.err));
}

void TestSimulateCommand::noListenerMakesItFail()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/hooks/x").arg(port), QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.out.contains(QLatin1String("3 without an answer")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("refused")), qPrintable(r.err));
}

void TestSimulateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero_count") << QStringList{QStringLiteral("--count"), QStringLiteral("0")} << QStringLiteral("--count");
    QTest::newRow("bad_concurrency") << QStringList{QStringLiteral("--concurrency"), QStringLiteral("x")}
                                     << QStringLiteral("--concurrency");
    QTest::newRow("ftp_url") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://example.com/")}
                             << QStringLiteral("not an http or https URL");
    QTest::newRow("no_database") << QStringList{QStringLiteral("--db"),
                                                QDir::tempPath() + QStringLiteral("/hookdesk-no-such-database.sqlite")}
                                 << QStringLiteral("there is no HookDesk database");
    QTest::newRow("real_webinar_id") << QStringList{QStringLiteral("--webinar-id"), QStringLiteral("6149b1e5612c4e5fd96041d3")}
                                     << QStringLiteral("hookdesk-sim-");
}

void TestSimulateCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("simulate")} + arguments);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_SimulateCommand.moc"
