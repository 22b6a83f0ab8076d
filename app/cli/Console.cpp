// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QCoreApplication>

#include <cstdio>

namespace hookdesk::Console {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &reason, int code)
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << QCoreApplication::translate("Console", "hookdesk: error: %1").arg(line) << Qt::endl;
    return code;
}

} // namespace hookdesk::Console
