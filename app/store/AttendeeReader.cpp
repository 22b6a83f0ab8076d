// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeReader.h"

#include "Schema.h"
#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QMutex>
#include <QPointer>

#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <limits>

namespace hookdesk {

struct AttendeeReader::Shared
{
    QString databasePath;
    std::atomic<quint64> minGeneration{0};
    // Taking a snapshot and numbering it is one step for both connections, so
    // epochs are in the order the snapshots were taken.
    QMutex snapshotLock;
    quint64 epoch = 0;    // guarded by snapshotLock
    QString fingerprint;  // of the last snapshot taken; guarded by snapshotLock
};

// Owns one read-only connection on its thread and runs queued reads on it.
class AttendeeReader::Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) { }

    // Opens the connection and takes a first snapshot, so the first real read
    // can tell whether anything was committed since (see begin()).
    void prime()
    {
        QMetaObject::invokeMethod(this, [this] {
            QString error;
            AttendeeSnapshot snapshot;
            if (!open(&error))
                return; // the first request reports it
            begin(&snapshot, &error);
            finish();
        }, Qt::QueuedConnection);
    }

    // Reads `request` on the worker thread unless its generation is superseded
    // by then, and hands the window to `report` (on the worker thread).
    void post(const AttendeeWindowRequest &request, std::function<void(AttendeeWindow)> report)
    {
        QMetaObject::invokeMethod(this, [this, request, report = std::move(report)] {
            if (request.generation < m_shared->minGeneration.load())
                return;
            AttendeeWindow window;
            window.request = request;
            if (!open(&window.error)) {
                report(std::move(window));
                return;
            }
            const quint64 interrupts = m_interrupts.load();
            m_running.store(request.generation);
            bool ok = read(request, &window);
            if (!ok && m_interrupts.load() != interrupts
                && request.generation >= m_shared->minGeneration.load()) {
                // Interrupted on behalf of an older generation that had just
                // finished (the error may read "interrupted" or come from a
                // step it cut short): run again, in a new snapshot.
                ok = read(request, &window);
            }
            m_running.store(0);
            if (request.generation < m_shared->minGeneration.load())
                return;
            report(std::move(window));
        }, Qt::QueuedConnection);
    }

    // Any thread: stops the query running now if it belongs to an older generation.
    void interruptBefore(quint64 generation)
    {
        const quint64 running = m_running.load();
        sqlite3 *handle = m_handle.load();
        if (handle && running != 0 && running < generation) {
            m_interrupts.fetch_add(1);
            sqlite3_interrupt(handle);
        }
    }

