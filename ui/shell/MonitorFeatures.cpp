// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MonitorFeatures.h"

#include "settings/AppSettings.h"
#include "deliveries/DeliveriesPage.h"
#include "listener/ListenerControl.h"
#include "shell/MainWindow.h"
#include "listener/MonitorPage.h"
#include "settings/SettingsDialog.h"
#include "listener/SimulateDialog.h"
#include "shell/StoreWatcher.h"
#include "core/Logging.h"
#include "store/BackgroundReader.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"
#include "store/TestData.h"

#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace hookdesk {

MonitorFeatures::MonitorFeatures(MainWindow *window, Dependencies dependencies, QObject *parent)
    : QObject(parent), m_window(window), m_deps(std::move(dependencies)), m_store(m_deps.writer, m_deps.hooks)
{
    Q_ASSERT(m_deps.writer && m_deps.intake && m_deps.settings);
    m_reader = std::make_unique<BackgroundReader>(m_deps.databasePath);

    m_listener = new ListenerControl(m_deps.intake, m_deps.settings, m_deps.hookPath, m_deps.listener);
    m_monitor = new MonitorPage(m_listener, m_deps.intake, m_reader.get());
    m_deliveries = new DeliveriesPage(m_reader.get(), [this] { return listenerStatus(); });
    window->addPage(m_monitor, tr("Listener"));
    window->addPage(m_deliveries, tr("Deliveries"));

    m_tray = new TrayController(window, m_deps.settings, m_reader.get(), m_deps.tray, this);
    m_tray->setListenerStatus(m_listener->status());

    // Commits arrive on the writer thread, up to hundreds a second in a burst:
    // the notifier takes each (cheap), the views refresh at most once an interval.
    connect(m_deps.writer, &StoreWriter::committed, m_tray->notifier(), &BurstNotifier::addCommit,
            Qt::QueuedConnection);
    m_watcher = new StoreWatcher(m_deps.writer, m_deps.refreshIntervalMs, this);
    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        m_deliveries->reloadHooks(); // a hook added meanwhile gets its name (and can be replayed to)
        m_deliveries->refresh();
        m_monitor->refreshChart();
        m_monitor->updateCounters();
    });

    connect(m_listener, &ListenerControl::statusChanged, this, &MonitorFeatures::listenerChanged);
    connect(m_deliveries, &DeliveriesPage::message, this, &MonitorFeatures::message);
    connect(m_monitor, &MonitorPage::simulateRequested, this, &MonitorFeatures::openSimulation);
    connect(m_monitor, &MonitorPage::removeTestDataRequested, this, &MonitorFeatures::removeTestData);
    connect(m_monitor, &MonitorPage::showRefusedRequested, this, &MonitorFeatures::showRefusedRequests);
    connect(m_tray, &TrayController::showRefusedRequested, this, &MonitorFeatures::showRefusedRequests);
    connect(this, &MonitorFeatures::message, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 8000);
    });

    QMenu *tools = window->toolsMenu();
    tools->addSeparator();
    QAction *simulate = tools->addAction(tr("&Simulate a webinar…"), this, &MonitorFeatures::openSimulation);
    simulate->setObjectName(QStringLiteral("actionSimulate"));
    QAction *remove = tools->addAction(tr("&Remove test data…"), this, &MonitorFeatures::removeTestData);
    remove->setObjectName(QStringLiteral("actionRemoveTestData"));
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("Se&ttings…"), this, &MonitorFeatures::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    loadActiveHook();
}

MonitorFeatures::~MonitorFeatures()
{
    // The pages belong to the window; they read through m_reader, which goes first.
    if (m_window) {
        delete m_deliveries;
        delete m_monitor;
    }
}

ListenerStatus MonitorFeatures::listenerStatus() const
{
    return m_listener->status();
}

void MonitorFeatures::loadActiveHook()
{
    const QString token = m_deps.hookPath.section(QLatin1Char('/'), -1);
    QPointer<MonitorFeatures> self(this);
    m_reader->run<std::optional<Hook>>(
            [token](SqliteDatabase &db, QString *) { return HookRepository::findByToken(db, token); },
            [self](const std::optional<Hook> &hook, const QString &) {
                if (self)
                    self->m_activeHook = hook;
            });
}

void MonitorFeatures::listenerChanged(const ListenerStatus &status)
{
    if (m_window)
        m_window->setListenerStatus(status);
    m_tray->setListenerStatus(status);
    emit message(status.listening ? tr("Listening on %1").arg(status.localBaseUrl)
                                  : tr("The listener is stopped; TagMango's calls are not answered."));
}

void MonitorFeatures::showPage(QWidget *page)
{
    // The window keeps its pages in a tab widget; show this one.
    for (QWidget *w = page->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentWidget(page);
            break;
        }
    }
    if (m_window) {
        m_window->show();
        m_window->raise();
    }
}

