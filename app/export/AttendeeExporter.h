// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CsvWriter.h"
#include "export/RowSink.h"
#include "store/AttendeeFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace hookdesk {

// Streams the attendees a filter selects as CSV or as an Excel workbook. It opens its own read-only
// connection on the thread that calls exportTo()/exportToFile(), so it can run on
// a worker thread while the GUI and the writer go on. One instance, one export.
//
// Timestamps are written as ISO 8601 in UTC with an explicit offset
// ("2026-11-27T04:35:44.038+00:00"): the stored instant, unchanged, the same on
// every machine that exports it (docs/export.md).
class AttendeeExporter
{
public:
    enum class Column {
        Name,
        Email,
        Phone,
        Webinar,
        WebinarId,
        RecordingUrl,
        FirstReceived,
        LastReceived,
        Deliveries,
    };

    static QList<Column> allColumns();
    // name, email, phone, webinar, webinarId, recordingUrl, firstReceived, deliveries
    static QList<Column> defaultColumns();
    // Stable key, as --columns takes it: "webinarId".
    static QString key(Column column);
    // Readable, translated header: "Webinar ID".
    static QString title(Column column);
    static std::optional<Column> columnForKey(const QString &key);
    // "name,email" -> columns in that order; false with a reason for an unknown,
    // repeated or missing key.
    static bool parseColumns(const QString &list, QList<Column> *columns, QString *error);

    enum class Format {
        Csv,  // text, in one of CsvWriter's profiles
        Xlsx, // an Excel workbook (XlsxWriter)
    };
    // "csv" / "xlsx", as --format takes them.
    static std::optional<Format> formatForKey(const QString &key);

    struct Options
    {
        Format format = Format::Csv;
        QString databasePath;
        AttendeeFilter filter;
        QList<Column> columns = defaultColumns();
        CsvWriter::Profile profile = CsvWriter::Profile::Spreadsheet;
    };

    // Called on the exporting thread now and then, and once at the end.
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    explicit AttendeeExporter(Options options);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // When *cancel becomes true (from any thread), the export stops soon after.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Writes to an open device. False on failure or cancellation; then the
    // device holds a partial export.
    bool exportTo(QIODevice *device);
    // Writes through QSaveFile: the file appears (or replaces the old one) only
    // when the whole export succeeded; on failure or cancellation nothing changes.
    bool exportToFile(const QString &path);

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }
    qint64 bytesWritten() const { return m_bytes; }

    // "2026-11-27T04:35:44.038Z" -> "2026-11-27T04:35:44.038+00:00"; anything
    // else is passed through as stored.
    static QByteArray exportTimestamp(QByteArrayView stored);

private:
    bool write(RowSink &sink);
    bool writeWorkbook(const QString &path);
    bool exportWorkbookToFile(const QString &path);
    bool isCancelRequested() const;
    bool fail(const QString &reason);

    Options m_options;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_error;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    bool m_cancelled = false;
};

} // namespace hookdesk
