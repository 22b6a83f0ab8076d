// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per subsystem. Enable with e.g. QT_LOGGING_RULES="hookdesk.intake.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcTagMango)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace hookdesk::Logging {

// Keeps secrets out of the log whatever QT_LOGGING_RULES says: Qt 6.4's
// qt.httpserver debug output prints every request header (API keys, bearer
// tokens, signatures), so that category's debug level stays off.
void installSecretSafeFilter();

} // namespace hookdesk::Logging
