// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <optional>

namespace hookdesk {

class SqliteDatabase;

// Which rows of the delivery log to show. Every part is optional; all that are
// set must hold.
struct DeliveryFilter
{
    enum class Status {
        Any,
        Accepted, // answered below 400: stored, duplicate, logged
        Refused,  // answered 400 or above
        Exact,    // answered `exactStatus`
    };
    Status status = Status::Any;
    int exactStatus = 0;
    // The hook the request was sent to: 0 any, NoHook for requests that named no
    // known hook (unknown token, another path, refused before routing).
    static constexpr qint64 NoHook = -1;
    qint64 subscriptionId = 0;
    QDateTime from;  // inclusive; invalid for no lower bound
    QDateTime until; // exclusive; invalid for no upper bound

    struct Sql
    {
        QString where;      // "" or a condition to put after WHERE
        QVariantList binds; // in the order of the ? in `where`
    };
    Sql toSql() const;

    bool operator==(const DeliveryFilter &other) const
    {
        return status == other.status && exactStatus == other.exactStatus
                && subscriptionId == other.subscriptionId && from == other.from
                && until == other.until;
    }
    bool operator!=(const DeliveryFilter &other) const { return !(*this == other); }
};

// One request in the delivery log, without its headers and body.
struct DeliveryRow
{
    qint64 id = 0;
    QDateTime receivedAt; // UTC
    QString remote;
    QString forwardedFor;      // the client a tunnel or proxy named (cf-connecting-ip, x-forwarded-for)
    qint64 subscriptionId = 0; // 0: no known hook
    QString method;
    QString path;      // the token is shortened when stored
    int status = 0;
    QString outcome;   // stored, duplicate, logged, rejected
    QString reason;
    qint64 bodySize = 0;
    qint64 attendeeId = 0;

    bool isRefused() const { return status >= 400; }
};

// One request with what was kept of it.
struct DeliveryDetail
{
    DeliveryRow row;
    QByteArray headersJson; // a JSON object; secret values were masked before storing
    QByteArray body;        // the first bytes (16 KiB by default)

    bool isBodyTruncated() const { return body.size() < row.bodySize; }
    // The request's content type from the stored headers ("" if none).
    QString contentType() const;
};

// Requests that arrived in one minute.
struct MinuteCount
{
    QDateTime minute; // UTC, seconds zero
    int accepted = 0;
    int refused = 0;
};

// Refused requests grouped by their answer.
struct RefusalCount
{
    int status = 0;
    QString reason;
    qint64 count = 0;
};

// Reads the delivery log on the caller's connection (a reader's). Newest first;
// paging is by id, so a page costs the same however far down the log it is.
namespace DeliveryQuery {

// Rows older than `beforeId` (0: from the newest), at most `limit`.
QList<DeliveryRow> page(SqliteDatabase &db, const DeliveryFilter &filter, qint64 beforeId,
                        int limit, QString *error);
// Rows newer than `afterId`, newest first, at most `limit`.
QList<DeliveryRow> newer(SqliteDatabase &db, const DeliveryFilter &filter, qint64 afterId,
                         int limit, QString *error);
// -1 with `error` set on failure.
qint64 count(SqliteDatabase &db, const DeliveryFilter &filter, QString *error);
std::optional<DeliveryDetail> detail(SqliteDatabase &db, qint64 id, QString *error);
// `minutes` entries ending with the minute that holds `now`, oldest first; minutes
// without requests are there with zero counts.
QList<MinuteCount> perMinute(SqliteDatabase &db, const QDateTime &now, int minutes,
                             QString *error);
// Refused requests received in [from, until), most frequent first.
QList<RefusalCount> refusals(SqliteDatabase &db, const QDateTime &from, const QDateTime &until,
                             int limit, QString *error);

} // namespace DeliveryQuery
} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::DeliveryRow)
