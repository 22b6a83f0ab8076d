// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// What the window tells the user about the listener.
struct ListenerStatus
{
    bool listening = false;
    QString localBaseUrl; // e.g. http://127.0.0.1:8787
    QString hookPath;     // /hooks/<token>
    QString error;        // why it is not listening

    QString localHookUrl() const { return localBaseUrl + hookPath; }
};

} // namespace hookdesk
