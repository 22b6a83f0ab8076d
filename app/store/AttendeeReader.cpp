// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeReader.h"

#include "Schema.h"
#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QCoreApplication>
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
};

// Owns one read-only connection on its thread and runs queued queries on it.
class AttendeeReader::Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) { }

    // Runs `query` on the worker thread unless its generation is superseded by
    // then; `query` returns false with an error message on failure.
    void post(quint64 generation, std::function<bool(AttendeeQuery &, QString *)> query,
              std::function<void(const QString &error)> report)
    {
        QMetaObject::invokeMethod(this, [this, generation, query = std::move(query),
                                         report = std::move(report)] {
            if (generation < m_shared->minGeneration.load())
                return;
            QString error;
            if (!open(&error)) {
                report(error);
                return;
            }
            const quint64 interrupts = m_interrupts.load();
            m_running.store(generation);
            AttendeeQuery attendees(m_db);
            bool ok = query(attendees, &error);
            if (!ok && m_interrupts.load() != interrupts
                && generation >= m_shared->minGeneration.load()) {
                // Interrupted on behalf of an older generation that had just
                // finished (the error may read "interrupted" or come from a
                // step it cut short): run again.
                error.clear();
                ok = query(attendees, &error);
            }
            m_running.store(0);
            if (generation < m_shared->minGeneration.load())
                return;
            report(ok ? QString() : error);
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
        return true;
    }

    std::shared_ptr<Shared> m_shared;
    SqliteDatabase m_db;
    std::atomic<sqlite3 *> m_handle{nullptr};
    std::atomic<quint64> m_running{0};
    std::atomic<quint64> m_interrupts{0};
};

AttendeeReader::AttendeeReader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<hookdesk::AttendeeRow>();
    qRegisterMetaType<QList<hookdesk::AttendeeRow>>();
    m_shared->databasePath = databasePath;
    m_pageThread.setObjectName(QStringLiteral("hookdesk-pages"));
    m_countThread.setObjectName(QStringLiteral("hookdesk-counts"));
    m_pageWorker = new Worker(m_shared);
    m_countWorker = new Worker(m_shared);
    m_pageWorker->moveToThread(&m_pageThread);
    m_countWorker->moveToThread(&m_countThread);
    m_pageThread.start();
    m_countThread.start();
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

void AttendeeReader::fetchPage(quint64 generation, const AttendeeFilter &filter,
                               const AttendeeOrder &order, qint64 offset, int limit,
                               qint64 knownCount)
{
    auto rows = std::make_shared<QList<AttendeeRow>>();
    QPointer<AttendeeReader> self(this);
    m_pageWorker->post(
            generation,
            [=](AttendeeQuery &query, QString *error) {
                return query.page(filter, order, offset, limit, knownCount, rows.get(), error);
            },
            [=](const QString &error) {
                QMetaObject::invokeMethod(self, [=] {
                    if (self)
                        emit self->pageFetched(generation, offset, *rows, error);
                }, Qt::QueuedConnection);
            });
}

void AttendeeReader::fetchCount(quint64 generation, const AttendeeFilter &filter)
{
    auto count = std::make_shared<qint64>(-1);
    QPointer<AttendeeReader> self(this);
    m_countWorker->post(
            generation,
            [=](AttendeeQuery &query, QString *error) {
                *count = query.count(filter, error);
                return *count >= 0;
            },
            [=](const QString &error) {
                QMetaObject::invokeMethod(self, [=] {
                    if (self)
                        emit self->countFetched(generation, *count, error);
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
