// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HookRepository.h"
#include "Records.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <future>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace hookdesk {

class BatchWriter;
class HookDirectory;
class SqliteDatabase;
struct SqliteError;

struct WriteOutcome
{
    // The same words as the request's delivery-log row.
    using Kind = DeliveryOutcome;
    Kind kind = Kind::Failed;
    qint64 attendeeId = 0;
    // Duplicate because the request's webhook-id was already processed (nothing was
    // upserted), rather than because the attendee was known.
    bool replayedWebhookId = false;
    StoreFailure failure = StoreFailure::None; // set when kind == Failed by the database
    QString error; // set when kind == Failed: the database's own words
};

// Receives the outcomes of one commit at once (on the writer thread). The
// listener uses it to post one event per commit instead of one per request.
class WriteCompletionSink
{
public:
    virtual ~WriteCompletionSink() = default;
    virtual void completed(std::vector<std::pair<quint64, WriteOutcome>> &&outcomes) = 0;
};

// One request for the writer: an attendee to keep (optional) and the delivery
// log row that records the call. Once the transaction holding them has committed
// (or failed), the writer reports to `sink` with `ticket`, or else calls `done`;
// both run on the writer thread.
struct WriteRequest
{
    std::optional<AttendeeRecord> attendee;
    DeliveryRecord delivery;
    std::function<void(const WriteOutcome &)> done;
    WriteCompletionSink *sink = nullptr;
    quint64 ticket = 0;
    // The Standard Webhooks webhook-id of a verified delivery (empty: none). The
    // writer claims (hook, id) in the transaction that stores the delivery; if a
    // claim that has not expired exists (same batch, an earlier run, another
    // process), the request is a duplicate and its attendee is not upserted.
    QByteArray webhookId{};
    QDateTime webhookIdExpiresAt{}; // until when a replay counts as a duplicate
    std::chrono::steady_clock::time_point queuedAt{}; // set by submit()
    // People registered by a reminder or booking call (one per session).
    QList<RegistrationRecord> registrations{};
};

// The only writing connection. It runs on its own thread, takes everything that
// is queued, writes it in one transaction (group commit) at synchronous=FULL, and
// only then reports back, so nothing is acknowledged before it is durable.
// When the store cannot write (locked beyond the busy timeout, full, I/O error)
// the whole batch fails at once with the database's own error; a request whose
// data the database refuses fails alone and the rest of its batch is written.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        int maxBatch = 4096;          // requests per transaction
        int maxQueued = 100000;       // beyond this, submit() refuses (503)
        qint64 deliveryMaxRows = 200000;
        int deliveryMaxAgeDays = 30;
        int deliveryBodyCap = 16 * 1024;
        // How long a request waits for another process's write lock, counted from
        // when it was queued, before it fails with StoreFailure::Busy (503).
        int busyTimeoutMs = 5000;
        qint64 webhookIdMaxRows = 200000; // cap of the webhook-id replay window
        // How phones without a country code are read into attendees.phone_e164
        // (ISO 3166-1 alpha-2; PhoneNumber::isKnownRegion).
        QString phoneRegion = QStringLiteral("IN");
    };

    explicit StoreWriter(HookDirectory *hooks = nullptr, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Opens and migrates the database on the writer thread; blocks until that is done.
    bool start(const Options &options, QString *error);
    // Writes everything already queued, then stops the thread.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Thread-safe. False when the queue is full or the writer is stopped; `done` is
    // then not called.
    bool submit(WriteRequest &&request);
    // Runs `task` on the writer thread with the writing connection (e.g. deleting
    // rows); hooks are reloaded afterwards.
    void runTask(std::function<void(SqliteDatabase &)> task);

    qint64 queuedCount() const;
    // Changes how much of the delivery log is kept, from the next pruning on.
    void setDeliveryRetention(qint64 maxRows, int maxAgeDays);

signals:
    void committed(const hookdesk::CommitSummary &summary);
    // The last transaction failed (disk full, read-only, locked); writes are refused with 503.
    void storeFailed(const QString &message);
    void storeRecovered();
    // The hooks changed, in this process or another (`hookdesk hook add`): one
    // added, retired, registered, or receiving its first deliveries; not every
    // change of their delivery counters. Emitted on the writer thread.
    void hooksChanged(const QList<hookdesk::Hook> &hooks);

private:
    void run(Options options, std::promise<QString> *opened);
    void processBatch(SqliteDatabase &db, std::vector<WriteRequest> &batch);
    void writeWithRetries(std::vector<WriteRequest> &batch, std::vector<WriteOutcome> &outcomes,
                          CommitSummary &summary);
    void reportFailure(const SqliteError &error, size_t requests);
    void reloadHooks(SqliteDatabase &db);
    void checkpointLoop(QString path);
    bool indexSearchTail(SqliteDatabase &db);
    void maintain(SqliteDatabase &db);

    HookDirectory *m_hooks;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<WriteRequest> m_queue;
    std::vector<std::function<void(SqliteDatabase &)>> m_tasks;
    bool m_stopping = false;
    bool m_waiting = false;      // the writer sleeps on m_wake
    bool m_checkpointStop = false;
    std::condition_variable m_checkpointWake;
    bool m_failing = false;
    QString m_lastFailure;       // writer thread only: logged once, not once per batch
    BatchWriter *m_batchWriter = nullptr; // writer thread only
    QElapsedTimer m_sinceRecount; // writer thread only
    qint64 m_dataVersion = -1;   // writer thread only
    QElapsedTimer m_sincePrune;  // writer thread only
    Options m_options;
    QString m_hooksSignature; // writer thread only: what hooksChanged last said
};

} // namespace hookdesk
