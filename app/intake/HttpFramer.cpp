// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFramer.h"

#include "WireText.h"

#include <algorithm>

namespace hookdesk {
namespace {

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
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// pchar of RFC 3986 minus '%' (checked apart), plus '/' and, in the query, '?'.
bool isTargetChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '-': case '.': case '_': case '~': case '!': case '$': case '&': case '\'':
    case '(': case ')': case '*': case '+': case ',': case ';': case '=': case ':':
    case '@': case '/':
        return true;
    default:
        return false;
    }
}

// Field values: visible characters, obs-text, space and tab; never CR, LF or NUL.
bool isFieldValue(const QByteArray &value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

QByteArray trimmedOws(const QByteArray &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t'))
        ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        --end;
    return value.mid(begin, end - begin);
}

// Only origin-form: "/" path ["?" query]. Anything a second parser could read as
// another path (dot segments, encoded slashes or dots, an authority) is refused,
// so the path the log shows and the route Qt picks are the bytes that came.
QString targetProblem(const QByteArray &target)
{
    if (target.startsWith("http://") || target.startsWith("https://") || target.contains("://"))
        return WireText::english(QT_TRANSLATE_NOOP("WireText", "absolute-form request target; send only the path, starting with /"));
    if (target == "*")
        return WireText::english(QT_TRANSLATE_NOOP("WireText", "asterisk-form request target is not accepted"));
    if (!target.startsWith('/'))
        return WireText::english(QT_TRANSLATE_NOOP("WireText", "request target must start with /"));
    if (target.startsWith("//"))
        return WireText::english(QT_TRANSLATE_NOOP("WireText", "request target must not start with //"));
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question >= 0 ? target.left(question) : target;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if (c == '%') {
            if (i + 2 >= target.size() || !isHexDigit(target[i + 1]) || !isHexDigit(target[i + 2]))
                return WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed percent-encoding in request target"));
            const char decoded = char(QByteArray::fromHex(target.mid(i + 1, 2)).at(0));
            if (i < path.size() && (decoded == '/' || decoded == '\\' || decoded == '.'))
                return WireText::english(QT_TRANSLATE_NOOP("WireText", "encoded slash, backslash or dot in the request path"));
            if (decoded == 0)
                return WireText::english(QT_TRANSLATE_NOOP("WireText", "encoded NUL in request target"));
            i += 2;
            continue;
        }
        if (c == '#')
            return WireText::english(QT_TRANSLATE_NOOP("WireText", "fragment in request target"));
        if (!isTargetChar(c) && !(c == '?' && i >= question && question >= 0))
            return WireText::english(QT_TRANSLATE_NOOP("WireText", "invalid character in request target"));
    }
    const QList<QByteArray> segments = path.split('/');
    for (const QByteArray &segment : segments) {
        if (segment == "." || segment == "..")
            return WireText::english(QT_TRANSLATE_NOOP("WireText", "dot segment in the request path"));
    }
    return {};
}

bool isValidHost(const QByteArray &host)
{
    return std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                || c == '-' || c == ':' || c == '[' || c == ']' || c == '_' || c == '~';
    });
}

constexpr qsizetype MaxChunkLine = 1024;

} // namespace

HttpFramer::Step HttpFramer::reject(Result &result, int status, const QString &reason)
{
    m_failed = true;
    result.rejectStatus = status;
    result.rejectReason = reason;
    return Step::Failed;
}

void HttpFramer::finishRequest(Result &result)
{
    m_closing = !m_request.keepAlive;
    result.requests.append(std::move(m_request));
    m_request = HttpRequest();
    m_state = State::Idle;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_expectContinue = false;
}

