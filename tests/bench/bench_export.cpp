// SPDX-License-Identifier: GPL-3.0-or-later
// Times `AttendeeExporter` over a seeded database (default: one million rows).
// Not a CTest test: timings belong in a report, not in an assertion.
//   bench_export [--rows N] [--db FILE]   (--db reuses or creates that database)
#include "AttendeeSeeder.h"
#include "export/AttendeeExporter.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hookdesk;

namespace {

// Takes every byte and keeps none: the export's own cost, without the disk.
class NullDevice : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override { return len; }
};

qint64 countRows(const QString &path)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return -1;
    const QVariant n = db.scalar(QStringLiteral("SELECT count(*) FROM attendees"));
    return n.isValid() ? n.toLongLong() : -1;
}

void report(const char *what, const AttendeeExporter &exporter, qint64 ms)
{
    const double seconds = double(ms) / 1000.0;
    std::printf("%-44s %8lld rows %8.1f MB %7.3f s %9.0f rows/s %7.1f MB/s\n", what,
                static_cast<long long>(exporter.rowsWritten()),
                double(exporter.bytesWritten()) / 1e6, seconds,
                seconds > 0 ? double(exporter.rowsWritten()) / seconds : 0.0,
                seconds > 0 ? double(exporter.bytesWritten()) / 1e6 / seconds : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    QString dbPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            dbPath = args.at(++i);
    }
    QTemporaryDir dir;
    if (dbPath.isEmpty())
        dbPath = dir.filePath(QStringLiteral("bench.sqlite"));

    if (countRows(dbPath) < rows) {
        QElapsedTimer seed;
        seed.start();
        QString error;
        if (!test::AttendeeSeeder::bulk(dbPath, rows, &error)) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("seeded %lld attendees in %.1f s\n", static_cast<long long>(rows),
                    double(seed.elapsed()) / 1000.0);
    }
    std::printf("database: %lld attendees, %.0f MB\n",
                static_cast<long long>(countRows(dbPath)),
                double(QFileInfo(dbPath).size()) / 1e6);

    struct Case
    {
        const char *name;
        CsvWriter::Profile profile;
        QList<AttendeeExporter::Column> columns;
        bool toFile;
    };
    const Case cases[] = {
            {"spreadsheet, default columns, file", CsvWriter::Profile::Spreadsheet,
             AttendeeExporter::defaultColumns(), true},
            {"rfc4180, default columns, file", CsvWriter::Profile::Rfc4180,
             AttendeeExporter::defaultColumns(), true},
            {"spreadsheet, all 9 columns, file", CsvWriter::Profile::Spreadsheet,
             AttendeeExporter::allColumns(), true},
            {"spreadsheet, default columns, no disk", CsvWriter::Profile::Spreadsheet,
             AttendeeExporter::defaultColumns(), false},
    };
    for (int round = 1; round <= 3; ++round) {
        std::printf("-- round %d\n", round);
        for (const Case &c : cases) {
            AttendeeExporter::Options options;
            options.databasePath = dbPath;
            options.profile = c.profile;
            options.columns = c.columns;
            AttendeeExporter exporter(options);
            QElapsedTimer timer;
            timer.start();
            bool ok = false;
            if (c.toFile) {
                ok = exporter.exportToFile(dir.filePath(QStringLiteral("out.csv")));
            } else {
                NullDevice device;
                ok = exporter.exportTo(&device);
            }
            const qint64 ms = timer.elapsed();
            if (!ok) {
                std::fprintf(stderr, "%s failed: %s\n", c.name, qPrintable(exporter.errorString()));
                return 1;
            }
            report(c.name, exporter, ms);
        }
    }
    return 0;
}
