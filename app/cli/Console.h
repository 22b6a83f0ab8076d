// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace hookdesk::Console {

QTextStream &out();
QTextStream &err();
// "hookdesk: error: <reason>" on one line of stderr; returns `code`.
int fail(const QString &reason, int code = 1);

} // namespace hookdesk::Console
