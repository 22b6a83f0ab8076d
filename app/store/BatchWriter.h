// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteDatabase.h"
#include "PhoneNumber.h"
#include "StoreWriter.h"

#include <QElapsedTimer>

#include <optional>
#include <vector>

namespace hookdesk {

// Writes a group of requests in one transaction on the writer's connection, with
// statements prepared once. Used by StoreWriter on its thread only; StoreWriter
// decides what to do when a batch fails.
class BatchWriter
{
public:
    struct Result
    {
        bool ok = false;
        // The first error, exactly as SQLite gave it, kept before any rollback.
        SqliteError error;
        // Index (into the requests given) of the request whose statement failed;
        // none when the failure belongs to the whole transaction (BEGIN, COMMIT).
        std::optional<size_t> culprit;
    };

    // `phoneRegion`: how numbers without a country code are read (PhoneNumber).
    BatchWriter(SqliteDatabase &db, int deliveryBodyCap, qint64 webhookIdMaxRows,
                const QString &phoneRegion = QString::fromLatin1(PhoneNumber::DefaultRegion));

    bool isValid() const;
    // Everything in one transaction: each request's webhook-id claim, attendee
    // upsert and delivery log row, then the hooks' counters. On failure nothing is
    // kept (outcomes and summary are then meaningless).
    Result write(const std::vector<WriteRequest *> &requests, std::vector<WriteOutcome> &outcomes,
                 CommitSummary &summary);

    // Deletes webhook-id claims that have expired (cheap when there are none), and
    // recounts the table when `recount` is set. Runs in its own short transaction.
    void expireWebhookIds(bool recount);

private:
    Result fail(std::optional<size_t> culprit);
    bool enforceWebhookIdCap(qint64 claimed);
    // attendees.phone_e164 / registrations.phone_e164 of a phone as received.
    QString phoneE164(const QString &phone) const;
    // Upserts one registration and its session's schedule; false on a database error.
    bool writeRegistration(const RegistrationRecord &r, const QString &receivedAt,
                           qint64 subscriptionId, bool *isNew);

    SqliteDatabase &m_db;
    int m_deliveryBodyCap;
    qint64 m_webhookIdMaxRows;
    QString m_phoneRegion;
    qint64 m_webhookIdRows = 0; // estimate: exact at the last count, plus our claims since
    QElapsedTimer m_sinceCapWarning;
    SqliteStatement m_claimWebhookId;
    SqliteStatement m_upsertAttendee;
    SqliteStatement m_insertDelivery;
    SqliteStatement m_touchSubscription;
    SqliteStatement m_upsertRegistration;
    SqliteStatement m_scheduleWebinar;
};

} // namespace hookdesk
