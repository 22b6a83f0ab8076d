// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/ReplayLinkText.h"

#include "core/ReplayLink.h"

namespace hookdesk {

QString ReplayLinkText::tip(const QString &link)
{
    const ReplayLink replay = ReplayLink::check(link);
    if (!replay.isOpenable())
        return replay.refusal();
    // The host first, as the browser will show it: that is where the click leads,
    // whatever the rest of the link says.
    //: %1 is a host name such as example.com, %2 the whole link.
    return tr("Open the recording on %1 in your browser:\n%2")
            .arg(replay.host(), replay.url().toDisplayString());
}

} // namespace hookdesk
