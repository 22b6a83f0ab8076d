// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundReader.h"

#include "Schema.h"
#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QPointer>

namespace hookdesk {

class BackgroundReader::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) { }

    // On the reader thread: the connection, opened on first use.
    SqliteDatabase *database(QString *error)
    {
        if (m_db.isOpen())
            return &m_db;
        if (!m_db.open(m_path, SqliteDatabase::Mode::ReadOnly)) {
            *error = m_db.lastError().message;
            return nullptr;
        }
        if (!Schema::prepareForReading(m_db, error)) {
            m_db.close();
            return nullptr;
        }
        return &m_db;
    }

private:
    QString m_path;
    SqliteDatabase m_db;
};

BackgroundReader::BackgroundReader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    // Jobs still queued run to completion first (each is a short read); the
    // thread stops after the last one, and then the worker (and its connection)
    // goes. Deleting through a queued event raced with quit() and leaked it.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::post(Job job)
{
    QMetaObject::invokeMethod(
            m_worker,
            [this, job = std::move(job)]() mutable {
                QString error;
                SqliteDatabase *db = m_worker->database(&error);
                if (!db)
                    qCWarning(lcStore) << "reader cannot open the database:" << error;
                std::function<void()> deliver = job(db, error);
                // The reader outlives this call: its destructor waits for the thread.
                QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace hookdesk