private:
    bool open(QString *error)
    {
        if (m_db.isOpen())
            return true;
        if (!m_db.open(m_shared->databasePath, SqliteDatabase::Mode::ReadOnly)) {
            *error = m_db.lastError().message;
            return false;
        }
        if (!Schema::prepareForReading(m_db, error)) {
            m_db.close();
            return false;
        }
        m_handle.store(m_db.handle());
        m_knowsVersion = false;
        return true;
    }

    // One read transaction: everything in `window` comes from its snapshot.
    bool read(const AttendeeWindowRequest &request, AttendeeWindow *window)
    {
        window->rows.clear();
        window->snapshot = AttendeeSnapshot{};
        window->error.clear();
        const bool ok = begin(&window->snapshot, &window->error)
                && readInSnapshot(request, window);
        finish();
        if (!ok)
            window->rows.clear();
        return ok;
    }

    // Starts a read transaction and numbers its snapshot. The first read after
    // BEGIN takes the snapshot; data_version then tells whether another
    // connection committed since this one's previous snapshot. If not, this
    // snapshot is the same as every snapshot taken since then by either
    // connection, and it shares their epoch. If something was committed (or
    // this is the connection's first snapshot), the store's marks decide: the
    // newest attendee and delivery ids, the attendee total and the last arrival
    // time. Every write that changes attendees moves one of them (an arrival
    // moves the time forward, a deletion the total), so equal marks mean the
    // attendees are as in the last snapshot taken (a commit elsewhere, e.g. the
    // search index, changes nothing the table shows); else a new epoch starts.
    bool begin(AttendeeSnapshot *snapshot, QString *error)
    {
        QMutexLocker lock(&m_shared->snapshotLock);
        if (!m_db.exec(QStringLiteral("BEGIN"))) {
            *error = m_db.lastError().message;
            return false;
        }
        SqliteStatement marks(m_db, QStringLiteral(
                "SELECT (SELECT coalesce(max(id), 0) FROM attendees), "
                "(SELECT coalesce(sum(attendee_count), 0) FROM webinars), "
                "(SELECT coalesce(max(id), 0) FROM deliveries), "
                "(SELECT coalesce(max(last_received_at), '') FROM webinars), "
                "(SELECT coalesce(max(id), 0) FROM registrations), "
                "(SELECT coalesce(sum(registered_count), 0) FROM webinars)"));
        if (!marks.next()) {
            *error = m_db.lastError().message;
            return false;
        }
        snapshot->maxId = marks.int64(0);
        snapshot->total = marks.int64(1);
        // Registrations move the time (a reminder for a known one too), their
        // newest id or their total.
        const QString fingerprint = QStringLiteral("%1/%2/%3/%4/%5/%6")
                .arg(marks.int64(0)).arg(marks.int64(1)).arg(marks.int64(2)).arg(marks.text(3))
                .arg(marks.int64(4)).arg(marks.int64(5));
        const QVariant version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
        if (!version.isValid()) {
            *error = m_db.lastError().message;
            return false;
        }
        const bool unchanged = (m_knowsVersion && version.toLongLong() == m_version)
                || (m_shared->epoch > 0 && fingerprint == m_shared->fingerprint);
        if (!unchanged)
            ++m_shared->epoch;
        m_knowsVersion = true;
        m_version = version.toLongLong();
        m_shared->fingerprint = fingerprint;
        snapshot->epoch = m_shared->epoch;
        return true;
    }

    void finish()
    {
        if (m_db.isOpen() && !sqlite3_get_autocommit(m_db.handle()))
            m_db.exec(QStringLiteral("ROLLBACK")); // read only: nothing to keep
    }

    bool readInSnapshot(const AttendeeWindowRequest &request, AttendeeWindow *window)
    {
        AttendeeQuery query(m_db);
        AttendeeSnapshot &snapshot = window->snapshot;
        QString *error = &window->error;
        using Counting = AttendeeWindowRequest::Counting;
        const bool counting = request.counting == Counting::Always
                || (request.counting == Counting::IfChanged && snapshot.epoch != request.known.epoch);
        qint64 knownCount = -1;
        // Arrivals are counted among the rows the filter reads (attendees or registrations).
        if (request.filter.readsRegistrations()) {
            snapshot.maxId = query.maxId(request.filter, error);
            if (snapshot.maxId < 0)
                return false;
        }
        if (request.filter.people != AttendeeFilter::People::Attended) {
            snapshot.total = query.total(request.filter.people, QString(), error);
            if (snapshot.total < 0)
                return false;
        }
        if (counting) {
            snapshot.count = query.count(request.filter, error);
            if (snapshot.count < 0)
                return false;
            knownCount = snapshot.count;
            if (request.known.epoch != 0) {
                snapshot.baselineId = request.known.maxId;
                snapshot.newer = query.countNewer(request.filter, snapshot.baselineId, error);
                AttendeeFilter everyone;
                everyone.people = request.filter.people;
                snapshot.newerAll = query.countNewer(everyone, snapshot.baselineId, error);
                if (snapshot.newer < 0 || snapshot.newerAll < 0)
                    return false;
            }
        } else if (snapshot.epoch == request.known.epoch) {
            knownCount = request.known.count;
        }
        if (!query.page(request.filter, request.order, request.offset, request.limit, knownCount,
                        &window->rows, error))
            return false;
        // A first page shorter than asked for is the whole result: that is its count.
        if (snapshot.count < 0 && request.offset == 0 && window->rows.size() < request.limit)
            snapshot.count = window->rows.size();
        return true;
    }

    std::shared_ptr<Shared> m_shared;
    SqliteDatabase m_db;
    bool m_knowsVersion = false;
    qint64 m_version = 0;
    std::atomic<sqlite3 *> m_handle{nullptr};
    std::atomic<quint64> m_running{0};
    std::atomic<quint64> m_interrupts{0};
};

AttendeeReader::AttendeeReader(const QString &databasePath, QObject *parent)
    : AttendeeWindowSource(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<hookdesk::AttendeeRow>();
    qRegisterMetaType<QList<hookdesk::AttendeeRow>>();
    qRegisterMetaType<hookdesk::AttendeeWindow>();
    m_shared->databasePath = databasePath;
    m_pageThread.setObjectName(QStringLiteral("hookdesk-pages"));
    m_countThread.setObjectName(QStringLiteral("hookdesk-counts"));
    m_pageWorker = new Worker(m_shared);
    m_countWorker = new Worker(m_shared);
    m_pageWorker->moveToThread(&m_pageThread);
    m_countWorker->moveToThread(&m_countThread);
    m_pageThread.start();
    m_countThread.start();
    m_pageWorker->prime();
    m_countWorker->prime();
}

AttendeeReader::~AttendeeReader()
{
    supersede(std::numeric_limits<quint64>::max());
    m_pageThread.quit();
    m_countThread.quit();
    m_pageThread.wait();
    m_countThread.wait();
    // The threads are gone, so the connections close here, used by no one.
    delete m_pageWorker;
    delete m_countWorker;
}

void AttendeeReader::fetchWindow(const AttendeeWindowRequest &request)
{
    QPointer<AttendeeReader> self(this);
    Worker *worker = request.lane == AttendeeWindowRequest::Lane::Counts ? m_countWorker : m_pageWorker;
    worker->post(request, [self](AttendeeWindow window) {
        QMetaObject::invokeMethod(self, [self, window = std::move(window)] {
            if (self)
                emit self->windowFetched(window);
        }, Qt::QueuedConnection);
    });
}

void AttendeeReader::supersede(quint64 generation)
{
    quint64 current = m_shared->minGeneration.load();
    while (current < generation && !m_shared->minGeneration.compare_exchange_weak(current, generation)) {
    }
    m_pageWorker->interruptBefore(generation);
    m_countWorker->interruptBefore(generation);
}

} // namespace hookdesk
