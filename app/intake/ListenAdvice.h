// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QString>

namespace hookdesk::ListenAdvice {

// Who reads the advice: the window (fields to change) or a terminal (options).
enum class Audience { Window, CommandLine };

// What went wrong when the listener could not open `address`:`port`, and what to
// do about it, in a sentence or two for people. Empty for errors without advice.
QString forError(QAbstractSocket::SocketError error, const QHostAddress &address, quint16 port,
                 Audience audience);

} // namespace hookdesk::ListenAdvice
