// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookdesk {

// The one HTTP/1.x request parser of the listener: it decides where each request
// on a connection begins and ends. It takes the bytes as they arrive, split
// anywhere, and yields complete requests (headers, de-chunked body, keep-alive
// decision) or one refusal. It accepts what RFC 9112 lets a recipient accept
// (bare LF line ends, chunk extensions, trailers, which it drops) and refuses
// what is ambiguous or over a limit. QHttpServer only ever sees the canonical
// form of what it accepted (HttpRequest::canonical()).
class HttpFramer
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
        int maxHeaderFields = 100; // Qt 6.4 silently drops fields past 100
    };

    struct Result
    {
        QList<HttpRequest> requests; // complete, in order
        int rejectStatus = 0;        // 400, 413, 431 or 501: answer it (after `requests`) and close
        QString rejectReason;        // English: it goes on the wire
        bool sendContinue = false;   // the unfinished request asked for "100 Continue"
    };

    HttpFramer() : HttpFramer(Limits()) { }
    explicit HttpFramer(const Limits &limits) : m_limits(limits) { }

    Result feed(const char *data, qsizetype size);
    Result feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    // Some bytes of a request that has not ended yet have arrived.
    bool inRequest() const { return m_state != State::Idle || m_buffer.size() > m_pos; }
    // The head of the current request is not complete yet.
    bool inHead() const { return m_state == State::Head || (m_state == State::Idle && inRequest()); }
    // Nothing more is read: a refusal or a request that ends the connection came.
    bool finished() const { return m_failed || m_closing; }
    // Of the request being received or refused (for the delivery log).
    const QByteArray &method() const { return m_request.method; }
    const QByteArray &target() const { return m_request.target; }

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };
    enum class Step { NeedMore, Progress, Failed };

    Step headStep(Result &result);
    Step parseHead(const QByteArray &head, Result &result);
    Step chunkSizeStep(Result &result);
    Step trailerStep(Result &result);
    Step reject(Result &result, int status, const QString &reason);
    void finishRequest(Result &result);
    qsizetype available() const { return m_buffer.size() - m_pos; }

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer; // bytes not consumed yet start at m_pos
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; // of the head being searched, bytes already searched
    qint64 m_remaining = 0;
    qint64 m_trailerBytes = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
    bool m_failed = false;
    bool m_closing = false;
};

} // namespace hookdesk
