// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include "intake/WireText.h"

#include <QStringView>
#include <QUrl>

namespace hookdesk {
namespace {

// The reasons reach the sender in PayloadParser's 422: English, through WireText.
bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\v' || c == u'\f';
}

// RFC 5322 atext, without the dot (handled separately).
bool isAtext(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static const char specials[] = "!#$%&'*+-/=?^_`{|}~";
    for (const char *s = specials; *s; ++s) {
        if (c == char32_t(*s))
            return true;
    }
    return false;
}

// Characters no one can see or that reorder what is shown: never part of an
// identity, or two addresses that look the same would be different attendees.
bool isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width space and joiners, bidi controls, BOM, soft hyphen
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// RFC 6531 lets UTF-8 into the local part; we take letters, combining marks
// (Devanagari vowel signs are marks) and digits of any script, not symbols or
// punctuation, so a full-width "＠" or a look-alike quote cannot slip in.
bool isInternationalAtext(char32_t c)
{
    return c >= 0x80 && (QChar::isLetter(c) || QChar::isMark(c) || QChar::isNumber(c));
}

QString failed(const QString &reason, EmailAddress::Result *result)
{
    result->ok = false;
    result->identity.clear();
    result->reason = reason;
    return reason;
}

bool isLdhLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

// Unicode full case folding. QString::toCaseFolded applies only the simple
// (one-to-one) foldings, which leave "ß" distinct from "ss". The full foldings
// of CaseFolding.txt (status F) are the characters whose upper case is longer
// than one character (ß -> SS, ﬁ -> FI, ᾳ -> ΑΙ): fold those through their
// upper case. U+0130 is the one F folding that is not of that kind.
QString fullCaseFold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80) {
            folded.append(QChar(char16_t(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
            continue;
        }
        if (c == 0x0130) {
            folded.append(QStringLiteral("i\u0307"));
            continue;
        }
        const QString simple = QString::fromUcs4(&c, 1).toCaseFolded();
        const QString upper = simple.toUpper();
        folded.append(upper.toUcs4().size() > 1 ? upper.toCaseFolded() : simple);
    }
    return folded;
}

} // namespace

QString EmailAddress::trimAsciiSpace(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text.at(begin)))
        ++begin;
    while (end > begin && isAsciiSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

EmailAddress::Result EmailAddress::check(const QString &text)
{
    Result result;
    result.address = trimAsciiSpace(text);
    const QString nfc = result.address.normalized(QString::NormalizationForm_C);
    if (nfc.isEmpty()) {
        failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "is empty")), &result);
        return result;
    }
    for (const char32_t c : nfc.toUcs4()) {
        if (isInvisible(c)) {
            failed(WireText::english(WireTemplate::InvisibleCharacter)
                           .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')),
                   &result);
            return result;
        }
    }
    const qsizetype at = nfc.indexOf(u'@');
    if (at < 0 || nfc.indexOf(u'@', at + 1) >= 0) {
        failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "must contain exactly one @")), &result);
        return result;
    }
    const QString local = nfc.left(at);
    const QString domain = nfc.mid(at + 1);
    if (local.isEmpty()) {
        failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "has nothing before the @")), &result);
        return result;
    }
    if (domain.isEmpty()) {
        failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "has no domain after the @")), &result);
        return result;
    }

    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String(".."))) {
        failed(WireText::english(QT_TRANSLATE_NOOP(
                       "WireText", "the part before the @ must not start or end with a dot or have two in a row")),
               &result);
        return result;
    }
    for (const char32_t c : local.toUcs4()) {
        if (c != '.' && !isAtext(c) && !isInternationalAtext(c)) {
            failed(WireText::english(WireTemplate::LocalPartCharacter)
                           .arg(QString::fromUcs4(&c, 1)),
                   &result);
            return result;
        }
    }
    if (local.toUtf8().size() > MaxLocalBytes) {
        failed(WireText::english(WireTemplate::LocalPartTooLong).arg(MaxLocalBytes),
               &result);
        return result;
    }

    // QUrl::toAce applies IDNA (UTS #46) and gives the ASCII form; it returns
    // nothing for what is not a host name.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (ace.isEmpty()) {
        failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "the domain is not a valid host name")), &result);
        return result;
    }
    const QStringList labels = ace.split(u'.');
    for (const QString &label : labels) {
        if (!isLdhLabel(label)) {
            failed(WireText::english(QT_TRANSLATE_NOOP("WireText", "the domain must be labels of letters, "
                                                              "digits and hyphens separated by single dots")),
                   &result);
            return result;
        }
    }
    const QString folded = fullCaseFold(local);
    if (folded.toUtf8().size() + 1 + ace.size() > MaxAddressBytes
        || local.toUtf8().size() + 1 + ace.size() > MaxAddressBytes) {
        failed(WireText::english(WireTemplate::AddressTooLong).arg(MaxAddressBytes), &result);
        return result;
    }
    result.ok = true;
    result.identity = folded + u'@' + ace;
    return result;
}

QString EmailAddress::identity(const QString &text)
{
    const Result result = check(text);
    if (result.ok)
        return result.identity;
    return fullCaseFold(result.address.normalized(QString::NormalizationForm_C));
}

} // namespace hookdesk
