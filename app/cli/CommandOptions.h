// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace hookdesk::CommandOptions {

QCommandLineOption database();
// Parses; on --help prints the help and returns 0 in *exitCode; on a usage error
// prints a one-line reason and returns 2. Returns true when the command should run.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// The --db value, or the default path; creates its folder.
bool databasePath(const QCommandLineParser &parser, QString *path, QString *error);

} // namespace hookdesk::CommandOptions
