// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "export/CsvWriter.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/WebinarQuery.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WebinarsCommand)
};

QString count(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

// The numbers of one webinar, as both formats write them.
QStringList cells(const WebinarRow &w)
{
    return {w.webinarId,
            w.title,
            w.startsAt,
            w.endsAt,
            QString::number(w.registeredCount),
            QString::number(w.attendeeCount),
            count(w.noShows()),
            QString::number(w.walkIns()),
            WebinarQuery::rateText(w.showUpRate())};
}

} // namespace

void webinarsOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Text::tr("List webinar sessions with who registered, attended, did not come (no-shows) "
                     "and came without a registration (walk-ins). No-shows and the show-up rate stay "
                     "empty while a session is still to come. Times are ISO 8601 UTC."));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("format"),
                      Text::tr("table (default, for reading) or csv (RFC 4180, UTF-8 without BOM, header "
                               "webinar_id,title,starts_at,ends_at,registered,attended,no_shows,"
                               "walk_ins,show_up_rate)."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
}

int webinars(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("table") && format != QLatin1String("csv"))
        return Console::fail(Text::tr("unknown format '%1': use table or csv")
                                     .arg(parser.value(QStringLiteral("format"))),
                             Cli::Usage);
    QString path;
    QString error;
    if (!CommandOptions::databasePath(parser, &path, &error))
        return Console::fail(error, Cli::Usage);
    // Only reads: no folder is created and nothing is migrated.
    if (!QFile::exists(path))
        return Console::fail(Text::tr("no database at %1").arg(path));
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return Console::fail(Text::tr("cannot open %1: %2").arg(path, db.lastError().message));
    if (!Schema::prepareForReading(db, &error))
        return Console::fail(Text::tr("cannot read the database %1: %2").arg(path, error));
    const QList<WebinarRow> rows = WebinarQuery::list(db, &error);
    if (!error.isEmpty())
        return Console::fail(Text::tr("cannot read the webinars: %1").arg(error));

    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Console::fail(Text::tr("cannot write to standard output"));
        CsvWriter csv(&out, CsvWriter::Profile::Rfc4180);
        csv.writeRow({QStringLiteral("webinar_id"), QStringLiteral("title"), QStringLiteral("starts_at"),
                      QStringLiteral("ends_at"), QStringLiteral("registered"), QStringLiteral("attended"),
                      QStringLiteral("no_shows"), QStringLiteral("walk_ins"), QStringLiteral("show_up_rate")});
        for (const WebinarRow &row : rows)
            csv.writeRow(cells(row));
        if (!csv.finish())
            return Console::fail(Text::tr("cannot write to standard output: %1").arg(csv.errorString()));
        return 0;
    }

    if (rows.isEmpty()) {
        Console::out() << Text::tr("no webinars yet") << Qt::endl;
        return 0;
    }
    QList<QStringList> table;
    table.append({Text::tr("Webinar ID"), Text::tr("Title"), Text::tr("Starts (UTC)"),
                  Text::tr("Ends (UTC)"), Text::tr("Registered"), Text::tr("Attended"),
                  Text::tr("No-shows"), Text::tr("Walk-ins"), Text::tr("Show-up %")});
    for (const WebinarRow &row : rows) {
        QStringList line = cells(row);
        for (QString &cell : line) {
            if (cell.isEmpty())
                cell = QStringLiteral("-");
        }
        table.append(line);
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : table) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    for (const QStringList &line : table) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c) {
            // Counts line up on the right, text on the left.
            padded.append(c >= 4 ? line.at(c).rightJustified(widths[c]) : line.at(c).leftJustified(widths[c]));
        }
        Console::out() << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    }
    return 0;
}

} // namespace hookdesk::Commands
