// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineParser;

// The console commands. Each has two halves, which the command table in Cli.cpp
// puts together: `<name>Options` describes the command and declares its options
// (its --help is generated from them), `<name>` runs it with the parsed result.
namespace hookdesk::Commands {

void serveOptions(QCommandLineParser &parser);
int serve(const QCommandLineParser &parser);

void hookOptions(QCommandLineParser &parser);
int hook(const QCommandLineParser &parser);

void exportCsvOptions(QCommandLineParser &parser);
int exportCsv(const QCommandLineParser &parser);

void subscribeOptions(QCommandLineParser &parser);
int subscribe(const QCommandLineParser &parser);

void webinarsOptions(QCommandLineParser &parser);
int webinars(const QCommandLineParser &parser);

void simulateOptions(QCommandLineParser &parser);
int simulate(const QCommandLineParser &parser);

} // namespace hookdesk::Commands
