// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreePort.h"

#include <QTcpServer>

namespace hookdesk::test {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace hookdesk::test
