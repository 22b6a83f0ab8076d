// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

namespace hookdesk {

QByteArray HttpRequest::canonical() const
{
    QByteArray out;
    out.reserve(128 + body.size() + headers.size() * 48);
    out += method;
    out += ' ';
    out += target;
    out += " HTTP/1.1\r\n";
    // The framing fields come first so that they can never be the ones past a
    // parser's field-count limit.
    out += "Content-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    for (const auto &header : headers) {
        out += header.first;
        out += ": ";
        out += header.second;
        out += "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

} // namespace hookdesk
