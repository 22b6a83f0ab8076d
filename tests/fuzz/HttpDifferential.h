// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk::test {

// Feeds a byte stream, split at points taken from the input, to HttpFramer and
// each request it accepts, in its canonical form, to Qt 6.4's own request parser
// (QAbstractHttpServer reading a CanonicalSocket). Both must see the same
// requests: same count, method, path, header fields and body. Returns what
// differed, or an empty string. Needs a QCoreApplication.
QString httpDifferential(const QByteArray &input);

} // namespace hookdesk::test
