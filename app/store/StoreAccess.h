// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QObject;

namespace hookdesk {

class SqliteDatabase;

// A way to run a short piece of work with a writing connection, for code that
// must not care where that connection lives: the command line opens its own, the
// GUI hands the work to the writer thread so the window never waits on a lock.
class StoreAccess
{
public:
    using Task = std::function<void(SqliteDatabase &)>;

    virtual ~StoreAccess() = default;

    // Runs `task` with a writing connection, then `then` on `context`'s thread.
    // `then` is dropped if `context` is destroyed first. Implementations may run
    // both before returning.
    virtual void run(Task task, QObject *context, std::function<void()> then) = 0;

    // Convenience: a task that computes a value, handed to `then`.
    template <typename Result>
    void query(std::function<Result(SqliteDatabase &)> task, QObject *context,
               std::function<void(Result)> then)
    {
        auto result = std::make_shared<Result>();
        run([task = std::move(task), result](SqliteDatabase &db) { *result = task(db); }, context,
            [then = std::move(then), result] { then(std::move(*result)); });
    }

    // The same for a task that may fail: `then(result, error)`, as BackgroundReader::run.
    template <typename Result>
    void query(std::function<Result(SqliteDatabase &, QString *error)> task, QObject *context,
               std::function<void(Result, const QString &error)> then)
    {
        auto result = std::make_shared<std::pair<Result, QString>>();
        run([task = std::move(task), result](SqliteDatabase &db) { result->first = task(db, &result->second); },
            context, [then = std::move(then), result] { then(std::move(result->first), result->second); });
    }
};

} // namespace hookdesk
