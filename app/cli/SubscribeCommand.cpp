// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "store/DirectStoreAccess.h"
#include "store/HookRepository.h"
#include "tagmango/EventCatalogue.h"
#include "tagmango/HookUrl.h"
#include "tagmango/SubscriptionService.h"
#include "tagmango/TagMangoClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubscribeCommand)
};

const char *const apiKeyVariable = "HOOKDESK_API_KEY";

// One line from standard input. On a terminal the line is typed blind: the key
// must not stay on screen or in a terminal's scrollback.
QString readKeyFromStdin()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        Console::err() << Text::tr("TagMango API key (typing is hidden): ") << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(4096);
    if (echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (terminal)
        Console::err() << Qt::endl;
    return QString::fromUtf8(line).trimmed();
}

} // namespace

void subscribeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Text::tr("Create a hook and register BASE/hooks/<token> with TagMango.\n"
                     "The API key comes from the %1 environment variable or, if that is not set, "
                     "from one line of standard input. Exits 0 only when TagMango answers 2xx.")
                    .arg(QLatin1String(apiKeyVariable)));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("public-url"),
                      Text::tr("Public address that reaches this listener (tunnel or server), e.g. "
                               "https://hooks.example.com."),
                      QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("event"),
                      Text::tr("Event to subscribe to (default webinar.completed.all)."),
                      QStringLiteral("EVENT"), EventCatalogue::CompletedAll});
    parser.addOption({QStringLiteral("webinar"),
                      Text::tr("Only this webinar ID (default: every webinar)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("api-base"),
                      Text::tr("TagMango API address (default %1).")
                              .arg(TagMangoClient::defaultApiBase().toString()),
                      QStringLiteral("URL"), TagMangoClient::defaultApiBase().toString()});
    parser.addOption({QStringLiteral("hook"),
                      Text::tr("Register this existing hook (token or its prefix) again instead of "
                               "creating a new one."),
                      QStringLiteral("TOKEN")});
    // Flags that would put the key on the command line, where the process list
    // and shell history would keep it: accepted only to be refused by name.
    QCommandLineOption keyOnCommandLine({QStringLiteral("api-key"), QStringLiteral("key"),
                                         QStringLiteral("k"), QStringLiteral("x-api-key")},
                                        QString(), QStringLiteral("KEY"));
    keyOnCommandLine.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(keyOnCommandLine);
}

int subscribe(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("api-key")))
        return Console::fail(Text::tr("the API key is never taken from the command line, where the "
                                      "process list and shell history would keep it; set %1 or pipe "
                                      "the key on standard input")
                                     .arg(QLatin1String(apiKeyVariable)),
                             Cli::Usage);
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);
    if (!parser.isSet(QStringLiteral("public-url")))
        return Console::fail(Text::tr("--public-url is required: the tunnel or server address "
                                      "TagMango will post to"),
                             Cli::Usage);

    const QUrl apiBase(parser.value(QStringLiteral("api-base")), QUrl::StrictMode);
    const QString apiScheme = apiBase.scheme().toLower();
    if (!apiBase.isValid() || apiBase.host().isEmpty()
        || (apiScheme != QLatin1String("https") && apiScheme != QLatin1String("http")))
        return Console::fail(Text::tr("--api-base must be an http(s) address, such as %1")
                                     .arg(TagMangoClient::defaultApiBase().toString()),
                             Cli::Usage);

    SubscriptionService::Request request;
    request.publicBase = parser.value(QStringLiteral("public-url"));
    request.event = parser.value(QStringLiteral("event"));
    request.webinar = parser.value(QStringLiteral("webinar"));
    // Everything but the key is checked before asking for it.
    QUrl base;
    QString error;
    if (!SubscriptionService::validateTarget(request, &base, &error))
        return Console::fail(error, Cli::Usage);

    if (qEnvironmentVariableIsSet(apiKeyVariable))
        request.apiKey = qEnvironmentVariable(apiKeyVariable).trimmed();
    else
        request.apiKey = readKeyFromStdin();
    if (request.apiKey.isEmpty())
        return Console::fail(Text::tr("no API key: set %1 or pipe the key on standard input")
                                     .arg(QLatin1String(apiKeyVariable)));
    if (!TagMangoClient::checkApiKey(request.apiKey, &error))
        return Console::fail(error);
    if (HookUrl::isPrivate(base))
        Console::err() << Text::tr("warning: %1 is an address only this computer or network can "
                                   "reach; TagMango's servers cannot post to it")
                                  .arg(base.host())
                       << Qt::endl;

    QString databasePath;
    if (!CommandOptions::databasePath(parser, &databasePath, &error))
        return Console::fail(error);
    DirectStoreAccess store;
    if (!store.open(databasePath, &error))
        return Console::fail(error);

    QNetworkAccessManager network;
    TagMangoClient client(&network, apiBase);
    SubscriptionService service(&store, &client);

    std::optional<Hook> existing;
    if (parser.isSet(QStringLiteral("hook"))) {
        const QString wanted = parser.value(QStringLiteral("hook")).trimmed()
                                       .remove(QStringLiteral("/hooks/"));
        const QList<Hook> hooks = HookRepository::list(store.database(), &error);
        for (const Hook &hook : hooks) {
            if (!wanted.isEmpty() && hook.token.startsWith(wanted)) {
                if (existing)
                    return Console::fail(Text::tr("token prefix %1 matches several hooks; give more "
                                                  "of it")
                                                 .arg(wanted),
                                         Cli::Usage);
                existing = hook;
            }
        }
        if (!existing)
            return Console::fail(Text::tr("no hook with token %1").arg(wanted), Cli::Usage);
    }

    SubscriptionOutcome outcome;
    QEventLoop loop;
    auto finished = [&](const SubscriptionOutcome &result) {
        outcome = result;
        loop.quit();
    };
    if (existing)
        service.registerHook(*existing, request.publicBase, request.apiKey, finished);
    else
        service.subscribe(request, finished);
    if (!outcome.hook && !outcome.answer && outcome.error.isEmpty())
        loop.exec();
    request.apiKey.fill(QLatin1Char('\0'));

    if (outcome.hook && !outcome.hook->hookUrl.isEmpty())
        Console::out() << Text::tr("hook URL: %1").arg(outcome.hook->hookUrl) << Qt::endl;
    if (outcome.answer && outcome.answer->httpStatus != 0) {
        // The server's answer, as it came (the key masked if it was echoed).
        Console::out() << "HTTP " << outcome.answer->httpStatus << Qt::endl;
        if (!outcome.answer->body.isEmpty())
            Console::out() << QString::fromUtf8(outcome.answer->body) << Qt::endl;
    }
    Console::out().flush();
    if (outcome.isCreated()) {
        Console::err() << outcome.message() << Qt::endl;
        return Cli::Ok;
    }
    if (outcome.hook && outcome.answer)
        Console::err() << Text::tr("note: the hook %1 is kept; register it again with "
                                   "'hookdesk subscribe --hook %2 --public-url …', or retire it with "
                                   "'hookdesk hook retire %2'")
                                  .arg(outcome.hook->path().left(13) + QStringLiteral("…"),
                                       outcome.hook->token.left(8))
                       << Qt::endl;
    return Console::fail(outcome.message());
}

} // namespace hookdesk::Commands
