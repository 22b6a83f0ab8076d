// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "store/SqliteDatabase.h"

namespace hookdesk::test {

TestDatabase::TestDatabase() : m_path(m_dir.filePath(QStringLiteral("hookdesk-test.sqlite"))) { }

qint64 TestDatabase::count(const QString &sql) const
{
    SqliteDatabase db;
    if (!db.open(m_path, SqliteDatabase::Mode::ReadOnly))
        return -1;
    const QVariant value = db.scalar(sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QString TestDatabase::text(const QString &sql) const
{
    SqliteDatabase db;
    if (!db.open(m_path, SqliteDatabase::Mode::ReadOnly))
        return QString();
    return db.scalar(sql).toString();
}

} // namespace hookdesk::test
