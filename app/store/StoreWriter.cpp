// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreWriter.h"

#include "HookDirectory.h"
#include "HookRepository.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <pthread.h>

namespace hookdesk {
namespace {

// Prepared statements of one writer connection.
struct Statements
{
    explicit Statements(SqliteDatabase &db)
        : upsertAttendee(db, QStringLiteral(
                  "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
                  "recording_url, first_received_at, last_received_at, delivery_count, "
                  "subscription_id, is_test, raw_payload) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, ?9, ?10, ?11) "
                  "ON CONFLICT (webinar_id, email_norm) DO UPDATE SET "
                  "delivery_count = delivery_count + 1, "
                  "last_received_at = excluded.last_received_at, "
                  "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
                  "phone = CASE WHEN phone = '' THEN excluded.phone ELSE phone END, "
                  "webinar_title = CASE WHEN webinar_title = '' THEN excluded.webinar_title "
                  "ELSE webinar_title END, "
                  "recording_url = CASE WHEN recording_url = '' THEN excluded.recording_url "
                  "ELSE recording_url END "
                  "RETURNING id, delivery_count")),
          insertDelivery(db, QStringLiteral(
                  "INSERT INTO deliveries (received_at, remote, subscription_id, method, path, "
                  "status, outcome, reason, headers, body, body_size, attendee_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          touchSubscription(db, QStringLiteral(
                  "UPDATE subscriptions SET delivery_count = delivery_count + ?, "
                  "last_delivery_at = max(coalesce(last_delivery_at, ''), ?) WHERE id = ?"))
    {
    }

    bool isValid() const
    {
        return upsertAttendee.isValid() && insertDelivery.isValid() && touchSubscription.isValid();
    }

