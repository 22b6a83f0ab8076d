// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace hookdesk::test {

// How ChildProcess runs a program (outside the class, to be a default argument there).
struct ChildProcessOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QByteArray input;      // run() writes it to standard input, then closes that
    QStringList wrapper;   // a command that runs the program, e.g. {"prlimit", "--fsize=1", "--"}
    int timeoutMs = 30000; // then the process is killed and the result says so
};

// A program a test runs (mostly the hookdesk executable): arguments,
// environment and standard input in; how it ended, exit code and output out.
// A crash or a timeout is never read as an exit code: `exitedWith(0)` is false
// for them, and `report()` says what happened, with standard error.
class ChildProcess
{
public:
    using Options = ChildProcessOptions;

    struct Result
    {
        enum class End { NotStarted, Exited, Crashed, TimedOut };
        End end = End::NotStarted;
        int exitCode = -1; // only meaningful when end == Exited
        QByteArray out;
        QByteArray err;
        QString startError;

        bool exitedWith(int code) const { return end == End::Exited && exitCode == code; }
        // Exited by itself with a code other than 0 (a crash is not a failure exit).
        bool exitedWithFailure() const { return end == End::Exited && exitCode != 0; }
        // How it ended, then its standard error: for the message of a failed check.
        QByteArray report() const;
        QString outText() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
    };

    static QString hookdesk(); // the executable under test
    // Runs to completion; the event loop turns meanwhile (a fake server may live on this thread).
    static Result run(const QString &program, const QStringList &arguments, const Options &options = {});
    static Result runHookdesk(const QStringList &arguments, const Options &options = {});

    ChildProcess() = default;
    ~ChildProcess(); // kills a process still running
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // Starts hookdesk with `arguments` and returns when it is running.
    bool start(const QStringList &arguments, const Options &options = {});
    // Starts `hookdesk serve --port 0 --db <db>` and waits for its
    // "listening on http://127.0.0.1:PORT" line; the port, or 0 (see report()).
    quint16 startServe(const QString &db, const QStringList &extra = {}, const Options &options = {});
    // The next line on standard output (without the newline), or an empty one on timeout.
    QByteArray waitForLine(int timeoutMs = 15000);

    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    void terminate() { m_process.terminate(); } // SIGTERM
    void kill() { m_process.kill(); }           // SIGKILL
    // Standard error so far (kept: the result has it all too).
    QByteArray errorOutput();
    // Waits for the end (killing it after `timeoutMs`), with all of its output.
    Result finish(int timeoutMs = 15000);
    // SIGTERM, then finish().
    Result stop(int timeoutMs = 15000);
    // How it is doing, for the message of a failed check while it still runs.
    QByteArray report();

private:
    bool startProgram(const QString &program, const QStringList &arguments, const Options &options);

    QProcess m_process;
    QByteArray m_out; // read past the lines waitForLine() returned
    QByteArray m_err;
    QString m_startError;
    bool m_started = false;
};

} // namespace hookdesk::test
