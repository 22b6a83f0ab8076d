// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CsvWriter.h"
#include "export/RowSink.h"
#include "store/AttendeeFilter.h"
#include "store/AttendeeQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace hookdesk {

// Streams the attendees a filter selects as CSV or as an Excel workbook. It opens its own read-only
// connection on the thread that calls exportTo()/exportToFile(), so it can run on
// a worker thread while the GUI and the writer go on. One instance, one export.
//
// Times follow Options::times. In CSV they are ISO 8601 with an explicit offset:
// UTC ("2026-11-27T04:35:44.038+00:00", the stored instant, the same on every
// machine that exports it) or the local zone's ("2026-11-27T10:05:44.038+05:30",
// the wall-clock time the table shows, still unambiguous). In a workbook they
// are date cells in the chosen zone (docs/export.md).
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
        PhoneE164, // attendees.phone_e164: "+919942231962", for WhatsApp and SMS tools
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

    enum class Times {
        Utc,   // the stored instant in UTC
        Local, // the exporting computer's time zone, as the table shows it
    };
    // "utc" / "local", as --times takes them.
    static std::optional<Times> timesForKey(const QString &key);
    // What a format gives when nobody chose: UTC text in CSV (for programs),
    // local date cells in a workbook (for people).
    static Times defaultTimes(Format format);

    struct Options
    {
        Format format = Format::Csv;
        QString databasePath;
        AttendeeFilter filter;
        QList<Column> columns = defaultColumns();
        CsvWriter::Profile profile = CsvWriter::Profile::Spreadsheet;
        // The rows' order; by default the order of arrival, oldest first.
        AttendeeOrder order{AttendeeOrder::Key::Received, false};
        // Unset: defaultTimes(format).
        std::optional<Times> times;
        QTimeZone localZone = QTimeZone::systemTimeZone(); // for Times::Local
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
    // The stored instant as ISO 8601 with `zone`'s offset at that instant:
    // "2026-11-27T04:35:44.038Z" in Asia/Kolkata -> "2026-11-27T10:05:44.038+05:30".
    // Anything that is not a stored instant is passed through.
    static QByteArray exportTimestamp(QByteArrayView stored, const QTimeZone &zone);

private:
    // The times this export writes: Options::times, or the format's default.
    Times times() const;
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
