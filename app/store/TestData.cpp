// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include "SqliteDatabase.h"
#include "core/Logging.h"

namespace hookdesk::TestData {

qint64 count(SqliteDatabase &db, QString *error)
{
    const QVariant n = db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM attendees WHERE is_test = 1) "
                                                "+ (SELECT count(*) FROM registrations WHERE is_test = 1)"));
    if (!n.isValid()) {
        *error = db.lastError().message;
        return -1;
    }
    return n.toLongLong();
}

qint64 remove(SqliteDatabase &db, QString *error)
{
    auto fail = [&] {
        *error = db.lastError().message;
        db.exec(QStringLiteral("ROLLBACK"));
        return qint64(-1);
    };
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = db.lastError().message;
        return -1;
    }
    // The delivery log's bodies hold the same made-up contact details.
    if (!db.exec(QStringLiteral("DELETE FROM deliveries WHERE attendee_id IN "
                                "(SELECT id FROM attendees WHERE is_test = 1)")))
        return fail();
    if (!db.exec(QStringLiteral("DELETE FROM attendees WHERE is_test = 1")))
        return fail();
    qint64 removed = db.changes();
    if (!db.exec(QStringLiteral("DELETE FROM registrations WHERE is_test = 1")))
        return fail();
    removed += db.changes();
    if (!db.exec(QStringLiteral("COMMIT")))
        return fail();
    qCInfo(lcStore) << "removed" << removed << "test attendees and registrations";
    return removed;
}

} // namespace hookdesk::TestData
