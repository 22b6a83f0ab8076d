// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/AppInfo.h"

#include <QCoreApplication>

#include <cstring>
#include <optional>

namespace hookdesk::Cli {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One console command: what `hookdesk --help` lists, what its own --help shows
// and what runs it.
struct Command
{
    QString name;
    QString synopsis; // after "hookdesk NAME" in its usage line
    QString summary;  // one line (or a few, broken with \n) in the overview
    void (*declareOptions)(QCommandLineParser &parser);
    int (*run)(const QCommandLineParser &parser);
};

// Built on each call: the summaries are translated into the language installed now.
QList<Command> commands()
{
    const QString options = Text::tr("[options]");
    return {
            {QStringLiteral("serve"), options, Text::tr("listen for webhooks without a window (servers)"),
             Commands::serveOptions, Commands::serve},
            {QStringLiteral("hook"), QStringLiteral("add | list | retire TOKEN ") + options,
             Text::tr("add, list or retire receiving URLs"), Commands::hookOptions, Commands::hook},
            {QStringLiteral("export"), options, Text::tr("write attendees as CSV or Excel (--out FILE or -)"),
             Commands::exportCsvOptions, Commands::exportCsv},
            {QStringLiteral("webinars"), options,
             Text::tr("list webinars: registered, attended, no-shows, walk-ins, show-up rate\n"
                      "(--format csv)"),
             Commands::webinarsOptions, Commands::webinars},
            {QStringLiteral("subscribe"), options,
             Text::tr("register a new hook with TagMango (--public-url BASE; the key from\n"
                      "HOOKDESK_API_KEY or standard input)"),
             Commands::subscribeOptions, Commands::subscribe},
            {QStringLiteral("simulate"), options,
             Text::tr("send a simulated webinar's attendees to a listener (--count N,\n"
                      "--url URL); --remove-test-data deletes them again"),
             Commands::simulateOptions, Commands::simulate},
    };
}

std::optional<Command> findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return command;
    }
    return std::nullopt;
}

// Qt's help text starts "Usage: <executable file name> [options] ..."; a command's
// help names the command it belongs to instead.
QString helpText(const Command &command, const QCommandLineParser &parser)
{
    const QString qtText = parser.helpText();
    const qsizetype firstLineEnd = qtText.indexOf(QLatin1Char('\n'));
    return Text::tr("Usage: %1").arg(QStringLiteral("hookdesk ") + command.name + QLatin1Char(' ')
                                     + command.synopsis)
            + qtText.mid(firstLineEnd);
}

int unknownCommand(const QString &name)
{
    return Console::fail(Text::tr("unknown command '%1'; try --help").arg(name), Usage);
}

int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    command.declareOptions(parser);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return Console::fail(parser.errorText(), Usage);
    if (parser.isSet(help)) {
        Console::out() << helpText(command, parser);
        Console::out().flush();
        return Ok;
    }
    return command.run(parser);
}

} // namespace

QString overview()
{
    const QString indent(14, QLatin1Char(' '));
    QString list;
    for (const Command &command : commands()) {
        QString summary = command.summary;
        summary.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
        list += QStringLiteral("  ") + command.name.leftJustified(indent.size() - 2) + summary
                + QLatin1Char('\n');
    }
    return Text::tr("Usage: hookdesk [--db FILE] [--bind ADDR] [--port N]\n"
                    "       hookdesk COMMAND [OPTIONS]\n"
                    "\n"
                    "Catches TagMango webinar.completed.all webhooks and keeps a clean attendee list.\n"
                    "Without a command, HookDesk opens its window and listens on 127.0.0.1:%1.\n")
                   .arg(AppInfo::DefaultPort)
            + QLatin1Char('\n') + Text::tr("Commands:") + QLatin1Char('\n') + list + QLatin1Char('\n')
            + Text::tr("Options:\n"
                       "  --db FILE     database file (default: %1)\n"
                       "  -h, --help    show this help; 'hookdesk COMMAND --help' shows a command's options\n"
                       "  -v, --version show the version\n")
                      .arg(AppInfo::defaultDatabasePath());
}

QString commandHelp(const QString &name)
{
    const std::optional<Command> command = findCommand(name);
    if (!command)
        return QString();
    QCommandLineParser parser;
    command->declareOptions(parser);
    parser.addHelpOption();
    return helpText(*command, parser);
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

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
    if (const std::optional<Command> command = findCommand(first)) {
        QStringList rest = arguments.mid(2);
        rest.prepend(QStringLiteral("hookdesk ") + first);
        return runCommand(*command, rest);
    }
    if (!first.startsWith(QLatin1Char('-')))
        return unknownCommand(first);
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        Console::out() << QCoreApplication::applicationName() << ' ' << AppInfo::version()
                       << Qt::endl;
        return Ok;
    }
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--help-all"))) {
        Console::out() << overview();
        Console::out().flush();
        return Ok;
    }
    return unknownCommand(first);
}

} // namespace hookdesk::Cli
