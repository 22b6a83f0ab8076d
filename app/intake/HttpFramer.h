// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk {

// Follows the framing of the HTTP/1.x requests on one connection, byte by byte,
// ahead of QHttpServer (which in Qt 6.4 buffers any size of header or body). It
// enforces the header and body limits, rejects ambiguous framing (request
// smuggling), and notices `Expect: 100-continue`. It never copies the body.
class HttpFramer
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
    };

    struct Result
    {
        int rejectStatus = 0;   // 400, 413, 431 or 501: answer it and close
        QString rejectReason;
        bool sendContinue = false; // answer "100 Continue" now
        int completed = 0;         // requests that ended in these bytes
    };

    HttpFramer() : HttpFramer(Limits()) { }
    explicit HttpFramer(const Limits &limits) : m_limits(limits) { }

    Result feed(const char *data, qsizetype size);
    Result feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    // Some bytes of a request that has not ended yet have arrived.
    bool inRequest() const { return m_state != State::Idle; }
    // Headers of the request being received (or the last one); valid once parsed.
    const QByteArray &method() const { return m_method; }

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };

    bool parseHead(Result &result);
    bool reject(Result &result, int status, const QString &reason);
    void finishRequest(Result &result);

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_line;   // head or chunk-size line being accumulated
    qint64 m_remaining = 0;
    qint64 m_bodySoFar = 0;
    QByteArray m_method;
    bool m_failed = false;
};

} // namespace hookdesk
