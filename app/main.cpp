// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: a command line runs headless; otherwise the window opens.
#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "shell/GuiLauncher.h" // from hookdesk_ui
#include "shell/AppStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    hookdesk::AppInfo::tuneProcess();
    hookdesk::Logging::installSecretSafeFilter();
    if (hookdesk::Cli::isConsoleInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        hookdesk::AppInfo::applyTo();
        // Console messages follow the system's language (LANGUAGE, LC_MESSAGES, LANG).
        hookdesk::Translations translations;
        translations.install(QString());
        return hookdesk::Cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new hookdesk::AppStyle); // Devanagari labels centred on their glyphs
    hookdesk::AppInfo::applyTo();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.hookdesk.HookDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hookdesk.svg")));
    return hookdesk::GuiLauncher::run(QCoreApplication::arguments());
}
