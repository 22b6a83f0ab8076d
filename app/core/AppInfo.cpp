// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <csignal>
#include <malloc.h>
#include <sys/resource.h>

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

void tuneProcess()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = std::min<rlim_t>(files.rlim_max, 65536);
        setrlimit(RLIMIT_NOFILE, &files);
    }
    // A file-size limit (RLIMIT_FSIZE) must surface as a write error the store
    // reports (503 to senders), not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
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
