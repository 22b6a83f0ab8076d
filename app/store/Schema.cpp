// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QCoreApplication>

namespace hookdesk::Schema {
namespace {

// Version 1: hooks, attendees, webinars (kept current by triggers) and the
// delivery log.
const char *const migrationTo1 = R"sql(
CREATE TABLE subscriptions (
    id               INTEGER PRIMARY KEY,
    token            TEXT NOT NULL UNIQUE,
    event            TEXT NOT NULL DEFAULT 'webinar.completed.all',
    webinar_filter   TEXT NOT NULL DEFAULT '',
    hook_url         TEXT NOT NULL DEFAULT '',
    api_base         TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    retired_at       TEXT,
    response_status  INTEGER,
    response_body    TEXT,
    last_delivery_at TEXT,
    delivery_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE attendees (
    id                INTEGER PRIMARY KEY,
    webinar_id        TEXT NOT NULL,
    email             TEXT NOT NULL,
    email_norm        TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    webinar_title     TEXT NOT NULL DEFAULT '',
    recording_url     TEXT NOT NULL DEFAULT '',
    first_received_at TEXT NOT NULL,
    last_received_at  TEXT NOT NULL,
    delivery_count    INTEGER NOT NULL DEFAULT 1,
    subscription_id   INTEGER,
    is_test           INTEGER NOT NULL DEFAULT 0,
    raw_payload       TEXT,
    UNIQUE (webinar_id, email_norm)
);
CREATE INDEX attendees_by_first_received ON attendees (first_received_at);

CREATE TABLE webinars (
    webinar_id        TEXT PRIMARY KEY,
    title             TEXT NOT NULL DEFAULT '',
    recording_url     TEXT NOT NULL DEFAULT '',
    attendee_count    INTEGER NOT NULL DEFAULT 0,
    first_received_at TEXT NOT NULL,
    last_received_at  TEXT NOT NULL
);

CREATE TRIGGER attendees_insert_webinar AFTER INSERT ON attendees BEGIN
    INSERT INTO webinars (webinar_id, title, recording_url, attendee_count,
                          first_received_at, last_received_at)
    VALUES (new.webinar_id, new.webinar_title, new.recording_url, 1,
            new.first_received_at, new.last_received_at)
    ON CONFLICT (webinar_id) DO UPDATE SET
        attendee_count = attendee_count + 1,
        title = CASE WHEN title = '' THEN excluded.title ELSE title END,
        recording_url = CASE WHEN recording_url = '' THEN excluded.recording_url
                             ELSE recording_url END,
        last_received_at = max(last_received_at, excluded.last_received_at);
END;

CREATE TRIGGER attendees_update_webinar AFTER UPDATE OF last_received_at ON attendees BEGIN
    UPDATE webinars SET
        last_received_at = max(last_received_at, new.last_received_at),
        title = CASE WHEN title = '' THEN new.webinar_title ELSE title END,
        recording_url = CASE WHEN recording_url = '' THEN new.recording_url
                             ELSE recording_url END
    WHERE webinar_id = new.webinar_id;
END;

CREATE TRIGGER attendees_delete_webinar AFTER DELETE ON attendees BEGIN
    UPDATE webinars SET attendee_count = attendee_count - 1 WHERE webinar_id = old.webinar_id;
    DELETE FROM webinars WHERE webinar_id = old.webinar_id AND attendee_count <= 0;
END;

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    received_at     TEXT NOT NULL,
    remote          TEXT NOT NULL DEFAULT '',
    subscription_id INTEGER,
    method          TEXT NOT NULL DEFAULT '',
    path            TEXT NOT NULL DEFAULT '',
    status          INTEGER NOT NULL,
    outcome         TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    headers         TEXT NOT NULL DEFAULT '{}',
    body            BLOB,
    body_size       INTEGER NOT NULL DEFAULT 0,
    attendee_id     INTEGER
);
CREATE INDEX deliveries_by_received ON deliveries (received_at);
)sql";

// Version 2: free-text search that stays fast at a million attendees. FTS5 with
// the trigram tokenizer answers substring queries (3+ characters) from an index.
// The writer indexes new attendees in idle moments, not inside the transaction
// that acknowledges them, so a burst is not slowed by indexing;
// search_index_state.last_indexed_id marks how far the index reaches, and queries
// scan the (short) unindexed tail. Deletes and edits of indexed rows keep the
// index in step through triggers.
const char *const migrationTo2 = R"sql(
CREATE VIRTUAL TABLE attendees_fts USING fts5 (
    name, email, phone, webinar_title,
    content = 'attendees', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TABLE search_index_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_indexed_id INTEGER NOT NULL
);
INSERT INTO search_index_state (id, last_indexed_id) VALUES (1, 0);

CREATE TRIGGER attendees_fts_delete AFTER DELETE ON attendees
WHEN old.id <= (SELECT last_indexed_id FROM search_index_state)
BEGIN
    INSERT INTO attendees_fts (attendees_fts, rowid, name, email, phone, webinar_title)
    VALUES ('delete', old.id, old.name, old.email, old.phone, old.webinar_title);
END;
CREATE TRIGGER attendees_fts_update AFTER UPDATE OF name, email, phone, webinar_title ON attendees
WHEN old.id <= (SELECT last_indexed_id FROM search_index_state)
     AND (old.name IS NOT new.name OR old.email IS NOT new.email OR old.phone IS NOT new.phone
          OR old.webinar_title IS NOT new.webinar_title)
BEGIN
    INSERT INTO attendees_fts (attendees_fts, rowid, name, email, phone, webinar_title)
    VALUES ('delete', old.id, old.name, old.email, old.phone, old.webinar_title);
    INSERT INTO attendees_fts (rowid, name, email, phone, webinar_title)
    VALUES (new.id, new.name, new.email, new.phone, new.webinar_title);
END;

CREATE INDEX attendees_by_webinar ON attendees (webinar_id, first_received_at);
CREATE INDEX webinars_by_last_received ON webinars (last_received_at);
)sql";

