// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalSocket.h"

#include "GuardedConnection.h"

#include <cstring>

namespace hookdesk {

// What QHttpServer 6.4.2 uses of its socket (qabstracthttpserver.cpp,
// qhttpserverrequest.cpp, qhttpserverresponder.cpp): peerAddress(), state(),
// the readyRead and disconnected signals, start/commitTransaction() with
// read(&c, 1) and bytesAvailable(), isOpen(), write(), disconnectFromHost()
// and deleteLater(). Each of those works on this descriptor-less socket.
CanonicalSocket::CanonicalSocket(GuardedConnection *connection, const QTcpSocket *real, QObject *parent)
    : QTcpSocket(parent), m_connection(connection)
{
    if (real) {
        setPeerAddress(real->peerAddress());
        setPeerPort(real->peerPort());
        setLocalAddress(real->localAddress());
        setLocalPort(real->localPort());
    }
    setSocketState(QAbstractSocket::ConnectedState);
    setOpenMode(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

CanonicalSocket::~CanonicalSocket()
{
    // ~QAbstractSocket would abort() a connected socket; there is nothing to abort.
    setSocketState(QAbstractSocket::UnconnectedState);
}

void CanonicalSocket::deliver(const QByteArray &bytes)
{
    if (m_readPos == m_incoming.size()) {
        m_incoming.clear();
        m_readPos = 0;
    }
    m_incoming += bytes;
    emit readyRead();
}

void CanonicalSocket::detach()
{
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    m_connection = nullptr;
    setSocketState(QAbstractSocket::UnconnectedState);
    emit disconnected();
}

qint64 CanonicalSocket::bytesAvailable() const
{
    // A transaction keeps what was read in QIODevice's own buffer.
    return QIODevice::bytesAvailable() + (m_incoming.size() - m_readPos);
}

qint64 CanonicalSocket::bytesToWrite() const
{
    return 0; // the real socket holds whatever is unsent (GuardedConnection::unsentBytes)
}

qint64 CanonicalSocket::readData(char *data, qint64 maxSize)
{
    const qint64 take = qMin<qint64>(maxSize, m_incoming.size() - m_readPos);
    if (take > 0) {
        std::memcpy(data, m_incoming.constData() + m_readPos, size_t(take));
        m_readPos += take;
    }
    return take;
}

qint64 CanonicalSocket::writeData(const char *data, qint64 size)
{
    // Only reached when Qt itself writes (the handlers answer through
    // ConnectionGuard::respond); it is the current request's answer either way.
    if (!m_connection)
        return state() == QAbstractSocket::ConnectedState ? size : -1; // no network behind it
    m_connection->writeOut(QByteArray(data, qsizetype(size)));
    return size;
}

void CanonicalSocket::close()
{
    disconnectFromHost();
}

void CanonicalSocket::disconnectFromHost()
{
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    GuardedConnection *connection = m_connection;
    detach();
    if (connection)
        connection->closeAfterFlush();
}

} // namespace hookdesk
