// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

class SqliteDatabase;

// The database layout, versioned with PRAGMA user_version. Each migration moves
// the schema one version forward inside one transaction. docs/database.md
// describes the result for people who open the file with other tools.
namespace Schema {

constexpr int CurrentVersion = 8;

// Sets the connection's pragmas (WAL, synchronous=FULL, foreign keys) and brings
// the schema to CurrentVersion. Fails on a database from a newer HookDesk.
bool prepareForWriting(SqliteDatabase &db, QString *error);
// Migrates only up to `version` (tests build a database as an older HookDesk left it).
bool prepareForWriting(SqliteDatabase &db, QString *error, int version);

// Pragmas for a reader connection (GUI, export): no schema changes.
bool prepareForReading(SqliteDatabase &db, QString *error);

int version(SqliteDatabase &db);

} // namespace Schema
} // namespace hookdesk
