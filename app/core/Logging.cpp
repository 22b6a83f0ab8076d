// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcIntake, "hookdesk.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "hookdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "hookdesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTagMango, "hookdesk.tagmango", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hookdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "hookdesk.ui", QtInfoMsg)

namespace hookdesk::Logging {
namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void secretSafeFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void installSecretSafeFilter()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousFilter = QLoggingCategory::installFilter(secretSafeFilter);
}

} // namespace hookdesk::Logging
