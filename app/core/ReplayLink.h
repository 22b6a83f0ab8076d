// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace hookdesk {

// Whether a webinar's replay link (a text from the payload) may be opened in a
// browser, and where it really leads. Opened: http or https with a host name.
// Refused: no host; user info (`https://e.com@evil.example/` leads to
// evil.example); a numeric host in any spelling browsers accept (127.0.0.1,
// 0x7f000001, 2130706433, [::1]); localhost; hidden characters such as bidi
// controls (U+202E makes the text read differently from where it leads).
// Numeric hosts are refused whatever their address, and the reason names the
// loopback, private and link-local ones.
class ReplayLink
{
public:
    enum class Verdict {
        Openable,
        Empty,
        NotWeb,         // not http or https (javascript:, file:, data:, no scheme)
        Malformed,      // not a URL, or no host
        HiddenCharacter, // bidi controls, zero-width or control characters
        UserInfo,       // "user@" before the host
        Loopback,       // localhost, 127/8, ::1
        PrivateNetwork, // 10/8, 172.16/12, 192.168/16, fc00::/7
        LinkLocal,      // 169.254/16, fe80::/10
        NumericHost,    // any other address written as a number
    };

    static ReplayLink check(const QString &text);

    bool isOpenable() const { return m_verdict == Verdict::Openable; }
    Verdict verdict() const { return m_verdict; }
    // The host the link leads to, as a browser would show it (lower case, IDN as
    // its Unicode or ACE form by Qt's rules); empty when there is none.
    QString host() const { return m_host; }
    // What to open; valid only when openable.
    QUrl url() const { return m_url; }
    // Why it is not opened, one sentence; empty when openable.
    QString refusal() const;

private:
    Verdict m_verdict = Verdict::Empty;
    QString m_host;
    QUrl m_url;
};

} // namespace hookdesk
