// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFramer.h"

#include <QHostAddress>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

namespace hookdesk {

class GuardedConnection;

// The socket layer in front of QHttpServer (handed to QHttpServer::bind). It is
// the only reader of the network: each connection's bytes go through HttpFramer,
// and QHttpServer gets a CanonicalSocket that serves it one canonical request at
// a time. It caps open connections (shedding the slowest idle one first), header
// and body size, closes idle or stalled connections, answers
// `Expect: 100-continue`, and keeps answers in request order.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        HttpFramer::Limits framing;
        int idleTimeoutMs = 15000;
        int maxConnections = 1024;
    };

    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // The one way a handler answers the request it was given on `socket` (the
    // socket QHttpServer passed it): the answer leaves in request order, and the
    // next request of that connection is handed over only after it.
    static void respond(QTcpSocket *socket, const QByteArray &response, bool close);

    int openConnections() const { return int(m_connections.size()); }
    qint64 unsentBytes() const;
    const Limits &limits() const { return m_limits; }

signals:
    // The guard answered a request itself (or closed a stalled one); for the delivery log.
    void refused(const QHostAddress &remote, const QByteArray &method, const QByteArray &target,
                 int status, const QString &reason);
    // A connection was closed to make room for a new one.
    void connectionShed();

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class GuardedConnection;
    void forget(GuardedConnection *connection) { m_connections.remove(connection); }
    bool makeRoom();

    Limits m_limits;
    QSet<GuardedConnection *> m_connections;
};

} // namespace hookdesk
