// SPDX-License-Identifier: GPL-3.0-or-later
#include "HookRepository.h"

#include "core/Clock.h"
#include "Records.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace hookdesk::HookRepository {
namespace {

const char *const selectColumns =
        "SELECT id, token, event, webinar_filter, hook_url, api_base, created_at, retired_at, "
        "response_status, response_body, last_delivery_at, delivery_count, verify_header, "
        "verify_header_secret, hmac_secret FROM subscriptions ";

QDateTime parseTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Hook readHook(const SqliteStatement &row)
{
    Hook hook;
    hook.id = row.int64(0);
    hook.token = row.text(1);
    hook.event = row.text(2);
    hook.webinarFilter = row.text(3);
    hook.hookUrl = row.text(4);
    hook.apiBase = row.text(5);
    hook.createdAt = parseTime(row.text(6));
    hook.retiredAt = parseTime(row.text(7));
    hook.responseStatus = int(row.int64(8));
    hook.responseBody = row.text(9);
    hook.lastDeliveryAt = parseTime(row.text(10));
    hook.deliveryCount = row.int64(11);
    hook.verifyHeader = row.blob(12);
    hook.verifyHeaderSecret = row.blob(13);
    hook.hmacSecret = row.blob(14);
    return hook;
}

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HookRepository)
};

} // namespace

QString newToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Hook> add(SqliteDatabase &db, const QString &event, const QString &webinarFilter,
                        QString *error)
{
    return add(db, HookOptions{event, webinarFilter, {}, {}, {}}, error);
}

std::optional<Hook> add(SqliteDatabase &db, const HookOptions &options, QString *error)
{
    return addWithToken(db, newToken(), options, error);
}

std::optional<Hook> addWithToken(SqliteDatabase &db, const QString &token,
                                 const HookOptions &options, QString *error)
{
    if (token.size() < 22) { // 128 bits in base64url
        *error = Text::tr("cannot add the hook: the token is too short to be secret");
        return std::nullopt;
    }
    const QString &event = options.event;
    const QString webinarFilter = options.webinarFilter;
    SqliteStatement insert(db, QStringLiteral(
            "INSERT INTO subscriptions (token, event, webinar_filter, created_at, verify_header, "
            "verify_header_secret, hmac_secret) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QDateTime now = Clock::currentDateTimeUtc();
    insert.bind(1, token);
    insert.bind(2, event);
    insert.bind(3, webinarFilter.trimmed());
    insert.bind(4, isoTimestamp(now));
    insert.bind(5, options.verifyHeader.toLower());
    insert.bind(6, options.verifyHeaderSecret);
    insert.bind(7, options.hmacSecret);
    if (!insert.next()) {
        *error = Text::tr("cannot add the hook: %1").arg(db.lastError().message);
        return std::nullopt;
    }
    Hook hook;
    hook.id = insert.int64(0);
    insert.run();
    hook.token = token;
    hook.event = event;
    hook.webinarFilter = webinarFilter.trimmed();
    hook.createdAt = now;
    hook.verifyHeader = options.verifyHeader.toLower();
    hook.verifyHeaderSecret = options.verifyHeaderSecret;
    hook.hmacSecret = options.hmacSecret;
    return hook;
}

QList<Hook> list(SqliteDatabase &db, QString *error)
{
    QList<Hook> hooks;
    SqliteStatement select(db, QString::fromLatin1(selectColumns) + QStringLiteral("ORDER BY id"));
    while (select.next())
        hooks.append(readHook(select));
    if (select.hasError())
        *error = Text::tr("cannot list hooks: %1").arg(db.lastError().message);
    return hooks;
}

std::optional<Hook> findByToken(SqliteDatabase &db, const QString &token)
{
    SqliteStatement select(db, QString::fromLatin1(selectColumns) + QStringLiteral("WHERE token = ?"));
    select.bind(1, token);
    if (select.next())
        return readHook(select);
    return std::nullopt;
}

bool retire(SqliteDatabase &db, const QString &tokenOrPrefix, QString *error)
{
    QString token = tokenOrPrefix.trimmed();
    if (token.startsWith(QLatin1String("/hooks/")))
        token = token.mid(7);
    if (token.isEmpty()) {
        *error = Text::tr("no token given");
        return false;
    }
    SqliteStatement match(db, QStringLiteral("SELECT token FROM subscriptions WHERE token = ?1 "
                                             "OR substr(token, 1, length(?1)) = ?1 LIMIT 2"));
    match.bind(1, token);
    QStringList found;
    while (match.next())
        found.append(match.text(0));
    if (found.isEmpty()) {
        *error = Text::tr("no hook with token %1").arg(token);
        return false;
    }
    if (found.size() > 1 && !found.contains(token)) {
        *error = Text::tr("token prefix %1 matches several hooks; give more of it").arg(token);
        return false;
    }
    const QString exact = found.contains(token) ? token : found.first();
    SqliteStatement update(db, QStringLiteral("UPDATE subscriptions SET retired_at = ? "
                                              "WHERE token = ? AND retired_at IS NULL"));
    update.bind(1, isoTimestamp(Clock::currentDateTimeUtc()));
    update.bind(2, exact);
    if (!update.run()) {
        *error = Text::tr("cannot retire the hook: %1").arg(db.lastError().message);
        return false;
    }
    if (db.changes() == 0) {
        *error = Text::tr("the hook %1 is already retired").arg(exact.left(8));
        return false;
    }
    return true;
}

bool recordRegistration(SqliteDatabase &db, qint64 id, const QString &hookUrl,
                        const QString &apiBase, int status, const QString &body, QString *error)
{
    SqliteStatement update(db, QStringLiteral(
            "UPDATE subscriptions SET hook_url = ?, api_base = ?, response_status = ?, "
            "response_body = ? WHERE id = ?"));
    update.bind(1, hookUrl);
    update.bind(2, apiBase);
    update.bind(3, status);
    update.bind(4, body);
    update.bind(5, id);
    if (!update.run()) {
        *error = Text::tr("cannot record the registration: %1").arg(db.lastError().message);
        return false;
    }
    return true;
}

std::optional<Hook> callingHook(const QList<Hook> &hooks, const QString &event)
{
    // Higher is better; ties go to the newer hook (the list is oldest first).
    const auto rank = [](const Hook &hook) {
        if (hook.deliveryCount > 0)
            return 3;
        if (!hook.apiBase.isEmpty() && !hook.registrationFailed())
            return 2;
        return hook.registrationFailed() ? 0 : 1;
    };
    std::optional<Hook> best;
    for (const Hook &hook : hooks) {
        if (hook.isRetired() || hook.event != event)
            continue;
        if (!best) {
            best = hook;
            continue;
        }
        const int r = rank(hook);
        const int b = rank(*best);
        if (r > b || (r == b && (r != 3 || hook.lastDeliveryAt >= best->lastDeliveryAt)))
            best = hook;
    }
    return best;
}

} // namespace hookdesk::HookRepository
