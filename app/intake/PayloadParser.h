// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hookdesk {

// Turns the raw bytes of a webinar.completed.all call into an AttendeeRecord, or a
// precise error: HTTP status (400 malformed JSON, 422 missing or wrong field), the
// field concerned and a sentence for the sender.
struct ParseResult
{
    bool ok = false;
    AttendeeRecord attendee;
    int status = 0;
    QString field;
    QString error;
};

// The registrations in a reminder or booking call (webinar.reminder.*,
// webinar.created.*), or the same kind of precise error as ParseResult.
struct RegistrationParse
{
    bool ok = false;
    QList<RegistrationRecord> registrations; // one per session
    int status = 0;
    QString field; // e.g. "callList[1].webinarId"
    QString error;
};

class PayloadParser
{
public:
    static constexpr int DefaultMaxFieldLength = 1024;
    // A booking names every session of its webinar; a series longer than this is
    // refused as a whole (422) rather than cut.
    static constexpr int MaxSessions = 500;

    explicit PayloadParser(int maxFieldLength = DefaultMaxFieldLength)
        : m_maxFieldLength(maxFieldLength)
    {
    }

    // A webinar.completed.all call: one attendee.
    ParseResult parse(const QByteArray &body) const;
    // A call for a hook of `event`: webinar.reminder.* has the session at the top
    // level, webinar.created.* lists sessions in callList (phone may be a number).
    // `receivedAt` tells which reminder a webinar.reminder.all call is.
    RegistrationParse parseRegistrations(const QByteArray &body, const QString &event,
                                         const QDateTime &receivedAt) const;
    // Which reminder a call is: the event says it, except webinar.reminder.all,
    // which TagMango sends 1 day, 30 min and 15 min before the start; then the
    // time left until the start decides (more than 3 hours: 1 day; more than 22
    // minutes: 30 min; else, late ones included, 15 min).
    static RegistrationSource reminderSource(const QString &event, const QDateTime &startsAt,
                                             const QDateTime &receivedAt);
    // The hook's event carries registrations (reminders, bookings).
    static bool isRegistrationEvent(const QString &event);

    // An address by EmailAddress's rule (docs/database.md, "Who is the same attendee").
    static bool looksLikeEmail(const QString &email);
    // The link may be opened in a browser (ReplayLink: http or https to a named,
    // public-looking host; no user info, no hidden characters).
    static bool isOpenableLink(const QString &link);

private:
    int m_maxFieldLength;
};

} // namespace hookdesk
