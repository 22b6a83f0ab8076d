// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace hookdesk {

// Error of a SQLite call: the result code and the message SQLite gave.
struct SqliteError
{
    int code = 0;
    QString message;

    bool isSet() const { return code != 0; }
    // What kind of failure the result code is (StoreFailure::None for no error).
    StoreFailure failure() const;
    // Disk full, read-only file or database, I/O error, locked: the write may work later.
    bool isTransient() const { return hookdesk::isTransient(failure()); }
};

class SqliteStatement;

// Thin RAII owner of one sqlite3 connection. A connection is used by the thread
// that opened it only. We talk to SQLite directly (not through QtSql) for its
// precise result codes (SQLITE_FULL, SQLITE_READONLY, SQLITE_CORRUPT), RETURNING,
// and lower per-row cost in the writer's group commit.
class SqliteDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results.
    bool exec(const QString &sql);
    // Runs a query and returns the first column of the first row (invalid on error or no row).
    QVariant scalar(const QString &sql);

    const SqliteError &lastError() const { return m_error; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    qint64 changes() const;
    bool isReadOnly() const;
    // True between BEGIN and COMMIT/ROLLBACK. SQLite itself rolls back on some errors
    // (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY, SQLITE_NOMEM), after which no
    // transaction is active any more.
    bool inTransaction() const;
    // Rolls back the open transaction, if there is one, and keeps lastError() as it
    // was: the error that made the caller roll back is the one worth reporting.
    void rollback();
    void setBusyTimeout(int milliseconds);

    // Called by statements to record a failure.
    void setError(int code);
    void setError(int code, const QString &message);
    void clearError() { m_error = {}; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    SqliteError m_error;
};

// One prepared statement. bind() is 1-based, like SQLite.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    void bind(int index, const QVariant &value);

    // Steps once: true when a row is available; false at the end or on error
    // (check hasError()).
    bool next();
    // Steps to completion, ignoring rows; returns false on error.
    bool run();
    void reset();
    bool hasError() const { return m_failed; }

    int columnCount() const;
    QString text(int column) const;
    // The column as UTF-8 without a copy; valid until the next step, reset or column call.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

private:
    SqliteDatabase *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace hookdesk
