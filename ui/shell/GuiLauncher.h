// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hookdesk::GuiLauncher {

// Opens the store, starts the listener and shows the main window; returns the
// application's exit code.
int run(const QStringList &arguments);

} // namespace hookdesk::GuiLauncher
