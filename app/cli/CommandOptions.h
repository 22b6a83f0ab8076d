// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeServer.h"
#include "intake/ListenerRanges.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// Options and checks that more than one command (or the window's command line)
// shares.
namespace hookdesk::CommandOptions {

QCommandLineOption database();
// --bind ADDR and --port N, described as `serve` uses them or as the window does
// (where the settings give the defaults).
enum class ListenDefaults { Fixed, FromSettings };
QList<QCommandLineOption> listenAddress(ListenDefaults defaults);

// The --db value, or the default path; creates its folder.
bool databasePath(const QCommandLineParser &parser, QString *path, QString *error);
// Reads option `name` into *value when it is set; false with a precise *error
// when it is not a whole number in `range`.
bool readInteger(const QCommandLineParser &parser, const QString &name, ListenerRanges::Range range,
                 qint64 *value, QString *error);
// Applies --bind and --port (when set) to *options.
bool readListenAddress(const QCommandLineParser &parser, IntakeServer::Options *options,
                       QString *error);

} // namespace hookdesk::CommandOptions
