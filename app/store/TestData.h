// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

class SqliteDatabase;

// Attendees HookDesk made up itself (simulated webinars, public URL checks:
// is_test = 1). They stay out of the default views and exports and go in one
// click.
namespace TestData {

// Test attendees in the store; -1 with `error` set on failure.
qint64 count(SqliteDatabase &db, QString *error);
// Deletes every test attendee and the delivery-log rows that carried them, in
// one transaction (the webinars table follows by trigger). Runs on the writing
// connection (a StoreWriter::runTask). Returns the number of attendees deleted,
// or -1 with `error` set (nothing is deleted then).
qint64 remove(SqliteDatabase &db, QString *error);

} // namespace TestData
} // namespace hookdesk
