// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCapture.h"

#include <QMutex>
#include <QStringList>

namespace hookdesk::test {

namespace {

// Static, not members: a thread may be inside the handler while the capture
// goes away, and must still find the lock and the previous handler.
QRecursiveMutex s_mutex;
QtMessageHandler s_previous = nullptr;
QList<LogCapture::Message> *s_messages = nullptr;

// Qt's network, host-lookup and writer threads log while the test thread does,
// and QTest's handler is not thread-safe: every message is recorded and passed
// on one at a time, under the same lock. Recursive, for a handler that logs.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&s_mutex);
    if (s_messages)
        s_messages->append({type, QString::fromLatin1(context.category ? context.category : ""), message});
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&s_mutex);
    Q_ASSERT(!s_messages);
    s_messages = new QList<Message>;
    s_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    QMutexLocker lock(&s_mutex);
    qInstallMessageHandler(s_previous);
    delete s_messages;
    s_messages = nullptr;
}

QList<LogCapture::Message> LogCapture::messages() const
{
    QMutexLocker lock(&s_mutex);
    return *s_messages;
}

QString LogCapture::text() const
{
    QString all;
    for (const Message &message : messages())
        all += message.category + QLatin1Char(' ') + message.text + QLatin1Char('\n');
    return all;
}

bool LogCapture::contains(const QString &text) const
{
    return this->text().contains(text);
}

QStringList LogCapture::lines(QtMsgType type, const QString &category, const QString &text) const
{
    QStringList found;
    for (const Message &message : messages()) {
        if (message.type == type && message.category == category && message.text.contains(text))
            found.append(message.text);
    }
    return found;
}

} // namespace hookdesk::test