    SqliteStatement upsertAttendee;
    SqliteStatement insertDelivery;
    SqliteStatement touchSubscription;
};

thread_local Statements *t_statements = nullptr;

// Search indexing starts after this long without incoming writes, in chunks
// small enough (a few ms) that a new burst waits little for the one under way.
constexpr int QuietBeforeIndexingMs = 200;
constexpr int IndexChunkRows = 500;

QString outcomeName(WriteOutcome::Kind kind)
{
    switch (kind) {
    case WriteOutcome::Kind::Stored:
        return QStringLiteral("stored");
    case WriteOutcome::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case WriteOutcome::Kind::Logged:
        return QStringLiteral("logged");
    case WriteOutcome::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

StoreWriter::StoreWriter(HookDirectory *hooks, QObject *parent) : QObject(parent), m_hooks(hooks)
{
    qRegisterMetaType<hookdesk::CommitSummary>();
}

StoreWriter::~StoreWriter()
{
    stop();
}

bool StoreWriter::start(const Options &options, QString *error)
{
    if (m_thread.joinable())
        return true;
    m_options = options;
    m_stopping = false;
    m_checkpointStop = false;
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread(&StoreWriter::run, this, options, &opened);
    const QString failure = result.get();
    if (!failure.isEmpty()) {
        m_thread.join();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void StoreWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool StoreWriter::submit(WriteRequest &&request)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_thread.joinable()
            || m_queue.size() >= static_cast<size_t>(m_options.maxQueued))
            return false;
        m_queue.push_back(std::move(request));
        // Wake the writer only when it sleeps: during a burst it is busy
        // committing and takes the whole queue next time round anyway.
        wake = m_waiting;
        m_waiting = false;
    }
    if (wake)
        m_wake.notify_one();
    return true;
}

void StoreWriter::runTask(std::function<void(SqliteDatabase &)> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void StoreWriter::setDeliveryRetention(qint64 maxRows, int maxAgeDays)
{
    // The writer thread reads these while pruning: change them there.
    runTask([this, maxRows, maxAgeDays](SqliteDatabase &) {
        m_options.deliveryMaxRows = maxRows;
        m_options.deliveryMaxAgeDays = maxAgeDays;
    });
}

qint64 StoreWriter::queuedCount() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_queue.size());
}

void StoreWriter::run(Options options, std::promise<QString> *opened)
{
    pthread_setname_np(pthread_self(), "hd-writer");
    SqliteDatabase db;
    QString error;
    if (!db.open(options.databasePath, SqliteDatabase::Mode::ReadWrite)) {
        opened->set_value(db.lastError().message.isEmpty() ? QStringLiteral("cannot open")
                                                           : db.lastError().message);
        return;
    }
    db.setBusyTimeout(options.busyTimeoutMs);
    if (db.isReadOnly()) {
        opened->set_value(tr("the database file is read-only: %1").arg(options.databasePath));
        return;
    }
    if (!Schema::prepareForWriting(db, &error)) {
        opened->set_value(error);
        return;
    }
    Statements statements(db);
    if (!statements.isValid()) {
        opened->set_value(db.lastError().message);
        return;
    }
    t_statements = &statements;
    // Checkpoints run on their own connection and thread, so copying the WAL back
    // into the database never sits inside a commit that senders wait for.
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    std::thread checkpointer(&StoreWriter::checkpointLoop, this, options.databasePath);
    reloadHooks(db);
    qCInfo(lcStore) << "writer ready on" << options.databasePath;
    opened->set_value(QString());

    QElapsedTimer sinceMaintenance;
    sinceMaintenance.start();
    std::vector<WriteRequest> batch;
    std::vector<std::function<void(SqliteDatabase &)>> tasks;
    bool indexBehind = true;
    QElapsedTimer sinceWrite; // invalid until the first write
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            // With search indexing to catch up on, only look whether work arrived.
            m_waiting = true;
            // Search indexing waits for a quiet moment: a burst is never held up by it.
            const bool quiet = !sinceWrite.isValid() || sinceWrite.elapsed() >= QuietBeforeIndexingMs;
            const int waitMs = indexBehind ? (quiet ? 0 : QuietBeforeIndexingMs) : 500;
            m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), [this] {
                return m_stopping || !m_queue.empty() || !m_tasks.empty();
            });
            m_waiting = false;
            const size_t take = std::min(m_queue.size(), size_t(options.maxBatch));
            batch.clear();
            batch.reserve(take);
            for (size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            tasks.swap(m_tasks);
            if (batch.empty() && tasks.empty() && m_stopping)
                break;
        }
        for (auto &task : tasks)
            task(db);
        if (!tasks.empty()) {
            tasks.clear();
            reloadHooks(db);
        }
        if (!batch.empty()) {
            processBatch(db, batch);
            indexBehind = true;
            sinceWrite.start();
        } else if (indexBehind && (!sinceWrite.isValid() || sinceWrite.elapsed() >= QuietBeforeIndexingMs)) {
            indexBehind = indexSearchTail(db);
        }
        if (sinceMaintenance.elapsed() > 1000) {
            maintain(db);
            sinceMaintenance.restart();
        }
    }
    t_statements = nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_checkpointStop = true;
    }
    m_checkpointWake.notify_all();
    checkpointer.join();
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcStore) << "writer stopped";
}

