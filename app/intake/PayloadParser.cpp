// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadParser.h"

#include "RawJsonText.h"
#include "WireText.h"
#include "core/ReplayLink.h"
#include "store/EmailAddress.h"

#include <QJsonArray>
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

// The body as a JSON object, or the 400 (malformed) or 422 (not an object) it gets.
bool readObject(const QByteArray &body, QJsonObject *object, ParseResult *error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = failure(400, QString(),
                         WireText::english(WireTemplate::MalformedJson)
                                 .arg(QString::number(jsonError.offset),
                                      WireText::jsonParseError(jsonError.error)));
        return false;
    }
    if (!document.isObject()) {
        *error = failure(422, QString(),
                         WireText::english(QT_TRANSLATE_NOOP("WireText", "the body must be a JSON object")));
        return false;
    }
    *object = document.object();
    return true;
}

// The required email. Only ASCII whitespace is trimmed: a no-break space at the
// end would otherwise vanish and merge two different texts (EmailAddress).
bool readEmail(const QJsonObject &object, int maxLength, QString *out, ParseResult *error)
{
    if (!readString(object, QStringLiteral("email"), Need::Required, maxLength, out, error,
                    Trim::AsciiOnly))
        return false;
    const EmailAddress::Result address = EmailAddress::check(*out);
    if (!address.ok) {
        *error = failure(422, QStringLiteral("email"),
                         WireText::english(WireTemplate::NotAnEmail).arg(address.reason));
        return false;
    }
    return true;
}

// An ISO 8601 instant with Z or an offset (TagMango's webinarFromTime and
// webinarToTime are UTC); null and absent are "not given".
bool readTime(const QJsonObject &object, const QString &key, QDateTime *out, ParseResult *error)
{
    QString text;
    if (!readString(object, key, Need::Optional, 64, &text, error))
        return false;
    *out = QDateTime();
    if (text.isEmpty())
        return true;
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime) {
        *error = failure(422, key, WireText::english(QT_TRANSLATE_NOOP(
                                           "WireText", "must be an ISO 8601 time with Z or an offset, "
                                                       "such as 2024-03-15T10:00:00.000Z")));
        return false;
    }
    *out = when.toUTC();
    return true;
}

// The person: email (required), name, phone, timezone, mangoes.
bool readPerson(const QJsonObject &object, const QByteArray &body, int maxLength,
                RegistrationRecord *r, ParseResult *error)
{
    return readEmail(object, maxLength, &r->email, error)
            && readString(object, QStringLiteral("name"), Need::Optional, maxLength, &r->name, error)
            && readPhone(object, body, maxLength, &r->phone, error)
            && readString(object, QStringLiteral("timezone"), Need::Optional, 64, &r->timezone, error)
            && readString(object, QStringLiteral("mangoes"), Need::Optional, maxLength, &r->mangoes,
                          error);
}

// One session: webinarId (required), title, meeting link and UTC times.
bool readSession(const QJsonObject &object, int maxLength, RegistrationRecord *r, ParseResult *error)
{
    if (!readString(object, QStringLiteral("webinarId"), Need::Required, maxLength, &r->webinarId,
                    error)
        || !readString(object, QStringLiteral("webinar"), Need::Optional, maxLength,
                       &r->webinarTitle, error)
        || !readString(object, QStringLiteral("webinarLink"), Need::Optional, maxLength,
                       &r->meetingUrl, error)
        || !readTime(object, QStringLiteral("webinarFromTime"), &r->startsAt, error)
        || !readTime(object, QStringLiteral("webinarToTime"), &r->endsAt, error))
        return false;
    if (r->startsAt.isValid() && r->endsAt.isValid() && r->endsAt < r->startsAt) {
        *error = failure(422, QStringLiteral("webinarToTime"),
                         WireText::english(QT_TRANSLATE_NOOP("WireText", "is before webinarFromTime")));
        return false;
    }
    r->isTest = AttendeeRecord::isTestWebinarId(r->webinarId);
    return true;
}

