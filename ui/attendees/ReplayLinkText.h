// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hookdesk {

// The words the window uses for a replay link (tooltips of the replay buttons):
// where an openable link really leads, or why it is not opened (ReplayLink).
class ReplayLinkText
{
    Q_DECLARE_TR_FUNCTIONS(ReplayLinkText)

public:
    // Plain text; the caller escapes it for a rich-text tooltip.
    static QString tip(const QString &link);
};

} // namespace hookdesk
