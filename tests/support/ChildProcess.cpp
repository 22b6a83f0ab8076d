// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

namespace hookdesk::test {

QByteArray ChildProcess::Result::report() const
{
    QByteArray how;
    switch (end) {
    case End::NotStarted:
        how = "did not start: " + startError.toUtf8();
        break;
    case End::Exited:
        how = "exited with code " + QByteArray::number(exitCode);
        break;
    case End::Crashed:
        how = "crashed";
        break;
    case End::TimedOut:
        how = "did not finish in time and was killed";
        break;
    }
    return how + "; standard error:\n" + err;
}

QString ChildProcess::hookdesk()
{
    return QStringLiteral(HOOKDESK_BINARY);
}

ChildProcess::Result ChildProcess::run(const QString &program, const QStringList &arguments, const Options &options)
{
    ChildProcess child;
    if (!child.startProgram(program, arguments, options))
        return child.finish(0);
    child.m_process.write(options.input);
    child.m_process.closeWriteChannel();
    return child.finish(options.timeoutMs);
}

ChildProcess::Result ChildProcess::runHookdesk(const QStringList &arguments, const Options &options)
{
    return run(hookdesk(), arguments, options);
}

ChildProcess::~ChildProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ChildProcess::start(const QStringList &arguments, const Options &options)
{
    return startProgram(hookdesk(), arguments, options);
}

bool ChildProcess::startProgram(const QString &program, const QStringList &arguments, const Options &options)
{
    m_out.clear();
    m_err.clear();
    m_startError.clear();
    m_started = false;
    m_process.setProcessEnvironment(options.environment);
    if (options.wrapper.isEmpty()) {
        m_process.start(program, arguments);
    } else {
        m_process.start(options.wrapper.first(), options.wrapper.mid(1) + QStringList{program} + arguments);
    }
    if (!m_process.waitForStarted(10000)) {
        m_startError = m_process.errorString();
        return false;
    }
    m_started = true;
    return true;
}

quint16 ChildProcess::startServe(const QString &db, const QStringList &extra, const Options &options)
{
    if (!start(QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--db"), db}
                       + extra,
               options))
        return 0;
    const QByteArray line = waitForLine();
    const QByteArray prefix = "listening on http://127.0.0.1:";
    if (!line.startsWith(prefix)) {
        m_err += "(first line on standard output: '" + line + "')\n";
        return 0;
    }
    return quint16(line.mid(prefix.size()).trimmed().toUInt());
}

QByteArray ChildProcess::waitForLine(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_out += m_process.readAllStandardOutput();
        const qsizetype end = m_out.indexOf('\n');
        if (end >= 0) {
            const QByteArray line = m_out.left(end);
            m_out.remove(0, end + 1);
            return line;
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return {};
        m_process.waitForReadyRead(100);
    }
}

QByteArray ChildProcess::errorOutput()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

ChildProcess::Result ChildProcess::finish(int timeoutMs)
{
    Result result;
    result.startError = m_started ? QString() : m_startError.isEmpty() ? QStringLiteral("never started") : m_startError;
    if (!m_started)
        return result;
    result.end = Result::End::Exited;
    if (m_process.state() != QProcess::NotRunning) {
        // Not waitForFinished(): the event loop turns, for servers on this thread.
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            result.end = Result::End::TimedOut;
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (result.end == Result::End::Exited && m_process.exitStatus() == QProcess::CrashExit)
        result.end = Result::End::Crashed;
    result.exitCode = m_process.exitCode();
    m_out += m_process.readAllStandardOutput();
    result.out = m_out;
    result.err = errorOutput();
    return result;
}

ChildProcess::Result ChildProcess::stop(int timeoutMs)
{
    terminate();
    return finish(timeoutMs);
}

QByteArray ChildProcess::report()
{
    if (m_process.state() == QProcess::NotRunning)
        return finish(0).report();
    return "still running; standard error so far:\n" + errorOutput();
}

} // namespace hookdesk::test
