// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hookdesk {

// A complete HTTP/1.1 response with a JSON body, serialised into one buffer so it
// leaves in one socket write. Every answer of the listener is one of these.
struct JsonAnswer
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    bool close = false; // adds "Connection: close"
    // Why, for the delivery log (never sent): error() sets the message it sends;
    // a caller may say more here than the sender is told.
    QString reason;

    static JsonAnswer ok(int code, const QString &statusWord);
    static JsonAnswer error(int code, const QString &message, const QString &field = QString());

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace hookdesk
