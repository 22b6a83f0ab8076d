// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>

#include <cmath>

namespace hookdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PayloadParser", text);
}

ParseResult failure(int status, const QString &field, const QString &error)
{
    ParseResult result;
    result.status = status;
    result.field = field;
    result.error = error;
    return result;
}

enum class Need { Required, Optional };

// Reads a string field; null and absent are empty for optional fields.
bool readString(const QJsonObject &object, const QString &key, Need need, int maxLength,
                QString *out, ParseResult *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required) {
            *error = failure(422, key, tr("missing required field"));
            return false;
        }
        *out = QString();
        return true;
    }
    if (!value.isString()) {
        *error = failure(422, key, tr("must be a string"));
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        *error = failure(422, key, tr("longer than %1 characters").arg(maxLength));
        return false;
    }
    if (need == Need::Required && text.isEmpty()) {
        *error = failure(422, key, tr("must not be empty"));
        return false;
    }
    *out = text;
    return true;
}

// Phone arrives as a string or as a JSON number; both become text. A number
// cannot carry a leading + or leading zeros, so a string is kept exactly.
bool readPhone(const QJsonObject &object, int maxLength, QString *out, ParseResult *error)
{
    const QJsonValue value = object.value(QStringLiteral("phone"));
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number != std::floor(number)
            || number > 1e18) {
            *error = failure(422, QStringLiteral("phone"),
                             tr("must be a string or a whole non-negative number"));
            return false;
        }
        *out = QString::number(static_cast<qint64>(number));
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
                       tr("malformed JSON at offset %1: %2")
                               .arg(jsonError.offset)
                               .arg(jsonError.errorString()));
    }
    if (!document.isObject())
        return failure(422, QString(), tr("the body must be a JSON object"));

    const QJsonObject object = document.object();
    ParseResult result;
    AttendeeRecord &a = result.attendee;
    if (!readString(object, QStringLiteral("email"), Need::Required, m_maxFieldLength, &a.email,
                    &result))
        return result;
    if (!looksLikeEmail(a.email))
        return failure(422, QStringLiteral("email"), tr("is not an email address"));
    if (!readString(object, QStringLiteral("webinarId"), Need::Required, m_maxFieldLength,
                    &a.webinarId, &result)
        || !readString(object, QStringLiteral("name"), Need::Optional, m_maxFieldLength, &a.name,
                       &result)
        || !readPhone(object, m_maxFieldLength, &a.phone, &result)
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
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const QStringView domain = QStringView(email).mid(at + 1);
    return !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.'))
            && !domain.contains(QLatin1String(".."));
}

bool PayloadParser::isOpenableLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

} // namespace hookdesk
