// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hookdesk {

// What a webhook sender reads (JSON error texts, refusal reasons) is English,
// the same bytes whatever language the desktop runs in. The texts are marked
// with QT_TRANSLATE_NOOP in the one context "WireText", so lupdate extracts
// them; the delivery log stores the English, and the window shows
// WireText::translated() of it.
class WireText
{
public:
    // The English text; callers write WireText::english(QT_TRANSLATE_NOOP("WireText", "..."))
    // so that lupdate sees the literal (it does not expand macros).
    static QString english(const char *source) { return QString::fromUtf8(source); }
    // A stored English reason in the desktop's language, parameterised texts
    // included ("request body larger than 65536 bytes" is matched against the
    // template "request body larger than %1 bytes"). Unknown text comes back as is.
    static QString translated(const QString &englishReason);
};

// Templates with parameters must be listed here so translated() can match them.
namespace WireTemplate {
inline constexpr const char BodyTooLarge[] = QT_TRANSLATE_NOOP("WireText", "request body larger than %1 bytes");
inline constexpr const char HeadersTooLarge[] =
        QT_TRANSLATE_NOOP("WireText", "request headers larger than %1 bytes");
inline constexpr const char TrailersTooLarge[] =
        QT_TRANSLATE_NOOP("WireText", "request trailers larger than %1 bytes");
inline constexpr const char TooManyFields[] = QT_TRANSLATE_NOOP("WireText", "more than %1 header fields");
inline constexpr const char UnsupportedEncoding[] =
        QT_TRANSLATE_NOOP("WireText", "unsupported Transfer-Encoding: %1");
inline constexpr const char NotCompleted[] = QT_TRANSLATE_NOOP("WireText", "request not completed within %1 s");
inline constexpr const char ConnectionLimit[] = QT_TRANSLATE_NOOP("WireText", "connection limit of %1 reached");
// clang-format off
inline constexpr const char Shed[] = QT_TRANSLATE_NOOP("WireText", "connection closed to make room: no complete request head for %1 s");
// clang-format on
} // namespace WireTemplate

} // namespace hookdesk
