// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonParseError>
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
    // template "request body larger than %1 bytes"; arguments that are wire
    // texts themselves, such as the email reason inside "is not an email
    // address: %1", are translated too), and "field: reason" as the intake logs
    // a payload error. Unknown text comes back as is.
    static QString translated(const QString &englishReason);
    // "email: must be a string": how a refusal naming a JSON field is logged.
    static QString withField(const QString &field, const QString &reason);
    // QJsonParseError::errorString() goes through the installed translators
    // (context "QJsonParseError"), so it is not English once a Qt translation
    // for the language exists: this is its text in English, Qt 6.4's wording.
    static QString jsonParseError(QJsonParseError::ParseError error);
};

// Templates with parameters must be listed here and in WireText.cpp's table so
// translated() can match them.
namespace WireTemplate {
// clang-format off
inline constexpr const char BodyTooLarge[] = QT_TRANSLATE_NOOP("WireText", "request body larger than %1 bytes");
inline constexpr const char HeadersTooLarge[] = QT_TRANSLATE_NOOP("WireText", "request headers larger than %1 bytes");
inline constexpr const char TrailersTooLarge[] = QT_TRANSLATE_NOOP("WireText", "request trailers larger than %1 bytes");
inline constexpr const char TooManyFields[] = QT_TRANSLATE_NOOP("WireText", "more than %1 header fields");
inline constexpr const char UnsupportedEncoding[] = QT_TRANSLATE_NOOP("WireText", "unsupported Transfer-Encoding: %1");
inline constexpr const char NotCompleted[] = QT_TRANSLATE_NOOP("WireText", "request not completed within %1 s");
inline constexpr const char ConnectionLimit[] = QT_TRANSLATE_NOOP("WireText", "connection limit of %1 reached");
inline constexpr const char Shed[] = QT_TRANSLATE_NOOP("WireText", "connection closed to make room: no complete request head for %1 s");

// PayloadParser (400, 422). %1 of MalformedJson is the byte offset, %2 a
// jsonParseError() text; %1 of NotAnEmail is one of EmailAddress's reasons.
inline constexpr const char MalformedJson[] = QT_TRANSLATE_NOOP("WireText", "malformed JSON at offset %1: %2");
inline constexpr const char LongerThanCharacters[] = QT_TRANSLATE_NOOP("WireText", "longer than %1 characters");
inline constexpr const char NotAnEmail[] = QT_TRANSLATE_NOOP("WireText", "is not an email address: %1");
inline constexpr const char MoreThanSessions[] = QT_TRANSLATE_NOOP("WireText", "more than %1 sessions");

// EmailAddress. %1 of InvisibleCharacter is a code point in hex (00A0).
inline constexpr const char InvisibleCharacter[] = QT_TRANSLATE_NOOP("WireText", "contains a space, an invisible or a control character (U+%1)");
inline constexpr const char LocalPartCharacter[] = QT_TRANSLATE_NOOP("WireText", "the part before the @ may not contain \"%1\"");
inline constexpr const char LocalPartTooLong[] = QT_TRANSLATE_NOOP("WireText", "the part before the @ is longer than %1 bytes");
inline constexpr const char AddressTooLong[] = QT_TRANSLATE_NOOP("WireText", "longer than %1 bytes");

// RequestVerifier (401; the sender reads only "unauthorized", the delivery log these).
// %1 is a header name; in TimestampSkew %1 and %2 are seconds.
inline constexpr const char MissingHeader[] = QT_TRANSLATE_NOOP("WireText", "missing header %1");
inline constexpr const char RepeatedHeader[] = QT_TRANSLATE_NOOP("WireText", "header %1 given more than once");
inline constexpr const char WrongHeaderSecret[] = QT_TRANSLATE_NOOP("WireText", "wrong secret in header %1");
inline constexpr const char TimestampSkew[] = QT_TRANSLATE_NOOP("WireText", "webhook-timestamp %1 s away from now (tolerance %2 s)");
// clang-format on
} // namespace WireTemplate

} // namespace hookdesk
