// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "intake/RequestVerifier.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "tagmango/EventCatalogue.h"

#include <QCoreApplication>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HookCommand)
};

bool openDatabase(const QCommandLineParser &parser, SqliteDatabase &db, QString *error)
{
    QString path;
    if (!CommandOptions::databasePath(parser, &path, error))
        return false;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite)) {
        *error = Text::tr("cannot open %1: %2").arg(path, db.lastError().message);
        return false;
    }
    if (!Schema::prepareForWriting(db, error)) {
        *error = Text::tr("database %1 is unusable: %2").arg(path, *error);
        return false;
    }
    return true;
}

QString verificationSummary(const Hook &hook)
{
    QStringList parts;
    if (!hook.verifyHeader.isEmpty())
        parts << Text::tr("header %1").arg(QString::fromLatin1(hook.verifyHeader));
    if (!hook.hmacSecret.isEmpty())
        parts << Text::tr("signed");
    return parts.isEmpty() ? Text::tr("token only") : parts.join(QStringLiteral(", "));
}

} // namespace

void hookOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Text::tr("Manage receiving URLs.\n"
                     "  add     create a hook and print its path /hooks/<token>\n"
                     "  list    show every hook\n"
                     "  retire TOKEN   make a hook answer 410 Gone from now on"));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("add, list or retire"));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("event"),
                      Text::tr("Event the hook receives (default webinar.completed.all)."),
                      QStringLiteral("EVENT"), EventCatalogue::CompletedAll});
    parser.addOption({QStringLiteral("webinar"), Text::tr("Only this webinar ID (informational)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("header"),
                      Text::tr("Require this request header to carry a secret value (e.g. x-api-key)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("header-secret-env"),
                      Text::tr("Environment variable holding the header's secret value."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("hmac-secret-env"),
                      Text::tr("Environment variable holding a Standard Webhooks signing secret "
                               "(whsec_<base64>); requests must then be signed."),
                      QStringLiteral("VAR")});
}

int hook(const QCommandLineParser &parser)
{

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")
        && action != QLatin1String("retire"))
        return Console::fail(action.isEmpty() ? Text::tr("missing action: add, list or retire")
                                              : Text::tr("unknown action '%1': use add, list or retire")
                                                        .arg(action),
                             Cli::Usage);
    const int expected = action == QLatin1String("retire") ? 2 : 1;
    if (positional.size() != expected)
        return Console::fail(action == QLatin1String("retire")
                                     ? Text::tr("retire needs exactly one TOKEN")
                                     : Text::tr("unexpected argument '%1'").arg(positional.value(1)),
                             Cli::Usage);

    const QString event = parser.value(QStringLiteral("event"));
    if (action == QLatin1String("add") && !EventCatalogue::isKnown(event))
        return Console::fail(Text::tr("unknown event '%1'; known: %2")
                                     .arg(event, EventCatalogue::webinarEvents().join(QStringLiteral(", "))),
                             Cli::Usage);

    HookRepository::HookOptions options{event, parser.value(QStringLiteral("webinar")), {}, {}, {}};
    if (action == QLatin1String("add")) {
        // Secrets come from the environment, never from the command line (which
        // other users can read in the process list).
        const bool hasHeader = parser.isSet(QStringLiteral("header"));
        if (hasHeader != parser.isSet(QStringLiteral("header-secret-env")))
            return Console::fail(Text::tr("--header and --header-secret-env go together"), Cli::Usage);
        if (hasHeader) {
            options.verifyHeader = parser.value(QStringLiteral("header")).trimmed().toLatin1();
            if (options.verifyHeader.isEmpty() || options.verifyHeader.contains(':')
                || options.verifyHeader.contains(' '))
                return Console::fail(Text::tr("--header: '%1' is not a header name").arg(parser.value(QStringLiteral("header"))),
                                     Cli::Usage);
            const QString var = parser.value(QStringLiteral("header-secret-env"));
            options.verifyHeaderSecret = qgetenv(var.toLocal8Bit().constData()).trimmed();
            if (options.verifyHeaderSecret.isEmpty())
                return Console::fail(Text::tr("environment variable %1 is empty or not set").arg(var), Cli::Usage);
        }
        if (parser.isSet(QStringLiteral("hmac-secret-env"))) {
            const QString var = parser.value(QStringLiteral("hmac-secret-env"));
            options.hmacSecret = qgetenv(var.toLocal8Bit().constData()).trimmed();
            if (options.hmacSecret.isEmpty())
                return Console::fail(Text::tr("environment variable %1 is empty or not set").arg(var), Cli::Usage);
            if (RequestVerifier::decodeSecret(options.hmacSecret).isEmpty())
                return Console::fail(Text::tr("the secret in %1 is not of the form whsec_<base64 of 16 or more bytes>").arg(var),
                                     Cli::Usage);
        }
    }

    SqliteDatabase db;
    QString error;
    if (!openDatabase(parser, db, &error))
        return Console::fail(error);

    if (action == QLatin1String("add")) {
        const auto hook = HookRepository::add(db, options, &error);
        if (!hook)
            return Console::fail(error);
        Console::out() << hook->path() << Qt::endl;
        return Cli::Ok;
    }
    if (action == QLatin1String("retire")) {
        if (!HookRepository::retire(db, positional.at(1), &error))
            return Console::fail(error);
        Console::out() << Text::tr("retired; it now answers 410 Gone") << Qt::endl;
        return Cli::Ok;
    }
    const QList<Hook> hooks = HookRepository::list(db, &error);
    if (!error.isEmpty())
        return Console::fail(error);
    if (hooks.isEmpty()) {
        Console::out() << Text::tr("no hooks yet; create one with 'hookdesk hook add'") << Qt::endl;
        return Cli::Ok;
    }
    for (const Hook &h : hooks) {
        Console::out() << h.path() << '\t' << h.event << '\t'
                       << (h.webinarFilter.isEmpty() ? QStringLiteral("-") : h.webinarFilter) << '\t'
                       << (h.isRetired() ? Text::tr("retired") : Text::tr("active")) << '\t'
                       << verificationSummary(h) << '\t'
                       << h.deliveryCount << '\t' << h.createdAt.toString(Qt::ISODate) << '\n';
    }
    Console::out().flush();
    return Cli::Ok;
}

} // namespace hookdesk::Commands