HttpFramer::Result HttpFramer::feed(const char *data, qsizetype size)
{
    Result result;
    if (finished())
        return result; // nothing after a refusal or a last request is read
    m_buffer.append(data, size);
    Step step = Step::Progress;
    while (step == Step::Progress && !finished()) {
        switch (m_state) {
        case State::Idle:
            // Empty lines before a request line are allowed (RFC 9112, 2.2).
            while (m_pos < m_buffer.size() && (m_buffer[m_pos] == '\r' || m_buffer[m_pos] == '\n'))
                ++m_pos;
            if (available() == 0) {
                step = Step::NeedMore;
                break;
            }
            m_state = State::Head;
            m_scanned = 0;
            break;
        case State::Head:
            step = headStep(result);
            break;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, available());
            m_request.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                finishRequest(result);
            else
                step = Step::NeedMore;
            break;
        }
        case State::ChunkSize:
            step = chunkSizeStep(result);
            break;
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, available());
            m_request.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            else
                step = Step::NeedMore;
            break;
        }
        case State::ChunkDataEnd:
            // Chunk data is followed by CRLF (or a bare LF) and nothing else.
            if (available() == 0 || (m_buffer[m_pos] == '\r' && available() < 2)) {
                step = Step::NeedMore;
            } else if (m_buffer[m_pos] == '\n') {
                m_pos += 1;
                m_state = State::ChunkSize;
            } else if (m_buffer[m_pos] == '\r' && m_buffer[m_pos + 1] == '\n') {
                m_pos += 2;
                m_state = State::ChunkSize;
            } else {
                step = reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "chunk data longer than its size")));
            }
            break;
        case State::Trailer:
            step = trailerStep(result);
            break;
        }
    }
    if (m_state == State::Head || m_state == State::Idle)
        result.sendContinue = false;
    else if (m_expectContinue && !result.rejectStatus && !finished()) {
        result.sendContinue = true;
        m_expectContinue = false; // once per request
    }
    // Drop what was consumed; what is left is at most one unfinished line or head.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (finished())
        m_buffer.clear();
    return result;
}

HttpFramer::Step HttpFramer::headStep(Result &result)
{
    // The head ends at the first empty line: "\n\n" or "\n\r\n".
    qsizetype from = m_pos + m_scanned;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', from);
        if (newline < 0)
            break;
        const bool emptyLine = (newline - 1 >= m_pos && m_buffer[newline - 1] == '\n')
                || (newline - 2 >= m_pos && m_buffer[newline - 1] == '\r' && m_buffer[newline - 2] == '\n');
        if (emptyLine) {
            const qsizetype length = newline + 1 - m_pos;
            if (length > m_limits.maxHeaderBytes)
                break;
            const QByteArray head = m_buffer.mid(m_pos, length);
            m_pos += length;
            m_scanned = 0;
            return parseHead(head, result);
        }
        from = newline + 1;
    }
    m_scanned = available();
    if (m_scanned > m_limits.maxHeaderBytes)
        return reject(result, 431, WireText::english(WireTemplate::HeadersTooLarge).arg(m_limits.maxHeaderBytes));
    return Step::NeedMore;
}

