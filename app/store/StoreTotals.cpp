// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTotals.h"

#include "Records.h"
#include "SqliteDatabase.h"

namespace hookdesk {

bool StoreTotals::read(SqliteDatabase &db, const QDateTime &since, StoreTotals *totals,
                       QString *error)
{
    SqliteStatement counts(db, QStringLiteral(
            "SELECT coalesce(sum(attendee_count), 0), count(*) FROM webinars"));
    if (!counts.next()) {
        *error = db.lastError().message;
        return false;
    }
    totals->attendees = counts.int64(0);
    totals->webinars = counts.int64(1);

    // The delivery log is indexed by received_at, so this reads today's rows only.
    SqliteStatement rejected(db, QStringLiteral(
            "SELECT count(*) FROM deliveries WHERE received_at >= ? AND status BETWEEN 400 AND 499"));
    rejected.bind(1, isoTimestamp(since));
    if (!rejected.next()) {
        *error = db.lastError().message;
        return false;
    }
    totals->rejectedSince = rejected.int64(0);
    return true;
}

} // namespace hookdesk
