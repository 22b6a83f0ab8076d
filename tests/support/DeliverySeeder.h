// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hookdesk {
class StoreWriter;
}

namespace hookdesk::test {

// Fills the delivery log through a running StoreWriter, the way the listener
// does: accepted attendees (stored, duplicate) and refusals with the reasons
// HookDesk really gives.
class DeliverySeeder
{
public:
    struct Delivery
    {
        DeliveryRecord record;
        std::optional<AttendeeRecord> attendee;
    };

    // Submits every delivery and waits until all are committed.
    static bool write(StoreWriter &writer, const QList<Delivery> &deliveries, QString *error);

    // An attendee delivered to hook `hookId` (token starting with `tokenStart`).
    static Delivery accepted(const QDateTime &at, qint64 hookId, const QString &tokenStart,
                             const AttendeeRecord &attendee);
    // A refused request; `hookId` 0 for requests that named no known hook.
    static Delivery refused(const QDateTime &at, int status, const QString &reason, qint64 hookId,
                            const QString &path, const QByteArray &body = {},
                            const QString &remote = QStringLiteral("127.0.0.1"));

    // The last hour of a creator's listener, ending at `now`: two webinars' bursts
    // (with a few re-deliveries) and refusals of every kind (401, 404, 405, 413,
    // 415, 422). 40 minutes ago "Options Trading Masterclass" (120 attendees), 12
    // minutes ago "Yoga for Beginners" (60 attendees, 8 duplicates), refusals in
    // the last 6 minutes.
    static QList<Delivery> lastHour(const QDateTime &now, qint64 hookId, const QString &tokenStart);

    // The headers a tunnel forwards for TagMango's call (secret values masked).
    static QByteArray tagMangoHeaders(qint64 bodySize, bool withSecret = true);
};

} // namespace hookdesk::test
