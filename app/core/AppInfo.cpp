// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hookdesk::AppInfo {

void applyTo()
{
    QCoreApplication::setApplicationName(QStringLiteral("hookdesk"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(HOOKDESK_VERSION);
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/hookdesk.sqlite");
}

bool ensureDatabaseFolder(const QString &databasePath, QString *error)
{
    const QFileInfo info(databasePath);
    if (QDir().mkpath(info.absolutePath()))
        return true;
    *error = QCoreApplication::translate("AppInfo", "cannot create the folder %1")
                     .arg(info.absolutePath());
    return false;
}

} // namespace hookdesk::AppInfo
