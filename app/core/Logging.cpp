// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcIntake, "hookdesk.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "hookdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "hookdesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTagMango, "hookdesk.tagmango", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hookdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "hookdesk.ui", QtInfoMsg)
