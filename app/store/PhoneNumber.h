// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// Phone numbers as people type them, through Google's libphonenumber
// (PhoneNumberUtil). attendees.phone keeps the text as received;
// attendees.phone_e164 holds toE164() of it (docs/database.md).
class PhoneNumber
{
public:
    // TagMango's attendees are mostly in India: numbers without a country code
    // are read as Indian unless told otherwise (serve --phone-region).
    static constexpr const char *DefaultRegion = "IN";

    // The E.164 form ("+919942231962") of `text`, read with `defaultRegion`
    // (ISO 3166-1 alpha-2, e.g. "IN") for numbers without a country code; empty
    // when the text is not a valid number (junk, too short, unknown area code).
    static QString toE164(const QString &text, const QString &defaultRegion);

    // True when libphonenumber knows `region` (upper case, e.g. "IN", "US").
    static bool isKnownRegion(const QString &region);
};

} // namespace hookdesk