void MonitorFeatures::showRefusedRequests()
{
    m_deliveries->setRange(DeliveriesPage::Range::Any);
    m_deliveries->setHookFilter(0);
    m_deliveries->setStatusFilter(DeliveryFilter::Status::Refused);
    showPage(m_deliveries);
}

SimulateDialog *MonitorFeatures::openSimulation()
{
    if (m_simulation) {
        m_simulation->raise();
        m_simulation->activateWindow();
        return m_simulation;
    }
    auto target = [this] {
        SimulateDialog::Target t;
        const ListenerStatus status = listenerStatus();
        if (!status.listening)
            return t;
        t.hookUrl = QUrl(status.localHookUrl());
        if (m_activeHook)
            t.verification = {m_activeHook->verifyHeader, m_activeHook->verifyHeaderSecret, m_activeHook->hmacSecret};
        return t;
    };
    m_simulation = new SimulateDialog(target, m_window);
    m_simulation->setAttribute(Qt::WA_DeleteOnClose);
    // A whole webinar also needs hooks for bookings and reminders: found, or
    // made, on the writer thread, and published to the listener before `done`.
    m_simulation->setHookFinder([this](QObject *context, SimulateDialog::Done done) {
        m_store.query<SimulationHooks::WholeWebinar>(
                [](SqliteDatabase &db) { return SimulationHooks::findOrAddWholeWebinar(db); }, context,
                std::move(done));
    });
    connect(m_simulation, &SimulateDialog::simulationFinished, this, [this](const WebinarSimulator::Result &r) {
        //: %1 attendees stored out of %Ln sent.
        emit message(tr("Simulated webinar: %1 of %Ln attendee(s) stored", nullptr, int(r.attendance.total))
                             .arg(QLocale().toString(r.attendance.stored)));
        if (m_window)
            m_window->reloadFromStore();
    });
    m_simulation->show();
    return m_simulation;
}

void MonitorFeatures::removeTestData()
{
    QPointer<MonitorFeatures> self(this);
    m_reader->run<qint64>(
            [](SqliteDatabase &db, QString *error) { return TestData::count(db, error); },
            [self](qint64 count, const QString &error) {
                if (!self)
                    return;
                if (count < 0) {
                    emit self->message(tr("Cannot count the test data: %1").arg(error));
                    return;
                }
                if (count == 0) {
                    emit self->message(tr("There is no test data to remove."));
                    return;
                }
                DesktopActions::Confirmation ask;
                ask.title = tr("Remove test data");
                ask.text = tr("Remove %Ln test attendee(s) and registration(s)?", nullptr, int(count));
                ask.details = tr("Attendees of simulated webinars and public URL checks (webinar IDs "
                                 "starting with hookdesk-sim- or hookdesk-check-) are deleted, with "
                                 "the logged requests that carried them. Real attendees stay.");
                ask.acceptLabel = tr("Remove test data");
                if (!self->m_deps.confirm || !self->m_deps.confirm(self->m_window, ask))
                    return;
                self->m_store.query<qint64>(&TestData::remove, self, [self](qint64 removed, const QString &failure) {
                    if (removed < 0) {
                        qCWarning(lcUi) << "removing test data failed:" << failure;
                        emit self->message(tr("Nothing was removed: %1").arg(failure));
                        return;
                    }
                    emit self->message(tr("Removed %Ln test attendee(s) and registration(s).", nullptr, int(removed)));
                    if (self->m_window)
                        self->m_window->reloadFromStore();
                    self->m_deliveries->reload();
                    self->m_monitor->refreshChart();
                });
            });
}

SettingsDialog *MonitorFeatures::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_deps.settings, m_deps.keychain, m_tray->trayUnavailableReason(), m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::applied, this, [this](const SettingsDialog::Changes &changes) {
        applySettings(changes.listener, changes.retention, changes.desktop);
        if (changes.publicUrl)
            m_window->setPublicBaseUrl(m_deps.settings->publicBaseUrl());
        if (changes.language)
            emit message(tr("The new language applies the next time HookDesk starts."));
        else if (changes.phoneRegion)
            emit message(tr("The filter reads phone numbers with the new country now; attendees arriving "
                            "get it after HookDesk restarts."));
    });
    m_settingsDialog->show();
    return m_settingsDialog;
}

void MonitorFeatures::applySettings(bool listener, bool retention, bool desktop)
{
    if (listener) {
        m_listener->setAddress(m_deps.settings->listenAddress());
        m_listener->setPort(m_deps.settings->listenPort());
        m_listener->restart();
    }
    if (retention)
        m_deps.writer->setDeliveryRetention(m_deps.settings->deliveryRetentionRows(),
                                            m_deps.settings->deliveryRetentionDays());
    if (desktop)
        m_tray->applySettings();
}

} // namespace hookdesk
