// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace hookdesk {

class SqliteDatabase;

// The numbers a status line shows, each cheap to read at any database size.
struct StoreTotals
{
    qint64 attendees = 0;
    qint64 webinars = 0;
    qint64 rejectedSince = 0; // refused requests (4xx) in the delivery log since `since`

    static bool read(SqliteDatabase &db, const QDateTime &since, StoreTotals *totals,
                     QString *error);
};

} // namespace hookdesk
