// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hookdesk::Cli {

// True when the arguments name a command (serve, hook, export, ...) or ask for
// --help / --version: these run without a window.
bool isConsoleInvocation(int argc, char **argv);

// Runs the command in `arguments` (as QCoreApplication::arguments()); returns the exit code.
int run(const QStringList &arguments);

// Exit codes shared by all commands.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

} // namespace hookdesk::Cli
