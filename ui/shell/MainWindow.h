// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/DesktopActions.h"
#include "listener/ListenerStatus.h"
#include "store/AttendeeFilter.h"
#include "store/HookRepository.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace hookdesk {

class AppSettings;
class AttendeeActions;
class AttendeeReader;
class AttendeeTableModel;
class AttendeesPage;
class BackgroundReader;
class StoreAccess;
class StatusBarPanel;
class StoreHealthBanner;
class StoreWatcher;
class StoreWriter;

// The window a creator lives in: the attendee browser, menus that reach every
// action from the keyboard, and a status bar. Everything it talks to comes in
// through Dependencies, so tests build it on a temporary database with a fake
// browser and scripted confirmations.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Dependencies
    {
        QString databasePath;            // read in the background (read-only); written only by `writer`
        StoreWriter *writer = nullptr;   // its commits refresh the views; deletes run on it
        ListenerStatus listener;
        AppSettings *settings = nullptr; // required
        DesktopActions::UrlOpener openUrl = DesktopActions::systemOpener();
        DesktopActions::Confirm confirm = DesktopActions::messageBoxConfirm();
        int refreshIntervalMs = 250;     // at most one view refresh per interval
    };

    explicit MainWindow(Dependencies dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Room for other features: a page beside "Attendees" (the tab bar appears
    // once there are two, e.g. Subscriptions) and the menus for their actions.
    void addPage(QWidget *page, const QString &title);
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    // Puts `action` in the File menu above Quit (e.g. "Export attendees…").
    void addFileAction(QAction *action);

    // The rows the table shows (people, filter text, webinar, dates).
    AttendeeFilter currentFilter() const;
    AttendeesPage *attendeesPage() const { return m_page; }
    AttendeeTableModel *attendeeModel() const;
    StatusBarPanel *statusPanel() const { return m_status; }
    StoreHealthBanner *storeBanner() const { return m_storeBanner; }
    // Reads lists and counts in the background (normally done when the store
    // reports a change); storeReloaded() follows once they are shown.
    void reloadFromStore();
    // The listener moved, stopped or started while the window was open.
    void setListenerStatus(const ListenerStatus &listener);
    // The public address (tunnel or server) changed elsewhere: the status bar
    // and the first-run page show the hook URL TagMango calls.
    void setPublicBaseUrl(const QUrl &base);
    // The hooks as last read: the status bar shows the one TagMango calls and
    // says how many others are active.
    void setHooks(const QList<hookdesk::Hook> &hooks);
    // Switches to a page added with addPage().
    void showPage(QWidget *page);

signals:
    void filterChanged();
    // Lists and counts were read again after the store changed.
    void storeReloaded();
    // The user switched to this page (tab).
    void pageShown(QWidget *page);
    // The user entered a usable public address on the first-run page (it is saved).
    void publicBaseUrlEdited(const QUrl &base);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void saveSettings();
    void showAbout();
    void showAttendees(); // the Attendees tab, whichever page is shown
    void showExport();
    struct StoreSnapshot;
    void showStore(const StoreSnapshot &snapshot, const QString &error);

    Dependencies m_deps;
    std::unique_ptr<StoreAccess> m_store; // deletes, on the writer thread
    BackgroundReader *m_storeReader;      // webinar list and totals
    bool m_reloading = false;             // a read is under way ...
    bool m_reloadAgain = false;           // ... and the store changed since it started
    bool m_storeUnreadable = false;       // said once, not at every reload
    AttendeeReader *m_reader;
    AttendeeActions *m_actions;
    StoreWatcher *m_watcher;
    AttendeesPage *m_page;
    QTabWidget *m_pages;
    StatusBarPanel *m_status;
    StoreHealthBanner *m_storeBanner = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copyHook = nullptr;
    QAction *m_showWebinarList = nullptr;
};

} // namespace hookdesk
