// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/AppInfo.h"
#include "export/AttendeeExporter.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// Set from a signal handler: a lock-free atomic store is async-signal-safe.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

// Ctrl+C or SIGTERM ends the export through its cancel path, so QSaveFile removes
// its temporary file and an existing file is left as it was.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace

void exportCsvOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Text::tr("Write attendees as CSV or as an Excel workbook.\n"
                     "CSV profiles: 'spreadsheet' (default) for Excel, LibreOffice and Google Sheets: "
                     "UTF-8 with BOM, and no cell a spreadsheet would run as a formula; 'mail' (or "
                     "'rfc4180') for mail tools, CRMs and "
                     "programs: UTF-8 without BOM, every value exactly as stored.\n"
                     "Columns (default %1): %2")
                    .arg([] {
                        QStringList keys;
                        for (const auto column : AttendeeExporter::defaultColumns())
                            keys.append(AttendeeExporter::key(column));
                        return keys.join(QLatin1Char(','));
                    }())
                    .arg([] {
                        QStringList keys;
                        for (const auto column : AttendeeExporter::allColumns())
                            keys.append(AttendeeExporter::key(column));
                        return keys.join(QLatin1Char(','));
                    }()));
    parser.addOption({QStringLiteral("out"), Text::tr("File to write; '-' writes to standard output."),
                      QStringLiteral("FILE")});
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("webinar"), Text::tr("Only attendees of this webinar ID."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("people"),
                      Text::tr("Whose list: attended (default), registered, no-shows (registered for a "
                               "session that is over and did not attend; with the recording link, the "
                               "list to mail the replay to) or walk-ins (attended without a "
                               "registration HookDesk saw)."),
                      QStringLiteral("WHO"), QStringLiteral("attended")});
    parser.addOption({QStringLiteral("filter"),
                      Text::tr("Only attendees matching this filter, as typed in the window's filter "
                               "box (e.g. 'email:gmail.com after:2026-01-01')."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("format"),
                      Text::tr("csv or xlsx (an Excel workbook: phones and IDs as text, dates as date "
                               "cells in this computer's time zone, links clickable). Default: xlsx "
                               "when FILE ends in .xlsx, otherwise csv."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("profile"), Text::tr("spreadsheet (default) or mail (also called rfc4180)."),
                      QStringLiteral("PROFILE"), QStringLiteral("spreadsheet")});
    parser.addOption({QStringLiteral("columns"),
                      Text::tr("Comma-separated column keys, in the order to write them."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("times"),
                      Text::tr("utc (ISO 8601 with +00:00) or local (this computer's time zone, "
                               "as the window shows; in CSV with its offset, e.g. +05:30). "
                               "Default: utc for CSV, local for xlsx."),
                      QStringLiteral("ZONE")});
}

int exportCsv(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);

    const QString out = parser.value(QStringLiteral("out"));
    if (!parser.isSet(QStringLiteral("out")) || out.isEmpty())
        return Console::fail(Text::tr("--out FILE is required ('-' for standard output)"), Cli::Usage);

    AttendeeExporter::Options options;
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<AttendeeExporter::Format> format
                = AttendeeExporter::formatForKey(parser.value(QStringLiteral("format")));
        if (!format)
            return Console::fail(Text::tr("unknown format '%1': use csv or xlsx")
                                         .arg(parser.value(QStringLiteral("format"))),
                                 Cli::Usage);
        options.format = *format;
    } else if (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        options.format = AttendeeExporter::Format::Xlsx;
    }
    if (options.format == AttendeeExporter::Format::Xlsx && parser.isSet(QStringLiteral("profile")))
        return Console::fail(Text::tr("--profile applies to CSV only"), Cli::Usage);
    const QString profile = parser.value(QStringLiteral("profile")).toLower();
    if (profile == QLatin1String("spreadsheet"))
        options.profile = CsvWriter::Profile::Spreadsheet;
    else if (profile == QLatin1String("mail") || profile == QLatin1String("rfc4180"))
        options.profile = CsvWriter::Profile::Rfc4180;
    else
        return Console::fail(Text::tr("unknown profile '%1': use spreadsheet or mail")
                                     .arg(parser.value(QStringLiteral("profile"))),
                             Cli::Usage);

    if (parser.isSet(QStringLiteral("times"))) {
        const std::optional<AttendeeExporter::Times> times
                = AttendeeExporter::timesForKey(parser.value(QStringLiteral("times")));
        if (!times)
            return Console::fail(Text::tr("unknown --times '%1': use utc or local")
                                         .arg(parser.value(QStringLiteral("times"))),
                                 Cli::Usage);
        options.times = *times;
    }

    QString error;
    if (parser.isSet(QStringLiteral("columns"))
        && !AttendeeExporter::parseColumns(parser.value(QStringLiteral("columns")),
                                           &options.columns, &error))
        return Console::fail(Text::tr("--columns: %1").arg(error), Cli::Usage);

    if (!AttendeeFilter::peopleFromKeyword(parser.value(QStringLiteral("people")), &options.filter.people))
        return Console::fail(Text::tr("unknown --people '%1': use attended, registered, no-shows or walk-ins")
                                     .arg(parser.value(QStringLiteral("people"))),
                             Cli::Usage);
    options.filter.text = parser.value(QStringLiteral("filter"));
    options.filter.webinarId = parser.value(QStringLiteral("webinar"));
    const QString filterError = options.filter.toSql().error;
    if (!filterError.isEmpty())
        return Console::fail(Text::tr("--filter: %1").arg(filterError), Cli::Usage);

    // Export only reads: no folder is created and nothing is migrated.
    options.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : AppInfo::defaultDatabasePath();
    if (options.databasePath.isEmpty())
        return Console::fail(Text::tr("--db needs a file name"), Cli::Usage);
    if (!QFile::exists(options.databasePath))
        return Console::fail(Text::tr("no database at %1").arg(options.databasePath));

    InterruptGuard interrupts;
    g_interrupted.store(false);
    AttendeeExporter exporter(options);
    exporter.setCancelFlag(&g_interrupted);

    if (out == QLatin1String("-")) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return Console::fail(Text::tr("cannot write to standard output: %1").arg(stdOut.errorString()));
        const bool ok = exporter.exportTo(&stdOut) && stdOut.flush();
        if (!ok)
            return Console::fail(exporter.errorString().isEmpty() ? stdOut.errorString()
                                                                  : exporter.errorString(),
                                 exporter.wasCancelled() ? 130 : Cli::Failure);
        return Cli::Ok;
    }

    if (!exporter.exportToFile(out))
        return Console::fail(exporter.errorString(), exporter.wasCancelled() ? 130 : Cli::Failure);
    Console::out() << QCoreApplication::translate("ExportCommand", "exported %n attendee(s) to %1",
                                                  nullptr, int(exporter.rowsWritten()))
                              .arg(out)
                   << Qt::endl;
    return Cli::Ok;
}

} // namespace hookdesk::Commands
