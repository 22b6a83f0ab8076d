// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk::AppInfo {

// Sets application name and version on Q(Core)Application.
void applyTo();
QString version();
// The embedded default: hookdesk.sqlite in the user's data folder.
QString defaultDatabasePath();
// Creates the folder that will hold `databasePath`; false with a reason on failure.
bool ensureDatabaseFolder(const QString &databasePath, QString *error);

// Process-wide tuning for a server that holds many sockets and allocates in
// bursts: raises the open-file limit to the hard limit and keeps freed memory
// from being returned to the kernel (and faulted back in) on every batch.
void tuneProcess();

constexpr quint16 DefaultPort = 8787;

} // namespace hookdesk::AppInfo
