// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeRemoval.h"

#include "SqliteDatabase.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookdesk::AttendeeRemoval {
namespace {

// Runs the two deletes in one transaction; `selection` is a subquery of attendee ids.
qint64 removeWhere(SqliteDatabase &db, const QString &selection, const QVariant &bind,
                   QString *error)
{
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = db.lastError().message;
        return -1;
    }
    auto fail = [&] {
        *error = db.lastError().message;
        db.exec(QStringLiteral("ROLLBACK"));
        return qint64(-1);
    };
    // One pass over the delivery log (it has no index on attendee_id), then the attendees.
    SqliteStatement log(db, QStringLiteral("DELETE FROM deliveries WHERE attendee_id IN (%1)")
                                    .arg(selection));
    log.bind(1, bind);
    if (!log.run())
        return fail();
    SqliteStatement attendees(db, QStringLiteral("DELETE FROM attendees WHERE id IN (%1)")
                                          .arg(selection));
    attendees.bind(1, bind);
    if (!attendees.run())
        return fail();
    const qint64 removed = db.changes();
    if (!db.exec(QStringLiteral("COMMIT")))
        return fail();
    return removed;
}

// Row ids as one JSON array, for "IN (SELECT value FROM json_each(?1))".
QString idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 removeAttendees(SqliteDatabase &db, const QList<qint64> &ids, QString *error)
{
    const qint64 removed = removeWhere(db, QStringLiteral("SELECT value FROM json_each(?1)"),
                                       idList(ids), error);
    if (removed >= 0)
        qCInfo(lcStore) << "deleted" << removed << "attendees";
    return removed;
}

qint64 removeWebinar(SqliteDatabase &db, const QString &webinarId, QString *error)
{
    const qint64 removed = removeWhere(
            db, QStringLiteral("SELECT id FROM attendees WHERE webinar_id = ?1"), webinarId, error);
    if (removed < 0)
        return removed;
    // Its registrations go too: the webinar leaves the list.
    SqliteStatement registrations(db, QStringLiteral("DELETE FROM registrations WHERE webinar_id = ?"));
    registrations.bind(1, webinarId);
    if (!registrations.run()) {
        *error = db.lastError().message;
        return -1;
    }
    qCInfo(lcStore) << "deleted a webinar with" << removed << "attendees and" << db.changes()
                    << "registrations";
    return removed;
}

qint64 removeRegistrations(SqliteDatabase &db, const QList<qint64> &ids, QString *error)
{
    SqliteStatement remove(db, QStringLiteral("DELETE FROM registrations WHERE id IN "
                                              "(SELECT value FROM json_each(?1))"));
    remove.bind(1, idList(ids));
    if (!remove.run()) {
        *error = db.lastError().message;
        return -1;
    }
    qCInfo(lcStore) << "deleted" << db.changes() << "registrations";
    return db.changes();
}

} // namespace hookdesk::AttendeeRemoval
