// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/DesktopActions.h"
#include "listener/ListenerStatus.h"
#include "shell/TrayController.h"
#include "store/HookRepository.h"
#include "store/WriterStoreAccess.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace hookdesk {

class AppSettings;
class BackgroundReader;
class DeliveriesPage;
class HookDirectory;
class IntakeService;
class ListenerControl;
class MainWindow;
class MonitorPage;
class SecretStore;
class SettingsDialog;
class SimulateDialog;
class StoreWatcher;
class StoreWriter;

// Puts HookDesk's monitoring into the main window: the Listener page (controls,
// counters, chart), the Deliveries page (request inspector), the tray and its
// notifications, and the Tools menu's Simulate, Remove test data and Settings.
// Everything it needs comes in through Dependencies, so tests build it on a
// temporary database with a real listener.
class MonitorFeatures : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        QString databasePath;
        StoreWriter *writer = nullptr;
        // The writer's published hooks: a hook the window makes (for a
        // simulated webinar) is then known to the listener before it is used.
        HookDirectory *hooks = nullptr;
        IntakeService *intake = nullptr;
        AppSettings *settings = nullptr;
        QString hookPath;                 // the active hook's /hooks/<token>
        ListenerStatus listener;          // as HookDesk started it
        SecretStore *keychain = nullptr;  // probed by the settings dialog (may be null)
        DesktopActions::Confirm confirm = DesktopActions::messageBoxConfirm();
        TrayController::Options tray = TrayController::defaults();
        int refreshIntervalMs = 1000;     // at most one inspector/chart refresh per interval
    };

    MonitorFeatures(MainWindow *window, Dependencies dependencies, QObject *parent = nullptr);
    ~MonitorFeatures() override;

    DeliveriesPage *deliveriesPage() const { return m_deliveries; }
    MonitorPage *monitorPage() const { return m_monitor; }
    ListenerControl *listenerControl() const { return m_listener; }
    TrayController *tray() const { return m_tray; }
    ListenerStatus listenerStatus() const;

    // Tools menu actions.
    SettingsDialog *openSettings();
    SimulateDialog *openSimulation();
    void removeTestData();
    void showRefusedRequests();

signals:
    // A line for the status bar (also shown there).
    void message(const QString &text);

private:
    void listenerChanged(const ListenerStatus &status);
    void applySettings(bool listener, bool retention, bool desktop);
    void showPage(QWidget *page);
    void loadActiveHook();

    QPointer<MainWindow> m_window;
    Dependencies m_deps;
    WriterStoreAccess m_store; // removing test data, simulation hooks: on the writer thread
    std::unique_ptr<BackgroundReader> m_reader;
    ListenerControl *m_listener = nullptr;
    MonitorPage *m_monitor = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    TrayController *m_tray = nullptr;
    StoreWatcher *m_watcher = nullptr;
    QPointer<SimulateDialog> m_simulation;
    QPointer<SettingsDialog> m_settingsDialog;
    std::optional<Hook> m_activeHook; // with its verification secrets, for simulations
};

} // namespace hookdesk
