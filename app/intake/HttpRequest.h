// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace hookdesk {

// One request as HttpFramer accepted it: framing already decided, body de-chunked.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;     // origin-form, checked by the framer
    bool http10 = false;
    QList<QPair<QByteArray, QByteArray>> headers; // minus the framing and hop-by-hop fields
    QByteArray body;
    bool keepAlive = true; // the connection may carry another request after this one

    // The one form QHttpServer ever sees: HTTP/1.1, CRLF line ends, Content-Length
    // framing, no Upgrade, "Connection: close" when the connection ends here. Qt's
    // parser frames these bytes exactly as HttpFramer did.
    QByteArray canonical() const;
};

} // namespace hookdesk
