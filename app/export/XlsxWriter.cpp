// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <xlsxwriter.h>

namespace hookdesk {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

} // namespace

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName, QTimeZone zone)
    : m_zone(std::move(zone))
{
    const QByteArray file = QFile::encodeName(path);
    // Rows go to a temporary file next to the workbook (constant memory), not to /tmp,
    // which may be small.
    const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = Text::tr("cannot create the workbook %1").arg(QDir::toNativeSeparators(path));
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd hh:mm:ss");
    if (!m_sheet)
        m_error = Text::tr("cannot create the worksheet in %1").arg(QDir::toNativeSeparators(path));
}

XlsxWriter::~XlsxWriter()
{
    // An unfinished workbook is still closed, to free what libxlsxwriter holds;
    // the caller removes the file it wrote.
    if (m_workbook && !m_finished)
        workbook_close(m_workbook);
}

void XlsxWriter::check(int error)
{
    if (error != LXW_NO_ERROR && m_error.isEmpty())
        m_error = QString::fromUtf8(lxw_strerror(lxw_error(error)));
}

void XlsxWriter::begin(const QList<SheetColumn> &columns)
{
    if (!m_sheet)
        return;
    m_kinds.clear();
    for (int col = 0; col < columns.size(); ++col) {
        const SheetColumn &column = columns.at(col);
        m_kinds.push_back(column.kind);
        check(worksheet_set_column(m_sheet, lxw_col_t(col), lxw_col_t(col), column.width,
                                   column.kind == CellKind::Timestamp ? m_date : nullptr));
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(col), column.title.toUtf8().constData(),
                                     m_header));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    m_column = 0;
}

void XlsxWriter::writeText(int col, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return;
    m_buffer.resize(0);
    m_buffer.append(utf8);
    if (m_buffer.size() > MaxTextLength) {
        // Cut at a character boundary, never inside a UTF-8 sequence.
        qsizetype cut = MaxTextLength;
        while (cut > 0 && (quint8(m_buffer.at(cut)) & 0xC0) == 0x80)
            --cut;
        m_buffer.truncate(cut);
    }
    check(worksheet_write_string(m_sheet, m_row, lxw_col_t(col), m_buffer.constData(), nullptr));
}

void XlsxWriter::writeTimestamp(int col, QByteArrayView utf8)
{
    const QDateTime utc = QDateTime::fromString(QString::fromLatin1(utf8), Qt::ISODateWithMs);
    if (!utc.isValid()) {
        writeText(col, utf8);
        return;
    }
    const QDateTime local = utc.toTimeZone(m_zone);
    const QDate date = local.date();
    const QTime time = local.time();
    lxw_datetime cell = {date.year(), date.month(), date.day(), time.hour(), time.minute(),
                         time.second() + time.msec() / 1000.0};
    check(worksheet_write_datetime(m_sheet, m_row, lxw_col_t(col), &cell, m_date));
}

void XlsxWriter::writeLink(int col, QByteArrayView utf8)
{
    // Only web links become hyperlinks: libxlsxwriter would also link files
    // ("external:") and places in the workbook ("internal:"), which a sender's
    // payload must not choose.
    const QUrl url(QString::fromUtf8(utf8), QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == QLatin1String("https")
                                       || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty();
    if (!web || utf8.size() > MaxLinkLength) {
        writeText(col, utf8);
        return;
    }
    m_buffer.resize(0);
    m_buffer.append(utf8);
    const int error = worksheet_write_url(m_sheet, m_row, lxw_col_t(col), m_buffer.constData(),
                                          nullptr);
    if (error != LXW_NO_ERROR)
        writeText(col, utf8);
}

void XlsxWriter::addCell(QByteArrayView utf8)
{
    if (!m_sheet || m_column >= int(m_kinds.size()))
        return;
    const int col = m_column++;
    switch (m_kinds[size_t(col)]) {
    case CellKind::Number: {
        bool ok = false;
        const double number = QByteArray::fromRawData(utf8.data(), utf8.size()).toDouble(&ok);
        if (ok)
            check(worksheet_write_number(m_sheet, m_row, lxw_col_t(col), number, nullptr));
        else
            writeText(col, utf8);
        break;
    }
    case CellKind::Timestamp:
        writeTimestamp(col, utf8);
        break;
    case CellKind::Link:
        writeLink(col, utf8);
        break;
    case CellKind::Text:
        writeText(col, utf8);
        break;
    }
}

bool XlsxWriter::endRow()
{
    if (!m_error.isEmpty())
        return false;
    if (m_row + 1 >= LXW_ROW_MAX) {
        m_error = Text::tr("more than %1 rows do not fit in one worksheet").arg(LXW_ROW_MAX - 1);
        return false;
    }
    ++m_row;
    m_column = 0;
    return true;
}

bool XlsxWriter::finish()
{
    if (!m_workbook || m_finished)
        return m_error.isEmpty();
    if (m_sheet && !m_kinds.empty())
        check(worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_kinds.size() - 1)));
    m_finished = true;
    check(workbook_close(m_workbook));
    m_workbook = nullptr;
    return m_error.isEmpty();
}

} // namespace hookdesk
