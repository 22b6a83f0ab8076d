// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebinarQuery.h"

#include "AttendeeFilter.h"
#include "SqliteDatabase.h"

namespace hookdesk::WebinarQuery {

QList<WebinarRow> list(SqliteDatabase &db, QString *error)
{
    QList<WebinarRow> webinars;
    SqliteStatement statement(db, QStringLiteral(
            "SELECT w.webinar_id, w.title, w.recording_url, w.attendee_count, w.first_received_at, "
            "w.last_received_at, coalesce(w.starts_at, ''), coalesce(w.ends_at, ''), w.meeting_url, "
            "w.registered_count, w.matched_count, %1 "
            "FROM webinars w ORDER BY w.last_received_at DESC, w.webinar_id")
                                          .arg(AttendeeFilter::sessionOverSql()));
    statement.bind(1, AttendeeFilter::overCutoff());
    while (statement.next()) {
        WebinarRow row;
        row.webinarId = statement.text(0);
        row.title = statement.text(1);
        row.recordingUrl = statement.text(2);
        row.attendeeCount = statement.int64(3);
        row.firstReceivedAt = statement.text(4);
        row.lastReceivedAt = statement.text(5);
        row.startsAt = statement.text(6);
        row.endsAt = statement.text(7);
        row.meetingUrl = statement.text(8);
        row.registeredCount = statement.int64(9);
        row.matchedCount = statement.int64(10);
        row.over = statement.int64(11) != 0;
        webinars.append(row);
    }
    if (statement.hasError()) {
        *error = db.lastError().message;
        webinars.clear();
    }
    return webinars;
}

QString rateText(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 1) : QString();
}

} // namespace hookdesk::WebinarQuery
