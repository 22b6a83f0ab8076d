// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// Who is the same attendee: the rule that turns an email address as sent into
// the identity stored in attendees.email_norm (docs/database.md, "Who is the
// same attendee"). In short: ASCII whitespace trimmed at the ends, NFC, exactly
// one "@", a dot-atom local part (RFC 5322 atext, plus letters, marks and digits
// of any script as RFC 6531 allows) of at most 64 bytes, a domain of LDH labels
// (IDN converted to its ACE form), 254 bytes at most; identity = the local part
// with Unicode full case folding + "@" + the lower-case ACE domain.
class EmailAddress
{
public:
    static constexpr int MaxLocalBytes = 64;
    static constexpr int MaxAddressBytes = 254;

    struct Result
    {
        bool ok = false;
        QString address;  // as sent, ASCII whitespace trimmed at the ends
        QString identity; // set when ok
        QString reason;   // set when not ok: a sentence for the sender (English)
    };

    static Result check(const QString &text);

    // The identity of an address; for text that is not an address (rows stored
    // before the rule existed), its trimmed, case-folded NFC form.
    static QString identity(const QString &text);

    // Only space, tab, CR, LF, VT and FF: a no-break space is part of the text.
    static QString trimAsciiSpace(const QString &text);
};

} // namespace hookdesk
