// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The accepted range of each listener setting, in one place: `hookdesk serve`'s
// options, the window's command line, AppSettings and the settings dialog all
// check against these. The defaults are IntakeServer::Options' (and
// AppInfo::DefaultPort).
namespace hookdesk::ListenerRanges {

struct Range
{
    qint64 min;
    qint64 max;
    constexpr bool contains(qint64 value) const { return value >= min && value <= max; }
};

// A port to keep in the settings. `serve --port` also takes 0, a free port
// chosen when listening (see anyPort).
inline constexpr Range port{1, 65535};
inline constexpr Range anyPort{0, 65535};
inline constexpr Range maxBodyBytes{1024, 64 * 1024 * 1024};
inline constexpr Range maxHeaderBytes{1024, 1024 * 1024};
inline constexpr Range idleTimeoutSeconds{1, 3600};
inline constexpr Range maxConnections{1, 100000};

} // namespace hookdesk::ListenerRanges
