// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hookdesk::Cli {

// True when the arguments name a command (serve, hook, export, ...) or ask for
// --help / --version: these run without a window.
bool isConsoleInvocation(int argc, char **argv);

// `hookdesk --help`: generated from the command table.
QString overview();
// `hookdesk NAME --help` (it begins "Usage: hookdesk NAME"); empty for an unknown name.
QString commandHelp(const QString &name);
// The commands, in the order the overview lists them.
QStringList commandNames();

// Runs the command in `arguments` (as QCoreApplication::arguments()); returns the exit code.
int run(const QStringList &arguments);

// Exit codes shared by all commands.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

} // namespace hookdesk::Cli