// Version 3: optional verification per hook, on top of the secret path token: a
// header that must carry a secret value, and a Standard Webhooks signing secret.
const char *const migrationTo3 = R"sql(
ALTER TABLE subscriptions ADD COLUMN verify_header TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN verify_header_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN hmac_secret TEXT NOT NULL DEFAULT '';
)sql";

// Version 4: one index per sortable column of the attendee table, so that a
// page of a million attendees sorted by name (or email, phone, webinar,
// deliveries) is a short index walk instead of a full sort (~110 ms per page at
// 1M rows without it, ~15 ms at OFFSET 500000 with it). Measured cost at 1M
// rows: +20 % file size; the search index dominates insert time either way.
const char *const migrationTo4 = R"sql(
CREATE INDEX attendees_by_name ON attendees (name COLLATE NOCASE);
CREATE INDEX attendees_by_email ON attendees (email_norm);
CREATE INDEX attendees_by_phone ON attendees (phone);
CREATE INDEX attendees_by_title ON attendees (webinar_title COLLATE NOCASE);
CREATE INDEX attendees_by_deliveries ON attendees (delivery_count);
)sql";

// Version 5: the Standard Webhooks replay window, in the database so that it
// survives a restart and is shared by every process writing to the file. The
// writer claims (hook, webhook-id) in the transaction that stores the delivery;
// a claim whose expires_at has passed counts as absent. Expired rows are deleted
// by the writer, and the table is capped (StoreWriter::Options).
const char *const migrationTo5 = R"sql(
CREATE TABLE webhook_ids (
    subscription_id INTEGER NOT NULL,
    webhook_id      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    PRIMARY KEY (subscription_id, webhook_id)
) WITHOUT ROWID;
CREATE INDEX webhook_ids_by_expiry ON webhook_ids (expires_at);
)sql";

