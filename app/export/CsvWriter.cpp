// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace hookdesk {
namespace {

// Written to the device whenever this much has been gathered: few, large writes.
constexpr qsizetype FlushThreshold = 1 << 20;

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
// U+2060 WORD JOINER: invisible, not blank, not a digit or sign. Spreadsheets read a
// cell as a number or formula only when it starts with one, so the cell stays text
// (seen in LibreOffice Calc: tests/integration/libreoffice_check.py).
constexpr char WordJoinerUtf8[] = "\xE2\x81\xA0";
constexpr char ApostropheUtf8[] = "'";

enum class Guard { None, WordJoiner, Apostrophe };

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Characters of a phone number or a plain number as people write them.
bool isNumberPunctuation(char c)
{
    switch (c) {
    case ' ':
    case '(':
    case ')':
    case '.':
    case ',':
    case '/':
    case ':':
    case '%':
    case '-':
    case '+':
        return true;
    default:
        return false;
    }
}

// Digits and number punctuation only, with at least one digit: "+91 98765 43210",
// "09876543210", "2026-01-02", "(555) 123-4567", "10:30", "50%", "-5". Spreadsheets
// turn many of these into numbers, dates or times and drop a leading + or 0. Such
// a value cannot hold a formula that does more than arithmetic.
bool isNumberLike(QByteArrayView v)
{
    bool digit = false;
    for (const char c : v) {
        if (isDigit(c))
            digit = true;
        else if (!isNumberPunctuation(c))
            return false;
    }
    return digit;
}

enum class FractionDigits { Optional, Required };

// Where a leading "123" or "123.45" ends ("123." counts only when the fraction's
// digits are optional), or 0 when v does not start with a digit.
qsizetype decimalPrefix(QByteArrayView v, FractionDigits fraction)
{
    qsizetype i = 0;
    const qsizetype n = v.size();
    while (i < n && isDigit(v[i]))
        ++i;
    if (i == 0)
        return 0;
    if (i < n && v[i] == '.') {
        const qsizetype fractionStart = ++i;
        while (i < n && isDigit(v[i]))
            ++i;
        if (i == fractionStart && fraction == FractionDigits::Required)
            return 0;
    }
    return i;
}

// "12e5", "1.5E+3", "6149e10": spreadsheets read these as numbers in scientific notation.
bool isScientific(QByteArrayView v)
{
    qsizetype i = decimalPrefix(v, FractionDigits::Optional);
    const qsizetype n = v.size();
    if (i == 0)
        return false;
    if (i >= n || (v[i] != 'e' && v[i] != 'E'))
        return false;
    ++i;
    if (i < n && (v[i] == '+' || v[i] == '-'))
        ++i;
    const qsizetype expStart = i;
    while (i < n && isDigit(v[i]))
        ++i;
    return i == n && i > expStart;
}

bool isMonthName(QByteArrayView word)
{
    static constexpr QByteArrayView months[] = {
            "jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
            "september", "oct", "october", "nov", "november", "dec", "december"};
    if (word.size() < 3 || word.size() > 9)
        return false;
    char lower[9];
    for (qsizetype i = 0; i < word.size(); ++i)
        lower[i] = char(word[i] | 0x20);
    const QByteArrayView folded(lower, word.size());
    for (const QByteArrayView month : months) {
        if (month.size() == folded.size() && month[0] == folded[0] && folded == month)
            return true;
    }
    return false;
}

// "5 May", "May 5", "5-May-2026", "Mar 2026": English month dates, which
// spreadsheets in English locales turn into dates.
bool isMonthDate(QByteArrayView v)
{
    if (v.size() > 24)
        return false;
    int months = 0;
    int numbers = 0;
    int parts = 0;
    qsizetype i = 0;
    while (i < v.size()) {
        const char c = v[i];
        if (isDigit(c)) {
            const qsizetype start = i;
            while (i < v.size() && isDigit(v[i]))
                ++i;
            if (i - start > 4)
                return false;
            ++numbers;
            ++parts;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            const qsizetype start = i;
            while (i < v.size() && (v[i] | 0x20) >= 'a' && (v[i] | 0x20) <= 'z')
                ++i;
            if (!isMonthName(v.sliced(start, i - start)))
                return false;
            ++months;
            ++parts;
        } else if (c == ' ' || c == '-' || c == '/' || c == '.' || c == ',') {
            ++i;
        } else {
            return false;
        }
    }
    return months == 1 && numbers >= 1 && parts <= 3;
}

// What a spreadsheet would not keep as the text it is.
bool becomesNumberOrDate(QByteArrayView v)
{
    return isNumberLike(v) || isScientific(v) || isMonthDate(v);
}

bool isPlainNumber(QByteArrayView v)
{
    const qsizetype end = decimalPrefix(v, FractionDigits::Required);
    return end > 0 && end == v.size();
}

bool isFormulaTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// FULLWIDTH EQUALS SIGN, PLUS SIGN, HYPHEN-MINUS, COMMERCIAL AT (U+FF1D, U+FF0B,
// U+FF0D, U+FF20): some spreadsheets in East Asian locales take them as their ASCII forms.
bool startsWithFullWidthTrigger(QByteArrayView v)
{
    if (v.size() < 3 || uchar(v[0]) != 0xEF)
        return false;
    const uchar b1 = uchar(v[1]);
    const uchar b2 = uchar(v[2]);
    return (b1 == 0xBC && (b2 == 0x9D || b2 == 0x8B || b2 == 0x8D || b2 == 0xA0));
}

Guard guardFor(QByteArrayView v, CsvWriter::Kind kind)
{
    if (v.isEmpty())
        return Guard::None;
    if (kind == CsvWriter::Kind::Number && isPlainNumber(v))
        return Guard::None;
    if (becomesNumberOrDate(v))
        return Guard::WordJoiner;
    const char first = v[0];
    if (isFormulaTrigger(first) || first == '\t' || first == '\r' || first == '\n' || first == '\0')
        return Guard::Apostrophe;
    // Defence in depth: some importers trim leading blanks before they look for a formula.
    qsizetype i = 0;
    while (i < v.size() && isBlank(v[i]))
        ++i;
    const QByteArrayView rest = v.sliced(i);
    if (!rest.isEmpty() && (isFormulaTrigger(rest[0]) || startsWithFullWidthTrigger(rest)))
        return Guard::Apostrophe;
    return Guard::None;
}

QByteArrayView guardBytes(Guard guard)
{
    switch (guard) {
    case Guard::WordJoiner:
        return QByteArrayView(WordJoinerUtf8, sizeof(WordJoinerUtf8) - 1);
    case Guard::Apostrophe:
        return QByteArrayView(ApostropheUtf8, sizeof(ApostropheUtf8) - 1);
    case Guard::None:
        break;
    }
    return {};
}

// Characters that make RFC 4180 quote a field, as a lookup table for the hot loop.
struct QuoteTable
{
    bool needs[256] = {};
    constexpr QuoteTable()
    {
        needs[uchar(',')] = true;
        needs[uchar('"')] = true;
        needs[uchar('\r')] = true;
        needs[uchar('\n')] = true;
    }
};
constexpr QuoteTable quoteTable;

bool needsQuotes(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const uchar *>(v.data());
    const auto *end = p + v.size();
    for (; p != end; ++p) {
        if (quoteTable.needs[*p])
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Profile profile)
    : m_device(device), m_profile(profile), m_buffer(size_t(FlushThreshold + 64 * 1024))
{
}

CsvWriter::~CsvWriter() = default;

QByteArrayView CsvWriter::byteOrderMark()
{
    return QByteArrayView(Utf8Bom, sizeof(Utf8Bom) - 1);
}

QByteArray CsvWriter::neutralise(QByteArrayView utf8, Kind kind)
{
    const Guard guard = guardFor(utf8, kind);
    QByteArray out = guardBytes(guard).toByteArray();
    out.append(utf8);
    return out;
}

QString CsvWriter::neutralise(const QString &text, Kind kind)
{
    return QString::fromUtf8(neutralise(QByteArrayView(text.toUtf8()), kind));
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        addCell(cell);
    return endRow();
}

void CsvWriter::addCell(const QString &text, Kind kind)
{
    const QByteArray utf8 = text.toUtf8();
    addCell(QByteArrayView(utf8), kind);
}

void CsvWriter::makeRoom(qsizetype bytes)
{
    // Write out what is gathered; a cell larger than the whole buffer grows it.
    if (m_used > 0)
        flush();
    m_used = 0;
    if (size_t(bytes) > m_buffer.size())
        m_buffer.resize(size_t(bytes));
}

void CsvWriter::put(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (bytes.size() > qsizetype(m_buffer.size()) - m_used)
        makeRoom(bytes.size());
    std::memcpy(m_buffer.data() + m_used, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
}

void CsvWriter::put(char c)
{
    if (m_used == qsizetype(m_buffer.size()))
        makeRoom(1);
    m_buffer[size_t(m_used++)] = c;
}

void CsvWriter::startOutput()
{
    m_startedOutput = true;
    if (m_profile == Profile::Spreadsheet)
        put(byteOrderMark());
}

void CsvWriter::addCell(QByteArrayView utf8, Kind kind)
{
    if (hasError())
        return;
    if (!m_startedOutput)
        startOutput();
    if (m_cellsInRow > 0)
        put(',');
    ++m_cellsInRow;
    m_lastCellEmpty = utf8.isEmpty();

    const QByteArrayView prefix = m_profile == Profile::Spreadsheet
            ? guardBytes(guardFor(utf8, kind))
            : QByteArrayView();
    if (!needsQuotes(utf8)) {
        put(prefix);
        put(utf8);
        return;
    }
    appendQuoted(prefix, utf8);
}

void CsvWriter::appendQuoted(QByteArrayView prefix, QByteArrayView value)
{
    put('"');
    put(prefix);
    const char *from = value.data();
    const char *const end = from + value.size();
    while (from != end) {
        const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
        if (!quote) {
            put(QByteArrayView(from, end - from));
            break;
        }
        // Up to and including the quote, then the quote once more.
        put(QByteArrayView(from, quote - from + 1));
        put('"');
        from = quote + 1;
    }
    put('"');
}

bool CsvWriter::endRow()
{
    if (hasError())
        return false;
    // A row of one empty field would be an empty line, which readers take as no row at all.
    if (m_cellsInRow == 1 && m_lastCellEmpty)
        put(QByteArrayView("\"\"", 2));
    put(QByteArrayView("\r\n", 2));
    m_cellsInRow = 0;
    return m_used < FlushThreshold || flush();
}

bool CsvWriter::flush()
{
    if (hasError())
        return false;
    if (m_used == 0)
        return true;
    const qint64 written = m_device->write(m_buffer.data(), m_used);
    if (written != m_used) {
        m_error = written < 0
                ? m_device->errorString()
                : QCoreApplication::translate("CsvWriter", "the output took only %1 of %2 bytes")
                          .arg(written)
                          .arg(m_used);
        m_used = 0;
        return false;
    }
    m_bytesWritten += written;
    m_used = 0;
    return true;
}

bool CsvWriter::finish()
{
    if (!m_startedOutput && !hasError())
        startOutput();
    return flush();
}

} // namespace hookdesk
