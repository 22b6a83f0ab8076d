// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryQuery.h"

#include "Records.h"
#include "SqliteDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookdesk {
namespace {

// A tunnel (cloudflared, ngrok) connects from this computer; the headers it adds
// name the real client.
const QString rowColumns = QStringLiteral(
        "id, received_at, remote, coalesce(subscription_id, 0), method, path, status, outcome, "
        "reason, body_size, coalesce(attendee_id, 0), "
        "CASE WHEN json_valid(headers) THEN coalesce(json_extract(headers, '$.\"cf-connecting-ip\"'), "
        "json_extract(headers, '$.\"x-real-ip\"'), json_extract(headers, '$.\"x-forwarded-for\"')) END");

DeliveryRow readRow(const SqliteStatement &s)
{
    DeliveryRow row;
    row.id = s.int64(0);
    row.receivedAt = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    row.receivedAt.setTimeSpec(Qt::UTC);
    row.remote = s.text(2);
    row.subscriptionId = s.int64(3);
    row.method = s.text(4);
    row.path = s.text(5);
    row.status = int(s.int64(6));
    row.outcome = s.text(7);
    row.reason = s.text(8);
    row.bodySize = s.int64(9);
    row.attendeeId = s.int64(10);
    // "client, proxy1, proxy2": the first is the client.
    row.forwardedFor = s.text(11).section(QLatin1Char(','), 0, 0).trimmed().left(64);
    return row;
}

QList<DeliveryRow> rows(SqliteDatabase &db, const DeliveryFilter &filter, const QString &idCondition,
                        qint64 id, const QString &order, int limit, QString *error)
{
    DeliveryFilter::Sql sql = filter.toSql();
    QStringList conditions;
    if (!sql.where.isEmpty())
        conditions.append(sql.where);
    if (!idCondition.isEmpty()) {
        conditions.append(idCondition);
        sql.binds.append(id);
    }
    const QString where = conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    SqliteStatement s(db, QStringLiteral("SELECT %1 FROM deliveries%2 ORDER BY id %3 LIMIT ?")
                                  .arg(rowColumns, where, order));
    QList<DeliveryRow> result;
    if (!s.isValid()) {
        *error = db.lastError().message;
        return result;
    }
    int index = 1;
    for (const QVariant &bind : std::as_const(sql.binds))
        s.bind(index++, bind);
    s.bind(index, limit);
    while (s.next())
        result.append(readRow(s));
    if (s.hasError())
        *error = db.lastError().message;
    return result;
}

} // namespace

