// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeExporter.h"

#include "core/Logging.h"
#include "export/XlsxWriter.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace hookdesk {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AttendeeExporter)
};

struct ColumnInfo
{
    AttendeeExporter::Column column;
    const char *key;
    const char *title;
    const char *sql;
    CellKind kind;
    double width; // in a workbook, in characters
};

using Column = AttendeeExporter::Column;
using Kind = CellKind;

const ColumnInfo columnInfo[] = {
        {Column::Name, "name", QT_TRANSLATE_NOOP("AttendeeExporter", "Name"), "name", Kind::Text, 26},
        {Column::Email, "email", QT_TRANSLATE_NOOP("AttendeeExporter", "Email"), "email", Kind::Text,
         32},
        {Column::Phone, "phone", QT_TRANSLATE_NOOP("AttendeeExporter", "Phone"), "phone", Kind::Text,
         18},
        {Column::Webinar, "webinar", QT_TRANSLATE_NOOP("AttendeeExporter", "Webinar"),
         "webinar_title", Kind::Text, 32},
        {Column::WebinarId, "webinarId", QT_TRANSLATE_NOOP("AttendeeExporter", "Webinar ID"),
         "webinar_id", Kind::Text, 24},
        {Column::RecordingUrl, "recordingUrl",
         QT_TRANSLATE_NOOP("AttendeeExporter", "Recording link"), "recording_url", Kind::Link, 40},
        {Column::FirstReceived, "firstReceived",
         QT_TRANSLATE_NOOP("AttendeeExporter", "First received"), "first_received_at",
         Kind::Timestamp, 20},
        {Column::LastReceived, "lastReceived",
         QT_TRANSLATE_NOOP("AttendeeExporter", "Last received"), "last_received_at",
         Kind::Timestamp, 20},
        {Column::Deliveries, "deliveries", QT_TRANSLATE_NOOP("AttendeeExporter", "Deliveries"),
         "delivery_count", Kind::Number, 11},
        {Column::PhoneE164, "phoneE164", QT_TRANSLATE_NOOP("AttendeeExporter", "Phone (E.164)"),
         "phone_e164", Kind::Text, 16},
};

const ColumnInfo &info(Column column)
{
    for (const ColumnInfo &c : columnInfo) {
        if (c.column == column)
            return c;
    }
    Q_UNREACHABLE();
}

// Rows between two progress reports, and between two looks at the cancel flag.
constexpr qint64 ProgressEvery = 8192;
constexpr qint64 CancelCheckEvery = 256;

// CSV cells: counts as numbers, everything else as text; timestamps with an
// explicit offset (exportTimestamp), rewritten in a reused buffer so a row
// allocates nothing.
class CsvRowSink : public RowSink
{
public:
    // `localZone` set: times in that zone; unset: in UTC, as stored.
    CsvRowSink(QIODevice *device, CsvWriter::Profile profile, std::optional<QTimeZone> localZone)
        : m_writer(device, profile), m_localZone(std::move(localZone))
    {
    }

    void begin(const QList<SheetColumn> &columns) override
    {
        for (const SheetColumn &column : columns) {
            m_kinds.push_back(column.kind);
            m_writer.addCell(column.title);
        }
        m_writer.endRow();
    }
    void addCell(QByteArrayView utf8) override
    {
        const CellKind kind = m_kinds[size_t(m_column++)];
        if (kind == CellKind::Timestamp && m_localZone) {
            m_writer.addCell(QByteArrayView(AttendeeExporter::exportTimestamp(utf8, *m_localZone)));
        } else if (kind == CellKind::Timestamp && utf8.endsWith('Z')) {
            m_stamp.resize(0);
            m_stamp.append(utf8.first(utf8.size() - 1));
            m_stamp.append("+00:00", 6);
            m_writer.addCell(QByteArrayView(m_stamp));
        } else {
            m_writer.addCell(utf8, kind == CellKind::Number ? CsvWriter::Kind::Number
                                                            : CsvWriter::Kind::Text);
        }
    }
    bool endRow() override
    {
        m_column = 0;
        return m_writer.endRow();
    }
    bool finish() override { return m_writer.finish(); }
    QString errorString() const override { return m_writer.errorString(); }
    qint64 bytesWritten() const { return m_writer.bytesWritten(); }

private:
    CsvWriter m_writer;
    std::optional<QTimeZone> m_localZone;
    std::vector<CellKind> m_kinds;
    QByteArray m_stamp;
    int m_column = 0;
};

} // namespace

QList<AttendeeExporter::Column> AttendeeExporter::allColumns()
{
    QList<Column> columns;
    for (const ColumnInfo &c : columnInfo)
        columns.append(c.column);
    return columns;
}

QList<AttendeeExporter::Column> AttendeeExporter::defaultColumns()
{
    return {Column::Name,         Column::Email,         Column::Phone,
            Column::Webinar,      Column::WebinarId,     Column::RecordingUrl,
            Column::FirstReceived, Column::Deliveries};
}

QString AttendeeExporter::key(Column column)
{
    return QString::fromLatin1(info(column).key);
}

