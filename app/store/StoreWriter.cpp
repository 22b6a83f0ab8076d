// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreWriter.h"

#include "core/Clock.h"
#include "BatchWriter.h"
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

// Search indexing starts after this long without incoming writes, in chunks
// small enough (a few ms) that a new burst waits little for the one under way.
constexpr int QuietBeforeIndexingMs = 200;
constexpr int IndexChunkRows = 500;
// Housekeeping (search indexing, pruning, expiry) is optional work: it waits only
// briefly for another process's lock and tries again later, so a request that
// arrives meanwhile is not held up by it.
constexpr int HousekeepingBusyTimeoutMs = 50;
// A request that has already waited its busy timeout in the queue still gets one
// short try, so a lock held only for an instant does not refuse it.
constexpr int MinimumBusyTimeoutMs = 50;

QString failureName(StoreFailure failure)
{
    switch (failure) {
    case StoreFailure::None:
        return QStringLiteral("none");
    case StoreFailure::Busy:
        return QStringLiteral("busy");
    case StoreFailure::Full:
        return QStringLiteral("full");
    case StoreFailure::Unavailable:
        return QStringLiteral("unavailable");
    case StoreFailure::BadRecord:
        return QStringLiteral("bad record");
    case StoreFailure::Internal:
        break;
    }
    return QStringLiteral("internal");
}

WriteOutcome failedOutcome(const SqliteError &error)
{
    WriteOutcome outcome;
    outcome.kind = WriteOutcome::Kind::Failed;
    outcome.failure = error.failure();
    outcome.error = error.message;
    return outcome;
}

void merge(CommitSummary &into, const CommitSummary &part)
{
    into.stored += part.stored;
    into.duplicates += part.duplicates;
    into.rejected += part.rejected;
    into.failed += part.failed;
    into.registrationsStored += part.registrationsStored;
    into.registrationsUpdated += part.registrationsUpdated;
    for (auto it = part.storedPerWebinar.cbegin(); it != part.storedPerWebinar.cend(); ++it)
        into.storedPerWebinar[it.key()] += it.value();
    into.webinarTitles.insert(part.webinarTitles);
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
        request.queuedAt = std::chrono::steady_clock::now();
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
    BatchWriter batchWriter(db, options.deliveryBodyCap, options.webhookIdMaxRows,
                            options.phoneRegion);
    if (!batchWriter.isValid()) {
        opened->set_value(db.lastError().message);
        return;
    }
    m_batchWriter = &batchWriter;
    m_sinceRecount.start();
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
        if (!tasks.empty())
            db.setBusyTimeout(m_options.busyTimeoutMs); // housekeeping may have shortened it
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
            db.setBusyTimeout(HousekeepingBusyTimeoutMs);
            indexBehind = indexSearchTail(db);
        }
        if (sinceMaintenance.elapsed() > 1000) {
            db.setBusyTimeout(HousekeepingBusyTimeoutMs);
            maintain(db);
            sinceMaintenance.restart();
        }
    }
    m_batchWriter = nullptr;
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
    // The busy timeout counts from when the oldest request was queued: requests
    // that queued up while the previous batch waited for a lock do not wait a
    // second full timeout, so every sender has its answer within about one.
    const auto oldest = std::min_element(batch.begin(), batch.end(), [](const auto &a, const auto &b) {
                            return a.queuedAt < b.queuedAt;
                        })->queuedAt;
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - oldest)
                                .count();
    db.setBusyTimeout(int(std::max<qint64>(MinimumBusyTimeoutMs, m_options.busyTimeoutMs - waited)));
    writeWithRetries(batch, outcomes, summary);
    qCDebug(lcStore) << "batch of" << batch.size() << "written in" << timer.elapsed() << "ms";

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
    if (summary.stored || summary.duplicates || summary.rejected || summary.registrationsStored
        || summary.registrationsUpdated)
        emit committed(summary);
}