// Version 6: email identities by EmailAddress's rule (NFC, full case folding
// of the local part, ACE domain) instead of QString::toLower. For ASCII
// addresses both give the same text, so only rows with other characters are
// recomputed. A row whose new identity another row of its webinar already has
// keeps its old one (OR IGNORE): the two stay separate, nothing is lost.
// It only needs the attendees table of version 1.
const char *const migrationTo6 = R"sql(
UPDATE OR IGNORE attendees SET email_norm = hookdesk_email_identity(email)
WHERE length(CAST(email AS BLOB)) <> length(email)
  AND email_norm <> hookdesk_email_identity(email);
)sql";

// Version 7: phones the way people type them. phone_e164 holds the E.164
// form of phone (PhoneNumber::toE164, "" when it is not a valid number), which
// the writer fills at intake with its region (serve --phone-region, India by
// default). Existing rows are read as Indian: a number typed with its country
// code comes out the same with any region.
const char *const migrationTo7 = R"sql(
ALTER TABLE attendees ADD COLUMN phone_e164 TEXT NOT NULL DEFAULT '';
UPDATE attendees SET phone_e164 = hookdesk_phone_e164(phone, 'IN') WHERE phone <> '';
CREATE INDEX attendees_by_phone_e164 ON attendees (phone_e164);
)sql";

// Version 8: who registered. One row per (session, normalised email), from
// reminder and booking calls, with the reminders that came; the webinars table
// also holds sessions nobody attended yet, their schedule (UTC, the latest call
// that names it wins) and meeting link, and counters kept by triggers:
// registered_count, and matched_count = registrants who also attended. From
// them (and attendee_count) come no-shows, walk-ins and the show-up rate
// (WebinarQuery), at any size without a scan. A webinar row goes when it has
// neither attendees nor registrations. The person columns have the attendees'
// names, so a filter reads either table (AttendeeFilter).
const char *const migrationTo8 = R"sql(
CREATE TABLE registrations (
    id                INTEGER PRIMARY KEY,
    webinar_id        TEXT NOT NULL,
    email             TEXT NOT NULL,
    email_norm        TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    phone_e164        TEXT NOT NULL DEFAULT '',
    timezone          TEXT NOT NULL DEFAULT '',
    mangoes           TEXT NOT NULL DEFAULT '',
    webinar_title     TEXT NOT NULL DEFAULT '',
    first_received_at TEXT NOT NULL,
    last_received_at  TEXT NOT NULL,
    delivery_count    INTEGER NOT NULL DEFAULT 1,
    booked_at         TEXT,
    reminder_1day_at  TEXT,
    reminder_30min_at TEXT,
    reminder_15min_at TEXT,
    subscription_id   INTEGER,
    is_test           INTEGER NOT NULL DEFAULT 0,
    attended          INTEGER NOT NULL DEFAULT 0, -- kept by triggers on attendees
    UNIQUE (webinar_id, email_norm)
);
-- Who did not come, by name, without walking those who did.
CREATE INDEX registrations_absent_by_name ON registrations (name COLLATE NOCASE) WHERE attended = 0;
CREATE INDEX registrations_absent_by_webinar_name ON registrations (webinar_id, name COLLATE NOCASE)
WHERE attended = 0;
CREATE INDEX registrations_by_email ON registrations (email_norm);
CREATE INDEX registrations_by_webinar ON registrations (webinar_id, id);
CREATE INDEX registrations_by_name ON registrations (name COLLATE NOCASE);
CREATE INDEX registrations_by_phone ON registrations (phone);
CREATE INDEX registrations_by_title ON registrations (webinar_title COLLATE NOCASE);
CREATE INDEX registrations_by_deliveries ON registrations (delivery_count);
-- Registrations with the columns an attendee row has: the session's recording
-- link (a no-show is mailed the replay). Read only for the rows a query returns.
CREATE VIEW registrants AS
SELECT r.*, coalesce((SELECT w.recording_url FROM webinars w WHERE w.webinar_id = r.webinar_id), '')
       AS recording_url
FROM registrations r;

