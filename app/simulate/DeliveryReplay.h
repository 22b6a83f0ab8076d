// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliveryQuery.h"
#include "store/HookRepository.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace hookdesk {

// A stored delivery, sent again: to HookDesk's own listener ("replay"), or by
// hand from a terminal ("copy as curl").
namespace DeliveryReplay {

struct Request
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// The request that sends `delivery` again to `hook` on the listener at
// `localBaseUrl` (http://127.0.0.1:8787): the stored body with its content type,
// plus what the hook's verification demands (its header secret, a fresh
// Standard Webhooks signature). std::nullopt with `error` set when the delivery
// cannot be replayed faithfully (no known hook, body cut short in the log).
std::optional<Request> prepare(const DeliveryDetail &delivery, const std::optional<Hook> &hook,
                               const QUrl &localBaseUrl, const QDateTime &now, QString *error);

// A curl command that sends the delivery again: its method, its headers except
// those whose values were masked as secrets and those curl sets itself, and its
// body, all quoted for a POSIX shell (a body with NUL bytes is piped in by
// printf, since no shell word can hold one). The hook token is left as a placeholder,
// TOKEN, so the command can be shared without giving the hook away.
QString curlCommand(const DeliveryDetail &delivery, const QString &localBaseUrl);

// `text` as one word for a POSIX shell: '…' with embedded quotes escaped, or
// bash's $'…' when it holds bytes a terminal cannot paste (control characters,
// invalid UTF-8). NUL cannot be part of a shell word at all.
QString shellQuote(const QByteArray &text);

} // namespace DeliveryReplay
} // namespace hookdesk
