// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace hookdesk {

class SqliteDatabase;

// Runs read queries on a thread of its own with one read-only connection, and
// hands each result back on the thread that owns the reader, so a window never
// waits on the database. Queries run one after another in the order posted.
// Results still queued when the reader is destroyed are dropped.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(const QString &databasePath, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // `query(db, &error)` runs on the reader thread; `done(result, error)` later
    // on this object's thread. If the database cannot be opened, `query` is not
    // run and `done` gets a default-constructed result and the reason.
    template<typename T, typename Query, typename Done>
    void run(Query query, Done done)
    {
        post([query = std::move(query), done = std::move(done)](SqliteDatabase *db,
                                                               const QString &openError) mutable {
            QString error = openError;
            T result{};
            if (db)
                result = query(*db, &error);
            return std::function<void()>(
                    [done = std::move(done), result = std::move(result), error]() mutable {
                        done(result, error);
                    });
        });
    }

    QString databasePath() const { return m_databasePath; }

private:
    class Worker;
    using Job = std::function<std::function<void()>(SqliteDatabase *db, const QString &openError)>;
    void post(Job job);

    QString m_databasePath;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace hookdesk