void StoreWriter::processBatch(SqliteDatabase &db, std::vector<WriteRequest> &batch)
{
    std::vector<WriteOutcome> outcomes;
    CommitSummary summary;
    QElapsedTimer timer;
    timer.start();
    bool ok = writeBatch(db, batch, outcomes, summary);
    if (!ok && batch.size() > 1 && !db.lastError().isTransient()) {
        // One bad request must not cost the others: retry them one per transaction.
        qCWarning(lcStore) << "batch failed, retrying one by one:" << db.lastError().message;
        std::vector<WriteOutcome> all;
        CommitSummary merged;
        for (auto &request : batch) {
            std::vector<WriteRequest> single;
            single.push_back(std::move(request));
            std::vector<WriteOutcome> one;
            CommitSummary part;
            writeBatch(db, single, one, part);
            request = std::move(single.front());
            all.push_back(one.front());
            merged.stored += part.stored;
            merged.duplicates += part.duplicates;
            merged.rejected += part.rejected;
            merged.failed += part.failed;
            for (auto it = part.storedPerWebinar.cbegin(); it != part.storedPerWebinar.cend(); ++it)
                merged.storedPerWebinar[it.key()] += it.value();
            merged.webinarTitles.insert(part.webinarTitles);
        }
        outcomes = std::move(all);
        summary = merged;
        ok = summary.failed < int(batch.size());
    }
    qCDebug(lcStore) << "batch of" << batch.size() << "written in" << timer.elapsed() << "ms";

    if (!ok && !m_failing) {
        m_failing = true;
        qCWarning(lcStore) << "write failed:" << db.lastError().message;
        emit storeFailed(db.lastError().message);
    } else if (ok && m_failing) {
        m_failing = false;
        qCInfo(lcStore) << "writes succeed again";
        emit storeRecovered();
    }
    // One report per sink for the whole commit.
    std::vector<std::pair<WriteCompletionSink *, std::vector<std::pair<quint64, WriteOutcome>>>> bySink;
    for (size_t i = 0; i < batch.size(); ++i) {
        WriteRequest &request = batch[i];
        if (request.done)
            request.done(outcomes[i]);
        if (!request.sink)
            continue;
        auto group = std::find_if(bySink.begin(), bySink.end(),
                                  [&](const auto &entry) { return entry.first == request.sink; });
        if (group == bySink.end()) {
            bySink.push_back({request.sink, {}});
            group = bySink.end() - 1;
            group->second.reserve(batch.size());
        }
        group->second.emplace_back(request.ticket, outcomes[i]);
    }
    for (auto &[sink, results] : bySink)
        sink->completed(std::move(results));
    if (summary.stored || summary.duplicates || summary.rejected)
        emit committed(summary);
}

bool StoreWriter::writeBatch(SqliteDatabase &db, std::vector<WriteRequest> &batch,
                             std::vector<WriteOutcome> &outcomes, CommitSummary &summary)
{
    Statements &st = *t_statements;
    outcomes.assign(batch.size(), WriteOutcome{});
    auto fail = [&](const QString &message) {
        db.exec(QStringLiteral("ROLLBACK"));
        for (auto &outcome : outcomes)
            outcome = WriteOutcome{WriteOutcome::Kind::Failed, 0, message};
        summary = CommitSummary{};
        summary.failed = int(batch.size());
        return false;
    };

    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(db.lastError().message);

    struct Touch
    {
        qint64 count = 0;
        QString last;
    };
    QHash<qint64, Touch> touched;
    for (size_t i = 0; i < batch.size(); ++i) {
        WriteRequest &request = batch[i];
        DeliveryRecord &delivery = request.delivery;
        const QString receivedAt = isoTimestamp(delivery.receivedAt);
        WriteOutcome &outcome = outcomes[i];
        outcome.kind = WriteOutcome::Kind::Logged;

        if (request.attendee) {
            const AttendeeRecord &a = *request.attendee;
            SqliteStatement &up = st.upsertAttendee;
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
            if (!up.next())
                return fail(db.lastError().message);
            outcome.attendeeId = up.int64(0);
            const bool isNew = up.int64(1) == 1;
            up.run();
            if (up.hasError())
                return fail(db.lastError().message);
            outcome.kind = isNew ? WriteOutcome::Kind::Stored : WriteOutcome::Kind::Duplicate;
            if (isNew) {
                ++summary.stored;
                ++summary.storedPerWebinar[a.webinarId];
                if (!a.webinarTitle.isEmpty())
                    summary.webinarTitles.insert(a.webinarId, a.webinarTitle);
            } else {
                ++summary.duplicates;
            }
            delivery.outcome = outcomeName(outcome.kind);
        } else if (delivery.status >= 400) {
            ++summary.rejected;
        }

        SqliteStatement &log = st.insertDelivery;
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
        log.bind(7, delivery.outcome);
        log.bind(8, delivery.reason);
        log.bind(9, delivery.headersJson);
        const QByteArray body = delivery.body.left(m_options.deliveryBodyCap);
        log.bindBlob(10, body);
        log.bind(11, delivery.bodySize);
        if (outcome.attendeeId > 0)
            log.bind(12, outcome.attendeeId);
        else
            log.bindNull(12);
        if (!log.run())
            return fail(db.lastError().message);

        if (delivery.subscriptionId > 0) {
            Touch &t = touched[delivery.subscriptionId];
            ++t.count;
            if (receivedAt > t.last)
                t.last = receivedAt;
        }
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        SqliteStatement &touch = st.touchSubscription;
        touch.reset();
        touch.bind(1, it.value().count);
        touch.bind(2, it.value().last);
        touch.bind(3, it.key());
        if (!touch.run())
            return fail(db.lastError().message);
    }
    if (!db.exec(QStringLiteral("COMMIT")))
        return fail(db.lastError().message);
    return true;
}

