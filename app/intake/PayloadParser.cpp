// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadParser.h"

#include "RawJsonText.h"
#include "WireText.h"
#include "core/ReplayLink.h"
#include "store/EmailAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>

#include <algorithm>

namespace hookdesk {
namespace {

// Every error text goes to the sender as it is: English, through WireText.
ParseResult failure(int status, const QString &field, const QString &error)
{
    ParseResult result;
    result.status = status;
    result.field = field;
    result.error = error;
    return result;
}

enum class Need { Required, Optional };
enum class Trim { Whitespace, AsciiOnly };

// Reads a string field; null and absent are empty for optional fields.
bool readString(const QJsonObject &object, const QString &key, Need need, int maxLength,
                QString *out, ParseResult *error, Trim trim = Trim::Whitespace)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required) {
            *error = failure(422, key, WireText::english(QT_TRANSLATE_NOOP("WireText", "missing required field")));
            return false;
        }
        *out = QString();
        return true;
    }
    if (!value.isString()) {
        *error = failure(422, key, WireText::english(QT_TRANSLATE_NOOP("WireText", "must be a string")));
        return false;
    }
    const QString text = trim == Trim::Whitespace ? value.toString().trimmed()
                                                  : EmailAddress::trimAsciiSpace(value.toString());
    if (text.size() > maxLength) {
        *error = failure(422, key, WireText::english(WireTemplate::LongerThanCharacters).arg(maxLength));
        return false;
    }
    if (need == Need::Required && text.isEmpty()) {
        *error = failure(422, key, WireText::english(QT_TRANSLATE_NOOP("WireText", "must not be empty")));
        return false;
    }
    *out = text;
    return true;
}

// Phone arrives as a string or as a JSON number; both become text. A number
// cannot carry a leading + or leading zeros, so a string is kept exactly. A
// number's digits are read from the raw body: QJsonDocument holds numbers as
// doubles, which round anything past 2^53 (9007199254740993 became ...992).
bool readPhone(const QJsonObject &object, const QByteArray &body, int maxLength, QString *out,
               ParseResult *error)
{
    const QJsonValue value = object.value(QStringLiteral("phone"));
    if (value.isDouble()) {
        const QByteArray digits = RawJsonText::member(body, QStringLiteral("phone"));
        const bool whole = !digits.isEmpty()
                && std::all_of(digits.begin(), digits.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        if (!whole) {
            *error = failure(422, QStringLiteral("phone"),
                             WireText::english(QT_TRANSLATE_NOOP(
                                     "WireText", "must be a string or a whole non-negative number "
                                                 "without fraction or exponent")));
            return false;
        }
        if (digits.size() > maxLength) {
            *error = failure(422, QStringLiteral("phone"),
                             WireText::english(WireTemplate::LongerThanCharacters).arg(maxLength));
            return false;
        }
        *out = QString::fromLatin1(digits);
        return true;
    }
    return readString(object, QStringLiteral("phone"), Need::Optional, maxLength, out, error);
}

} // namespace

ParseResult PayloadParser::parse(const QByteArray &body) const
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return failure(400, QString(),
                       WireText::english(WireTemplate::MalformedJson)
                               .arg(QString::number(jsonError.offset),
                                    WireText::jsonParseError(jsonError.error)));
    }
    if (!document.isObject())
        return failure(422, QString(), WireText::english(QT_TRANSLATE_NOOP("WireText", "the body must be a JSON object")));

    const QJsonObject object = document.object();
    ParseResult result;
    AttendeeRecord &a = result.attendee;
    // Only ASCII whitespace is trimmed: a no-break space at the end would
    // otherwise vanish and merge two different texts (EmailAddress).
    if (!readString(object, QStringLiteral("email"), Need::Required, m_maxFieldLength, &a.email,
                    &result, Trim::AsciiOnly))
        return result;
    const EmailAddress::Result address = EmailAddress::check(a.email);
    if (!address.ok)
        return failure(422, QStringLiteral("email"),
                       WireText::english(WireTemplate::NotAnEmail).arg(address.reason));
    if (!readString(object, QStringLiteral("webinarId"), Need::Required, m_maxFieldLength,
                    &a.webinarId, &result)
        || !readString(object, QStringLiteral("name"), Need::Optional, m_maxFieldLength, &a.name,
                       &result)
        || !readPhone(object, body, m_maxFieldLength, &a.phone, &result)
        || !readString(object, QStringLiteral("webinar"), Need::Optional, m_maxFieldLength,
                       &a.webinarTitle, &result)
        || !readString(object, QStringLiteral("webinarLink"), Need::Optional, m_maxFieldLength,
                       &a.recordingUrl, &result))
        return result;

    a.rawPayload = body;
    a.isTest = AttendeeRecord::isTestWebinarId(a.webinarId);
    result.ok = true;
    result.status = 200;
    return result;
}

bool PayloadParser::looksLikeEmail(const QString &email)
{
    return EmailAddress::check(email).ok;
}

bool PayloadParser::isOpenableLink(const QString &link)
{
    return ReplayLink::check(link).isOpenable();
}

} // namespace hookdesk