ALTER TABLE webinars ADD COLUMN starts_at TEXT;
ALTER TABLE webinars ADD COLUMN ends_at TEXT;
ALTER TABLE webinars ADD COLUMN schedule_received_at TEXT;
ALTER TABLE webinars ADD COLUMN meeting_url TEXT NOT NULL DEFAULT '';
ALTER TABLE webinars ADD COLUMN registered_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webinars ADD COLUMN matched_count INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER attendees_insert_webinar;
CREATE TRIGGER attendees_insert_webinar AFTER INSERT ON attendees BEGIN
    INSERT INTO webinars (webinar_id, title, recording_url, attendee_count,
                          first_received_at, last_received_at, matched_count)
    VALUES (new.webinar_id, new.webinar_title, new.recording_url, 1,
            new.first_received_at, new.last_received_at,
            EXISTS (SELECT 1 FROM registrations r
                    WHERE r.webinar_id = new.webinar_id AND r.email_norm = new.email_norm))
    ON CONFLICT (webinar_id) DO UPDATE SET
        attendee_count = attendee_count + 1,
        matched_count = matched_count + excluded.matched_count,
        title = CASE WHEN title = '' THEN excluded.title ELSE title END,
        recording_url = CASE WHEN recording_url = '' THEN excluded.recording_url
                             ELSE recording_url END,
        last_received_at = max(last_received_at, excluded.last_received_at);
END;

DROP TRIGGER attendees_delete_webinar;
CREATE TRIGGER attendees_delete_webinar AFTER DELETE ON attendees BEGIN
    UPDATE webinars SET
        attendee_count = attendee_count - 1,
        matched_count = matched_count
            - EXISTS (SELECT 1 FROM registrations r
                      WHERE r.webinar_id = old.webinar_id AND r.email_norm = old.email_norm)
    WHERE webinar_id = old.webinar_id;
    DELETE FROM webinars WHERE webinar_id = old.webinar_id AND attendee_count <= 0
                           AND registered_count <= 0;
END;

-- Walk-ins are few: a flag with a partial index finds them without a scan.
ALTER TABLE attendees ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;
CREATE INDEX attendees_walk_ins ON attendees (registered) WHERE registered = 0;
CREATE TRIGGER attendees_insert_registered AFTER INSERT ON attendees
WHEN EXISTS (SELECT 1 FROM registrations r
             WHERE r.webinar_id = new.webinar_id AND r.email_norm = new.email_norm)
BEGIN
    UPDATE attendees SET registered = 1 WHERE id = new.id;
    UPDATE registrations SET attended = 1
    WHERE webinar_id = new.webinar_id AND email_norm = new.email_norm;
END;
CREATE TRIGGER attendees_delete_registered AFTER DELETE ON attendees WHEN old.registered = 1
BEGIN
    UPDATE registrations SET attended = 0
    WHERE webinar_id = old.webinar_id AND email_norm = old.email_norm;
END;

CREATE TRIGGER registrations_insert_webinar AFTER INSERT ON registrations BEGIN
    UPDATE attendees SET registered = 1
    WHERE webinar_id = new.webinar_id AND email_norm = new.email_norm;
    UPDATE registrations SET attended = 1
    WHERE id = new.id AND EXISTS (SELECT 1 FROM attendees a
                                  WHERE a.webinar_id = new.webinar_id AND a.email_norm = new.email_norm);
    INSERT INTO webinars (webinar_id, title, first_received_at, last_received_at,
                          registered_count, matched_count)
    VALUES (new.webinar_id, new.webinar_title, new.first_received_at, new.last_received_at, 1,
            EXISTS (SELECT 1 FROM attendees a
                    WHERE a.webinar_id = new.webinar_id AND a.email_norm = new.email_norm))
    ON CONFLICT (webinar_id) DO UPDATE SET
        registered_count = registered_count + 1,
        matched_count = matched_count + excluded.matched_count,
        title = CASE WHEN title = '' THEN excluded.title ELSE title END,
        last_received_at = max(last_received_at, excluded.last_received_at);
END;

