// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedConnection.h"

#include "CanonicalSocket.h"
#include "ConnectionGuard.h"
#include "JsonAnswer.h"
#include "WireText.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace hookdesk {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

// How long a refused or finished connection may take to read its answer.
constexpr int CloseGraceMs = 2000;
// Kernel-to-Qt buffering per connection: a little more than one request's limit.
constexpr qint64 ReadChunk = 64 * 1024;
constexpr qsizetype FeedPiece = 4096;

// HEAD gets the headers of the GET answer and no body (RFC 9110 9.3.2).
QByteArray withoutBody(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? response : response.left(end + 4);
}

} // namespace

GuardedConnection::GuardedConnection(ConnectionGuard *guard, QTcpSocket *socket, int dupDescriptor)
    : QObject(guard), m_guard(guard), m_socket(socket), m_dupDescriptor(dupDescriptor),
      m_framer(guard->limits().framing)
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadChunk);
    m_peer = socket->peerAddress();
    m_canonical = new CanonicalSocket(this, socket, this);
    m_lastHeadAt = m_idleSince = monotonicMs();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &GuardedConnection::readIncoming);
    connect(socket, &QTcpSocket::disconnected, this, &GuardedConnection::realDisconnected);
    connect(socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::shutdownWhenFlushed);
    rearm();
}

GuardedConnection::~GuardedConnection()
{
    if (m_dupDescriptor >= 0)
        ::close(m_dupDescriptor);
    if (m_guard)
        m_guard->forget(this);
}

void GuardedConnection::readIncoming()
{
    if (m_closing || m_framer.finished()) {
        m_socket->readAll(); // nothing more of this connection is processed
        m_unfed.clear();
        return;
    }
    // Fed in small pieces, so that no more than about MaxQueued requests are
    // parsed ahead; the rest waits in m_unfed, Qt's bounded read buffer and the kernel.
    if (m_unfed.isEmpty())
        m_unfed = m_socket->read(ReadChunk);
    const qint64 now = monotonicMs();
    while (!m_unfed.isEmpty() && int(m_queue.size()) < MaxQueued && !m_framer.finished()) {
        const QByteArray piece = m_unfed.left(FeedPiece);
        m_unfed.remove(0, piece.size());
        if (!m_framer.inRequest())
            m_requestStartedAt = now;
        const HttpFramer::Result result = m_framer.feed(piece);
        for (const HttpRequest &request : result.requests)
            m_queue.push_back(Item{request, 0, {}});
        if (!result.requests.isEmpty()) {
            m_lastHeadAt = now;
            m_requestStartedAt = m_framer.inRequest() ? now : -1;
        }
        if (result.rejectStatus)
            m_queue.push_back(Item{{}, result.rejectStatus, result.rejectReason});
        // "100 Continue" belongs to the unfinished request; only sent when nothing is ahead.
        if (result.sendContinue && !m_inFlight && m_queue.empty())
            writeOut("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_framer.finished())
        m_unfed.clear();
    advance();
    rearm();
}

bool GuardedConnection::moreToRead() const
{
    return !m_unfed.isEmpty() || m_socket->bytesAvailable() > 0;
}

void GuardedConnection::advance()
{
    m_advanceScheduled = false;
    while (!m_inFlight && !m_closing && !m_queue.empty()) {
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        if (item.refusalStatus) {
            JsonAnswer answer = JsonAnswer::error(item.refusalStatus, item.refusalReason);
            answer.close = true;
            writeOut(answer.serialize());
            qCInfo(lcIntake).noquote() << "refused" << item.refusalStatus << "from"
                                       << m_peer.toString() << item.refusalReason;
            emit m_guard->refused(m_peer, m_framer.method(), m_framer.target(),
                                  item.refusalStatus, item.refusalReason);
            closeAfterFlush();
            return;
        }
        if (!m_canonical)
            return;
        m_current = std::move(item.request);
        m_inFlight = true;
        m_inFlightSince = monotonicMs();
        QByteArray bytes = m_current.canonical();
        m_current.body.clear();
        m_canonical->deliver(bytes);
    }
    if (!m_inFlight && m_queue.empty()) {
        if ((m_peerClosed && !moreToRead()) || (m_framer.finished() && !m_closing))
            closeAfterFlush();
    }
    if (!m_closing && int(m_queue.size()) < MaxQueued && moreToRead())
        QMetaObject::invokeMethod(this, &GuardedConnection::readIncoming, Qt::QueuedConnection);
}

void GuardedConnection::scheduleAdvance()
{
    // respond() may run inside QHttpServer's readyRead handler; the next request
    // is handed over once that handler has returned.
    if (m_advanceScheduled)
        return;
    m_advanceScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        advance();
        rearm();
    }, Qt::QueuedConnection);
}