RegistrationParse registrationFailure(const ParseResult &error, const QString &fieldPrefix = QString())
{
    RegistrationParse result;
    result.status = error.status;
    result.field = error.field.isEmpty() ? error.field : fieldPrefix + error.field;
    result.error = error.error;
    return result;
}

} // namespace

bool PayloadParser::isRegistrationEvent(const QString &event)
{
    return event.startsWith(QLatin1String("webinar.reminder."))
            || event.startsWith(QLatin1String("webinar.created."));
}

RegistrationSource PayloadParser::reminderSource(const QString &event, const QDateTime &startsAt,
                                                 const QDateTime &receivedAt)
{
    if (event == QLatin1String("webinar.reminder.1day"))
        return RegistrationSource::Reminder1Day;
    if (event == QLatin1String("webinar.reminder.15min"))
        return RegistrationSource::Reminder15Min;
    if (!startsAt.isValid() || !receivedAt.isValid())
        return RegistrationSource::Reminder15Min;
    const qint64 secondsLeft = receivedAt.secsTo(startsAt);
    if (secondsLeft > 3 * 3600)
        return RegistrationSource::Reminder1Day;
    if (secondsLeft > 22 * 60)
        return RegistrationSource::Reminder30Min;
    return RegistrationSource::Reminder15Min;
}

RegistrationParse PayloadParser::parseRegistrations(const QByteArray &body, const QString &event,
                                                    const QDateTime &receivedAt) const
{
    QJsonObject object;
    ParseResult error;
    RegistrationRecord person;
    if (!readObject(body, &object, &error) || !readPerson(object, body, m_maxFieldLength, &person, &error))
        return registrationFailure(error);

    RegistrationParse result;
    if (event.startsWith(QLatin1String("webinar.created."))) {
        const QJsonValue list = object.value(QStringLiteral("callList"));
        const QString listKey = QStringLiteral("callList");
        if (list.isUndefined() || list.isNull())
            return registrationFailure(failure(
                    422, listKey, WireText::english(QT_TRANSLATE_NOOP("WireText", "missing required field"))));
        if (!list.isArray())
            return registrationFailure(failure(
                    422, listKey, WireText::english(QT_TRANSLATE_NOOP("WireText", "must be an array of sessions"))));
        const QJsonArray sessions = list.toArray();
        if (sessions.isEmpty())
            return registrationFailure(failure(
                    422, listKey, WireText::english(QT_TRANSLATE_NOOP("WireText", "must not be empty"))));
        if (sessions.size() > MaxSessions)
            return registrationFailure(failure(
                    422, listKey, WireText::english(WireTemplate::MoreThanSessions).arg(MaxSessions)));
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const QString prefix = QStringLiteral("callList[%1]").arg(i);
            if (!sessions.at(i).isObject())
                return registrationFailure(failure(
                        422, prefix, WireText::english(QT_TRANSLATE_NOOP("WireText", "must be an object"))));
            RegistrationRecord r = person;
            r.source = RegistrationSource::Booking;
            if (!readSession(sessions.at(i).toObject(), m_maxFieldLength, &r, &error))
                return registrationFailure(error, prefix + QLatin1Char('.'));
            // The same session twice in one list is one registration.
            const bool repeated = std::any_of(result.registrations.cbegin(), result.registrations.cend(),
                                              [&](const RegistrationRecord &o) { return o.webinarId == r.webinarId; });
            if (!repeated)
                result.registrations.append(r);
        }
    } else {
        RegistrationRecord r = person;
        if (!readSession(object, m_maxFieldLength, &r, &error))
            return registrationFailure(error);
        r.source = reminderSource(event, r.startsAt, receivedAt);
        result.registrations.append(r);
    }
    result.ok = true;
    result.status = 200;
    return result;
}

ParseResult PayloadParser::parse(const QByteArray &body) const
{
    QJsonObject object;
    ParseResult result;
    if (!readObject(body, &object, &result))
        return result;
    AttendeeRecord &a = result.attendee;
    if (!readEmail(object, m_maxFieldLength, &a.email, &result)
        || !readString(object, QStringLiteral("webinarId"), Need::Required, m_maxFieldLength,
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
