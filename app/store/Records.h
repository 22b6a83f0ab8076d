// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace hookdesk {

// One attendee as parsed from a webinar.completed.all payload.
struct AttendeeRecord
{
    QString webinarId;
    QString email;       // as received (ASCII whitespace trimmed)
    QString name;
    QString phone;       // text; a JSON number becomes its digits
    QString webinarTitle;
    QString recordingUrl; // stored as text even when it is not an http(s) link
    QByteArray rawPayload;
    bool isTest = false;

    // Identity of an attendee within a webinar (EmailAddress: NFC, case-folded
    // local part, ACE domain).
    QString emailNorm() const { return EmailAddress::identity(email); }

    // Webinars that HookDesk invents itself (simulations, public URL checks) use
    // these ID prefixes; their attendees are test data, removable in one click.
    // TagMango's own webinar IDs are 24 hex digits and never match.
    static bool isTestWebinarId(const QString &webinarId)
    {
        return webinarId.startsWith(QLatin1String("hookdesk-sim-"))
                || webinarId.startsWith(QLatin1String("hookdesk-check-"));
    }
};

// How a registration call came: a booking (webinar.created.*) or one of the
// three reminders TagMango sends before a session (webinar.reminder.*).
enum class RegistrationSource { Booking, Reminder1Day, Reminder30Min, Reminder15Min };

// One person registered for one session, as a reminder or booking call says it
// (a booking with several sessions in its callList gives one per session).
struct RegistrationRecord
{
    QString webinarId;   // the session's id; the completion event names the same one
    QString email;       // as received (ASCII whitespace trimmed)
    QString name;
    QString phone;       // text; a JSON number becomes its digits
    QString timezone;    // the person's UTC offset, e.g. "+05:30"; "" when null
    QString mangoes;     // the creator's offerings the person holds, comma-separated
    QString webinarTitle;
    QString meetingUrl;  // the join link: never the recording
    QDateTime startsAt;  // UTC; invalid when not given
    QDateTime endsAt;
    RegistrationSource source = RegistrationSource::Booking;
    bool isTest = false;

    QString emailNorm() const { return EmailAddress::identity(email); }
};

// What became of a request, as its delivery-log row says. The listener decides
// Rejected or Logged; the writer, in the transaction, Stored or Duplicate.
enum class DeliveryOutcome {
    Stored,    // a new attendee
    Duplicate, // an attendee already known, or a webhook-id already processed
    Logged,    // accepted and kept in the delivery log only
    Rejected,  // refused with a 4xx or 503 before reaching the store
    Failed,    // the store could not write it
};

// The delivery log's `outcome` column, and the words the views show.
inline QString deliveryOutcomeName(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Stored:
        return QStringLiteral("stored");
    case DeliveryOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case DeliveryOutcome::Logged:
        return QStringLiteral("logged");
    case DeliveryOutcome::Rejected:
        return QStringLiteral("rejected");
    case DeliveryOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

// One row of the delivery log: any request the listener saw, accepted or not.
struct DeliveryRecord
{
    QDateTime receivedAt;
    QString remote;
    qint64 subscriptionId = 0; // 0: no known hook
    QString method;
    QString path;      // with the hook token shortened
    int status = 0;
    DeliveryOutcome outcome = DeliveryOutcome::Logged; // the writer may change it (stored, duplicate)
    QString reason;
    QByteArray headersJson = "{}";
    QByteArray body;   // capped
    qint64 bodySize = 0;
};

// Why a write failed, whatever the backend. It decides what the writer does with
// the rest of the batch: a failure of the store refuses the whole batch at once
// (the sender retries after 503), a failure of one request's data costs only it.
enum class StoreFailure {
    None,
    Busy,        // another connection holds the write lock beyond the busy timeout
    Full,        // the disk or the database is full
    Unavailable, // I/O error, read-only file or folder, file cannot be opened
    BadRecord,   // this request's data broke a constraint or a type: retrying it will not help
    Internal,    // anything else (corruption, misuse): not transient, not the request's fault
};

// Busy, full or unavailable: the same write may succeed later.
inline bool isTransient(StoreFailure failure)
{
    return failure == StoreFailure::Busy || failure == StoreFailure::Full
            || failure == StoreFailure::Unavailable;
}

// Posted once per commit by the writer; views refresh from it.
struct CommitSummary
{
    int stored = 0;
    int duplicates = 0;
    int rejected = 0;
    int failed = 0;
    QHash<QString, int> storedPerWebinar; // webinar id -> new attendees
    QHash<QString, QString> webinarTitles; // webinar id -> title seen in this commit
    int registrationsStored = 0; // new (session, person) registrations
    int registrationsUpdated = 0; // a reminder or booking for a known registration
};

// ISO 8601 UTC with milliseconds: sorts as text and reads well in other tools.
inline QString isoTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::CommitSummary)
