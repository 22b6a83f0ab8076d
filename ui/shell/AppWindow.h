// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "shell/DesktopActions.h"
#include "shell/TrayController.h"
#include "store/WriterStoreAccess.h"

#include <QNetworkAccessManager>

#include <memory>

namespace hookdesk {

class AppSettings;
class HookDirectory;
class IntakeService;
class MainWindow;
class MonitorFeatures;
class SecretStore;
class StoreWriter;
class SubscriptionsPage;

// The whole HookDesk window as users see it: the attendee window, the
// Subscriptions page, then MonitorFeatures' Listener and Deliveries pages, tray
// and Tools menu. GuiLauncher, the screenshot program and the translation test
// all build it here, so the pictures and the checked texts are the app's own.
// It does not show the window; the caller sizes and shows it.
class AppWindow
{
public:
    struct Dependencies
    {
        QString databasePath;
        StoreWriter *writer = nullptr;     // the listener's writer
        HookDirectory *hooks = nullptr;    // the writer's published hooks
        IntakeService *intake = nullptr;   // the running (or failed) listener
        AppSettings *settings = nullptr;
        QString hookPath;                  // the active hook's /hooks/<token>
        ListenerStatus listener;           // as it was started
        SecretStore *secrets = nullptr;    // API keys; the settings dialog probes it too
        DesktopActions::UrlOpener openUrl = DesktopActions::systemOpener();
        DesktopActions::Confirm confirm = DesktopActions::messageBoxConfirm();
        TrayController::Options tray = TrayController::defaults();
    };

    explicit AppWindow(const Dependencies &dependencies);
    ~AppWindow();
    AppWindow(const AppWindow &) = delete;
    AppWindow &operator=(const AppWindow &) = delete;

    MainWindow *window() const { return m_window.get(); }
    MonitorFeatures *monitor() const { return m_monitor.get(); }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptions; }

private:
    // Declared in the order they are needed: destroyed the other way round, the
    // features (which delete their pages) before the window, the window before
    // the network and store access its Subscriptions page uses.
    QNetworkAccessManager m_network;
    WriterStoreAccess m_storeAccess;
    std::unique_ptr<MainWindow> m_window;
    SubscriptionsPage *m_subscriptions = nullptr; // owned by the window
    std::unique_ptr<MonitorFeatures> m_monitor;
};

} // namespace hookdesk
