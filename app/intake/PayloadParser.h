// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QByteArray>
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

class PayloadParser
{
public:
    static constexpr int DefaultMaxFieldLength = 1024;

    explicit PayloadParser(int maxFieldLength = DefaultMaxFieldLength)
        : m_maxFieldLength(maxFieldLength)
    {
    }

    ParseResult parse(const QByteArray &body) const;

    // An address by EmailAddress's rule (docs/database.md, "Who is the same attendee").
    static bool looksLikeEmail(const QString &email);
    // The link may be opened in a browser (ReplayLink: http or https to a named,
    // public-looking host; no user info, no hidden characters).
    static bool isOpenableLink(const QString &link);

private:
    int m_maxFieldLength;
};

} // namespace hookdesk
