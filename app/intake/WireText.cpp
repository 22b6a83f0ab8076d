// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireText.h"

#include <QList>

#include <iterator>
#include <vector>

namespace hookdesk {
namespace {

const char *const Templates[] = {
        WireTemplate::BodyTooLarge,       WireTemplate::HeadersTooLarge,
        WireTemplate::TrailersTooLarge,   WireTemplate::TooManyFields,
        WireTemplate::UnsupportedEncoding, WireTemplate::NotCompleted,
        WireTemplate::ConnectionLimit,    WireTemplate::Shed,
        WireTemplate::MalformedJson,      WireTemplate::LongerThanCharacters,
        WireTemplate::NotAnEmail,         WireTemplate::MoreThanSessions,
        WireTemplate::InvisibleCharacter,
        WireTemplate::LocalPartCharacter, WireTemplate::LocalPartTooLong,
        WireTemplate::AddressTooLong,     WireTemplate::MissingHeader,
        WireTemplate::RepeatedHeader,     WireTemplate::WrongHeaderSecret,
        WireTemplate::TimestampSkew,
};

// The English text between the placeholders %1, %2 (in that order in every
// English template): "a %1 b %2" -> {"a ", " b ", ""}.
QStringList literalPieces(const QString &pattern)
{
    QStringList pieces;
    qsizetype from = 0;
    for (int n = 1;; ++n) {
        const QString placeholder = u'%' + QString::number(n);
        const qsizetype at = pattern.indexOf(placeholder, from);
        if (at < 0)
            break;
        pieces.append(pattern.mid(from, at - from));
        from = at + placeholder.size();
    }
    pieces.append(pattern.mid(from));
    return pieces;
}

// The arguments when text is the pattern with something non-empty in each
// placeholder; an inner piece is found at its first occurrence (arguments are
// numbers, names and reasons ending the text), the last piece at the end.
bool matchTemplate(const QStringList &pieces, const QString &text, QStringList *arguments)
{
    if (pieces.size() < 2 || !text.startsWith(pieces.first()) || !text.endsWith(pieces.last()))
        return false;
    const qsizetype end = text.size() - pieces.last().size();
    qsizetype from = pieces.first().size();
    arguments->clear();
    for (qsizetype i = 1; i < pieces.size() - 1; ++i) {
        const qsizetype at = pieces.at(i).isEmpty() ? -1 : text.indexOf(pieces.at(i), from + 1);
        if (at < 0 || at + pieces.at(i).size() > end)
            return false;
        arguments->append(text.mid(from, at - from));
        from = at + pieces.at(i).size();
    }
    if (end <= from)
        return false;
    arguments->append(text.mid(from, end - from));
    return true;
}

// A JSON member name as PayloadParser reports it: letters, digits, underscore.
bool isFieldName(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_')
            return false;
    }
    return true;
}

} // namespace

QString WireText::withField(const QString &field, const QString &reason)
{
    return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason;
}

QString WireText::translated(const QString &englishReason)
{
    if (englishReason.isEmpty())
        return englishReason;
    const QByteArray source = englishReason.toUtf8();
    const QString exact = QCoreApplication::translate("WireText", source.constData());
    if (exact != englishReason)
        return exact;
    // The English pieces do not depend on the language: split them once (the
    // Deliveries page asks for every visible row).
    static const auto pieces = [] {
        std::vector<QStringList> all;
        for (const char *text : Templates)
            all.push_back(literalPieces(QString::fromUtf8(text)));
        return all;
    }();
    QStringList arguments;
    for (size_t i = 0; i < std::size(Templates); ++i) {
        const char *text = Templates[i];
        if (!matchTemplate(pieces[i], englishReason, &arguments))
            continue;
        // Arguments that are wire texts themselves are shown translated;
        // numbers and names come back unchanged.
        const QString pattern = QCoreApplication::translate("WireText", text);
        if (arguments.size() == 1)
            return pattern.arg(translated(arguments.at(0)));
        return pattern.arg(translated(arguments.at(0)), translated(arguments.at(1)));
    }
    const qsizetype colon = englishReason.indexOf(QLatin1String(": "));
    if (colon > 0 && isFieldName(QStringView(englishReason).left(colon)))
        return withField(englishReason.left(colon), translated(englishReason.mid(colon + 2)));
    return englishReason;
}

QString WireText::jsonParseError(QJsonParseError::ParseError error)
{
    const char *text = "";
    switch (error) {
    case QJsonParseError::NoError: text = QT_TRANSLATE_NOOP("WireText", "no error occurred"); break;
    case QJsonParseError::UnterminatedObject: text = QT_TRANSLATE_NOOP("WireText", "unterminated object"); break;
    case QJsonParseError::MissingNameSeparator: text = QT_TRANSLATE_NOOP("WireText", "missing name separator"); break;
    case QJsonParseError::UnterminatedArray: text = QT_TRANSLATE_NOOP("WireText", "unterminated array"); break;
    case QJsonParseError::MissingValueSeparator: text = QT_TRANSLATE_NOOP("WireText", "missing value separator"); break;
    case QJsonParseError::IllegalValue: text = QT_TRANSLATE_NOOP("WireText", "illegal value"); break;
    case QJsonParseError::TerminationByNumber: text = QT_TRANSLATE_NOOP("WireText", "invalid termination by number"); break;
    case QJsonParseError::IllegalNumber: text = QT_TRANSLATE_NOOP("WireText", "illegal number"); break;
    case QJsonParseError::IllegalEscapeSequence: text = QT_TRANSLATE_NOOP("WireText", "invalid escape sequence"); break;
    case QJsonParseError::IllegalUTF8String: text = QT_TRANSLATE_NOOP("WireText", "invalid UTF8 string"); break;
    case QJsonParseError::UnterminatedString: text = QT_TRANSLATE_NOOP("WireText", "unterminated string"); break;
    case QJsonParseError::MissingObject: text = QT_TRANSLATE_NOOP("WireText", "object is missing after a comma"); break;
    case QJsonParseError::DeepNesting: text = QT_TRANSLATE_NOOP("WireText", "too deeply nested document"); break;
    case QJsonParseError::DocumentTooLarge: text = QT_TRANSLATE_NOOP("WireText", "too large document"); break;
    case QJsonParseError::GarbageAtEnd: text = QT_TRANSLATE_NOOP("WireText", "garbage at the end of the document"); break;
    }
    return english(text);
}

} // namespace hookdesk
