// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TrayController.h"

#include "core/Clock.h"
#include "settings/AppSettings.h"
#include "store/BackgroundReader.h"
#include "store/DeliveryQuery.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace hookdesk {

TrayController::Options TrayController::defaults()
{
    Options options;
    options.trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    return options;
}

TrayController::TrayController(QMainWindow *window, AppSettings *settings, BackgroundReader *reader,
                               const Options &options, QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings), m_reader(reader),
      m_trayAvailable(options.trayAvailable)
{
    m_notifier = options.clock ? new BurstNotifier(options.notifier, options.clock, this)
                               : new BurstNotifier(options.notifier, [] { return Clock::currentMSecsSinceEpoch(); },
                                                   this);
    connect(m_notifier, &BurstNotifier::notify, this, &TrayController::notify);

    if (m_trayAvailable) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        auto *menu = new QMenu;
        m_showAction = menu->addAction(tr("&Show HookDesk"), this, &TrayController::showWindow);
        menu->addSeparator();
        menu->addAction(tr("&Quit HookDesk"), this, [this] {
            if (m_window)
                m_window->close(); // not spontaneous: really closes, saving the window's state
            QCoreApplication::quit();
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (m_lastWasRefusal)
                emit showRefusedRequested();
        });
        m_tray->setToolTip(tr("HookDesk"));
        m_tray->show();
    }
    if (m_window)
        m_window->installEventFilter(this);
    applySettings();
}

TrayController::~TrayController() = default;

QString TrayController::trayUnavailableReason() const
{
    return m_trayAvailable ? QString()
                           : tr("This desktop has no system tray, so HookDesk cannot keep running "
                                "there; closing the window quits HookDesk.");
}

void TrayController::applySettings()
{
    m_notifier->setEnabled(m_settings->notificationsEnabled());
}

void TrayController::setListenerStatus(const ListenerStatus &status)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(status.listening ? tr("HookDesk — listening on %1").arg(status.localBaseUrl)
                                        : tr("HookDesk — not listening"));
}

QString TrayController::attendeesText(const BurstNotification &n)
{
    const QString webinar = n.webinarTitle.isEmpty() ? n.webinarId : n.webinarTitle;
    //: %1 is the webinar's title.
    QString text = tr("Webinar ‘%1’: %Ln attendee(s) received", nullptr, int(n.count)).arg(webinar);
    if (n.isTest)
        //: Appended to "Webinar ‘…’: N attendees received" for simulated webinars.
        text += tr(" (test data)");
    return text;
}

QString TrayController::refusedText(const BurstNotification &n, const QList<RefusalCount> &reasons)
{
    const QLocale locale;
    const QString since = locale.toString(n.firstAt.toLocalTime().time(), QLocale::ShortFormat);
    //: %1 is a time of day.
    QString text = n.count == 1 ? tr("1 request refused at %1.").arg(since)
                                //: %1 is a time of day; the count is always 2 or more.
                                : tr("%Ln requests refused since %1.", nullptr, int(n.count)).arg(since);
    if (!reasons.isEmpty()) {
        const RefusalCount &top = reasons.first();
        text += QLatin1Char(' ')
                + tr("Most: %1 %2 (%3).")
                          .arg(top.status)
                          .arg(top.reason.isEmpty() ? tr("without a reason") : top.reason)
                          .arg(locale.toString(top.count));
    }
    return text;
}

void TrayController::notify(const BurstNotification &notification)
{
    if (notification.kind == BurstNotification::Kind::Attendees) {
        show(attendeesText(notification), false);
        return;
    }
    if (!m_reader) {
        show(refusedText(notification, {}), true);
        return;
    }
    // Why they were refused is in the delivery log.
    const QDateTime from = notification.firstAt.addSecs(-1);
    const QDateTime until = notification.lastAt.addSecs(1);
    QPointer<TrayController> self(this);
    m_reader->run<QList<RefusalCount>>(
            [from, until](SqliteDatabase &db, QString *error) {
                return DeliveryQuery::refusals(db, from, until, 3, error);
            },
            [self, notification](const QList<RefusalCount> &reasons, const QString &) {
                if (self)
                    self->show(refusedText(notification, reasons), true);
            });
}

void TrayController::show(const QString &text, bool refusal)
{
    const QString title = refusal ? tr("HookDesk: requests refused") : tr("HookDesk");
    m_lastWasRefusal = refusal;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, text,
                            refusal ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    } else if (m_window) {
        m_window->statusBar()->showMessage(text, 15000);
    }
    emit shown(title, text);
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    // Only the window manager's close (the title bar's ✕) goes to the tray;
    // File → Quit closes for real.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() && m_tray
        && m_settings->closeToTray()) {
        event->ignore();
        m_window->hide();
        if (!m_settings->trayHintShown()) {
            m_settings->setTrayHintShown(true);
            m_tray->showMessage(tr("HookDesk keeps listening"),
                                tr("HookDesk is still receiving webhooks in the tray. Click its icon "
                                   "to open the window; use Quit in its menu to stop it."),
                                QSystemTrayIcon::Information, 10000);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hookdesk
