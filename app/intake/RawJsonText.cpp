// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawJsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace hookdesk {
namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_json(json) {}

    void skipSpace()
    {
        while (m_pos < m_json.size()
               && (at() == ' ' || at() == '\t' || at() == '\n' || at() == '\r'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_json.size() && at() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // Moves past one string, escapes included; the quotes are part of the span.
    void skipString()
    {
        ++m_pos; // opening quote
        while (m_pos < m_json.size() && at() != '"')
            m_pos += at() == '\\' ? 2 : 1;
        ++m_pos; // closing quote
    }
    // Moves past one value of any kind and returns where it started.
    qsizetype skipValue()
    {
        skipSpace();
        const qsizetype start = m_pos;
        int depth = 0;
        while (m_pos < m_json.size()) {
            const char c = at();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_pos;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the end of the enclosing object
                --depth;
                ++m_pos;
            } else if (c == ',' && depth == 0) {
                break;
            } else {
                ++m_pos;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                break;
        }
        return start;
    }
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_json.size(); }

private:
    char at() const { return m_json.at(m_pos); }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
};

// A member name with its escapes resolved ("ph\u006fne" is "phone"), by the same
// parser that read the document.
QString decodeName(const QByteArray &quoted)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']');
    return doc.isArray() ? doc.array().at(0).toString() : QString();
}

} // namespace

QByteArray RawJsonText::member(const QByteArray &json, const QString &key)
{
    Scanner scanner(json);
    QByteArray found;
    if (!scanner.take('{'))
        return found;
    while (!scanner.atEnd()) {
        scanner.skipSpace();
        if (scanner.atEnd() || json.at(scanner.pos()) != '"')
            break; // "}" of an empty object, or the end
        const qsizetype nameStart = scanner.pos();
        scanner.skipString();
        const QByteArray quotedName = json.mid(nameStart, scanner.pos() - nameStart);
        if (!scanner.take(':'))
            break;
        const qsizetype valueStart = scanner.skipValue();
        QByteArray value = json.mid(valueStart, scanner.pos() - valueStart).trimmed();
        const bool plainName = !quotedName.contains('\\');
        if ((plainName && quotedName == '"' + key.toUtf8() + '"')
            || (!plainName && decodeName(quotedName) == key))
            found = value;
        if (!scanner.take(','))
            break;
    }
    return found;
}

} // namespace hookdesk
