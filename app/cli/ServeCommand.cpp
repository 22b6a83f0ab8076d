// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/UnixSignalWatcher.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "intake/IntakeService.h"
#include "intake/ListenAdvice.h"
#include "store/HookDirectory.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
             qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < min || number > max) {
        *error = Text::tr("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Listen for TagMango webhooks without a window. Prints "
                                              "'listening on http://ADDR:PORT' once ready; SIGINT or "
                                              "SIGTERM stops it after answering what is in flight."));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("bind"), Text::tr("Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), Text::tr("Port to listen on; 0 picks a free one (default 8787)."),
                      QStringLiteral("N"), QString::number(AppInfo::DefaultPort)});
    parser.addOption({QStringLiteral("max-body"), Text::tr("Largest request body in bytes (default 65536)."),
                      QStringLiteral("BYTES")});
    parser.addOption({QStringLiteral("max-header"), Text::tr("Largest request head in bytes (default 16384)."),
                      QStringLiteral("BYTES")});
    parser.addOption({QStringLiteral("idle-timeout"),
                      Text::tr("Seconds before an idle or stalled connection is closed (default 15)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("max-connections"),
                      Text::tr("Most connections open at once (default 1024)."), QStringLiteral("N")});
    int exitCode = 0;
    if (!CommandOptions::parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);

    IntakeServer::Options options;
    QString error;
    if (!options.address.setAddress(parser.value(QStringLiteral("bind"))))
        return Console::fail(Text::tr("--bind: '%1' is not an IP address").arg(parser.value(QStringLiteral("bind"))),
                             Cli::Usage);
    qint64 port = AppInfo::DefaultPort;
    qint64 maxBody = options.limits.framing.maxBodyBytes;
    qint64 maxHeader = options.limits.framing.maxHeaderBytes;
    qint64 idleSeconds = options.limits.idleTimeoutMs / 1000;
    qint64 maxConnections = options.limits.maxConnections;
    if (!readInt(parser, QStringLiteral("port"), 0, 65535, &port, &error)
        || !readInt(parser, QStringLiteral("max-body"), 1024, 64 * 1024 * 1024, &maxBody, &error)
        || !readInt(parser, QStringLiteral("max-header"), 1024, 1024 * 1024, &maxHeader, &error)
        || !readInt(parser, QStringLiteral("idle-timeout"), 1, 3600, &idleSeconds, &error)
        || !readInt(parser, QStringLiteral("max-connections"), 1, 100000, &maxConnections, &error))
        return Console::fail(error, Cli::Usage);
    options.port = quint16(port);
    options.limits.framing.maxBodyBytes = maxBody;
    options.limits.framing.maxHeaderBytes = maxHeader;
    options.limits.idleTimeoutMs = int(idleSeconds * 1000);
    options.limits.maxConnections = int(maxConnections);

    QString databasePath;
    if (!CommandOptions::databasePath(parser, &databasePath, &error))
        return Console::fail(error);

    HookDirectory hooks;
    StoreWriter writer(&hooks);
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = databasePath;
    if (!writer.start(storeOptions, &error))
        return Console::fail(Text::tr("database %1 is unusable: %2").arg(databasePath, error));

    IntakeService intake(&writer, &hooks);
    if (!intake.start(options, &error)) {
        writer.stop();
        const int code = Console::fail(error);
        const QString advice = ListenAdvice::forError(intake.listenError(), options.address,
                                                      options.port, ListenAdvice::Audience::CommandLine);
        if (!advice.isEmpty())
            Console::err() << "hookdesk: " << advice << Qt::endl;
        return code;
    }

    int active = 0;
    for (const Hook &hook : *hooks.snapshot())
        active += hook.isRetired() ? 0 : 1;
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
            : options.address.toString();
    // Not translated: scripts and tests wait for this exact line.
    Console::out() << "listening on http://" << host << ':' << intake.port() << Qt::endl;
    if (active == 0)
        Console::err() << Text::tr("note: no active hook yet; create one with 'hookdesk hook add --db %1'")
                                  .arg(databasePath)
                       << Qt::endl;

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, qApp, [](int number) {
        qCInfo(lcCli) << "signal" << number << "received; stopping";
        QCoreApplication::quit();
    });
    QCoreApplication::exec();

    intake.stop();
    writer.stop();
    const IntakeStats &stats = intake.stats();
    Console::err() << Text::tr("stopped: %1 stored, %2 duplicates, %3 refused, %4 failed")
                              .arg(stats.stored.load())
                              .arg(stats.duplicates.load())
                              .arg(stats.refused.load())
                              .arg(stats.failed.load())
                   << Qt::endl;
    return Cli::Ok;
}

} // namespace hookdesk::Commands
