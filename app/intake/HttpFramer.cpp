// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFramer.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cstring>

namespace hookdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpFramer", text);
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

constexpr qsizetype MaxChunkLine = 1024;

} // namespace

bool HttpFramer::reject(Result &result, int status, const QString &reason)
{
    m_failed = true;
    result.rejectStatus = status;
    result.rejectReason = reason;
    return false;
}

void HttpFramer::finishRequest(Result &result)
{
    ++result.completed;
    m_state = State::Idle;
    m_line.clear();
    m_remaining = 0;
    m_bodySoFar = 0;
}

HttpFramer::Result HttpFramer::feed(const char *data, qsizetype size)
{
    Result result;
    if (m_failed) {
        reject(result, 400, tr("data after a rejected request"));
        return result;
    }
    qsizetype i = 0;
    while (i < size) {
        const char *newline = static_cast<const char *>(std::memchr(data + i, '\n', size_t(size - i)));
        const qsizetype lineEnd = newline ? (newline - data) + 1 : size;
        switch (m_state) {
        case State::Idle:
            // Empty lines before a request line are allowed (RFC 9112, 2.2).
            if (data[i] == '\r' || data[i] == '\n') {
                ++i;
                break;
            }
            m_state = State::Head;
            m_line.clear();
            break;
        case State::Head:
            if (m_line.size() + (lineEnd - i) > m_limits.maxHeaderBytes) {
                reject(result, 431,
                       tr("request headers larger than %1 bytes").arg(m_limits.maxHeaderBytes));
                return result;
            }
            m_line.append(data + i, lineEnd - i);
            i = lineEnd;
            if (newline && (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n"))
                && !parseHead(result))
                return result;
            break;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, size - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0)
                finishRequest(result);
            break;
        }
        case State::ChunkSize: {
            if (m_line.size() + (lineEnd - i) > MaxChunkLine) {
                reject(result, 400, tr("chunk size line too long"));
                return result;
            }
            m_line.append(data + i, lineEnd - i);
            i = lineEnd;
            if (!newline)
                break;
            QByteArray sizeText = m_line;
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText.truncate(semicolon);
            sizeText = sizeText.trimmed();
            bool ok = false;
            const qint64 chunk = sizeText.size() <= 15 ? sizeText.toLongLong(&ok, 16) : -1;
            if (!ok || chunk < 0) {
                reject(result, 400, tr("malformed chunk size"));
                return result;
            }
            m_line.clear();
            if (chunk == 0) {
                m_state = State::Trailer;
                break;
            }
            m_bodySoFar += chunk;
            if (m_bodySoFar > m_limits.maxBodyBytes) {
                reject(result, 413, tr("request body larger than %1 bytes").arg(m_limits.maxBodyBytes));
                return result;
            }
            m_remaining = chunk;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, size - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_line.clear();
            }
            break;
        }
        case State::ChunkDataEnd:
            m_line.append(data + i, lineEnd - i);
            i = lineEnd;
            // Chunk data must be followed by CRLF (or a bare LF) and nothing else.
            if (newline ? (m_line != "\r\n" && m_line != "\n") : m_line != "\r") {
                reject(result, 400, tr("chunk data longer than its size"));
                return result;
            }
            if (newline) {
                m_line.clear();
                m_state = State::ChunkSize;
            }
            break;
        case State::Trailer:
            if (m_line.size() + (lineEnd - i) > m_limits.maxHeaderBytes) {
                reject(result, 431, tr("request trailers larger than %1 bytes")
                                            .arg(m_limits.maxHeaderBytes));
                return result;
            }
            m_line.append(data + i, lineEnd - i);
            i = lineEnd;
            if (newline
                && (m_line == "\r\n" || m_line == "\n" || m_line.endsWith("\n\r\n")
                    || m_line.endsWith("\n\n")))
                finishRequest(result);
            break;
        }
    }
    return result;
}

bool HttpFramer::parseHead(Result &result)
{
    QList<QByteArray> lines = m_line.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
        || (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0"))
        return reject(result, 400, tr("malformed request line"));
    m_method = requestLine[0];

    qint64 contentLength = -1;
    bool chunked = false;
    bool expectContinue = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines[n];
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return reject(result, 400, tr("malformed header line"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.size() <= 18 ? value.toLongLong(&ok) : -1;
            if (!ok || length < 0 || !std::all_of(value.begin(), value.end(), [](char c) {
                    return c >= '0' && c <= '9';
                }))
                return reject(result, 400, tr("malformed Content-Length"));
            if (contentLength >= 0 && contentLength != length)
                return reject(result, 400, tr("conflicting Content-Length headers"));
            contentLength = length;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked")
                return reject(result, 501, tr("unsupported Transfer-Encoding: %1")
                                                   .arg(QString::fromLatin1(value)));
            chunked = true;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    if (chunked && contentLength >= 0)
        return reject(result, 400, tr("both Content-Length and Transfer-Encoding"));
    if (contentLength > m_limits.maxBodyBytes)
        return reject(result, 413,
                      tr("request body larger than %1 bytes").arg(m_limits.maxBodyBytes));

    m_line.clear();
    m_bodySoFar = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_remaining = contentLength;
        m_state = State::Body;
    } else {
        finishRequest(result);
        return true;
    }
    result.sendContinue = expectContinue;
    return true;
}

} // namespace hookdesk
