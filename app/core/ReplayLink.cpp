// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayLink.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace hookdesk {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplayLink)
};

bool isHidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides and isolates, zero-width characters, BOM
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// One part of a host as the WHATWG URL standard reads IPv4 numbers: decimal,
// 0x hexadecimal or 0-prefixed octal.
std::optional<quint64> ipv4Part(const QString &part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    QString digits = part;
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        base = 16;
        digits = digits.mid(2);
        if (digits.isEmpty())
            return 0;
    } else if (digits.size() > 1 && digits.startsWith(u'0')) {
        base = 8;
        digits = digits.mid(1);
    }
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, base);
    if (!ok || digits.startsWith(u'+') || digits.startsWith(u'-'))
        return std::nullopt;
    return value;
}

// A host whose last label is a number is an IPv4 address to a browser
// (127.1, 0x7f000001 and 2130706433 are all 127.0.0.1).
bool looksNumeric(const QString &host)
{
    QStringList labels = host.split(u'.');
    if (labels.size() > 1 && labels.last().isEmpty())
        labels.removeLast(); // "127.0.0.1."
    const QString last = labels.last();
    if (last.isEmpty())
        return false;
    if (last.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        return std::all_of(last.begin() + 2, last.end(),
                           [](QChar c) { return c.isDigit() || QStringLiteral("abcdefABCDEF").contains(c); });
    }
    return std::all_of(last.begin(), last.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<QHostAddress> ipv4(const QString &host)
{
    QStringList parts = host.split(u'.');
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    quint64 address = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> value = ipv4Part(parts.at(i));
        if (!value)
            return std::nullopt;
        const bool last = i == parts.size() - 1;
        const int bits = last ? 8 * (5 - int(parts.size())) : 8;
        if (bits < 64 && *value >= (quint64(1) << bits))
            return std::nullopt;
        address = last ? (address << bits) | *value : (address << 8) | *value;
    }
    return QHostAddress(quint32(address));
}

ReplayLink::Verdict classify(const QHostAddress &address)
{
    using Verdict = ReplayLink::Verdict;
    const auto in = [&address](const char *subnet) {
        return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
    };
    if (address.isLoopback() || in("0.0.0.0/8") || address == QHostAddress(QHostAddress::AnyIPv6))
        return Verdict::Loopback;
    if (in("10.0.0.0/8") || in("172.16.0.0/12") || in("192.168.0.0/16") || in("fc00::/7"))
        return Verdict::PrivateNetwork;
    if (address.isLinkLocal() || in("169.254.0.0/16") || in("fe80::/10"))
        return Verdict::LinkLocal;
    return Verdict::NumericHost;
}

} // namespace

ReplayLink ReplayLink::check(const QString &text)
{
    ReplayLink link;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return link; // Empty
    for (const char32_t c : trimmed.toUcs4()) {
        if (isHidden(c)) {
            link.m_verdict = Verdict::HiddenCharacter;
            return link;
        }
    }
    // The scheme decides first, even when the rest would not pass a strict parse
    // (data:text/html,<b>x</b>).
    const QString scheme = QUrl(trimmed, QUrl::TolerantMode).scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        link.m_verdict = Verdict::NotWeb;
        return link;
    }
    // QUrl also reads numeric hosts as browsers do: 0x7f000001, 2130706433 and
    // 127.1 all come out as 127.0.0.1.
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        link.m_verdict = Verdict::Malformed;
        return link;
    }
    link.m_host = url.host();
    // An "@" anywhere in the authority, even with empty user info ("https://@x").
    const QString afterScheme = trimmed.mid(trimmed.indexOf(u':') + 1);
    const QString authority = afterScheme.startsWith(QLatin1String("//"))
            ? afterScheme.mid(2).section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0)
            : QString();
    if (!url.userInfo().isEmpty() || authority.contains(u'@')) {
        link.m_verdict = Verdict::UserInfo;
        return link;
    }
    const QString host = link.m_host.toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host == QLatin1String("localhost.")) {
        link.m_verdict = Verdict::Loopback;
        return link;
    }
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        link.m_verdict = classify(literal);
        return link;
    }
    if (looksNumeric(host)) {
        const std::optional<QHostAddress> address = ipv4(host);
        link.m_verdict = address ? classify(*address) : Verdict::NumericHost;
        return link;
    }
    link.m_verdict = Verdict::Openable;
    link.m_url = url;
    return link;
}

QString ReplayLink::refusal() const
{
    switch (m_verdict) {
    case Verdict::Openable:
        return QString();
    case Verdict::Empty:
        return Text::tr("No recording link came with this attendee.");
    case Verdict::NotWeb:
    case Verdict::Malformed:
        return Text::tr("HookDesk opens only web links (http or https) with a host name.");
    case Verdict::HiddenCharacter:
        return Text::tr("The link contains hidden characters (such as text-direction controls) "
                        "that can make it look like a different address.");
    case Verdict::UserInfo:
        return Text::tr("The link hides its real destination behind a user name: it leads to %1.")
                .arg(m_host);
    case Verdict::Loopback:
        return Text::tr("The link leads to this computer (%1), not to a web site.").arg(m_host);
    case Verdict::PrivateNetwork:
        return Text::tr("The link leads to a private network address (%1), not to a web site.")
                .arg(m_host);
    case Verdict::LinkLocal:
        return Text::tr("The link leads to a link-local address (%1), not to a web site.")
                .arg(m_host);
    case Verdict::NumericHost:
        return Text::tr("The link leads to a bare network address (%1) instead of a web site's name.")
                .arg(m_host);
    }
    return QString();
}

} // namespace hookdesk
