// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test executable: tests read HookDesk in English as a user
// does, through hookdesk_en.qm, whose plural forms turn "%n attendee(s)" into
// "1 attendee" and "2 attendees". Without it the test would see the raw source
// text. A test that wants another language installs its own Translations.
#include "core/Translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    // Lives as long as the process; reachable, so not a leak.
    static auto *translations = new hookdesk::Translations;
    translations->install(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
