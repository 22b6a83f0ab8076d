// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestVerifier.h"

#include "WireText.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace hookdesk {
namespace {

// The reasons are stored in the delivery log in English (WireText) and shown
// translated by the window.
QList<QByteArray> headerValues(const RequestVerifier::Headers &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(header.second.trimmed());
    }
    return values;
}

RequestVerifier::Result refuse(const QString &reason)
{
    return {RequestVerifier::Verdict::Refused, reason, {}};
}

} // namespace

bool RequestVerifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Compare digests so neither the length nor the first differing byte shows in the timing.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da[i] ^ db[i]);
    return diff == 0;
}

QByteArray RequestVerifier::decodeSecret(const QByteArray &whsec)
{
    if (!whsec.startsWith("whsec_"))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(whsec.mid(6), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 16)
        return {};
    return decoded.decoded;
}

QByteArray RequestVerifier::sign(const QByteArray &whsec, const QByteArray &id, qint64 timestamp,
                                 const QByteArray &body)
{
    return sign(whsec, id, QByteArray::number(timestamp), body);
}

QByteArray RequestVerifier::sign(const QByteArray &whsec, const QByteArray &id,
                                 const QByteArray &timestampText, const QByteArray &body)
{
    const QByteArray content = id + '.' + timestampText + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(content, decodeSecret(whsec), QCryptographicHash::Sha256)
                           .toBase64();
}

RequestVerifier::Result RequestVerifier::verify(const VerificationPolicy &policy, const Headers &headers,
                                                const QByteArray &body, const QDateTime &now)
{
    Result result{Verdict::Accepted, {}, {}};
    if (!policy.headerName.isEmpty()) {
        const QList<QByteArray> values = headerValues(headers, policy.headerName);
        if (values.isEmpty())
            return refuse(WireText::english(WireTemplate::MissingHeader).arg(QString::fromLatin1(policy.headerName)));
        if (values.size() > 1)
            return refuse(WireText::english(WireTemplate::RepeatedHeader).arg(QString::fromLatin1(policy.headerName)));
        if (!constantTimeEquals(values.first(), policy.headerSecret))
            return refuse(WireText::english(WireTemplate::WrongHeaderSecret).arg(QString::fromLatin1(policy.headerName)));
    }
    if (!policy.hmacSecret.isEmpty()) {
        const QList<QByteArray> ids = headerValues(headers, "webhook-id");
        const QList<QByteArray> stamps = headerValues(headers, "webhook-timestamp");
        const QList<QByteArray> signatures = headerValues(headers, "webhook-signature");
        if (ids.size() != 1 || ids.first().isEmpty())
            return refuse(WireText::english(QT_TRANSLATE_NOOP("WireText", "missing webhook-id")));
        if (stamps.size() != 1)
            return refuse(WireText::english(QT_TRANSLATE_NOOP("WireText", "missing webhook-timestamp")));
        if (signatures.isEmpty())
            return refuse(WireText::english(QT_TRANSLATE_NOOP("WireText", "missing webhook-signature")));
        // Seconds since the epoch as plain digits; toLongLong alone would also take
        // a sign or inner spaces, which no sender produces.
        const QByteArray &stampText = stamps.first();
        bool ok = !stampText.isEmpty() && stampText.size() <= 19
                && std::all_of(stampText.begin(), stampText.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        const qint64 timestamp = ok ? stampText.toLongLong(&ok) : 0;
        if (!ok)
            return refuse(WireText::english(QT_TRANSLATE_NOOP("WireText", "malformed webhook-timestamp")));
        const qint64 skew = now.toSecsSinceEpoch() - timestamp;
        if (skew > ToleranceSeconds || skew < -ToleranceSeconds)
            return refuse(WireText::english(WireTemplate::TimestampSkew)
                                  .arg(QString::number(skew), QString::number(ToleranceSeconds)));
        // Signed over the header's bytes as received, not over the parsed number.
        const QByteArray expected = sign(policy.hmacSecret, ids.first(), stampText, body);
        bool matched = false;
        for (const QByteArray &header : signatures) {
            // Several signatures, space separated, during a key rotation.
            for (const QByteArray &candidate : header.split(' ')) {
                if (candidate.startsWith("v1,") && constantTimeEquals(candidate, expected))
                    matched = true; // keep looping: the time taken must not depend on which matched
            }
        }
        if (!matched)
            return refuse(WireText::english(QT_TRANSLATE_NOOP("WireText", "no valid webhook-signature")));
        result.webhookId = ids.first();
    }
    return result;
}

} // namespace hookdesk
