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

QString verificationSummary(const Hook &hook)
{
    QStringList parts;
    if (!hook.verifyHeader.isEmpty())
        parts << tr("header %1").arg(QString::fromLatin1(hook.verifyHeader));
    if (!hook.hmacSecret.isEmpty())
        parts << tr("signed");
    return parts.isEmpty() ? tr("token only") : parts.join(QStringLiteral(", "));
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
    parser.addOption({QStringLiteral("header"),
                      tr("Require this request header to carry a secret value (e.g. x-api-key)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("header-secret-env"),
                      tr("Environment variable holding the header's secret value."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("hmac-secret-env"),
                      tr("Environment variable holding a Standard Webhooks signing secret "
                         "(whsec_<base64>); requests must then be signed."),
                      QStringLiteral("VAR")});
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

    HookRepository::HookOptions options{event, parser.value(QStringLiteral("webinar")), {}, {}, {}};
    if (action == QLatin1String("add")) {
        // Secrets come from the environment, never from the command line (which
        // other users can read in the process list).
        const bool hasHeader = parser.isSet(QStringLiteral("header"));
        if (hasHeader != parser.isSet(QStringLiteral("header-secret-env")))
            return Console::fail(tr("--header and --header-secret-env go together"), Cli::Usage);
        if (hasHeader) {
            options.verifyHeader = parser.value(QStringLiteral("header")).trimmed().toLatin1();
            if (options.verifyHeader.isEmpty() || options.verifyHeader.contains(':')
                || options.verifyHeader.contains(' '))
                return Console::fail(tr("--header: '%1' is not a header name").arg(parser.value(QStringLiteral("header"))),
                                     Cli::Usage);
            const QString var = parser.value(QStringLiteral("header-secret-env"));
            options.verifyHeaderSecret = qgetenv(var.toLocal8Bit().constData()).trimmed();
            if (options.verifyHeaderSecret.isEmpty())
                return Console::fail(tr("environment variable %1 is empty or not set").arg(var), Cli::Usage);
        }
        if (parser.isSet(QStringLiteral("hmac-secret-env"))) {
            const QString var = parser.value(QStringLiteral("hmac-secret-env"));
            options.hmacSecret = qgetenv(var.toLocal8Bit().constData()).trimmed();
            if (options.hmacSecret.isEmpty())
                return Console::fail(tr("environment variable %1 is empty or not set").arg(var), Cli::Usage);
            if (RequestVerifier::decodeSecret(options.hmacSecret).isEmpty())
                return Console::fail(tr("the secret in %1 is not of the form whsec_<base64 of 16 or more bytes>").arg(var),
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
                       << verificationSummary(h) << '\t'
                       << h.deliveryCount << '\t' << h.createdAt.toString(Qt::ISODate) << '\n';
    }
    Console::out().flush();
    return Cli::Ok;
}

} // namespace hookdesk::Commands
