// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Commands.h"
#include "Console.h"
#include "core/AppInfo.h"

#include <QCoreApplication>

#include <cstring>
#include <functional>
#include <map>

namespace hookdesk::Cli {
namespace {

using Command = std::function<int(const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
            {QStringLiteral("serve"), Commands::serve},
            {QStringLiteral("hook"), Commands::hook},
            {QStringLiteral("export"), Commands::exportCsv},
            {QStringLiteral("subscribe"), Commands::subscribe},
            {QStringLiteral("simulate"), Commands::simulate},
    };
    return table;
}

QString usage()
{
    return QCoreApplication::translate(
            "Cli",
            "Usage: hookdesk [--db FILE] [--bind ADDR] [--port N]\n"
            "       hookdesk COMMAND [OPTIONS]\n"
            "\n"
            "Catches TagMango webinar.completed.all webhooks and keeps a clean attendee list.\n"
            "Without a command, HookDesk opens its window and listens on 127.0.0.1:8787.\n"
            "\n"
            "Commands:\n"
            "  serve       listen for webhooks without a window (servers)\n"
            "  hook        add, list or retire receiving URLs (hook add | list | retire TOKEN)\n"
            "  export      write attendees as CSV (export --out FILE|-)\n"
            "  subscribe   register a new hook with TagMango (--public-url BASE; key from\n"
            "              HOOKDESK_API_KEY or standard input)\n"
            "  simulate    send a simulated webinar's attendees to a listener (--count N,\n"
            "              --url URL); --remove-test-data deletes them again\n"
            "\n"
            "Options:\n"
            "  --db FILE   database file (default: %1)\n"
            "  -h, --help  show this help; 'hookdesk COMMAND --help' shows a command's options\n"
            "  -v, --version  show the version\n")
            .arg(AppInfo::defaultDatabasePath());
}

} // namespace

bool isConsoleInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // A first word that is not an option names a command (or a mistyped one).
    if (argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")
            || !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")
            || !std::strcmp(argv[i], "--help-all"))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    const auto command = commands().find(first);
    if (command != commands().end()) {
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + QLatin1Char(' ') + first);
        return command->second(rest);
    }
    if (!first.startsWith(QLatin1Char('-')))
        return Console::fail(QCoreApplication::translate("Cli", "unknown command '%1'; try --help")
                                     .arg(first),
                             Usage);
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        Console::out() << QCoreApplication::applicationName() << ' ' << AppInfo::version()
                       << Qt::endl;
        return Ok;
    }
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--help-all"))) {
        Console::out() << usage();
        Console::out().flush();
        return Ok;
    }
    return Console::fail(QCoreApplication::translate("Cli", "unknown command '%1'; try --help")
                                 .arg(first),
                         Usage);
}

} // namespace hookdesk::Cli