bool StoreWriter::indexSearchTail(SqliteDatabase &db)
{
    constexpr int chunk = IndexChunkRows;
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto rollback = [&db] {
        qCWarning(lcStore) << "search indexing failed:" << db.lastError().message;
        db.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const qint64 from = db.scalar(QStringLiteral("SELECT last_indexed_id FROM search_index_state")).toLongLong();
    SqliteStatement upper(db, QStringLiteral(
            "SELECT max(id), count(*) FROM (SELECT id FROM attendees WHERE id > ? ORDER BY id LIMIT ?)"));
    upper.bind(1, from);
    upper.bind(2, chunk);
    if (!upper.next())
        return rollback();
    const qint64 to = upper.int64(0);
    const qint64 count = upper.int64(1);
    upper.run();
    if (count == 0) {
        db.exec(QStringLiteral("COMMIT"));
        return false;
    }
    SqliteStatement index(db, QStringLiteral(
            "INSERT INTO attendees_fts (rowid, name, email, phone, webinar_title) "
            "SELECT id, name, email, phone, webinar_title FROM attendees WHERE id > ? AND id <= ?"));
    index.bind(1, from);
    index.bind(2, to);
    SqliteStatement mark(db, QStringLiteral("UPDATE search_index_state SET last_indexed_id = ?"));
    mark.bind(1, to);
    if (!index.run() || !mark.run() || !db.exec(QStringLiteral("COMMIT")))
        return rollback();
    qCDebug(lcStore) << "indexed" << count << "attendees for search";
    return count == chunk;
}

void StoreWriter::checkpointLoop(QString path)
{
    pthread_setname_np(pthread_self(), "hd-checkpoint");
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite)) {
        qCWarning(lcStore) << "checkpointer cannot open the database:" << db.lastError().message;
        return;
    }
    db.exec(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=0"));
    std::unique_lock lock(m_mutex);
    while (!m_checkpointStop) {
        m_checkpointWake.wait_for(lock, std::chrono::milliseconds(500));
        if (m_checkpointStop)
            break;
        lock.unlock();
        if (!db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCDebug(lcStore) << "checkpoint:" << db.lastError().message;
        lock.lock();
    }
}

void StoreWriter::reloadHooks(SqliteDatabase &db)
{
    if (!m_hooks)
        return;
    QString error;
    const QList<Hook> hooks = HookRepository::list(db, &error);
    if (error.isEmpty())
        m_hooks->publish(hooks);
    else
        qCWarning(lcStore) << error;
}

void StoreWriter::maintain(SqliteDatabase &db)
{
    // Another process (e.g. `hookdesk hook add`) may have changed the hooks.
    const qint64 dataVersion = db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (dataVersion != m_dataVersion) {
        m_dataVersion = dataVersion;
        reloadHooks(db);
    }
    if (m_sincePrune.isValid() && m_sincePrune.elapsed() < 60 * 1000)
        return;
    m_sincePrune.start();

    // Delivery log retention: bounded by row count and age.
    SqliteStatement prune(db, QStringLiteral(
            "DELETE FROM deliveries WHERE id <= (SELECT max(id) FROM deliveries) - ?1 "
            "OR received_at < ?2"));
    prune.bind(1, m_options.deliveryMaxRows);
    prune.bind(2, isoTimestamp(QDateTime::currentDateTimeUtc().addDays(-m_options.deliveryMaxAgeDays)));
    if (!prune.run())
        qCWarning(lcStore) << "delivery log pruning failed:" << db.lastError().message;
    else if (db.changes() > 0)
        qCDebug(lcStore) << "pruned" << db.changes() << "old deliveries";
}

} // namespace hookdesk
