// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandOptions.h"

#include "core/AppInfo.h"

#include <QCoreApplication>

namespace hookdesk::CommandOptions {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)
};

} // namespace

QCommandLineOption database()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Text::tr("Database file (default: %1).").arg(AppInfo::defaultDatabasePath()),
                              QStringLiteral("FILE"));
}

QList<QCommandLineOption> listenAddress(ListenDefaults defaults)
{
    if (defaults == ListenDefaults::FromSettings)
        return {{QStringLiteral("bind"), Text::tr("Listen address (default: from the settings, 127.0.0.1)."),
                 QStringLiteral("ADDR")},
                {QStringLiteral("port"),
                 Text::tr("Listen port (default: from the settings, %1).").arg(AppInfo::DefaultPort),
                 QStringLiteral("N")}};
    return {{QStringLiteral("bind"), Text::tr("Address to listen on (default 127.0.0.1)."),
             QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), Text::tr("Port to listen on; 0 picks a free one (default %1).")
                                             .arg(AppInfo::DefaultPort),
             QStringLiteral("N"), QString::number(AppInfo::DefaultPort)}};
}

bool databasePath(const QCommandLineParser &parser, QString *path, QString *error)
{
    *path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                               : AppInfo::defaultDatabasePath();
    if (path->isEmpty()) {
        *error = Text::tr("--db needs a file name");
        return false;
    }
    return AppInfo::ensureDatabaseFolder(*path, error);
}

bool readInteger(const QCommandLineParser &parser, const QString &name, ListenerRanges::Range range,
                 qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || !range.contains(number)) {
        *error = Text::tr("--%1 must be a whole number from %2 to %3")
                         .arg(name)
                         .arg(range.min)
                         .arg(range.max);
        return false;
    }
    *value = number;
    return true;
}

bool readListenAddress(const QCommandLineParser &parser, IntakeServer::Options *options,
                       QString *error)
{
    if (parser.isSet(QStringLiteral("bind"))
        && !options->address.setAddress(parser.value(QStringLiteral("bind")))) {
        *error = Text::tr("--bind: '%1' is not an IP address").arg(parser.value(QStringLiteral("bind")));
        return false;
    }
    qint64 port = options->port;
    if (!readInteger(parser, QStringLiteral("port"), ListenerRanges::anyPort, &port, error))
        return false;
    options->port = quint16(port);
    return true;
}

} // namespace hookdesk::CommandOptions
