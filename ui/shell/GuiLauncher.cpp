// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/GuiLauncher.h"

#include "settings/AppSettings.h"
#include "shell/AppWindow.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "core/UnixSignalWatcher.h"
#include "core/KeychainSecretStore.h"
#include "core/StallProbe.h"
#include "core/AppInfo.h"
#include "core/Translations.h"
#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "intake/Receiver.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "tagmango/EventCatalogue.h"

#include <QApplication>
#include <QTimer>
#include <QCommandLineParser>
#include <QMessageBox>

namespace hookdesk::GuiLauncher {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

// The window needs one active hook to show; the first start creates it.
std::optional<Hook> ensureActiveHook(const QString &databasePath, QString *error)
{
    SqliteDatabase db;
    if (!db.open(databasePath, SqliteDatabase::Mode::ReadWrite)) {
        *error = db.lastError().message;
        return std::nullopt;
    }
    if (!Schema::prepareForWriting(db, error))
        return std::nullopt;
    const QList<Hook> hooks = HookRepository::list(db, error);
    if (hooks.isEmpty() && !error->isEmpty())
        return std::nullopt;
    // The one TagMango calls, not simply the newest: a Subscribe that failed
    // must not move the window to a URL nobody calls.
    if (auto calling = HookRepository::callingHook(hooks, EventCatalogue::CompletedAll))
        return calling;
    return HookRepository::add(db, EventCatalogue::CompletedAll, QString(), error);
}

} // namespace

int run(const QStringList &arguments)
{
    // SIGINT / SIGTERM (logout, systemctl, Ctrl+C in a terminal) close the
    // window the normal way: settings saved, in-flight calls answered. Installed
    // first: a signal that comes during start-up is handled once the event loop
    // runs, never by the signal's default action.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, qApp,
                     [] { QApplication::quit(); }, Qt::QueuedConnection);
    AppSettings settings;
    // Before any widget exists: the window is built in the chosen language
    // ("" follows the system). A change in the settings applies at the next start.
    Translations translations;
    translations.install(settings.language());

    QCommandLineParser parser;
    parser.addOption(CommandOptions::database());
    parser.addOptions(CommandOptions::listenAddress(CommandOptions::ListenDefaults::FromSettings));
    parser.process(arguments);
    IntakeServer::Options options = settings.intakeOptions();
    QString error;
    if (!CommandOptions::readListenAddress(parser, &options, &error)) {
        QMessageBox::critical(nullptr, Text::tr("HookDesk"), error);
        return 2;
    }

    auto cannotUse = [](const QString &path, const QString &why) {
        QMessageBox::critical(nullptr, Text::tr("HookDesk"),
                              Text::tr("HookDesk cannot use its database %1:\n%2").arg(path, why));
        return 1;
    };
    QString databasePath;
    if (!CommandOptions::databasePath(parser, &databasePath, &error))
        return cannotUse(databasePath, error);
    // One window per database: a second start brings the first one forward.
    SingleInstance instance(databasePath);
    switch (instance.claim()) {
    case SingleInstance::Claim::First:
        break;
    case SingleInstance::Claim::OtherRaised:
        Console::err() << Text::tr("HookDesk is already open on %1; its window was brought forward.")
                                  .arg(databasePath)
                       << Qt::endl;
        return 0;
    case SingleInstance::Claim::OtherUnreachable:
        QMessageBox::warning(nullptr, Text::tr("HookDesk"),
                             Text::tr("HookDesk is already open on %1 (process %2) but does not "
                                      "answer. Close it (or end that process) and start HookDesk "
                                      "again; to open another database, start it with --db FILE.")
                                     .arg(databasePath)
                                     .arg(instance.otherProcessId()));
        return 1;
    }
    const std::optional<Hook> hook = ensureActiveHook(databasePath, &error);
    if (!hook)
        return cannotUse(databasePath, error);

    Receiver receiver;
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = databasePath;
    settings.applyTo(&storeOptions);
    if (!receiver.openStore(storeOptions, &error)) {
        QMessageBox::critical(nullptr, Text::tr("HookDesk"),
                              Text::tr("HookDesk cannot write to its database %1:\n%2")
                                      .arg(databasePath, error));
        return 1;
    }

    ListenerStatus listener;
    listener.listening = receiver.listen(options, &listener.error);
    if (listener.listening) {
        listener.localBaseUrl = receiver.localBaseUrl();
        listener.hookPath = hook->path();
    }

    // HOOKDESK_STALL_PROBE=1: measure how long the window's event loop ever stalls.
    std::unique_ptr<StallProbe> probe;
    if (StallProbe::requestedByEnvironment()) {
        probe = std::make_unique<StallProbe>();
        probe->start();
    }

    KeychainSecretStore secrets;
    int code = 0;
    {
        AppWindow::Dependencies dependencies;
        dependencies.databasePath = databasePath;
        dependencies.writer = receiver.writer();
        dependencies.hooks = receiver.hooks();
        dependencies.intake = receiver.intake();
        dependencies.settings = &settings;
        dependencies.hookPath = hook->path();
        dependencies.listener = listener;
        dependencies.secrets = &secrets;
        AppWindow app(dependencies);
        MainWindow &window = *app.window();
        window.show();
        QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
            window.show();
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.raise();
            window.activateWindow();
        });
        // The probe measures the running window, not its start-up (building the
        // window and its first paint): it starts counting a second after show().
        if (probe)
            QTimer::singleShot(1000, &window, [&probe] { probe->reset(); });
        code = QApplication::exec();
    }
    if (probe)
        qInfo().noquote() << "hookdesk:" << probe->summary();
    receiver.stop();
    return code;
}

} // namespace hookdesk::GuiLauncher
