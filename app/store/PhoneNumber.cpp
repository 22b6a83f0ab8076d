// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace hookdesk {

using i18n::phonenumbers::PhoneNumberUtil;

QString PhoneNumber::toE164(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    // Nothing a person types as a phone number is this long; libphonenumber
    // refuses beyond 250 characters anyway.
    if (trimmed.isEmpty() || trimmed.size() > 250)
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const std::string region = defaultRegion.toUpper().toStdString();
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNumber::isKnownRegion(const QString &region)
{
    if (region.size() != 2 || region != region.toUpper())
        return false;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    return util->GetCountryCodeForRegion(region.toStdString()) != 0;
}

} // namespace hookdesk
