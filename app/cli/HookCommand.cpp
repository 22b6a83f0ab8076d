// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "tagmango/EventCatalogue.h"

#include <QCoreApplication>

namespace hookdesk::Commands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HookCommand", text);
}

bool openDatabase(const QCommandLineParser &parser, SqliteDatabase &db, QString *error)
{
    QString path;
    if (!CommandOptions::databasePath(parser, &path, error))
        return false;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite)) {
        *error = tr("cannot open %1: %2").arg(path, db.lastError().message);
        return false;
    }
    if (!Schema::prepareForWriting(db, error)) {
        *error = tr("database %1 is unusable: %2").arg(path, *error);
        return false;
    }
    return true;
}

} // namespace

int hook(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Manage receiving URLs.\n"
               "  add     create a hook and print its path /hooks/<token>\n"
               "  list    show every hook\n"
               "  retire TOKEN   make a hook answer 410 Gone from now on"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or retire"));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("event"),
                      tr("Event the hook receives (default webinar.completed.all)."),
                      QStringLiteral("EVENT"), EventCatalogue::CompletedAll});
    parser.addOption({QStringLiteral("webinar"), tr("Only this webinar ID (informational)."),
                      QStringLiteral("ID")});
    int exitCode = 0;
    if (!CommandOptions::parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")
        && action != QLatin1String("retire"))
        return Console::fail(action.isEmpty() ? tr("missing action: add, list or retire")
                                              : tr("unknown action '%1': use add, list or retire")
                                                        .arg(action),
                             Cli::Usage);
    const int expected = action == QLatin1String("retire") ? 2 : 1;
    if (positional.size() != expected)
        return Console::fail(action == QLatin1String("retire")
                                     ? tr("retire needs exactly one TOKEN")
                                     : tr("unexpected argument '%1'").arg(positional.value(1)),
                             Cli::Usage);

    const QString event = parser.value(QStringLiteral("event"));
    if (action == QLatin1String("add") && !EventCatalogue::isKnown(event))
        return Console::fail(tr("unknown event '%1'; known: %2")
                                     .arg(event, EventCatalogue::webinarEvents().join(QStringLiteral(", "))),
                             Cli::Usage);

    SqliteDatabase db;
    QString error;
    if (!openDatabase(parser, db, &error))
        return Console::fail(error);

    if (action == QLatin1String("add")) {
        const auto hook = HookRepository::add(db, event, parser.value(QStringLiteral("webinar")), &error);
        if (!hook)
            return Console::fail(error);
        Console::out() << hook->path() << Qt::endl;
        return Cli::Ok;
    }
    if (action == QLatin1String("retire")) {
        if (!HookRepository::retire(db, positional.at(1), &error))
            return Console::fail(error);
        Console::out() << tr("retired; it now answers 410 Gone") << Qt::endl;
        return Cli::Ok;
    }
    const QList<Hook> hooks = HookRepository::list(db, &error);
    if (!error.isEmpty())
        return Console::fail(error);
    if (hooks.isEmpty()) {
        Console::out() << tr("no hooks yet; create one with 'hookdesk hook add'") << Qt::endl;
        return Cli::Ok;
    }
    for (const Hook &h : hooks) {
        Console::out() << h.path() << '\t' << h.event << '\t'
                       << (h.webinarFilter.isEmpty() ? QStringLiteral("-") : h.webinarFilter) << '\t'
                       << (h.isRetired() ? tr("retired") : tr("active")) << '\t'
                       << h.deliveryCount << '\t' << h.createdAt.toString(Qt::ISODate) << '\n';
    }
    Console::out().flush();
    return Cli::Ok;
}

} // namespace hookdesk::Commands
