// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hookdesk::test {

// A loopback port nobody listens on at the moment of asking: the system picks
// it for a listener that is closed again at once.
quint16 freePort();

} // namespace hookdesk::test
