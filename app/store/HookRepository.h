// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hookdesk {

class SqliteDatabase;

// A receiving URL: POST /hooks/<token>. The token picks the event kind, since
// TagMango's payloads do not name their event.
struct Hook
{
    qint64 id = 0;
    QString token;
    QString event;
    QString webinarFilter;
    QString hookUrl;
    QString apiBase;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while active
    int responseStatus = 0;
    QString responseBody;
    QDateTime lastDeliveryAt;
    qint64 deliveryCount = 0;
    // Optional verification (secrets; never logged or shown).
    QByteArray verifyHeader;       // lower-case header name
    QByteArray verifyHeaderSecret;
    QByteArray hmacSecret;         // "whsec_<base64>"

    bool isRetired() const { return retiredAt.isValid(); }
    // HookDesk asked TagMango to register it and TagMango did not say yes
    // (refused, or no answer): a draft TagMango is not known to call.
    bool registrationFailed() const
    {
        return !apiBase.isEmpty() && !(responseStatus >= 200 && responseStatus < 300);
    }
    QString path() const { return QStringLiteral("/hooks/") + token; }
};

// Hook rows in the subscriptions table. Stateless: every call takes the
// connection of the calling thread.
namespace HookRepository {

// 192 random bits from the system generator, base64url without padding.
QString newToken();

struct HookOptions
{
    QString event;
    QString webinarFilter;
    QByteArray verifyHeader;
    QByteArray verifyHeaderSecret;
    QByteArray hmacSecret;
};

std::optional<Hook> add(SqliteDatabase &db, const QString &event, const QString &webinarFilter,
                        QString *error);
std::optional<Hook> add(SqliteDatabase &db, const HookOptions &options, QString *error);
// As add(), with a token chosen beforehand (from newToken()) so the URL can be
// shown before the hook exists.
std::optional<Hook> addWithToken(SqliteDatabase &db, const QString &token,
                                 const HookOptions &options, QString *error);
QList<Hook> list(SqliteDatabase &db, QString *error);
std::optional<Hook> findByToken(SqliteDatabase &db, const QString &token);
// Retires the hook with this token (or this unambiguous prefix of one).
bool retire(SqliteDatabase &db, const QString &tokenOrPrefix, QString *error);
// Of the active hooks for `event`, the one TagMango calls, to show as "the"
// hook URL: the one with the latest delivery; else the newest one TagMango
// accepted; else the newest one made outside a Subscribe (first start,
// `hook add`); a failed registration only when nothing else is left.
// Deliveries decide first because they are what TagMango really does.
std::optional<Hook> callingHook(const QList<Hook> &hooks, const QString &event);

bool recordRegistration(SqliteDatabase &db, qint64 id, const QString &hookUrl,
                        const QString &apiBase, int status, const QString &body, QString *error);

} // namespace HookRepository
} // namespace hookdesk
