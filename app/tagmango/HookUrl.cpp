// SPDX-License-Identifier: GPL-3.0-or-later
#include "HookUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace hookdesk::HookUrl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HookUrl", text);
}

const QString hooksSegment = QStringLiteral("/hooks/");

} // namespace

bool parseBase(const QString &text, QUrl *base, QString *error)
{
    QString input = text.trimmed();
    if (input.isEmpty()) {
        *error = tr("Enter the public address of your tunnel or server, for example "
                    "https://example.trycloudflare.com.");
        return false;
    }
    if (!input.contains(QLatin1String("://")))
        input.prepend(QStringLiteral("https://"));
    const QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("“%1” is not a web address.").arg(text.trimmed());
        return false;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = tr("The public address must start with https:// (or http://), not %1://.")
                         .arg(url.scheme());
        return false;
    }
    if (url.hasQuery() || url.hasFragment()) {
        *error = tr("The public address cannot contain “?” or “#”; enter only the address your "
                    "tunnel or server shows.");
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("The public address cannot contain a user name or password.");
        return false;
    }
    QString path = url.path();
    if ((path + QLatin1Char('/')).contains(hooksSegment)) {
        *error = tr("That looks like a whole hook URL. Enter only the part before /hooks/; "
                    "HookDesk adds a new /hooks/… path itself.");
        return false;
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl result = url;
    result.setScheme(scheme);
    result.setPath(path);
    *base = result;
    return true;
}

QUrl join(const QUrl &base, const QString &hookPath)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + hookPath);
    return url;
}

bool isPrivate(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host.endsWith(QLatin1String(".local")))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast()
        || address.isSiteLocal() || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6)
        return true;
    // IPv4 private ranges (RFC 1918) and carrier-grade NAT (RFC 6598).
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    return address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
            || address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
            || address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16)
            || address.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10)
            || v4 == 0;
}

QString forLog(const QUrl &url)
{
    QString text = url.toDisplayString();
    const qsizetype at = text.indexOf(hooksSegment);
    if (at >= 0 && text.size() > at + hooksSegment.size() + 6)
        text = text.left(at + hooksSegment.size() + 6) + QStringLiteral("…");
    return text;
}

} // namespace hookdesk::HookUrl
