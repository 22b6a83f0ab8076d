// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hookdesk {

// What a hook demands beyond its secret path token. Both checks are optional and
// may be combined.
struct VerificationPolicy
{
    QByteArray headerName;   // e.g. "x-api-key" or "authorization"; empty: no header check
    QByteArray headerSecret; // the exact value expected ("Bearer ..." for authorization)
    QByteArray hmacSecret;   // Standard Webhooks "whsec_<base64>"; empty: no signature check

    bool isEmpty() const { return headerName.isEmpty() && hmacSecret.isEmpty(); }
};

// Checks a request against a hook's policy: a header with a secret value, and
// Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature:
// "v1,<base64 HMAC-SHA256 of id.timestamp.body>", several space-separated
// signatures accepted for key rotation, 5 minutes of clock tolerance). Secrets are
// compared in constant time. The sender is only told 401; the reason is for the
// delivery log.
class RequestVerifier
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Verdict { Accepted, Refused };
    struct Result
    {
        Verdict verdict = Verdict::Refused;
        QString reason;        // for the delivery log only
        QByteArray webhookId;  // set when a signature was checked
    };

    static constexpr qint64 ToleranceSeconds = 5 * 60;

    static Result verify(const VerificationPolicy &policy, const Headers &headers,
                         const QByteArray &body, const QDateTime &now);

    // "whsec_<base64>" -> key bytes; empty when malformed.
    static QByteArray decodeSecret(const QByteArray &whsec);
    // "v1,<base64>" for the given id, timestamp and body (what a sender computes).
    static QByteArray sign(const QByteArray &whsec, const QByteArray &id, qint64 timestamp,
                           const QByteArray &body);
    // The same over the timestamp's text exactly as sent: the signature covers the
    // header bytes, so "01700000000" must not be re-serialised as "1700000000".
    static QByteArray sign(const QByteArray &whsec, const QByteArray &id,
                           const QByteArray &timestampText, const QByteArray &body);
    // Equality in time independent of where the inputs differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace hookdesk
