// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace hookdesk {

class SqliteDatabase;

// One webinar as the webinar list shows it (the `webinars` table, kept current
// by triggers on attendees).
struct WebinarRow
{
    QString webinarId;
    QString title;
    QString recordingUrl;
    qint64 attendeeCount = 0;
    QString firstReceivedAt; // ISO 8601 UTC
    QString lastReceivedAt;
};

namespace WebinarQuery {

// Every webinar, the one with the newest attendee first.
QList<WebinarRow> list(SqliteDatabase &db, QString *error);

} // namespace WebinarQuery
} // namespace hookdesk