void StoreWriter::writeWithRetries(std::vector<WriteRequest> &batch,
                                   std::vector<WriteOutcome> &outcomes, CommitSummary &summary)
{
    outcomes.assign(batch.size(), WriteOutcome{});
    summary = CommitSummary{};
    std::vector<size_t> remaining(batch.size());
    for (size_t i = 0; i < batch.size(); ++i)
        remaining[i] = i;
    bool oneByOne = false;
    // Set when the store itself failed (locked, full, I/O, corrupt), not one request.
    std::optional<SqliteError> storeError;
    while (!remaining.empty()) {
        // One transaction for everything left, or for a single request once the
        // failure could not be pinned on one.
        const size_t take = oneByOne ? 1 : remaining.size();
        std::vector<WriteRequest *> requests;
        requests.reserve(take);
        for (size_t k = 0; k < take; ++k)
            requests.push_back(&batch[remaining[k]]);
        std::vector<WriteOutcome> part;
        CommitSummary partSummary;
        const BatchWriter::Result result = m_batchWriter->write(requests, part, partSummary);
        if (result.ok) {
            for (size_t k = 0; k < take; ++k)
                outcomes[remaining[k]] = part[k];
            merge(summary, partSummary);
            remaining.erase(remaining.begin(), remaining.begin() + qsizetype(take));
            continue;
        }
        const StoreFailure failure = result.error.failure();
        if (isTransient(failure)) {
            // The store cannot write now (locked, full, I/O): retrying request by
            // request would only make each sender wait again. Everything left is
            // refused at once; the senders retry after 503.
            storeError = result.error;
            for (size_t index : remaining)
                outcomes[index] = failedOutcome(result.error);
            summary.failed += int(remaining.size());
            remaining.clear();
            continue;
        }
        if (result.culprit || take == 1) {
            // One request's data was refused (a constraint, a type): it alone fails,
            // the others are written again without it.
            const size_t at = result.culprit ? *result.culprit : 0;
            qCWarning(lcStore).noquote()
                    << QStringLiteral("request refused by the database (%1):").arg(failureName(failure))
                    << result.error.message;
            outcomes[remaining[at]] = failedOutcome(result.error);
            ++summary.failed;
            remaining.erase(remaining.begin() + qsizetype(at));
            if (failure != StoreFailure::BadRecord)
                storeError = result.error;
            continue;
        }
        // The transaction failed as a whole (e.g. at COMMIT) for a reason that is
        // not transient: find the request at fault one transaction at a time.
        qCWarning(lcStore).noquote()
                << QStringLiteral("batch failed (%1), retrying one by one:").arg(failureName(failure))
                << result.error.message;
        oneByOne = true;
    }
    // A request refused for its own data says nothing about the store's health.
    if (storeError && (isTransient(storeError->failure()) || summary.failed == int(batch.size())))
        reportFailure(*storeError, size_t(summary.failed));
    else if (m_failing && summary.failed < int(batch.size()))
        reportFailure(SqliteError{}, 0);
}

void StoreWriter::reportFailure(const SqliteError &error, size_t requests)
{
    if (!error.isSet()) {
        m_failing = false;
        m_lastFailure.clear();
        qCInfo(lcStore) << "writes succeed again";
        emit storeRecovered();
        return;
    }
    // The real error, once: not again for every batch that meets the same lock.
    if (error.message != m_lastFailure) {
        qCWarning(lcStore).noquote()
                << QStringLiteral("write of %1 request(s) failed (%2):").arg(requests).arg(failureName(error.failure()))
                << error.message;
        m_lastFailure = error.message;
    } else {
        qCDebug(lcStore).noquote() << "write of" << requests << "request(s) failed again:" << error.message;
    }
    if (!m_failing) {
        m_failing = true;
        emit storeFailed(error.message);
    }
}

bool StoreWriter::indexSearchTail(SqliteDatabase &db)
{
    constexpr int chunk = IndexChunkRows;
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto rollback = [&db] {
        qCWarning(lcStore) << "search indexing failed:" << db.lastError().message;
        db.rollback();
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
    if (!error.isEmpty()) {
        qCWarning(lcStore) << error;
        return;
    }
    m_hooks->publish(hooks);
    QString signature;
    for (const Hook &hook : hooks) {
        signature += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                             .arg(hook.token, hook.event, isoTimestamp(hook.retiredAt), hook.apiBase)
                             .arg(hook.responseStatus)
                             .arg(hook.deliveryCount > 0);
    }
    if (signature != m_hooksSignature) {
        m_hooksSignature = signature;
        emit hooksChanged(hooks);
    }
}

void StoreWriter::maintain(SqliteDatabase &db)
{
    // Another process (e.g. `hookdesk hook add`) may have changed the hooks.
    const qint64 dataVersion = db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (dataVersion != m_dataVersion) {
        m_dataVersion = dataVersion;
        reloadHooks(db);
    }
    // Expired webhook-ids go every tick (a read when there are none); a full
    // recount, which also catches other processes' claims, twice a minute.
    const bool recount = m_sinceRecount.elapsed() > 30 * 1000;
    m_batchWriter->expireWebhookIds(recount);
    if (recount)
        m_sinceRecount.restart();
    if (m_sincePrune.isValid() && m_sincePrune.elapsed() < 60 * 1000)
        return;
    m_sincePrune.start();

    // Delivery log retention: bounded by row count and age.
    SqliteStatement prune(db, QStringLiteral(
            "DELETE FROM deliveries WHERE id <= (SELECT max(id) FROM deliveries) - ?1 "
            "OR received_at < ?2"));
    prune.bind(1, m_options.deliveryMaxRows);
    prune.bind(2, isoTimestamp(Clock::currentDateTimeUtc().addDays(-m_options.deliveryMaxAgeDays)));
    if (!prune.run())
        qCWarning(lcStore) << "delivery log pruning failed:" << db.lastError().message;
    else if (db.changes() > 0)
        qCDebug(lcStore) << "pruned" << db.changes() << "old deliveries";
}

} // namespace hookdesk