CREATE TRIGGER registrations_update_webinar AFTER UPDATE OF last_received_at ON registrations BEGIN
    UPDATE webinars SET last_received_at = max(last_received_at, new.last_received_at)
    WHERE webinar_id = new.webinar_id;
END;

CREATE TRIGGER registrations_delete_webinar AFTER DELETE ON registrations BEGIN
    UPDATE attendees SET registered = 0
    WHERE webinar_id = old.webinar_id AND email_norm = old.email_norm;
    UPDATE webinars SET
        registered_count = registered_count - 1,
        matched_count = matched_count
            - EXISTS (SELECT 1 FROM attendees a
                      WHERE a.webinar_id = old.webinar_id AND a.email_norm = old.email_norm)
    WHERE webinar_id = old.webinar_id;
    DELETE FROM webinars WHERE webinar_id = old.webinar_id AND attendee_count <= 0
                           AND registered_count <= 0;
END;
)sql";

struct Migration
{
    int toVersion;
    const char *sql;
};

const Migration migrations[] = {
    {1, migrationTo1},
    {2, migrationTo2},
    {3, migrationTo3},
    {4, migrationTo4},
    {5, migrationTo5},
    {6, migrationTo6},
    {7, migrationTo7},
    {8, migrationTo8},
};

bool setPragmas(SqliteDatabase &db, bool writer, QString *error)
{
    // A larger page cache and fewer automatic checkpoints keep the writer's
    // commits short during a burst; synchronous=FULL makes every commit durable.
    const QString pragmas = writer ? QStringLiteral("PRAGMA journal_mode=WAL;"
                                                    "PRAGMA synchronous=FULL;"
                                                    "PRAGMA foreign_keys=ON;"
                                                    "PRAGMA cache_size=-65536;"
                                                    "PRAGMA temp_store=MEMORY;"
                                                    "PRAGMA wal_autocheckpoint=8192;")
                                   : QStringLiteral("PRAGMA foreign_keys=ON;");
    if (!db.exec(pragmas)) {
        *error = db.lastError().message;
        return false;
    }
    return true;
}

} // namespace

int version(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool prepareForWriting(SqliteDatabase &db, QString *error)
{
    return prepareForWriting(db, error, CurrentVersion);
}

bool prepareForWriting(SqliteDatabase &db, QString *error, int targetVersion)
{
    // Reading the schema first turns "file is not a database" into a clear error
    // before we change anything.
    const QVariant current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current.isValid()) {
        *error = QCoreApplication::translate("Schema", "cannot read the database: %1")
                         .arg(db.lastError().message);
        return false;
    }
    if (!setPragmas(db, true, error))
        return false;

    int from = current.toInt();
    if (from > CurrentVersion) {
        *error = QCoreApplication::translate(
                         "Schema", "the database was written by a newer HookDesk (schema %1, this "
                                   "version knows up to %2)")
                         .arg(from)
                         .arg(CurrentVersion);
        return false;
    }
    for (const Migration &migration : migrations) {
        if (migration.toVersion <= from || migration.toVersion > targetVersion)
            continue;
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;%1;PRAGMA user_version=%2;COMMIT;")
                                    .arg(QString::fromUtf8(migration.sql))
                                    .arg(migration.toVersion);
        if (!db.exec(sql)) {
            *error = QCoreApplication::translate("Schema", "cannot upgrade the database to "
                                                           "schema %1: %2")
                             .arg(migration.toVersion)
                             .arg(db.lastError().message);
            db.rollback();
            return false;
        }
        qCInfo(lcStore) << "database schema migrated to version" << migration.toVersion;
        from = migration.toVersion;
    }
    return true;
}

bool prepareForReading(SqliteDatabase &db, QString *error)
{
    if (!setPragmas(db, false, error))
        return false;
    const int v = version(db);
    if (v != CurrentVersion) {
        *error = QCoreApplication::translate("Schema", "unexpected database schema %1 (expected %2)")
                         .arg(v)
                         .arg(CurrentVersion);
        return false;
    }
    return true;
}

} // namespace hookdesk::Schema
