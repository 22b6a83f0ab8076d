// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace hookdesk {

// Writes rows of cells as CSV (RFC 4180 quoting) to any QIODevice. It knows
// nothing of attendees or widgets. Output is buffered and written in large
// chunks; call finish() at the end and check its result (or errorString()).
//
// Profiles (docs/export.md):
//   Spreadsheet  UTF-8 with BOM, CRLF, and no cell a spreadsheet would evaluate
//                or silently turn into a number (see neutralise()).
//   Rfc4180      UTF-8 without BOM, CRLF, every value exactly as given.
class CsvWriter
{
public:
    enum class Profile { Spreadsheet, Rfc4180 };

    // What a cell holds, for the Spreadsheet profile.
    //   Text    must read back exactly as written: names, phone numbers, IDs, links.
    //   Number  a count meant to be a number in the sheet; written as is when it is a
    //           plain unsigned number, otherwise treated as Text.
    enum class Kind { Text, Number };

    explicit CsvWriter(QIODevice *device, Profile profile = Profile::Spreadsheet);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    Profile profile() const { return m_profile; }

    // One whole row of text cells; false once writing has failed.
    bool writeRow(const QStringList &cells);

    // Cell by cell, for callers that already hold UTF-8 (the attendee exporter
    // streams SQLite's bytes without building QStrings).
    void addCell(QByteArrayView utf8, Kind kind = Kind::Text);
    void addCell(const QString &text, Kind kind = Kind::Text);
    bool endRow();

    // Writes what is buffered; false (and errorString()) if the device refused.
    bool finish();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // The cell as the Spreadsheet profile stores it, before CSV quoting (the rule
    // and its reasons are in docs/export.md):
    //  1. a Number cell holding a plain unsigned number is unchanged;
    //  2. a value a spreadsheet would turn into a number, date or time (only
    //     digits and number punctuation, optionally signed: "+91 98765 43210",
    //     "09876543210", "2026-01-02", "-2+3"; scientific "6149e10"; English
    //     month dates "5 May") gets an invisible U+2060 WORD JOINER in front, so
    //     it shows exactly as stored and stays text;
    //  3. any other value starting with = + - @ TAB CR LF or NUL, or whose first
    //     non-blank character is = + - @ (or their full-width forms), gets a
    //     leading apostrophe, as OWASP recommends; spreadsheets show it;
    //  4. everything else is unchanged.
    // The result never starts with = + - @ TAB or CR.
    static QByteArray neutralise(QByteArrayView utf8, Kind kind = Kind::Text);
    static QString neutralise(const QString &text, Kind kind = Kind::Text);

    // The UTF-8 byte order mark the Spreadsheet profile starts with.
    static QByteArrayView byteOrderMark();

private:
    void startOutput();
    void put(QByteArrayView bytes);
    void put(char c);
    void makeRoom(qsizetype bytes);
    void appendQuoted(QByteArrayView prefix, QByteArrayView value);
    bool flush();

    QIODevice *m_device;
    Profile m_profile;
    // Output gathered here and written in pieces of about FlushThreshold bytes.
    std::vector<char> m_buffer;
    qsizetype m_used = 0;
    QString m_error;
    qint64 m_bytesWritten = 0;
    int m_cellsInRow = 0;
    bool m_lastCellEmpty = false;
    bool m_startedOutput = false;
};

} // namespace hookdesk
