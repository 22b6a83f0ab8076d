// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace hookdesk {

class SqliteDatabase;

// Deletes attendees for good, with the delivery-log rows that carried them (the
// raw request bodies hold their contact details too). Runs on the writing
// connection, i.e. as a StoreWriter::runTask. A later delivery from TagMango adds
// the attendee again.
namespace AttendeeRemoval {

// Number of attendees deleted, or -1 with `error` set (nothing is deleted then).
qint64 removeAttendees(SqliteDatabase &db, const QList<qint64> &ids, QString *error);
// The webinar's attendees (returned) and its registrations.
qint64 removeWebinar(SqliteDatabase &db, const QString &webinarId, QString *error);
// Registration rows (ids of the registrations table), as a no-show list shows them.
qint64 removeRegistrations(SqliteDatabase &db, const QList<qint64> &ids, QString *error);

} // namespace AttendeeRemoval
} // namespace hookdesk
