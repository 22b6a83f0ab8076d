// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HookRepository.h"
#include "WebinarSimulator.h"

#include <optional>

namespace hookdesk {

class SqliteDatabase;

// The hooks a simulation sends to, looked up (and where needed made) with a
// writing connection: by the command line on its own, by the window on the
// writer thread.
namespace SimulationHooks {

// The newest active hook for `event`; none (error empty) if there is none.
std::optional<Hook> newestActive(SqliteDatabase &db, const QString &event, QString *error);

struct Found
{
    std::optional<Hook> hook; // none: `error` says why
    bool added = false;       // there was none; this one was just made
};

// The newest active hook for `event`, or a new one (without verification, as
// `hookdesk hook add` makes it) when there is none.
Found findOrAdd(SqliteDatabase &db, const QString &event, QString *error);

// A whole webinar's other two hooks: bookings and reminders.
struct WholeWebinar
{
    Found registrations; // webinar.created.single
    Found reminders;     // webinar.reminder.all
    QString error;

    bool ok() const { return registrations.hook && reminders.hook; }
};
WholeWebinar findOrAddWholeWebinar(SqliteDatabase &db);

// `hook` at the listener `base` (scheme, host and port), with what it demands.
WebinarSimulator::Target targetOf(const QUrl &base, const Hook &hook);

} // namespace SimulationHooks
} // namespace hookdesk
