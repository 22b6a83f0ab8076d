// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk {

// The raw text of a top-level member of a JSON object, for values QJsonDocument
// cannot hold exactly: it keeps numbers as doubles, so 9007199254740993 would
// come back as ...992. Only call it on a body QJsonDocument has already accepted
// as an object; it does not validate.
class RawJsonText
{
public:
    // The value's text exactly as sent (e.g. `9007199254740993`, `"x"`, `{...}`)
    // for the last member named `key` (the one QJsonObject keeps); empty when
    // there is none.
    static QByteArray member(const QByteArray &json, const QString &key);
};

} // namespace hookdesk