HttpFramer::Step HttpFramer::parseHead(const QByteArray &head, Result &result)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the final LF
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "bare CR in request head")));
    }
    lines.removeLast(); // the empty line
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
        || !requestLine[2].startsWith("HTTP/"))
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed request line")));
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    if (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "unsupported HTTP version; use HTTP/1.1")));
    m_request.http10 = requestLine[2] == "HTTP/1.0";
    const QString problem = targetProblem(m_request.target);
    if (!problem.isEmpty())
        return reject(result, 400, problem);

    if (lines.size() - 1 > m_limits.maxHeaderFields)
        return reject(result, 431, WireText::english(WireTemplate::TooManyFields).arg(m_limits.maxHeaderFields));
    qint64 contentLength = -1;
    bool chunked = false;
    bool closeWanted = false;
    bool keepAliveWanted = false;
    bool expectContinue = false;
    bool hostSeen = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines[n];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "obsolete line folding in request head")));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed header line")));
        const QByteArray name = line.left(colon);
        const QByteArray lowerName = name.toLower();
        const QByteArray value = trimmedOws(line.mid(colon + 1));
        if (!isFieldValue(value))
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "invalid character in a header value")));
        if (lowerName == "content-length") {
            bool ok = false;
            const qint64 length = isDigits(value) && value.size() <= 18 ? value.toLongLong(&ok) : -1;
            if (!ok)
                return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed Content-Length")));
            if (contentLength >= 0 && contentLength != length)
                return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "conflicting Content-Length headers")));
            contentLength = length;
        } else if (lowerName == "transfer-encoding") {
            if (value.toLower() != "chunked" || chunked)
                return reject(result, 501, WireText::english(WireTemplate::UnsupportedEncoding)
                                                   .arg(QString::fromLatin1(value.left(64))));
            chunked = true;
        } else if (lowerName == "connection") {
            for (const QByteArray &option : value.toLower().split(',')) {
                const QByteArray word = trimmedOws(option);
                closeWanted = closeWanted || word == "close";
                keepAliveWanted = keepAliveWanted || word == "keep-alive";
            }
        } else if (lowerName == "expect") {
            expectContinue = value.toLower() == "100-continue";
        } else if (lowerName == "upgrade" || lowerName == "keep-alive" || lowerName == "te"
                   || lowerName == "trailer" || lowerName == "proxy-connection") {
            // Hop-by-hop: not part of the canonical form (an Upgrade would make
            // Qt 6.4 run the handler and then its missing handler).
        } else {
            if (lowerName == "host") {
                if (hostSeen)
                    return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "more than one Host header")));
                if (!isValidHost(value))
                    return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed Host header")));
                hostSeen = true;
            }
            m_request.headers.append({name, value});
        }
    }
    if (chunked && m_request.http10)
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "Transfer-Encoding in an HTTP/1.0 request")));
    if (chunked && contentLength >= 0)
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "both Content-Length and Transfer-Encoding")));
    if (contentLength > m_limits.maxBodyBytes)
        return reject(result, 413, WireText::english(WireTemplate::BodyTooLarge).arg(m_limits.maxBodyBytes));
    // The canonical form adds Content-Length and maybe Connection; Qt must see every field.
    m_request.keepAlive = m_request.http10 ? keepAliveWanted && !closeWanted : !closeWanted;
    if (m_request.headers.size() + 1 + (m_request.keepAlive ? 0 : 1) > m_limits.maxHeaderFields)
        return reject(result, 431, WireText::english(WireTemplate::TooManyFields).arg(m_limits.maxHeaderFields));

    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_remaining = contentLength;
        m_state = State::Body;
    } else {
        finishRequest(result);
        return Step::Progress;
    }
    m_expectContinue = expectContinue;
    return Step::Progress;
}

HttpFramer::Step HttpFramer::chunkSizeStep(Result &result)
{
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    if (newline < 0) {
        if (available() > MaxChunkLine)
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "chunk size line too long")));
        return Step::NeedMore;
    }
    QByteArray line = m_buffer.mid(m_pos, newline - m_pos);
    if (line.size() > MaxChunkLine)
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "chunk size line too long")));
    m_pos = newline + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    qsizetype digits = 0;
    while (digits < line.size() && isHexDigit(line[digits]))
        ++digits;
    // After the size only a chunk extension may follow (";name[=value]", which is ignored).
    const QByteArray rest = trimmedOws(line.mid(digits));
    if (digits == 0 || digits > 15 || (!rest.isEmpty() && !rest.startsWith(';')) || !isFieldValue(rest))
        return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed chunk size")));
    const qint64 chunk = line.left(digits).toLongLong(nullptr, 16);
    if (chunk == 0) {
        m_state = State::Trailer;
        return Step::Progress;
    }
    if (m_request.body.size() + chunk > m_limits.maxBodyBytes)
        return reject(result, 413, WireText::english(WireTemplate::BodyTooLarge).arg(m_limits.maxBodyBytes));
    m_remaining = chunk;
    m_state = State::ChunkData;
    return Step::Progress;
}

HttpFramer::Step HttpFramer::trailerStep(Result &result)
{
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        const qsizetype length = newline < 0 ? available() : newline + 1 - m_pos;
        if (m_trailerBytes + length > m_limits.maxHeaderBytes)
            return reject(result, 431,
                          WireText::english(WireTemplate::TrailersTooLarge).arg(m_limits.maxHeaderBytes));
        if (newline < 0)
            return Step::NeedMore;
        QByteArray line = m_buffer.mid(m_pos, newline - m_pos);
        m_pos = newline + 1;
        m_trailerBytes += length;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            finishRequest(result);
            return Step::Progress;
        }
        // Trailer fields are checked like header fields, then dropped.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)) || !isFieldValue(line.mid(colon + 1)))
            return reject(result, 400, WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed trailer field")));
    }
}

} // namespace hookdesk
