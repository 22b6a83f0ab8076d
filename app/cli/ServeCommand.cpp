// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/UnixSignalWatcher.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "intake/ListenAdvice.h"
#include "intake/Receiver.h"
#include "store/PhoneNumber.h"

#include <QCoreApplication>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

} // namespace

void serveOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Text::tr("Listen for TagMango webhooks without a window. Prints "
                                              "'listening on http://ADDR:PORT' once ready; SIGINT or "
                                              "SIGTERM stops it after answering what is in flight."));
    parser.addOption(CommandOptions::database());
    parser.addOptions(CommandOptions::listenAddress(CommandOptions::ListenDefaults::Fixed));
    parser.addOption({QStringLiteral("max-body"), Text::tr("Largest request body in bytes (default 65536)."),
                      QStringLiteral("BYTES")});
    parser.addOption({QStringLiteral("max-header"), Text::tr("Largest request head in bytes (default 16384)."),
                      QStringLiteral("BYTES")});
    parser.addOption({QStringLiteral("idle-timeout"),
                      Text::tr("Seconds before an idle or stalled connection is closed (default 15)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("max-connections"),
                      Text::tr("Most connections open at once (default 1024)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("phone-region"),
                      Text::tr("Country whose numbers may come without a country code, as a "
                               "two-letter code like IN or US (default IN)."),
                      QStringLiteral("XX")});
}

int serve(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);

    IntakeServer::Options options;
    QString error;
    if (!CommandOptions::readListenAddress(parser, &options, &error))
        return Console::fail(error, Cli::Usage);
    qint64 maxBody = options.limits.framing.maxBodyBytes;
    qint64 maxHeader = options.limits.framing.maxHeaderBytes;
    qint64 idleSeconds = options.limits.idleTimeoutMs / 1000;
    qint64 maxConnections = options.limits.maxConnections;
    using namespace ListenerRanges;
    if (!CommandOptions::readInteger(parser, QStringLiteral("max-body"), maxBodyBytes, &maxBody, &error)
        || !CommandOptions::readInteger(parser, QStringLiteral("max-header"), maxHeaderBytes, &maxHeader,
                                        &error)
        || !CommandOptions::readInteger(parser, QStringLiteral("idle-timeout"), idleTimeoutSeconds,
                                        &idleSeconds, &error)
        || !CommandOptions::readInteger(parser, QStringLiteral("max-connections"),
                                        ListenerRanges::maxConnections, &maxConnections, &error))
        return Console::fail(error, Cli::Usage);
    options.limits.framing.maxBodyBytes = maxBody;
    options.limits.framing.maxHeaderBytes = maxHeader;
    options.limits.idleTimeoutMs = int(idleSeconds * 1000);
    options.limits.maxConnections = int(maxConnections);

    QString phoneRegion = QString::fromLatin1(PhoneNumber::DefaultRegion);
    if (parser.isSet(QStringLiteral("phone-region"))) {
        phoneRegion = parser.value(QStringLiteral("phone-region")).trimmed().toUpper();
        if (!PhoneNumber::isKnownRegion(phoneRegion))
            return Console::fail(Text::tr("--phone-region: '%1' is not a two-letter country code "
                                          "libphonenumber knows (e.g. IN, US, GB)")
                                         .arg(parser.value(QStringLiteral("phone-region"))),
                                 Cli::Usage);
    }

    QString databasePath;
    if (!CommandOptions::databasePath(parser, &databasePath, &error))
        return Console::fail(error);

    Receiver receiver;
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = databasePath;
    storeOptions.phoneRegion = phoneRegion;
    if (!receiver.openStore(storeOptions, &error))
        return Console::fail(Text::tr("database %1 is unusable: %2").arg(databasePath, error));
    if (!receiver.listen(options, &error)) {
        receiver.stop();
        const int code = Console::fail(error);
        const QString advice = ListenAdvice::forError(receiver.listenError(), options.address,
                                                      options.port, ListenAdvice::Audience::CommandLine);
        if (!advice.isEmpty())
            Console::err() << "hookdesk: " << advice << Qt::endl;
        return code;
    }

    // Before the line that says it is ready: a SIGTERM sent the moment a script
    // reads it stops serve the orderly way, never by the signal's default action.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, qApp, [](int number) {
        qCInfo(lcCli) << "signal" << number << "received; stopping";
        QCoreApplication::quit();
    });

    // Not translated: scripts and tests wait for this exact line.
    Console::out() << "listening on " << receiver.boundUrl() << Qt::endl;
    if (receiver.activeHookCount() == 0)
        Console::err() << Text::tr("note: no active hook yet; create one with 'hookdesk hook add --db %1'")
                                  .arg(databasePath)
                       << Qt::endl;

    QCoreApplication::exec();

    receiver.stop();
    const IntakeStats &stats = receiver.intake()->stats();
    Console::err() << Text::tr("stopped: %1 stored, %2 duplicates, %3 refused, %4 failed")
                              .arg(stats.stored.load())
                              .arg(stats.duplicates.load())
                              .arg(stats.refused.load())
                              .arg(stats.failed.load())
                   << Qt::endl;
    return Cli::Ok;
}

} // namespace hookdesk::Commands
