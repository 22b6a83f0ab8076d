// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeExporter.h"

#include "core/Logging.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace hookdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttendeeExporter", text);
}

struct ColumnInfo
{
    AttendeeExporter::Column column;
    const char *key;
    const char *title;
    const char *sql;
    CsvWriter::Kind kind;
    bool timestamp;
};

using Column = AttendeeExporter::Column;
using Kind = CsvWriter::Kind;

const ColumnInfo columnInfo[] = {
        {Column::Name, "name", QT_TRANSLATE_NOOP("AttendeeExporter", "Name"), "name", Kind::Text,
         false},
        {Column::Email, "email", QT_TRANSLATE_NOOP("AttendeeExporter", "Email"), "email",
         Kind::Text, false},
        {Column::Phone, "phone", QT_TRANSLATE_NOOP("AttendeeExporter", "Phone"), "phone",
         Kind::Text, false},
        {Column::Webinar, "webinar", QT_TRANSLATE_NOOP("AttendeeExporter", "Webinar"),
         "webinar_title", Kind::Text, false},
        {Column::WebinarId, "webinarId", QT_TRANSLATE_NOOP("AttendeeExporter", "Webinar ID"),
         "webinar_id", Kind::Text, false},
        {Column::RecordingUrl, "recordingUrl",
         QT_TRANSLATE_NOOP("AttendeeExporter", "Recording link"), "recording_url", Kind::Text,
         false},
        {Column::FirstReceived, "firstReceived",
         QT_TRANSLATE_NOOP("AttendeeExporter", "First received"), "first_received_at", Kind::Text,
         true},
        {Column::LastReceived, "lastReceived",
         QT_TRANSLATE_NOOP("AttendeeExporter", "Last received"), "last_received_at", Kind::Text,
         true},
        {Column::Deliveries, "deliveries", QT_TRANSLATE_NOOP("AttendeeExporter", "Deliveries"),
         "delivery_count", Kind::Number, false},
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
    return tr(info(column).title);
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
            *error = tr("empty column name in '%1'; known columns: %2")
                             .arg(list, known.join(QStringLiteral(",")));
            return false;
        }
        const std::optional<Column> column = columnForKey(name);
        if (!column) {
            *error = tr("unknown column '%1'; known columns: %2")
                             .arg(name, known.join(QStringLiteral(",")));
            return false;
        }
        if (parsed.contains(*column)) {
            *error = tr("column '%1' is listed twice").arg(name);
            return false;
        }
        parsed.append(*column);
    }
    *columns = parsed;
    return true;
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

bool AttendeeExporter::exportTo(QIODevice *device)
{
    m_error.clear();
    m_rows = 0;
    m_bytes = 0;
    m_cancelled = false;

    const QList<Column> &columns = m_options.columns;
    if (columns.isEmpty())
        return fail(tr("choose at least one column"));
    const AttendeeFilter::Sql filter = m_options.filter.toSql();
    if (!filter.error.isEmpty())
        return fail(tr("filter: %1").arg(filter.error));

    SqliteDatabase db;
    if (!db.open(m_options.databasePath, SqliteDatabase::Mode::ReadOnly))
        return fail(tr("cannot open the database %1: %2")
                            .arg(m_options.databasePath, db.lastError().message));
    QString error;
    if (!Schema::prepareForReading(db, &error))
        return fail(tr("cannot read the database %1: %2").arg(m_options.databasePath, error));

    // One read transaction: the count and the rows come from the same snapshot,
    // however much the writer commits meanwhile.
    if (!db.exec(QStringLiteral("BEGIN")))
        return fail(db.lastError().message);

    const QString where = filter.where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ") + filter.where;
    SqliteStatement count(db, QStringLiteral("SELECT count(*) FROM attendees") + where);
    for (int i = 0; i < filter.binds.size(); ++i)
        count.bind(i + 1, filter.binds.at(i));
    if (!count.next())
        return fail(tr("cannot count the attendees: %1").arg(db.lastError().message));
    const qint64 total = count.int64(0);

    QStringList select;
    for (const Column column : columns)
        select.append(QLatin1String(info(column).sql));
    SqliteStatement rows(db, QStringLiteral("SELECT ") + select.join(QStringLiteral(", "))
                                 + QStringLiteral(" FROM attendees") + where
                                 + QStringLiteral(" ORDER BY id"));
    if (!rows.isValid())
        return fail(tr("cannot read the attendees: %1").arg(db.lastError().message));
    for (int i = 0; i < filter.binds.size(); ++i)
        rows.bind(i + 1, filter.binds.at(i));

    // Per output column: how to write it, looked up once rather than per row.
    struct Plan
    {
        Kind kind;
        bool timestamp;
    };
    std::vector<Plan> plan;
    plan.reserve(size_t(columns.size()));
    for (const Column column : columns)
        plan.push_back({info(column).kind, info(column).timestamp});
    const int columnCount = int(plan.size());

    QElapsedTimer timer;
    timer.start();
    CsvWriter writer(device, m_options.profile);
    for (const Column column : columns)
        writer.addCell(title(column));
    writer.endRow();

    if (m_progress)
        m_progress(0, total);
    m_cancelled = isCancelRequested();
    QByteArray stamp;
    while (!m_cancelled && rows.next()) {
        for (int c = 0; c < columnCount; ++c) {
            const QByteArrayView value = rows.utf8(c);
            if (plan[size_t(c)].timestamp && value.endsWith('Z')) {
                // Rewrite in a reused buffer: no allocation per row.
                stamp.resize(0);
                stamp.append(value.first(value.size() - 1));
                stamp.append("+00:00", 6);
                writer.addCell(QByteArrayView(stamp), plan[size_t(c)].kind);
            } else {
                writer.addCell(value, plan[size_t(c)].kind);
            }
        }
        if (!writer.endRow())
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
        return fail(tr("the export was cancelled"));
    }
    if (rows.hasError())
        return fail(tr("cannot read the attendees: %1").arg(db.lastError().message));
    if (!writer.finish())
        return fail(tr("cannot write the export: %1").arg(writer.errorString()));
    db.exec(QStringLiteral("COMMIT"));
    m_bytes = writer.bytesWritten();
    if (m_progress)
        m_progress(m_rows, qMax(total, m_rows));
    qCDebug(lcExport) << "exported" << m_rows << "attendees," << m_bytes << "bytes in"
                     << timer.elapsed() << "ms";
    return true;
}

bool AttendeeExporter::exportToFile(const QString &path)
{
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("no file name to export to"));
    if (QFileInfo(path).isDir())
        return fail(tr("cannot write %1: it is a folder").arg(path));
    QSaveFile file(path);
    // Never fall back to writing the target in place: a failed export must not
    // leave a half file where a good one was.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!exportTo(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(tr("cannot save %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace hookdesk
