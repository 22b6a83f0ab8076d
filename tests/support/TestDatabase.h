// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace hookdesk::test {

// A fresh database path in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // Runs a query with the sqlite3 C API on a private connection; first column of the first row.
    qint64 count(const QString &sql) const;
    QString text(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace hookdesk::test
