// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeQuery.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>

#include <algorithm>

namespace hookdesk {
namespace {

// The person's webinars, from the email indexes of both tables.
const char *const personColumns =
        ", (SELECT count(*) FROM registrations r2 WHERE r2.email_norm = a.email_norm), "
        "(SELECT count(*) FROM attendees a2 WHERE a2.email_norm = a.email_norm)";

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
    row.registeredWebinars = s.int64(11);
    row.attendedWebinars = s.int64(12);
    row.bookedAt = s.text(13);
    row.reminder1DayAt = s.text(14);
    row.reminder30MinAt = s.text(15);
    row.reminder15MinAt = s.text(16);
    return row;
}

void bindAll(SqliteStatement &statement, const QVariantList &values, int *index)
{
    for (const QVariant &value : values)
        statement.bind((*index)++, value);
}

QString fromSource(const AttendeeFilter &filter)
{
    return QStringLiteral(" FROM %1 a").arg(filter.source());
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

QString AttendeeQuery::rowColumns(const AttendeeFilter &filter)
{
    QString columns = QStringLiteral(
            "a.id, a.webinar_id, a.name, a.email, a.phone, a.webinar_title, a.recording_url, "
            "a.first_received_at, a.last_received_at, a.delivery_count, a.is_test");
    columns += QLatin1String(personColumns);
    columns += filter.readsRegistrations()
            ? QStringLiteral(", a.booked_at, a.reminder_1day_at, a.reminder_30min_at, a.reminder_15min_at")
            : QStringLiteral(", NULL, NULL, NULL, NULL");
    return columns;
}

QString AttendeeQuery::countExpression(AttendeeFilter::People people)
{
    using People = AttendeeFilter::People;
    switch (people) {
    case People::Attended:
        return QStringLiteral("w.attendee_count");
    case People::Registered:
        return QStringLiteral("w.registered_count");
    case People::WalkIns:
        return QStringLiteral("(w.attendee_count - w.matched_count)");
    case People::NoShows:
        break;
    }
    return QStringLiteral("(CASE WHEN %1 THEN w.registered_count - w.matched_count ELSE 0 END)")
            .arg(AttendeeFilter::sessionOverSql());
}

QVariantList AttendeeQuery::countBinds(AttendeeFilter::People people)
{
    if (people == AttendeeFilter::People::NoShows)
        return {AttendeeFilter::overCutoff()};
    return {};
}

qint64 AttendeeQuery::total(AttendeeFilter::People people, const QString &webinarId, QString *error)
{
    SqliteStatement statement(m_db, QStringLiteral("SELECT coalesce(sum(%1), 0) FROM webinars w%2")
                                            .arg(countExpression(people),
                                                 webinarId.isEmpty() ? QString()
                                                                     : QStringLiteral(" WHERE w.webinar_id = ?")));
    int index = 1;
    bindAll(statement, countBinds(people), &index);
    if (!webinarId.isEmpty())
        statement.bind(index, webinarId);
    if (!statement.next()) {
        *error = failed(m_db);
        return -1;
    }
    return statement.int64(0);
}

qint64 AttendeeQuery::maxId(const AttendeeFilter &filter, QString *error)
{
    if (!filter.readsRegistrations())
        return maxId(error);
    SqliteStatement statement(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM registrations"));
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
    const QString from = fromSource(filter);
    SqliteStatement statement(m_db, sql.where.isEmpty()
                                      ? QStringLiteral("SELECT count(*)") + from + QStringLiteral(" WHERE a.id > ?")
                                      : QStringLiteral("SELECT count(*)") + from + QStringLiteral(" WHERE a.id > ? AND (")
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
    // the full-text index alone, or the table.
    if (filter.onlyPeopleAndWebinar())
        return total(filter.people, filter.webinarId, error);
    SqliteStatement statement;
    int index = 1;
    const bool fast = !sql.usesSearchIndex || searchIndexComplete();
    if (filter.people == AttendeeFilter::People::Attended && fast && !sql.match.isEmpty()
        && sql.rest.isEmpty()) {
        statement = SqliteStatement(m_db, QStringLiteral(
                "SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH ?"));
        statement.bind(index, sql.match);
    } else {
        statement = SqliteStatement(m_db, QStringLiteral("SELECT count(*)") + fromSource(filter)
                                                  + (sql.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql.where));
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
        if (!runPage(filter, sql, reversed, knownCount - end, int(end - offset), rows, error))
            return false;
        std::reverse(rows->begin(), rows->end());
        return true;
    }
    return runPage(filter, sql, order, offset, limit, rows, error);
}

bool AttendeeQuery::searchIndexComplete()
{
    return m_db.scalar(QStringLiteral(
                   "SELECT (SELECT last_indexed_id FROM search_index_state) "
                   ">= coalesce((SELECT max(id) FROM attendees), 0)"))
            .toBool();
}

bool AttendeeQuery::runPage(const AttendeeFilter &filter, const AttendeeFilter::Sql &sql,
                            const AttendeeOrder &order, qint64 offset, int limit,
                            QList<AttendeeRow> *rows, QString *error)
{
    const QString columns = rowColumns(filter);
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
        text = QStringLiteral("SELECT %1 FROM %4 a %2 ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(columns,
                            sql.rest.isEmpty() ? QString() : QStringLiteral("WHERE ") + sql.rest,
                            orderByClause(order), filter.source());
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
                                            .arg(rowColumns(AttendeeFilter{})));
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
