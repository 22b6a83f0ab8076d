// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandOptions.h"

#include "Cli.h"
#include "Console.h"
#include "core/AppInfo.h"

#include <QCoreApplication>

namespace hookdesk::CommandOptions {

QCommandLineOption database()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QCoreApplication::translate("CommandOptions",
                                                          "Database file (default: %1).")
                                      .arg(AppInfo::defaultDatabasePath()),
                              QStringLiteral("FILE"));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = Console::fail(parser.errorText(), Cli::Usage);
        return false;
    }
    if (parser.isSet(help)) {
        Console::out() << parser.helpText();
        Console::out().flush();
        *exitCode = Cli::Ok;
        return false;
    }
    return true;
}

bool databasePath(const QCommandLineParser &parser, QString *path, QString *error)
{
    *path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                               : AppInfo::defaultDatabasePath();
    if (path->isEmpty()) {
        *error = QCoreApplication::translate("CommandOptions", "--db needs a file name");
        return false;
    }
    return AppInfo::ensureDatabaseFolder(*path, error);
}

} // namespace hookdesk::CommandOptions
