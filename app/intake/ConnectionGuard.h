// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFramer.h"

#include <QHostAddress>
#include <QTcpServer>

namespace hookdesk {

// The socket layer in front of QHttpServer (handed to QHttpServer::bind). Qt 6.4's
// server has no limits of its own, so the guard caps open connections, header
// and body size, closes idle or stalled connections, and answers
// `Expect: 100-continue`. What it refuses never reaches QHttpServer.
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

    int openConnections() const { return m_open; }
    const Limits &limits() const { return m_limits; }

signals:
    // The guard answered a request itself (or closed a stalled one); for the delivery log.
    void refused(const QHostAddress &remote, const QByteArray &method, int status,
                 const QString &reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class GuardedConnection;
    Limits m_limits;
    int m_open = 0;
};

} // namespace hookdesk
