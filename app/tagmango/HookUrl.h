// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace hookdesk::HookUrl {

// Reads the public base address a person typed (the tunnel or server address).
// Accepts "example.com" as "https://example.com" and drops trailing slashes; a
// path is kept (a server behind a reverse proxy may serve HookDesk under one).
// Refuses what cannot be a base: other schemes, no host, a query or fragment,
// or a whole hook URL pasted by mistake. False with a sentence in *error.
bool parseBase(const QString &text, QUrl *base, QString *error);

// The base with `hookPath` ("/hooks/<token>") appended.
QUrl join(const QUrl &base, const QString &hookPath);

// True for addresses only this computer (or this network) can reach, such as
// localhost, 127.0.0.1, 10.x or 192.168.x: TagMango's servers cannot call them.
bool isPrivate(const QUrl &url);

// The URL with a hook token shortened to its first characters: tokens are
// secrets and logs keep only enough to recognise them.
QString forLog(const QUrl &url);

} // namespace hookdesk::HookUrl
