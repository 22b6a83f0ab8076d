// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSink.h"

#include <QByteArray>
#include <QTimeZone>

#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace hookdesk {

// Writes one worksheet of rows as an Excel workbook (.xlsx) through
// libxlsxwriter, row by row in its constant-memory mode: memory stays flat however
// many rows. Text cells are always string cells, so no value can become a
// formula or a number; counts are number cells; timestamps are date cells in
// `zone` (a sheet has no time zones); web links (http and https only) are
// hyperlink cells. The header row is bold and frozen, with a filter on it.
class XlsxWriter : public RowSink
{
public:
    XlsxWriter(const QString &path, const QString &sheetName, QTimeZone zone = QTimeZone::systemTimeZone());
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void begin(const QList<SheetColumn> &columns) override;
    void addCell(QByteArrayView utf8) override;
    bool endRow() override;
    bool finish() override;
    QString errorString() const override { return m_error; }

    // Excel's limits: longer text is cut there, a longer link written as text.
    static constexpr int MaxTextLength = 32767;
    static constexpr int MaxLinkLength = 2079;

private:
    void check(int error);
    void writeText(int col, QByteArrayView utf8);
    void writeTimestamp(int col, QByteArrayView utf8);
    void writeLink(int col, QByteArrayView utf8);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    QTimeZone m_zone;
    std::vector<CellKind> m_kinds;
    QByteArray m_buffer;
    quint32 m_row = 0;
    int m_column = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace hookdesk
