// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFramer.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

class QTcpSocket;

namespace hookdesk {

class CanonicalSocket;
class ConnectionGuard;

// One accepted connection: the real socket, read only here, the framer that
// splits it into requests, and the CanonicalSocket QHttpServer reads them from,
// one at a time. Requests wait in order; the guard's own refusals wait behind
// the requests before them, so answers leave in request order (RFC 9112 9.3.2).
class GuardedConnection : public QObject
{
public:
    // At most this many parsed requests wait per connection; past it the socket is not read.
    static constexpr int MaxQueued = 16;

    GuardedConnection(ConnectionGuard *guard, QTcpSocket *socket, int dupDescriptor);
    ~GuardedConnection() override;

    CanonicalSocket *canonical() const { return m_canonical; }
    // The answer to the request QHttpServer is handling.
    void respond(QByteArray response, bool close);
    // Bytes for the peer, in order (also what Qt writes itself).
    void writeOut(const QByteArray &bytes);
    // No more requests: flush what is written, then close (aborted after a grace time).
    void closeAfterFlush();

    qint64 unsentBytes() const;
    bool isClosing() const { return m_closing; }
    // A candidate for shedding: nothing of ours in flight or queued.
    bool isSheddable() const;
    // Monotonic ms of the last completed request head (or the connect).
    qint64 lastHeadAt() const { return m_lastHeadAt; }
    // The peer has closed (EOF seen on the descriptor), even if Qt has not noticed yet.
    bool peerHasClosed() const;
    // Closed by the guard to make room for a newcomer.
    void shed();
    void abortNow();

private:
    struct Item
    {
        HttpRequest request;
        int refusalStatus = 0; // non-zero: the guard's own answer, then close
        QString refusalReason;
    };

    void readIncoming();
    bool moreToRead() const;
    void advance();
    void scheduleAdvance();
    void realDisconnected();
    void shutdownWhenFlushed();
    void finish();
    void rearm();
    void timedOut();

    QPointer<ConnectionGuard> m_guard;
    QTcpSocket *m_socket;
    QPointer<CanonicalSocket> m_canonical;
    QHostAddress m_peer;
    int m_dupDescriptor; // lets an answer reach a peer that half-closed
    HttpFramer m_framer;
    QByteArray m_unfed; // read from the socket, not yet given to the framer
    std::deque<Item> m_queue;
    HttpRequest m_current; // the one QHttpServer handles (method and keep-alive kept)
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_closing = false;
    bool m_peerClosed = false;
    bool m_finished = false;
    bool m_advanceScheduled = false;
    qint64 m_lastHeadAt = 0;
    qint64 m_requestStartedAt = -1; // first byte of the unfinished request
    qint64 m_inFlightSince = 0;
    qint64 m_idleSince = 0;
    qint64 m_closingSince = 0;
};

} // namespace hookdesk
