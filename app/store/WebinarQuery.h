// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hookdesk {

class SqliteDatabase;

// One webinar session as the webinar list shows it (the `webinars` table, kept
// current by triggers on attendees and registrations). docs/no-shows.md defines
// the numbers.
struct WebinarRow
{
    QString webinarId;
    QString title;
    QString recordingUrl;
    qint64 attendeeCount = 0;
    QString firstReceivedAt; // ISO 8601 UTC
    QString lastReceivedAt;
    QString startsAt; // ISO 8601 UTC as TagMango scheduled it; "" when no registration call said
    QString endsAt;
    QString meetingUrl;
    qint64 registeredCount = 0;
    qint64 matchedCount = 0; // registered and attended
    // Completion calls have come, or the scheduled end is more than
    // AttendeeFilter::OverMinutesAfterEnd ago: who did not come is a no-show.
    bool over = false;

    qint64 walkIns() const { return attendeeCount - matchedCount; }
    // Unknown (empty) while the session is still to come.
    std::optional<qint64> noShows() const
    {
        return over ? std::optional<qint64>(registeredCount - matchedCount) : std::nullopt;
    }
    // Registrants who attended, in percent; unknown while the session is to come
    // or when no registration was seen.
    std::optional<double> showUpRate() const
    {
        if (!over || registeredCount <= 0)
            return std::nullopt;
        return 100.0 * double(matchedCount) / double(registeredCount);
    }
};

namespace WebinarQuery {

// Every webinar, the one with the newest call (attendee or registration) first.
QList<WebinarRow> list(SqliteDatabase &db, QString *error);
// The rate as `webinars --format csv` writes it: one decimal ("62.5"), "" when unknown.
QString rateText(const std::optional<double> &rate);

} // namespace WebinarQuery
} // namespace hookdesk
