// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' child-process runner: a crash or a timeout is never an exit code.
#include "ChildProcess.h"

#include <QStandardPaths>
#include <QtTest>

using hookdesk::test::ChildProcess;
using Run = ChildProcess::Result;

namespace {

Run bash(const QString &script, const ChildProcess::Options &options = {})
{
    return ChildProcess::run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, options);
}

} // namespace

class TestChildProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodeAndOutput();
    void inputAndEnvironment();
    void crashIsNoExitCode();
    void timeoutIsNoExitCode();
    void missingProgramIsNoExitCode();
    void waitsForALine();
};

void TestChildProcess::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
}

void TestChildProcess::exitCodeAndOutput()
{
    const Run r = bash(QStringLiteral("echo out; echo err >&2; exit 3"));
    QVERIFY2(r.exitedWith(3), r.report().constData());
    QVERIFY(r.exitedWithFailure());
    QVERIFY(!r.exitedWith(0));
    QCOMPARE(r.out, QByteArray("out\n"));
    QCOMPARE(r.err, QByteArray("err\n"));
    QVERIFY2(r.report().startsWith("exited with code 3"), r.report().constData());
}

void TestChildProcess::inputAndEnvironment()
{
    ChildProcess::Options options;
    options.input = "typed\n";
    options.environment.insert(QStringLiteral("HOOKDESK_TEST_WORD"), QStringLiteral("given"));
    const Run r = bash(QStringLiteral("read line; echo \"$line $HOOKDESK_TEST_WORD\""), options);
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QCOMPARE(r.out, QByteArray("typed given\n"));
}

void TestChildProcess::crashIsNoExitCode()
{
    const Run r = bash(QStringLiteral("echo dying >&2; kill -SEGV $$"));
    QCOMPARE(r.end, Run::End::Crashed);
    QVERIFY(!r.exitedWith(0));
    QVERIFY(!r.exitedWithFailure());
    QVERIFY2(r.report().startsWith("crashed") && r.report().contains("dying"), r.report().constData());
}

void TestChildProcess::timeoutIsNoExitCode()
{
    ChildProcess::Options options;
    options.timeoutMs = 200;
    const Run r = bash(QStringLiteral("exec sleep 30"), options);
    QCOMPARE(r.end, Run::End::TimedOut);
    QVERIFY(!r.exitedWith(0));
    QVERIFY(!r.exitedWithFailure());
}

void TestChildProcess::missingProgramIsNoExitCode()
{
    const Run r = ChildProcess::run(QStringLiteral("/nonexistent/hookdesk-no-such-program"), {});
    QCOMPARE(r.end, Run::End::NotStarted);
    QVERIFY(!r.exitedWith(0));
    QVERIFY(!r.exitedWithFailure());
    QVERIFY2(r.report().startsWith("did not start"), r.report().constData());
}

void TestChildProcess::waitsForALine()
{
    // A stand-in for `hookdesk serve`: the wrapper runs, and ignores the executable
    // it is given ($0 of bash -c).
    ChildProcess child;
    ChildProcess::Options options;
    options.wrapper = {QStringLiteral("bash"), QStringLiteral("-c"),
                       QStringLiteral("echo first; echo second; exec sleep 30")};
    QVERIFY(child.start({}, options));
    QCOMPARE(child.waitForLine(), QByteArray("first"));
    QCOMPARE(child.waitForLine(), QByteArray("second"));
    QVERIFY(child.isRunning());
    const Run stopped = child.stop();
    QCOMPARE(stopped.end, Run::End::Crashed); // SIGTERM ends sleep: a signal, not an exit code
}

QTEST_GUILESS_MAIN(TestChildProcess)
#include "tst_ChildProcess.moc"
