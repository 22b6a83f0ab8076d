// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListenAdvice.h"

#include <QCoreApplication>

namespace hookdesk::ListenAdvice {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ListenAdvice", text);
}

} // namespace

QString forError(QAbstractSocket::SocketError error, const QHostAddress &address, quint16 port,
                 Audience audience)
{
    const bool window = audience == Audience::Window;
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return (window ? tr("Port %1 is already in use on %2, most likely by another HookDesk "
                            "window or a running 'hookdesk serve'. Close that one, or choose "
                            "another port (for example %3) and press Start. To see which program "
                            "holds the port, run: ss -ltnp 'sport = :%1'")
                       : tr("port %1 is already in use on %2, most likely by another HookDesk "
                            "window or 'hookdesk serve'. Stop that one, or choose another port "
                            "with --port (for example --port %3). To see which program holds "
                            "the port, run: ss -ltnp 'sport = :%1'"))
                .arg(port)
                .arg(address.toString())
                .arg(port == 65535 ? 8788 : port + 1);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return window ? tr("This computer has no network address %1. Use 127.0.0.1 to accept "
                           "calls from this computer only (a tunnel forwards TagMango's calls "
                           "to it), or 0.0.0.0 for every network.")
                                .arg(address.toString())
                      : tr("this computer has no network address %1; use --bind 127.0.0.1 (this "
                           "computer only) or --bind 0.0.0.0 (every network)")
                                .arg(address.toString());
    case QAbstractSocket::SocketAccessError:
        return window ? tr("Ports below 1024 need administrator rights. Choose a port from 1024 "
                           "up, for example %1, and press Start.")
                                .arg(8787)
                      : tr("ports below 1024 need administrator rights; choose one from 1024 "
                           "up, for example --port %1")
                                .arg(8787);
    default:
        return QString();
    }
}

} // namespace hookdesk::ListenAdvice
