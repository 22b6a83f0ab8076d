// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendeeFilter.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace hookdesk {

class SqliteDatabase;

// One attendee as the attendee table shows it.
struct AttendeeRow
{
    qint64 id = 0;
    QString webinarId;
    QString name;
    QString email;
    QString phone;
    QString webinarTitle;
    QString recordingUrl;
    QString firstReceivedAt; // ISO 8601 UTC, as stored
    QString lastReceivedAt;
    qint64 deliveryCount = 0;
    bool isTest = false;
    // The person across the creator's webinars (same normalised email).
    qint64 registeredWebinars = 0;
    qint64 attendedWebinars = 0;
    // A registration row (AttendeeFilter::readsRegistrations): which calls said
    // so, ISO 8601 UTC or "" (firstReceivedAt is then when it was first heard of).
    QString bookedAt;
    QString reminder1DayAt;
    QString reminder30MinAt;
    QString reminder15MinAt;
};

// What the rows are ordered by; ties are broken by arrival order, so every order
// is total and paging never skips or repeats a row. `Received` is the order of
// arrival (the row id): the writer assigns ids in the order deliveries reach it,
// which is the order of first_received_at, and the full-text index can hand out
// matches in rowid order without sorting them.
struct AttendeeOrder
{
    enum class Key { Received, Name, Email, Phone, Webinar, Deliveries };
    Key key = Key::Received;
    bool descending = true;

    bool operator==(const AttendeeOrder &other) const
    {
        return key == other.key && descending == other.descending;
    }
};

// Reads attendees for one reader connection: how many a filter lets through and
// any page of them in any order. Everything happens in SQL (parameterised), so the
// cost of a page depends on its size, not on the number of attendees.
class AttendeeQuery
{
public:
    explicit AttendeeQuery(SqliteDatabase &db) : m_db(db) { }

    // Attendees the filter lets through; -1 with `error` set on failure.
    qint64 count(const AttendeeFilter &filter, QString *error);
    // Every attendee, summed from the webinars' counters (cheap at any size).
    qint64 total(QString *error);
    // Every row of `people` (in one webinar, or all when webinarId is empty),
    // from the webinars' counters.
    qint64 total(AttendeeFilter::People people, const QString &webinarId, QString *error);
    // The newest attendee's id (0 when there is none); -1 on failure.
    qint64 maxId(QString *error);
    // The newest row id of the filter's source (attendees or registrations).
    qint64 maxId(const AttendeeFilter &filter, QString *error);
    // Attendees the filter lets through that arrived after `afterId` (a range
    // of the newest ids, so cheap); an empty filter counts every newcomer.
    qint64 countNewer(const AttendeeFilter &filter, qint64 afterId, QString *error);

    // Rows [offset, offset + limit) of the filtered, ordered attendees. When the
    // caller knows the filtered count (else -1), a page past the middle is read
    // from the far end, which halves the worst OFFSET walk.
    bool page(const AttendeeFilter &filter, const AttendeeOrder &order, qint64 offset, int limit,
              qint64 knownCount, QList<AttendeeRow> *rows, QString *error);

    std::optional<AttendeeRow> find(qint64 id);
    // The SQL expression, over webinars under alias `w`, that counts `people`
    // (binds: countBinds()).
    static QString countExpression(AttendeeFilter::People people);
    static QVariantList countBinds(AttendeeFilter::People people);
    // The columns readRow() reads, for the filter's source under alias `a`.
    static QString rowColumns(const AttendeeFilter &filter);

    // The ORDER BY terms (without the keywords) for `order` over the
    // attendees table under alias `a`; each has a matching index.
    static QString orderByClause(const AttendeeOrder &order);

    // True when the search index covers every attendee (the writer indexes new
    // ones when it is idle); until then queries with text terms take the
    // general path, which also scans the not yet indexed tail.
    bool searchIndexComplete();

private:
    bool runPage(const AttendeeFilter &filter, const AttendeeFilter::Sql &sql,
                 const AttendeeOrder &order, qint64 offset, int limit, QList<AttendeeRow> *rows,
                 QString *error);

    SqliteDatabase &m_db;
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::AttendeeRow)
