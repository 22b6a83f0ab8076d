// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchWriter.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "intake/WireText.h"

#include <QCoreApplication>
#include <QHash>

namespace hookdesk {
BatchWriter::BatchWriter(SqliteDatabase &db, int deliveryBodyCap, qint64 webhookIdMaxRows,
                         const QString &phoneRegion)
    : m_db(db),
      m_deliveryBodyCap(deliveryBodyCap),
      m_webhookIdMaxRows(webhookIdMaxRows),
      m_phoneRegion(phoneRegion),
      // An expired claim counts as absent: it is taken over. RETURNING gives a row
      // only when the claim is ours now.
      m_claimWebhookId(db, QStringLiteral(
              "INSERT INTO webhook_ids (subscription_id, webhook_id, expires_at) VALUES (?1, ?2, ?3) "
              "ON CONFLICT (subscription_id, webhook_id) DO UPDATE SET expires_at = excluded.expires_at "
              "WHERE webhook_ids.expires_at <= ?4 "
              "RETURNING 1")),
      m_upsertAttendee(db, QStringLiteral(
              "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
              "recording_url, first_received_at, last_received_at, delivery_count, "
              "subscription_id, is_test, raw_payload, phone_e164) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, ?9, ?10, ?11, ?12) "
              "ON CONFLICT (webinar_id, email_norm) DO UPDATE SET "
              "delivery_count = delivery_count + 1, "
              "last_received_at = excluded.last_received_at, "
              "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
              "phone_e164 = CASE WHEN phone = '' THEN excluded.phone_e164 ELSE phone_e164 END, "
              "phone = CASE WHEN phone = '' THEN excluded.phone ELSE phone END, "
              "webinar_title = CASE WHEN webinar_title = '' THEN excluded.webinar_title "
              "ELSE webinar_title END, "
              "recording_url = CASE WHEN recording_url = '' THEN excluded.recording_url "
              "ELSE recording_url END "
              "RETURNING id, delivery_count")),
      m_insertDelivery(db, QStringLiteral(
              "INSERT INTO deliveries (received_at, remote, subscription_id, method, path, "
              "status, outcome, reason, headers, body, body_size, attendee_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_touchSubscription(db, QStringLiteral(
              "UPDATE subscriptions SET delivery_count = delivery_count + ?, "
              "last_delivery_at = max(coalesce(last_delivery_at, ''), ?) WHERE id = ?")),
      // The same person registers once per session however many reminders and
      // bookings arrive: the first name and phone stay (as for attendees), the
      // latest timezone and mangoes win, and each kind of call keeps the time it
      // first came. Nothing here touches attendance, so a late reminder undoes nothing.
      m_upsertRegistration(db, QStringLiteral(
              "INSERT INTO registrations (webinar_id, email, email_norm, name, phone, phone_e164, "
              "timezone, mangoes, webinar_title, first_received_at, last_received_at, "
              "delivery_count, booked_at, reminder_1day_at, reminder_30min_at, reminder_15min_at, "
              "subscription_id, is_test) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, 1, ?11, ?12, ?13, ?14, ?15, ?16) "
              "ON CONFLICT (webinar_id, email_norm) DO UPDATE SET "
              "delivery_count = delivery_count + 1, "
              "last_received_at = max(last_received_at, excluded.last_received_at), "
              "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
              "phone_e164 = CASE WHEN phone = '' THEN excluded.phone_e164 ELSE phone_e164 END, "
              "phone = CASE WHEN phone = '' THEN excluded.phone ELSE phone END, "
              "timezone = CASE WHEN excluded.timezone <> '' THEN excluded.timezone ELSE timezone END, "
              "mangoes = CASE WHEN excluded.mangoes <> '' THEN excluded.mangoes ELSE mangoes END, "
              "webinar_title = CASE WHEN webinar_title = '' THEN excluded.webinar_title "
              "ELSE webinar_title END, "
              "booked_at = coalesce(booked_at, excluded.booked_at), "
              "reminder_1day_at = coalesce(reminder_1day_at, excluded.reminder_1day_at), "
              "reminder_30min_at = coalesce(reminder_30min_at, excluded.reminder_30min_at), "
              "reminder_15min_at = coalesce(reminder_15min_at, excluded.reminder_15min_at) "
              "RETURNING id, delivery_count")),
      // A session's schedule: the call received last that names times wins (a
      // re-sent booking moves the session); the meeting link, when given, too.
      m_scheduleWebinar(db, QStringLiteral(
              "UPDATE webinars SET "
              "starts_at = CASE WHEN ?2 IS NULL THEN starts_at ELSE ?2 END, "
              "ends_at = CASE WHEN ?2 IS NULL THEN ends_at ELSE ?3 END, "
              "meeting_url = CASE WHEN ?4 <> '' THEN ?4 ELSE meeting_url END, "
              "schedule_received_at = ?5 "
              "WHERE webinar_id = ?1 AND (schedule_received_at IS NULL OR schedule_received_at <= ?5)"))
{
    expireWebhookIds(true);
}

bool BatchWriter::isValid() const
{
    return m_claimWebhookId.isValid() && m_upsertAttendee.isValid() && m_insertDelivery.isValid()
            && m_touchSubscription.isValid() && m_upsertRegistration.isValid()
            && m_scheduleWebinar.isValid();
}

BatchWriter::Result BatchWriter::fail(std::optional<size_t> culprit)
{
    // Keep SQLite's own error before anything else runs on the connection: a
    // ROLLBACK after SQLite has already rolled back (SQLITE_FULL, SQLITE_BUSY)
    // would replace it with "cannot rollback - no transaction is active".
    Result result{false, m_db.lastError(), culprit};
    if (!result.error.isSet())
        result.error = SqliteError{1, QStringLiteral("unknown error")};
    m_db.rollback();
    return result;
}

BatchWriter::Result BatchWriter::write(const std::vector<WriteRequest *> &requests,
                                       std::vector<WriteOutcome> &outcomes, CommitSummary &summary)
{
    outcomes.assign(requests.size(), WriteOutcome{});
    summary = CommitSummary{};
    if (!m_db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(std::nullopt);

    const QString now = isoTimestamp(Clock::currentDateTimeUtc());
    struct Touch
    {
        qint64 count = 0;
        QString last;
    };
    QHash<qint64, Touch> touched;
    qint64 claimed = 0;
    for (size_t i = 0; i < requests.size(); ++i) {
        // The request is left as it came: if this transaction is rolled back, it
        // is written again from scratch.
        const WriteRequest &request = *requests[i];
        const DeliveryRecord &delivery = request.delivery;
        const QString receivedAt = isoTimestamp(delivery.receivedAt);
        WriteOutcome &outcome = outcomes[i];
        // As the listener decided, unless an attendee or a replay says otherwise.
        outcome.kind = delivery.outcome;
        QString reason = delivery.reason;

        if (!request.webhookId.isEmpty()) {
            SqliteStatement &claim = m_claimWebhookId;
            claim.reset();
            claim.bind(1, delivery.subscriptionId);
            claim.bind(2, request.webhookId);
            const QDateTime expires = request.webhookIdExpiresAt.isValid()
                    ? request.webhookIdExpiresAt
                    : delivery.receivedAt.addSecs(10 * 60);
            claim.bind(3, isoTimestamp(expires));
            claim.bind(4, now);
            const bool ours = claim.next();
            if (claim.hasError())
                return fail(i);
            claim.run();
            if (claim.hasError())
                return fail(i);
            if (ours) {
                ++claimed;
            } else {
                outcome.kind = WriteOutcome::Kind::Duplicate;
                outcome.replayedWebhookId = true;
                reason = WireText::english(QT_TRANSLATE_NOOP("WireText", "webhook-id already processed"));
                ++summary.duplicates;
            }
        }

        if (request.attendee && !outcome.replayedWebhookId) {
            const AttendeeRecord &a = *request.attendee;
            SqliteStatement &up = m_upsertAttendee;
            up.reset();
            up.bind(1, a.webinarId);
            up.bind(2, a.email);
            up.bind(3, a.emailNorm());
            up.bind(4, a.name);
            up.bind(5, a.phone);
            up.bind(6, a.webinarTitle);
            up.bind(7, a.recordingUrl);
            up.bind(8, receivedAt);
            if (delivery.subscriptionId > 0)
                up.bind(9, delivery.subscriptionId);
            else
                up.bindNull(9);
            up.bind(10, a.isTest ? 1 : 0);
            up.bind(11, a.rawPayload);
            up.bind(12, phoneE164(a.phone));
            if (!up.next())
                return fail(i);
            outcome.attendeeId = up.int64(0);
            const bool isNew = up.int64(1) == 1;
            up.run();
            if (up.hasError())
                return fail(i);
            outcome.kind = isNew ? WriteOutcome::Kind::Stored : WriteOutcome::Kind::Duplicate;
            if (isNew) {
                ++summary.stored;
                ++summary.storedPerWebinar[a.webinarId];
                if (!a.webinarTitle.isEmpty())
                    summary.webinarTitles.insert(a.webinarId, a.webinarTitle);
            } else {
                ++summary.duplicates;
            }
        } else if (!request.registrations.isEmpty() && !outcome.replayedWebhookId) {
            bool anyNew = false;
            for (const RegistrationRecord &r : request.registrations) {
                bool isNew = false;
                if (!writeRegistration(r, receivedAt, delivery.subscriptionId, &isNew))
                    return fail(i);
                anyNew = anyNew || isNew;
                ++(isNew ? summary.registrationsStored : summary.registrationsUpdated);
            }
            outcome.kind = anyNew ? WriteOutcome::Kind::Stored : WriteOutcome::Kind::Duplicate;
        } else if (!request.attendee && delivery.status >= 400) {
            ++summary.rejected;
        }

        SqliteStatement &log = m_insertDelivery;
        log.reset();
        log.bind(1, receivedAt);
        log.bind(2, delivery.remote);
        if (delivery.subscriptionId > 0)
            log.bind(3, delivery.subscriptionId);
        else
            log.bindNull(3);
        log.bind(4, delivery.method);
        log.bind(5, delivery.path);
        log.bind(6, delivery.status);
        log.bind(7, deliveryOutcomeName(outcome.kind));
        log.bind(8, reason);
        log.bind(9, delivery.headersJson);
        log.bindBlob(10, delivery.body.left(m_deliveryBodyCap));
        log.bind(11, delivery.bodySize);
        if (outcome.attendeeId > 0)
            log.bind(12, outcome.attendeeId);
        else
            log.bindNull(12);
        if (!log.run())
            return fail(i);

        if (delivery.subscriptionId > 0) {
            Touch &t = touched[delivery.subscriptionId];
            ++t.count;
            if (receivedAt > t.last)
                t.last = receivedAt;
        }
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        SqliteStatement &touch = m_touchSubscription;
        touch.reset();
        touch.bind(1, it.value().count);
        touch.bind(2, it.value().last);
        touch.bind(3, it.key());
        if (!touch.run())
            return fail(std::nullopt);
    }
    if (claimed > 0 && !enforceWebhookIdCap(claimed))
        return fail(std::nullopt);
    if (!m_db.exec(QStringLiteral("COMMIT")))
        return fail(std::nullopt);
    m_webhookIdRows += claimed;
    return Result{true, {}, std::nullopt};
}

QString BatchWriter::phoneE164(const QString &phone) const
{
    return phone.isEmpty() ? QString() : PhoneNumber::toE164(phone, m_phoneRegion);
}

bool BatchWriter::writeRegistration(const RegistrationRecord &r, const QString &receivedAt,
                                    qint64 subscriptionId, bool *isNew)
{
    SqliteStatement &up = m_upsertRegistration;
    up.reset();
    up.bind(1, r.webinarId);
    up.bind(2, r.email);
    up.bind(3, r.emailNorm());
    up.bind(4, r.name);
    up.bind(5, r.phone);
    up.bind(6, phoneE164(r.phone));
    up.bind(7, r.timezone);
    up.bind(8, r.mangoes);
    up.bind(9, r.webinarTitle);
    up.bind(10, receivedAt);
    const RegistrationSource kinds[] = {RegistrationSource::Booking, RegistrationSource::Reminder1Day,
                                        RegistrationSource::Reminder30Min,
                                        RegistrationSource::Reminder15Min};
    for (int k = 0; k < 4; ++k) {
        if (r.source == kinds[k])
            up.bind(11 + k, receivedAt);
        else
            up.bindNull(11 + k);
    }
    if (subscriptionId > 0)
        up.bind(15, subscriptionId);
    else
        up.bindNull(15);
    up.bind(16, r.isTest ? 1 : 0);
    if (!up.next())
        return false;
    *isNew = up.int64(1) == 1;
    up.run();
    if (up.hasError())
        return false;

    if (!r.startsAt.isValid() && r.meetingUrl.isEmpty())
        return true;
    SqliteStatement &schedule = m_scheduleWebinar;
    schedule.reset();
    schedule.bind(1, r.webinarId);
    if (r.startsAt.isValid()) {
        schedule.bind(2, isoTimestamp(r.startsAt));
        if (r.endsAt.isValid())
            schedule.bind(3, isoTimestamp(r.endsAt));
        else
            schedule.bindNull(3);
    } else {
        schedule.bindNull(2);
        schedule.bindNull(3);
    }
    schedule.bind(4, r.meetingUrl);
    schedule.bind(5, receivedAt);
    return schedule.run();
}

bool BatchWriter::enforceWebhookIdCap(qint64 claimed)
{
    // Counting is exact but walks the table: do it only once the estimate
    // (which misses other processes' claims) says the cap may be near.
    if (m_webhookIdRows + claimed < m_webhookIdMaxRows / 2)
        return true;
    const qint64 rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM webhook_ids")).toLongLong();
    m_webhookIdRows = rows - claimed; // the caller adds `claimed` after the commit
    if (rows <= m_webhookIdMaxRows)
        return true;
    // Over the cap: the claims closest to expiry go first. Their replays would be
    // processed again (and meet the attendee de-duplication), so say so.
    SqliteStatement drop(m_db, QStringLiteral(
            "DELETE FROM webhook_ids WHERE (subscription_id, webhook_id) IN "
            "(SELECT subscription_id, webhook_id FROM webhook_ids ORDER BY expires_at LIMIT ?)"));
    drop.bind(1, rows - m_webhookIdMaxRows);
    if (!drop.run())
        return false;
    // Once a minute at most: under a flood this happens at every commit.
    if (!m_sinceCapWarning.isValid() || m_sinceCapWarning.elapsed() > 60 * 1000) {
        qCWarning(lcStore) << "webhook-id replay window full:" << m_db.changes()
                           << "ids forgotten before they expired (cap" << m_webhookIdMaxRows << "rows)";
        m_sinceCapWarning.start();
    }
    m_webhookIdRows = m_webhookIdMaxRows - claimed;
    return true;
}

void BatchWriter::expireWebhookIds(bool recount)
{
    const QString now = isoTimestamp(Clock::currentDateTimeUtc());
    // A read through the expiry index first: no write lock when nothing expired.
    SqliteStatement oldest(m_db, QStringLiteral("SELECT min(expires_at) FROM webhook_ids"));
    const bool due = oldest.next() && !oldest.isNull(0) && oldest.text(0) <= now;
    oldest.run();
    if (due) {
        SqliteStatement expire(m_db, QStringLiteral("DELETE FROM webhook_ids WHERE expires_at <= ?"));
        expire.bind(1, now);
        if (!expire.run()) {
            qCDebug(lcStore) << "webhook-id expiry postponed:" << m_db.lastError().message;
            return;
        }
        qCDebug(lcStore) << "forgot" << m_db.changes() << "expired webhook-ids";
        m_webhookIdRows = qMax<qint64>(0, m_webhookIdRows - m_db.changes());
    }
    if (recount)
        m_webhookIdRows = m_db.scalar(QStringLiteral("SELECT count(*) FROM webhook_ids")).toLongLong();
}

} // namespace hookdesk
