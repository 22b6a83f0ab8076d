// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebinarQuery.h"

#include "SqliteDatabase.h"

namespace hookdesk::WebinarQuery {

QList<WebinarRow> list(SqliteDatabase &db, QString *error)
{
    QList<WebinarRow> webinars;
    SqliteStatement statement(db, QStringLiteral(
            "SELECT webinar_id, title, recording_url, attendee_count, first_received_at, "
            "last_received_at FROM webinars ORDER BY last_received_at DESC, webinar_id"));
    while (statement.next()) {
        WebinarRow row;
        row.webinarId = statement.text(0);
        row.title = statement.text(1);
        row.recordingUrl = statement.text(2);
        row.attendeeCount = statement.int64(3);
        row.firstReceivedAt = statement.text(4);
        row.lastReceivedAt = statement.text(5);
        webinars.append(row);
    }
    if (statement.hasError()) {
        *error = db.lastError().message;
        webinars.clear();
    }
    return webinars;
}

} // namespace hookdesk::WebinarQuery
