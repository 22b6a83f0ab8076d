// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace hookdesk {

class GuardedConnection;

// The socket QHttpServer gets instead of the real one. It is connected to no
// descriptor: it serves QHttpServer the canonical bytes of one request at a time
// (handed in by the GuardedConnection that owns the real socket), and forwards
// what QHttpServer writes or closes to that connection. So Qt's request parser
// only ever sees bytes HttpFramer framed, and never reads the network itself.
class CanonicalSocket : public QTcpSocket
{
    Q_OBJECT
public:
    // `connection` and `real` may be null (a parser test with no network behind it).
    CanonicalSocket(GuardedConnection *connection, const QTcpSocket *real, QObject *parent);
    ~CanonicalSocket() override;

    GuardedConnection *connection() const { return m_connection; }
    // Hands QHttpServer the bytes of the next request.
    void deliver(const QByteArray &bytes);
    // The real connection is gone: QHttpServer sees a disconnected socket.
    void detach();

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void close() override;
    void disconnectFromHost() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    GuardedConnection *m_connection;
    QByteArray m_incoming;
    qsizetype m_readPos = 0;
};

} // namespace hookdesk