void GuardedConnection::respond(QByteArray response, bool close)
{
    if (!m_inFlight) {
        qCWarning(lcIntake) << "an answer with no request waiting for it was dropped";
        return;
    }
    m_inFlight = false;
    if (m_current.method == "HEAD")
        response = withoutBody(response);
    // An HTTP/1.0 client keeps the connection only if the answer says so.
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (m_current.http10 && m_current.keepAlive && !close && headEnd > 0)
        response.insert(headEnd + 2, "Connection: keep-alive\r\n");
    writeOut(response);
    m_idleSince = monotonicMs();
    if (close || !m_current.keepAlive) {
        if (m_canonical)
            m_canonical->detach();
        closeAfterFlush();
        return;
    }
    scheduleAdvance();
    rearm();
}

void GuardedConnection::writeOut(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
    } else if (m_dupDescriptor >= 0) {
        // Qt closed its descriptor at the peer's EOF (a half-close); the duplicate
        // still reaches the peer. Answers are small, so one send suffices.
        const ssize_t sent = ::send(m_dupDescriptor, bytes.constData(), size_t(bytes.size()),
                                    MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent != ssize_t(bytes.size()))
            qCDebug(lcIntake) << "answer after half-close not fully sent";
    }
}

void GuardedConnection::closeAfterFlush()
{
    if (m_closing)
        return;
    m_closing = true;
    m_closingSince = monotonicMs();
    m_queue.clear();
    if (m_canonical)
        m_canonical->detach();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    // A lingering close: once the answer is out, only our sending side is shut,
    // and what the peer still sends is read and dropped until it closes (or the
    // grace time ends). Closing outright with unread bytes would send a reset,
    // which can destroy the answer before the peer has read it.
    shutdownWhenFlushed();
    rearm();
}

void GuardedConnection::shutdownWhenFlushed()
{
    if (!m_closing || m_finished || m_socket->bytesToWrite() > 0)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0)
        ::shutdown(int(fd), SHUT_WR);
    else if (m_dupDescriptor >= 0)
        ::shutdown(m_dupDescriptor, SHUT_WR);
}

void GuardedConnection::realDisconnected()
{
    if (m_closing || m_finished) {
        finish();
        return;
    }
    // The peer closed, or only half-closed: requests already read are still
    // answered through the duplicate descriptor.
    m_unfed += m_socket->readAll();
    m_peerClosed = true;
    if (!m_inFlight && m_queue.empty() && m_unfed.isEmpty())
        finish();
    else
        readIncoming();
}

void GuardedConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_timer.stop();
    if (m_canonical)
        m_canonical->detach();
    if (m_dupDescriptor >= 0) {
        ::close(m_dupDescriptor);
        m_dupDescriptor = -1;
    }
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_guard)
        m_guard->forget(this);
    deleteLater();
}

void GuardedConnection::abortNow()
{
    m_closing = true;
    finish();
}

bool GuardedConnection::isSheddable() const
{
    return !m_closing && !m_inFlight && m_queue.empty() && !m_peerClosed;
}

bool GuardedConnection::peerHasClosed() const
{
    if (m_peerClosed)
        return true;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd < 0 || m_socket->bytesAvailable() > 0)
        return false;
    char c;
    return ::recv(int(fd), &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

void GuardedConnection::shed()
{
    const int seconds = int((monotonicMs() - m_lastHeadAt) / 1000);
    const QString reason = WireText::english(WireTemplate::Shed).arg(seconds);
    qCInfo(lcIntake).noquote() << "shed connection from" << m_peer.toString();
    emit m_guard->refused(m_peer, m_framer.method(), m_framer.target(), 503, reason);
    emit m_guard->connectionShed();
    JsonAnswer answer = JsonAnswer::error(503, WireText::english(QT_TRANSLATE_NOOP("WireText", "too many open connections")));
    answer.close = true;
    answer.addHeader("Retry-After", "1");
    writeOut(answer.serialize());
    abortNow();
}

qint64 GuardedConnection::unsentBytes() const
{
    return m_socket->bytesToWrite();
}

void GuardedConnection::rearm()
{
    if (m_finished)
        return;
    const qint64 timeout = m_guard->limits().idleTimeoutMs;
    qint64 deadline;
    if (m_closing)
        deadline = m_closingSince + qMin<qint64>(timeout, CloseGraceMs);
    else if (m_inFlight)
        deadline = m_inFlightSince + timeout;
    else if (m_framer.inRequest() && m_requestStartedAt >= 0)
        deadline = m_requestStartedAt + timeout;
    else
        deadline = m_idleSince + timeout;
    m_timer.start(int(qBound<qint64>(0, deadline - monotonicMs(), timeout)));
}

void GuardedConnection::timedOut()
{
    if (m_closing || m_inFlight) {
        // A peer that does not read its answer, or an answer of ours that never
        // came: the connection is closed whatever is pending.
        // (The request itself is logged by whoever still owes its answer.)
        if (m_inFlight && !m_closing)
            qCWarning(lcIntake) << "no answer within the idle timeout; closing the connection";
        abortNow();
        return;
    }
    if (m_framer.inRequest()) {
        m_queue.push_back(Item{{}, 408, WireText::english(WireTemplate::NotCompleted)
                                               .arg(m_guard->limits().idleTimeoutMs / 1000.0)});
        advance();
        rearm();
        return;
    }
    qCDebug(lcIntake) << "closing idle connection from" << m_peer;
    abortNow();
}

} // namespace hookdesk
