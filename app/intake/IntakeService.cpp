// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeService.h"

#include "core/Logging.h"

#include <QDeadlineTimer>

namespace hookdesk {

IntakeService::IntakeService(StoreWriter *writer, HookDirectory *hooks, QObject *parent)
    : QObject(parent), m_writer(writer), m_hooks(hooks)
{
    m_thread.setObjectName(QStringLiteral("intake"));
}

IntakeService::~IntakeService()
{
    stop(2000);
}

bool IntakeService::start(const IntakeServer::Options &options, QString *error)
{
    if (m_server)
        return true;
    if (!m_thread.isRunning())
        m_thread.start();
    bool ok = false;
    QString failure;
    QAbstractSocket::SocketError failureCode = QAbstractSocket::UnknownSocketError;
    IntakeServer *server = nullptr;
    // The server and its sockets must be created on the intake thread.
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
            anchor,
            [&] {
                server = new IntakeServer(m_writer, m_hooks, &m_stats);
                ok = server->listen(options, &failure);
                if (!ok) {
                    failureCode = server->listenError();
                    delete server;
                    server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
    anchor->deleteLater();
    m_listenError = failureCode;
    if (!ok) {
        if (error)
            *error = failure;
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_server = server;
    QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->port(); },
                              Qt::BlockingQueuedConnection);
    return true;
}

void IntakeService::stop(int drainTimeoutMs)
{
    if (!m_server) {
        if (m_thread.isRunning()) {
            m_thread.quit();
            m_thread.wait();
        }
        return;
    }
    QMetaObject::invokeMethod(m_server, [this] { m_server->stopListening(); },
                              Qt::BlockingQueuedConnection);
    QDeadlineTimer deadline(drainTimeoutMs);
    for (;;) {
        qint64 outstanding = 0;
        QMetaObject::invokeMethod(
                m_server,
                [this, &outstanding] {
                    outstanding = m_server->pendingCount() + m_server->unsentBytes();
                },
                Qt::BlockingQueuedConnection);
        if (outstanding == 0 || deadline.hasExpired()) {
            if (outstanding)
                qCWarning(lcIntake) << "stopping with" << outstanding << "requests/bytes unanswered";
            break;
        }
        QThread::msleep(5);
    }
    QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_port = 0;
    m_thread.quit();
    m_thread.wait();
}

} // namespace hookdesk
