// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include "JsonAnswer.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace hookdesk {

// Per-connection state, a child of its socket so it lives exactly as long.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(ConnectionGuard *guard, QTcpSocket *socket)
        : QObject(socket), m_guard(guard), m_socket(socket), m_framer(guard->limits().framing)
    {
        ++guard->m_open;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::timedOut);
        // Connected before QHttpServer connects its own slot, so this runs first
        // and sees every byte before the server reads it.
        connect(socket, &QTcpSocket::readyRead, this, &GuardedConnection::inspect);
        connect(socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::written);
        m_timer.start(guard->limits().idleTimeoutMs);
    }

    ~GuardedConnection() override
    {
        if (m_guard)
            --m_guard->m_open;
    }

private:
    void inspect()
    {
        if (m_refused) {
            m_socket->readAll();
            return;
        }
        const bool wasInRequest = m_framer.inRequest();
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        const HttpFramer::Result result = m_framer.feed(fresh);
        if (result.rejectStatus) {
            refuse(result.rejectStatus, result.rejectReason);
            return;
        }
        if (result.sendContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_framer.inRequest()) {
            // A request must arrive whole within the timeout of its first byte;
            // trickling bytes does not extend it.
            if (!wasInRequest || result.completed > 0)
                m_timer.start(m_guard->limits().idleTimeoutMs);
        } else if (result.completed > 0) {
            // Waiting for our own answer; the idle clock restarts once it is written.
            m_timer.stop();
        }
    }

    void written()
    {
        if (!m_framer.inRequest() && !m_refused && m_socket->bytesToWrite() == 0)
            m_timer.start(m_guard->limits().idleTimeoutMs);
    }

    void timedOut()
    {
        if (m_framer.inRequest() && !m_refused) {
            refuse(408, QCoreApplication::translate("ConnectionGuard",
                                                    "request not completed within %1 s")
                                .arg(m_guard->limits().idleTimeoutMs / 1000.0));
            return;
        }
        qCDebug(lcIntake) << "closing idle connection from" << m_socket->peerAddress();
        m_socket->abort();
    }

    void refuse(int status, const QString &reason)
    {
        m_refused = true;
        m_socket->readAll(); // nothing of this request reaches QHttpServer
        JsonAnswer answer = JsonAnswer::error(status, reason);
        answer.close = true;
        m_socket->write(answer.serialize());
        m_socket->disconnectFromHost();
        // A peer that never reads its answer must not hold the socket open.
        QTimer::singleShot(2000, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
            if (socket)
                socket->abort();
        });
        qCInfo(lcIntake).noquote() << "refused" << status << "from"
                                   << m_socket->peerAddress().toString() << reason;
        if (m_guard)
            emit m_guard->refused(m_socket->peerAddress(), m_framer.method(), status, reason);
    }

    QPointer<ConnectionGuard> m_guard;
    QTcpSocket *m_socket;
    HttpFramer m_framer;
    QTimer m_timer;
    bool m_refused = false;
};

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    setMaxPendingConnections(1024);
    // Qt's default backlog of 50 drops SYNs when a webinar's calls arrive at once,
    // and each dropped SYN costs the sender a 1 s retransmit.
    setListenBacklogSize(4096);
}

void ConnectionGuard::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_open >= m_limits.maxConnections) {
        JsonAnswer answer = JsonAnswer::error(
                503, QCoreApplication::translate("ConnectionGuard", "too many open connections"));
        answer.close = true;
        answer.addHeader("Retry-After", "1");
        socket->write(answer.serialize());
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        emit refused(socket->peerAddress(), QByteArray(), 503,
                     QCoreApplication::translate("ConnectionGuard",
                                                 "connection limit of %1 reached")
                             .arg(m_limits.maxConnections));
        return;
    }
    new GuardedConnection(this, socket);
    addPendingConnection(socket);
}

} // namespace hookdesk
