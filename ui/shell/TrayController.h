// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "core/BurstNotifier.h"
#include "store/DeliveryQuery.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QSystemTrayIcon;

namespace hookdesk {

class AppSettings;
class BackgroundReader;

// HookDesk in the system tray: an icon with a menu, one notification per
// webinar burst and one per run of refused requests (BurstNotifier decides
// when), and, if the user wants it, closing the window keeps HookDesk
// listening in the tray. Without a system tray (many servers, offscreen) the
// notifications go to the window's status bar and closing quits as usual.
class TrayController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool trayAvailable = false;      // QSystemTrayIcon::isSystemTrayAvailable() in the app
        BurstNotifier::Options notifier;
        BurstNotifier::Clock clock;      // empty: the system clock
    };

    TrayController(QMainWindow *window, AppSettings *settings, BackgroundReader *reader,
                   const Options &options, QObject *parent = nullptr);
    ~TrayController() override;

    static Options defaults();

    BurstNotifier *notifier() const { return m_notifier; }
    bool isTrayAvailable() const { return m_trayAvailable; }
    // Reads the notification and close-to-tray settings again.
    void applySettings();
    void setListenerStatus(const ListenerStatus &status);
    // Why close-to-tray cannot be used here ("" when it can).
    QString trayUnavailableReason() const;

    // The text of a notification (the refusal breakdown comes from the log).
    static QString attendeesText(const BurstNotification &notification);
    static QString refusedText(const BurstNotification &notification, const QList<RefusalCount> &reasons);

signals:
    // Every notification shown, in the tray or in the status bar.
    void shown(const QString &title, const QString &text);
    // The user asked for the refused requests (clicked a refusal notification).
    void showRefusedRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void notify(const BurstNotification &notification);
    void show(const QString &text, bool refusal);
    void showWindow();

    QPointer<QMainWindow> m_window;
    AppSettings *m_settings;
    BackgroundReader *m_reader;
    BurstNotifier *m_notifier;
    bool m_trayAvailable;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showAction = nullptr;
    bool m_lastWasRefusal = false;
};

} // namespace hookdesk
