// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectStoreAccess.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace hookdesk {

bool DirectStoreAccess::open(const QString &path, QString *error)
{
    if (!m_db.open(path, SqliteDatabase::Mode::ReadWrite)) {
        *error = QCoreApplication::translate("DirectStoreAccess", "cannot open %1: %2")
                         .arg(path, m_db.lastError().message);
        return false;
    }
    if (!Schema::prepareForWriting(m_db, error)) {
        *error = QCoreApplication::translate("DirectStoreAccess", "database %1 is unusable: %2")
                         .arg(path, *error);
        m_db.close();
        return false;
    }
    return true;
}

void DirectStoreAccess::run(Task task, QObject *context, std::function<void()> then)
{
    const QPointer<QObject> guard(context);
    task(m_db);
    if (then && (!context || guard))
        then();
}

} // namespace hookdesk