QString AttendeeExporter::title(Column column)
{
    return Text::tr(info(column).title);
}

std::optional<AttendeeExporter::Column> AttendeeExporter::columnForKey(const QString &key)
{
    for (const ColumnInfo &c : columnInfo) {
        if (key.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0)
            return c.column;
    }
    return std::nullopt;
}

bool AttendeeExporter::parseColumns(const QString &list, QList<Column> *columns, QString *error)
{
    QStringList known;
    for (const ColumnInfo &c : columnInfo)
        known.append(QString::fromLatin1(c.key));
    QList<Column> parsed;
    for (const QString &part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            *error = Text::tr("empty column name in '%1'; known columns: %2")
                             .arg(list, known.join(QStringLiteral(",")));
            return false;
        }
        const std::optional<Column> column = columnForKey(name);
        if (!column) {
            *error = Text::tr("unknown column '%1'; known columns: %2")
                             .arg(name, known.join(QStringLiteral(",")));
            return false;
        }
        if (parsed.contains(*column)) {
            *error = Text::tr("column '%1' is listed twice").arg(name);
            return false;
        }
        parsed.append(*column);
    }
    *columns = parsed;
    return true;
}

std::optional<AttendeeExporter::Format> AttendeeExporter::formatForKey(const QString &key)
{
    if (key.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (key.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

std::optional<AttendeeExporter::Times> AttendeeExporter::timesForKey(const QString &key)
{
    if (key.compare(QLatin1String("utc"), Qt::CaseInsensitive) == 0)
        return Times::Utc;
    if (key.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0)
        return Times::Local;
    return std::nullopt;
}

AttendeeExporter::Times AttendeeExporter::defaultTimes(Format format)
{
    return format == Format::Xlsx ? Times::Local : Times::Utc;
}

AttendeeExporter::Times AttendeeExporter::times() const
{
    return m_options.times.value_or(defaultTimes(m_options.format));
}

QByteArray AttendeeExporter::exportTimestamp(QByteArrayView stored, const QTimeZone &zone)
{
    if (!stored.endsWith('Z'))
        return stored.toByteArray(); // not a stored instant: no parse
    const QDateTime instant = QDateTime::fromString(QString::fromLatin1(stored), Qt::ISODateWithMs);
    if (!instant.isValid())
        return stored.toByteArray();
    const QDateTime local = instant.toTimeZone(zone);
    if (local.offsetFromUtc() == 0)
        return exportTimestamp(stored); // "+00:00", as in UTC exports, not "Z"
    return local.toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray AttendeeExporter::exportTimestamp(QByteArrayView stored)
{
    if (stored.endsWith('Z')) {
        QByteArray out;
        out.reserve(stored.size() + 5);
        out.append(stored.first(stored.size() - 1));
        out.append("+00:00", 6);
        return out;
    }
    return stored.toByteArray();
}

AttendeeExporter::AttendeeExporter(Options options) : m_options(std::move(options)) { }

bool AttendeeExporter::isCancelRequested() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

bool AttendeeExporter::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

bool AttendeeExporter::write(RowSink &sink)
{
    m_rows = 0;
    m_cancelled = false;

    const QList<Column> &columns = m_options.columns;
    if (columns.isEmpty())
        return fail(Text::tr("choose at least one column"));
    const AttendeeFilter::Sql filter = m_options.filter.toSql();
    if (!filter.error.isEmpty())
        return fail(Text::tr("filter: %1").arg(filter.error));

    SqliteDatabase db;
    if (!db.open(m_options.databasePath, SqliteDatabase::Mode::ReadOnly))
        return fail(Text::tr("cannot open the database %1: %2")
                            .arg(m_options.databasePath, db.lastError().message));
    QString error;
    if (!Schema::prepareForReading(db, &error))
        return fail(Text::tr("cannot read the database %1: %2").arg(m_options.databasePath, error));

    // One read transaction: the count and the rows come from the same snapshot,
    // however much the writer commits meanwhile.
    if (!db.exec(QStringLiteral("BEGIN")))
        return fail(db.lastError().message);

    const QString where = filter.where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ") + filter.where;
    const QString from = QStringLiteral(" FROM %1 a").arg(m_options.filter.source());
    SqliteStatement count(db, QStringLiteral("SELECT count(*)") + from + where);
    for (int i = 0; i < filter.binds.size(); ++i)
        count.bind(i + 1, filter.binds.at(i));
    if (!count.next())
        return fail(Text::tr("cannot count the attendees: %1").arg(db.lastError().message));
    const qint64 total = count.int64(0);

    QStringList select;
    for (const Column column : columns)
        select.append(QLatin1String(info(column).sql));
    SqliteStatement rows(db, QStringLiteral("SELECT ") + select.join(QStringLiteral(", "))
                                 + from + where
                                 + QStringLiteral(" ORDER BY ")
                                 + AttendeeQuery::orderByClause(m_options.order));
    if (!rows.isValid())
        return fail(Text::tr("cannot read the attendees: %1").arg(db.lastError().message));
    for (int i = 0; i < filter.binds.size(); ++i)
        rows.bind(i + 1, filter.binds.at(i));

    QList<SheetColumn> sheetColumns;
    // A workbook's date cells carry no zone: a UTC one says so in its header.
    const bool utcDateCells = m_options.format == Format::Xlsx && times() == Times::Utc;
    for (const Column column : columns) {
        QString heading = title(column);
        if (utcDateCells && info(column).kind == CellKind::Timestamp)
            //: A column header in a workbook whose times are UTC, e.g. "First received (UTC)".
            heading = Text::tr("%1 (UTC)").arg(heading);
        sheetColumns.append({heading, info(column).kind, info(column).width});
    }
    const int columnCount = int(columns.size());

    QElapsedTimer timer;
    timer.start();
    sink.begin(sheetColumns);

    if (m_progress)
        m_progress(0, total);
    m_cancelled = isCancelRequested();
    while (!m_cancelled && rows.next()) {
        for (int c = 0; c < columnCount; ++c)
            sink.addCell(rows.utf8(c));
        if (!sink.endRow())
            break;
        ++m_rows;
        if (m_rows % CancelCheckEvery == 0 && isCancelRequested()) {
            m_cancelled = true;
            break;
        }
        if (m_progress && m_rows % ProgressEvery == 0)
            m_progress(m_rows, total);
    }
    if (!m_cancelled && isCancelRequested())
        m_cancelled = true;
    if (m_cancelled) {
        qCDebug(lcExport) << "export cancelled after" << m_rows << "rows";
        return fail(Text::tr("the export was cancelled"));
    }
    if (rows.hasError())
        return fail(Text::tr("cannot read the attendees: %1").arg(db.lastError().message));
    if (!sink.finish() || !sink.errorString().isEmpty())
        return fail(Text::tr("cannot write the export: %1").arg(sink.errorString()));
    db.exec(QStringLiteral("COMMIT"));
    if (m_progress)
        m_progress(m_rows, qMax(total, m_rows));
    qCDebug(lcExport) << "exported" << m_rows << "attendees in" << timer.elapsed() << "ms";
    return true;
}

bool AttendeeExporter::exportTo(QIODevice *device)
{
    m_error.clear();
    m_bytes = 0;
    if (m_options.format == Format::Csv) {
        CsvRowSink sink(device, m_options.profile,
                        times() == Times::Local ? std::optional(m_options.localZone)
                                                        : std::nullopt);
        if (!write(sink))
            return false;
        m_bytes = sink.bytesWritten();
        return true;
    }
    // libxlsxwriter writes a file by name: build the workbook in a temporary
    // file, then copy it to the device.
    QTemporaryFile workbook(QDir::tempPath() + QStringLiteral("/hookdesk-export-XXXXXX.xlsx"));
    if (!workbook.open())
        return fail(Text::tr("cannot create a temporary file: %1").arg(workbook.errorString()));
    if (!writeWorkbook(workbook.fileName()))
        return false;
    workbook.seek(0);
    QByteArray chunk;
    while (!(chunk = workbook.read(256 * 1024)).isEmpty()) {
        if (device->write(chunk) != chunk.size())
            return fail(Text::tr("cannot write the export: %1").arg(device->errorString()));
        m_bytes += chunk.size();
    }
    return true;
}

bool AttendeeExporter::writeWorkbook(const QString &path)
{
    XlsxWriter sink(path, Text::tr("Attendees"),
                    times() == Times::Local ? m_options.localZone : QTimeZone::utc());
    if (!sink.errorString().isEmpty())
        return fail(sink.errorString());
    return write(sink);
}

bool AttendeeExporter::exportToFile(const QString &path)
{
    m_error.clear();
    if (path.isEmpty())
        return fail(Text::tr("no file name to export to"));
    if (QFileInfo(path).isDir())
        return fail(Text::tr("cannot write %1: it is a folder").arg(path));
    if (m_options.format == Format::Xlsx)
        return exportWorkbookToFile(path);
    QSaveFile file(path);
    // Never fall back to writing the target in place: a failed export must not
    // leave a half file where a good one was.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!exportTo(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(Text::tr("cannot save %1: %2").arg(path, file.errorString()));
    return true;
}

// As QSaveFile does for CSV: the workbook is written next to its target and
// renamed over it only when complete, so a failed export changes nothing.
bool AttendeeExporter::exportWorkbookToFile(const QString &path)
{
    QTemporaryFile workbook(path + QStringLiteral(".XXXXXX"));
    if (!workbook.open())
        return fail(Text::tr("cannot write %1: %2").arg(path, workbook.errorString()));
    workbook.close();
    if (!writeWorkbook(workbook.fileName()))
        return false;
    m_bytes = QFileInfo(workbook.fileName()).size();
    workbook.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(workbook.fileName()).constData(),
                    QFile::encodeName(path).constData())
        != 0)
        return fail(Text::tr("cannot save %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    workbook.setAutoRemove(false);
    return true;
}

} // namespace hookdesk
