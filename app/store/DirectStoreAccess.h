// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteDatabase.h"
#include "StoreAccess.h"

#include <QString>

namespace hookdesk {

// Its own writing connection on the calling thread: for the command line and
// tests. Runs tasks before run() returns (SQLite waits up to its busy timeout if
// another process is writing).
class DirectStoreAccess final : public StoreAccess
{
public:
    // Opens `path` and brings its schema up to date.
    bool open(const QString &path, QString *error);
    SqliteDatabase &database() { return m_db; }

    void run(Task task, QObject *context, std::function<void()> then) override;

private:
    SqliteDatabase m_db;
};

} // namespace hookdesk
