// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeQuery.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>

#include <algorithm>

namespace hookdesk {
namespace {

const char *const rowColumns =
        "a.id, a.webinar_id, a.name, a.email, a.phone, a.webinar_title, a.recording_url, "
        "a.first_received_at, a.last_received_at, a.delivery_count, a.is_test";

AttendeeRow readRow(const SqliteStatement &s)
{
    AttendeeRow row;
    row.id = s.int64(0);
    row.webinarId = s.text(1);
    row.name = s.text(2);
    row.email = s.text(3);
    row.phone = s.text(4);
    row.webinarTitle = s.text(5);
    row.recordingUrl = s.text(6);
    row.firstReceivedAt = s.text(7);
    row.lastReceivedAt = s.text(8);
    row.deliveryCount = s.int64(9);
    row.isTest = s.int64(10) != 0;
    return row;
}

void bindAll(SqliteStatement &statement, const QVariantList &values, int *index)
{
    for (const QVariant &value : values)
        statement.bind((*index)++, value);
}

bool onlyWebinar(const AttendeeFilter &filter)
{
    return filter.text.trimmed().isEmpty() && !filter.webinarId.isEmpty()
            && !filter.receivedFrom.isValid() && !filter.receivedUntil.isValid()
            && filter.includeTestData;
}

QString failed(SqliteDatabase &db)
{
    return db.lastError().message;
}

} // namespace

qint64 AttendeeQuery::total(QString *error)
{
    SqliteStatement statement(m_db, QStringLiteral(
            "SELECT coalesce(sum(attendee_count), 0) FROM webinars"));
    if (!statement.next()) {
        *error = failed(m_db);
        return -1;
    }
    return statement.int64(0);
}

qint64 AttendeeQuery::maxId(QString *error)
{
    SqliteStatement statement(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM attendees"));
    if (!statement.next()) {
        *error = failed(m_db);
        return -1;
    }
    return statement.int64(0);
}

qint64 AttendeeQuery::countNewer(const AttendeeFilter &filter, qint64 afterId, QString *error)
{
    const AttendeeFilter::Sql sql = filter.toSql();
    if (!sql.error.isEmpty()) {
        *error = sql.error;
        return -1;
    }
    // `where` is valid with or without the search index; the id range keeps
    // the scan to the newcomers.
    SqliteStatement statement(m_db, sql.where.isEmpty()
                                      ? QStringLiteral("SELECT count(*) FROM attendees WHERE id > ?")
                                      : QStringLiteral("SELECT count(*) FROM attendees WHERE id > ? AND (")
                                              + sql.where + QLatin1Char(')'));
    int index = 1;
    statement.bind(index++, afterId);
    bindAll(statement, sql.binds, &index);
    if (!statement.next()) {
        *error = failed(m_db);
        return -1;
    }
    return statement.int64(0);
}

qint64 AttendeeQuery::count(const AttendeeFilter &filter, QString *error)
{
    const AttendeeFilter::Sql sql = filter.toSql();
    if (!sql.error.isEmpty()) {
        *error = sql.error;
        return -1;
    }
    // The cheapest source that gives the exact answer: the webinars' counters,
    // the full-text index alone, or the attendees table.
    if (sql.where.isEmpty())
        return total(error);
    SqliteStatement statement;
    int index = 1;
    const bool fast = !sql.usesSearchIndex || searchIndexComplete();
    if (onlyWebinar(filter)) {
        statement = SqliteStatement(m_db, QStringLiteral(
                "SELECT coalesce((SELECT attendee_count FROM webinars WHERE webinar_id = ?), 0)"));
        statement.bind(index, filter.webinarId);
    } else if (fast && !sql.match.isEmpty() && sql.rest.isEmpty()) {
        statement = SqliteStatement(m_db, QStringLiteral(
                "SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH ?"));
        statement.bind(index, sql.match);
    } else {
        statement = SqliteStatement(m_db, QStringLiteral("SELECT count(*) FROM attendees WHERE ")
                                                  + sql.where);
        bindAll(statement, sql.binds, &index);
    }
    if (!statement.next()) {
        *error = failed(m_db);
        return -1;
    }
    return statement.int64(0);
}

bool AttendeeQuery::page(const AttendeeFilter &filter, const AttendeeOrder &order, qint64 offset,
                         int limit, qint64 knownCount, QList<AttendeeRow> *rows, QString *error)
{
    rows->clear();
    const AttendeeFilter::Sql sql = filter.toSql();
    if (!sql.error.isEmpty()) {
        *error = sql.error;
        return false;
    }
    if (limit <= 0 || offset < 0)
        return true;
    if (knownCount >= 0 && offset > knownCount / 2) {
        // Walk from the far end: the rows [offset, offset + limit) are the last
        // ones of the reversed order, skipping what lies behind them.
        if (offset >= knownCount)
            return true;
        const qint64 end = std::min(knownCount, offset + limit);
        AttendeeOrder reversed = order;
        reversed.descending = !order.descending;
        if (!runPage(sql, reversed, knownCount - end, int(end - offset), rows, error))
            return false;
        std::reverse(rows->begin(), rows->end());
        return true;
    }
    return runPage(sql, order, offset, limit, rows, error);
}

bool AttendeeQuery::searchIndexComplete()
{
    return m_db.scalar(QStringLiteral(
                   "SELECT (SELECT last_indexed_id FROM search_index_state) "
                   ">= coalesce((SELECT max(id) FROM attendees), 0)"))
            .toBool();
}

bool AttendeeQuery::runPage(const AttendeeFilter::Sql &sql, const AttendeeOrder &order,
                            qint64 offset, int limit, QList<AttendeeRow> *rows, QString *error)
{
    const QString columns = QString::fromLatin1(rowColumns);
    const QLatin1String direction(order.descending ? " DESC" : " ASC");
    QString text;
    QVariantList binds;
    if (sql.usesSearchIndex && !searchIndexComplete()) {
        // Right after a burst: the general condition, which scans the tail.
        text = QStringLiteral("SELECT %1 FROM attendees a WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(columns, sql.where, orderByClause(order));
        binds = sql.binds;
        binds << limit << offset;
    } else if (sql.match.isEmpty()) {
        text = QStringLiteral("SELECT %1 FROM attendees a %2 ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(columns,
                            sql.rest.isEmpty() ? QString() : QStringLiteral("WHERE ") + sql.rest,
                            orderByClause(order));
        binds = sql.restBinds;
        binds << limit << offset;
    } else if (sql.rest.isEmpty() && order.key == AttendeeOrder::Key::Received) {
        // The index alone picks and orders the page; only its rows are read.
        text = QStringLiteral("SELECT %1 FROM attendees a WHERE a.id IN (SELECT rowid FROM "
                              "attendees_fts WHERE attendees_fts MATCH ? ORDER BY rowid%2 "
                              "LIMIT ? OFFSET ?) ORDER BY a.id%2")
                       .arg(columns, direction);
        binds << sql.match << limit << offset;
    } else {
        // The index drives the loop; the subquery keeps its column names (name,
        // email, ...) out of the other conditions' way.
        const QString ordering = order.key == AttendeeOrder::Key::Received
                ? QStringLiteral("f.fid") + direction
                : orderByClause(order);
        text = QStringLiteral("SELECT %1 FROM (SELECT rowid AS fid FROM attendees_fts WHERE "
                              "attendees_fts MATCH ?) f JOIN attendees a ON a.id = f.fid %2 "
                              "ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(columns,
                            sql.rest.isEmpty() ? QString() : QStringLiteral("WHERE ") + sql.rest,
                            ordering);
        binds << sql.match;
        binds += sql.restBinds;
        binds << limit << offset;
    }
    SqliteStatement statement(m_db, text);
    int index = 1;
    bindAll(statement, binds, &index);
    rows->reserve(limit);
    while (statement.next())
        rows->append(readRow(statement));
    if (statement.hasError()) {
        *error = failed(m_db);
        rows->clear();
        return false;
    }
    return true;
}

std::optional<AttendeeRow> AttendeeQuery::find(qint64 id)
{
    SqliteStatement statement(m_db, QStringLiteral("SELECT %1 FROM attendees a WHERE a.id = ?")
                                            .arg(QString::fromLatin1(rowColumns)));
    statement.bind(1, id);
    if (!statement.next())
        return std::nullopt;
    return readRow(statement);
}

// Each order has a matching index (schema v3).
QString AttendeeQuery::orderByClause(const AttendeeOrder &order)
{
    const QLatin1String direction(order.descending ? " DESC" : " ASC");
    QString key;
    switch (order.key) {
    case AttendeeOrder::Key::Received:
        return QStringLiteral("a.id") + direction;
    case AttendeeOrder::Key::Name:
        key = QStringLiteral("a.name COLLATE NOCASE");
        break;
    case AttendeeOrder::Key::Email:
        key = QStringLiteral("a.email_norm");
        break;
    case AttendeeOrder::Key::Phone:
        key = QStringLiteral("a.phone");
        break;
    case AttendeeOrder::Key::Webinar:
        key = QStringLiteral("a.webinar_title COLLATE NOCASE");
        break;
    case AttendeeOrder::Key::Deliveries:
        key = QStringLiteral("a.delivery_count");
        break;
    }
    return key + direction + QStringLiteral(", a.id") + direction;
}

} // namespace hookdesk