DeliveryFilter::Sql DeliveryFilter::toSql() const
{
    Sql sql;
    QStringList conditions;
    switch (status) {
    case Status::Any:
        break;
    case Status::Accepted:
        conditions.append(QStringLiteral("status < 400"));
        break;
    case Status::Refused:
        conditions.append(QStringLiteral("status >= 400"));
        break;
    case Status::Exact:
        conditions.append(QStringLiteral("status = ?"));
        sql.binds.append(exactStatus);
        break;
    }
    if (subscriptionId == NoHook) {
        conditions.append(QStringLiteral("subscription_id IS NULL"));
    } else if (subscriptionId > 0) {
        conditions.append(QStringLiteral("subscription_id = ?"));
        sql.binds.append(subscriptionId);
    }
    // received_at is ISO 8601 UTC text: comparing text compares times.
    if (from.isValid()) {
        conditions.append(QStringLiteral("received_at >= ?"));
        sql.binds.append(isoTimestamp(from));
    }
    if (until.isValid()) {
        conditions.append(QStringLiteral("received_at < ?"));
        sql.binds.append(isoTimestamp(until));
    }
    sql.where = conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString DeliveryDetail::contentType() const
{
    const QJsonObject headers = QJsonDocument::fromJson(headersJson).object();
    return headers.value(QStringLiteral("content-type")).toString();
}

namespace DeliveryQuery {

QList<DeliveryRow> page(SqliteDatabase &db, const DeliveryFilter &filter, qint64 beforeId,
                        int limit, QString *error)
{
    return rows(db, filter, beforeId > 0 ? QStringLiteral("id < ?") : QString(), beforeId,
                QStringLiteral("DESC"), limit, error);
}

QList<DeliveryRow> newer(SqliteDatabase &db, const DeliveryFilter &filter, qint64 afterId,
                         int limit, QString *error)
{
    return rows(db, filter, QStringLiteral("id > ?"), afterId, QStringLiteral("DESC"), limit, error);
}

qint64 count(SqliteDatabase &db, const DeliveryFilter &filter, QString *error)
{
    const DeliveryFilter::Sql sql = filter.toSql();
    SqliteStatement s(db, QStringLiteral("SELECT count(*) FROM deliveries%1")
                                  .arg(sql.where.isEmpty() ? QString()
                                                           : QStringLiteral(" WHERE ") + sql.where));
    if (!s.isValid()) {
        *error = db.lastError().message;
        return -1;
    }
    int index = 1;
    for (const QVariant &bind : sql.binds)
        s.bind(index++, bind);
    if (!s.next()) {
        *error = db.lastError().message;
        return -1;
    }
    return s.int64(0);
}

std::optional<DeliveryDetail> detail(SqliteDatabase &db, qint64 id, QString *error)
{
    SqliteStatement s(db, QStringLiteral("SELECT %1, headers, body FROM deliveries WHERE id = ?")
                                  .arg(rowColumns));
    if (!s.isValid()) {
        *error = db.lastError().message;
        return std::nullopt;
    }
    s.bind(1, id);
    if (!s.next()) {
        if (s.hasError())
            *error = db.lastError().message;
        return std::nullopt;
    }
    DeliveryDetail detail;
    detail.row = readRow(s);
    detail.headersJson = s.blob(12);
    detail.body = s.blob(13);
    return detail;
}

QList<MinuteCount> perMinute(SqliteDatabase &db, const QDateTime &now, int minutes, QString *error)
{
    QDateTime last = now.toUTC();
    last.setTime(QTime(last.time().hour(), last.time().minute()));
    const QDateTime first = last.addSecs(-60 * qint64(minutes - 1));
    QList<MinuteCount> result;
    result.reserve(minutes);
    for (int i = 0; i < minutes; ++i)
        result.append(MinuteCount{first.addSecs(60 * qint64(i)), 0, 0});

    // "2026-01-05T09:41" is the minute of a timestamp; the received_at index
    // limits the scan to the last `minutes` minutes.
    SqliteStatement s(db, QStringLiteral(
            "SELECT substr(received_at, 1, 16) AS minute, sum(status < 400), sum(status >= 400) "
            "FROM deliveries WHERE received_at >= ? AND received_at < ? GROUP BY minute"));
    if (!s.isValid()) {
        *error = db.lastError().message;
        return result;
    }
    s.bind(1, isoTimestamp(first));
    s.bind(2, isoTimestamp(last.addSecs(60)));
    while (s.next()) {
        QDateTime minute = QDateTime::fromString(s.text(0) + QStringLiteral(":00Z"), Qt::ISODate);
        const qint64 index = first.secsTo(minute) / 60;
        if (index >= 0 && index < minutes) {
            result[index].accepted = int(s.int64(1));
            result[index].refused = int(s.int64(2));
        }
    }
    if (s.hasError())
        *error = db.lastError().message;
    return result;
}

QList<RefusalCount> refusals(SqliteDatabase &db, const QDateTime &from, const QDateTime &until,
                             int limit, QString *error)
{
    SqliteStatement s(db, QStringLiteral(
            "SELECT status, reason, count(*) AS n FROM deliveries "
            "WHERE received_at >= ? AND received_at < ? AND status >= 400 "
            "GROUP BY status, reason ORDER BY n DESC, status LIMIT ?"));
    QList<RefusalCount> result;
    if (!s.isValid()) {
        *error = db.lastError().message;
        return result;
    }
    s.bind(1, isoTimestamp(from));
    s.bind(2, isoTimestamp(until));
    s.bind(3, limit);
    while (s.next())
        result.append(RefusalCount{int(s.int64(0)), s.text(1), s.int64(2)});
    if (s.hasError())
        *error = db.lastError().message;
    return result;
}

} // namespace DeliveryQuery
} // namespace hookdesk
