// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace hookdesk {

// Plausible people of a made-up webinar, as TagMango would send them: Indian
// and international names, mailboxes at example.com/.net/.org (reserved
// domains, so nothing reaches a real person), mostly Indian mobile numbers.
// The same (webinar id, index) always gives the same person, in every event:
// their booking, their reminders and their attendance
// (../shared/reference/tagmango-registration-events.md).
class SimulatedAttendees
{
public:
    // "hookdesk-sim-20260105-140501-042" (to the millisecond: two runs in one second
    // are two webinars): marks the attendees as test data.
    static QString newWebinarId(const QDateTime &now);
    // A name as the ASCII letters of an email's local part: "José" -> "jose",
    // "Müller" -> "muller".
    static QString emailLocalPart(const QString &name);
    // The same mailbox as a sender might type it: capitalised words, spaces
    // around ("  Priya.Mehta3@Example.com "), so the receiver's matching
    // (trimmed, case-folded) is exercised.
    static QString variedEmail(const QString &email);
    // Which of `registrants` people (0-based) attend when `percent` of them
    // show up: exactly registrants * percent / 100 of them (rounded down),
    // spread evenly over the list, in ascending order.
    static QList<int> attendingIndices(int registrants, int percent);

    struct Person
    {
        QString name;
        QString email;
        QString phone;       // as the completion and reminder events write it
        QJsonValue timezone; // "+05:30", another offset, or null
        QString mangoes;     // "Creator Community, Weekly Live Q&A"
    };

    SimulatedAttendees(QString webinarId, QString webinarTitle);

    QString webinarId() const { return m_webinarId; }
    QString webinarTitle() const { return m_webinarTitle; }
    QString recordingUrl() const;
    QString meetingUrl() const;

    // The session's scheduled times (UTC). By default the session started
    // about two hours ago and ended an hour later, so it is over when the
    // completion calls say so.
    void setSchedule(const QDateTime &fromUtc, const QDateTime &toUtc);
    QDateTime fromTime() const { return m_from; }
    QDateTime toTime() const { return m_to; }
    static QString creatorTimezone() { return QStringLiteral("+05:30"); }

    Person person(int index) const;
    // The webinar.completed.all body for attendee `index` (0-based).
    QByteArray payload(int index) const;
    // The same with the email as variedEmail() writes it.
    QByteArray payloadWithVariedEmail(int index) const;
    // The webinar.created.single body for registrant `index`: the session in
    // callList, the phone as a JSON number.
    QByteArray bookingPayload(int index) const;
    // The webinar.reminder.all body for registrant `index` (the same for each
    // of the three rounds): the meeting link, never the recording.
    QByteArray reminderPayload(int index) const;

private:
    QByteArray completion(const Person &person) const;

    QString m_webinarId;
    QString m_webinarTitle;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace hookdesk
