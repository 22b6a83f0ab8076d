// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include "CanonicalSocket.h"
#include "GuardedConnection.h"
#include "JsonAnswer.h"
#include "WireText.h"
#include "core/Logging.h"

#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace hookdesk {

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    setMaxPendingConnections(1024);
    // Qt's default backlog of 50 drops SYNs when a webinar's calls arrive at once,
    // and each dropped SYN costs the sender a 1 s retransmit.
    setListenBacklogSize(4096);
}

ConnectionGuard::~ConnectionGuard()
{
    // Children go after this object's members; they must not call forget() then.
    const auto connections = m_connections;
    m_connections.clear();
    qDeleteAll(connections);
}

void ConnectionGuard::respond(QTcpSocket *socket, const QByteArray &response, bool close)
{
    auto *canonical = qobject_cast<CanonicalSocket *>(socket);
    if (canonical && canonical->connection()) {
        canonical->connection()->respond(response, close);
        return;
    }
    qCDebug(lcIntake) << "answer for a connection that is gone dropped";
}

qint64 ConnectionGuard::unsentBytes() const
{
    qint64 total = 0;
    for (const GuardedConnection *connection : m_connections)
        total += connection->unsentBytes();
    return total;
}

bool ConnectionGuard::makeRoom()
{
    // First what is already over: connections we are closing, or whose peer has
    // closed though Qt has not processed it yet.
    const auto connections = m_connections;
    for (GuardedConnection *connection : connections) {
        if (connection->isClosing() || (connection->isSheddable() && connection->peerHasClosed()))
            connection->abortNow();
    }
    if (int(m_connections.size()) < m_limits.maxConnections)
        return true;
    // Then the connection that has gone longest without completing a request
    // head (a slowloris holder, or an idle keep-alive), never one we owe an answer.
    GuardedConnection *oldest = nullptr;
    for (GuardedConnection *connection : std::as_const(m_connections)) {
        if (connection->isSheddable() && (!oldest || connection->lastHeadAt() < oldest->lastHeadAt()))
            oldest = connection;
    }
    if (!oldest)
        return false;
    oldest->shed();
    return int(m_connections.size()) < m_limits.maxConnections;
}

void ConnectionGuard::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (int(m_connections.size()) >= m_limits.maxConnections && !makeRoom()) {
        JsonAnswer answer = JsonAnswer::error(503, WireText::english(QT_TRANSLATE_NOOP("WireText", "too many open connections")));
        answer.close = true;
        answer.addHeader("Retry-After", "1");
        socket->write(answer.serialize());
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        emit refused(socket->peerAddress(), QByteArray(), QByteArray(), 503,
                     WireText::english(WireTemplate::ConnectionLimit).arg(m_limits.maxConnections));
        return;
    }
    // A duplicate of the descriptor outlives QTcpSocket's own close at the peer's
    // EOF, so a request followed by a half-close still gets its answer.
    const int duplicate = ::dup(int(handle));
    auto *connection = new GuardedConnection(this, socket, duplicate);
    m_connections.insert(connection);
    addPendingConnection(connection->canonical());
}

} // namespace hookdesk
