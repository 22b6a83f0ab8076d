// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hookdesk::Commands {

// Each takes the arguments after the command word (argument 0 is "hookdesk <command>").
int serve(const QStringList &arguments);
int hook(const QStringList &arguments);
int exportCsv(const QStringList &arguments);
int subscribe(const QStringList &arguments);
int simulate(const QStringList &arguments);

} // namespace hookdesk::Commands
