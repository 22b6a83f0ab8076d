// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hookdesk {

// Plausible attendees of a made-up webinar, as TagMango would send them: Indian
// and international names, mailboxes at example.com/.net/.org (reserved
// domains, so nothing reaches a real person), mostly Indian mobile numbers.
// The same (webinar id, index) always gives the same attendee.
class SimulatedAttendees
{
public:
    // "hookdesk-sim-20260105-140501": marks the attendees as test data.
    static QString newWebinarId(const QDateTime &now);
    // A name as the ASCII letters of an email's local part: "José" -> "jose",
    // "Müller" -> "muller".
    static QString emailLocalPart(const QString &name);

    SimulatedAttendees(QString webinarId, QString webinarTitle);

    QString webinarId() const { return m_webinarId; }
    QString webinarTitle() const { return m_webinarTitle; }
    QString recordingUrl() const;
    // The webinar.completed.all body for attendee `index` (0-based).
    QByteArray payload(int index) const;

private:
    QString m_webinarId;
    QString m_webinarTitle;
};

} // namespace hookdesk
