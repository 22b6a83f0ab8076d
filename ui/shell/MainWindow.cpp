// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "settings/AppSettings.h"
#include "attendees/AttendeeActions.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeeTablePanel.h"
#include "attendees/AttendeesPage.h"
#include "export/ExportDialog.h"
#include "attendees/FilterBar.h"
#include "shell/FirstRunPanel.h"
#include "shell/StatusBarPanel.h"
#include "store/StoreWriter.h"
#include "shell/StoreHealthBanner.h"
#include "shell/StoreWatcher.h"
#include "attendees/WebinarListPanel.h"
#include "core/Clock.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "store/AttendeeReader.h"
#include "store/BackgroundReader.h"
#include "store/StoreTotals.h"
#include "store/WebinarQuery.h"
#include "store/WriterStoreAccess.h"

#include <QApplication>
#include <QFileInfo>
#include <QCloseEvent>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace hookdesk {

// What one reload reads: the webinar list and the status line's totals.
struct MainWindow::StoreSnapshot
{
    bool opened = false; // false: the database could not be opened
    bool ok = false;
    QList<WebinarRow> webinars;
    StoreTotals totals;
};

MainWindow::MainWindow(Dependencies dependencies, QWidget *parent)
    : QMainWindow(parent), m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.settings);
    setWindowTitle(tr("HookDesk — webinar attendees"));
    setObjectName(QStringLiteral("mainWindow"));

    m_storeReader = new BackgroundReader(m_deps.databasePath, this);
    if (m_deps.writer)
        m_store = std::make_unique<WriterStoreAccess>(m_deps.writer);
    m_reader = new AttendeeReader(m_deps.databasePath, this);
    m_actions = new AttendeeActions(m_store.get(), m_deps.openUrl, m_deps.confirm, this, this);
    m_watcher = new StoreWatcher(m_deps.writer, m_deps.refreshIntervalMs, this);
    m_page = new AttendeesPage(m_reader, m_actions, m_deps.settings, m_deps.listener, this);

    m_pages = new QTabWidget(this);
    m_pages->setTabBarAutoHide(true);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_page, tr("Attendees"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_storeBanner = new StoreHealthBanner(m_deps.writer, central);
    layout->addWidget(m_storeBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *page = m_pages->widget(index))
            emit pageShown(page);
    });

    m_status = new StatusBarPanel(statusBar(), m_deps.listener, m_actions);
    m_status->setPublicBaseUrl(m_deps.settings->publicBaseUrl());
    // A hook added or retired anywhere (another window, `hookdesk hook add`) reaches the bar.
    if (m_deps.writer)
        connect(m_deps.writer, &StoreWriter::hooksChanged, this, &MainWindow::setHooks);
    connect(m_page->firstRunPanel(), &FirstRunPanel::publicBaseUrlEdited, this, [this](const QUrl &base) {
        m_deps.settings->setPublicBaseUrl(base);
        m_status->setPublicBaseUrl(base);
        emit publicBaseUrlEdited(base);
    });
    connect(m_actions, &AttendeeActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });
    connect(m_actions, &AttendeeActions::storeChanged, m_watcher, &StoreWatcher::poke);
    connect(m_watcher, &StoreWatcher::changed, this, &MainWindow::reloadFromStore);
    connect(m_page, &AttendeesPage::filterChanged, this, &MainWindow::filterChanged);
    buildMenus();

    if (!restoreGeometry(m_deps.settings->windowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(std::min(1360, available.width() - 40), std::min(820, available.height() - 60));
    }
    restoreState(m_deps.settings->windowState());
    reloadFromStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    // File: Export above Quit; other features may add theirs (addFileAction).
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = m_fileMenu->addAction(tr("&Export attendees…"), this, &MainWindow::showExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // From any page: these bring the attendee browser forward first.
    edit->addAction(tr("&Find attendees"), QKeySequence::Find, this, [this] {
        showAttendees();
        m_page->focusFilter();
    });
    edit->addAction(tr("&Clear the filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, [this] {
        showAttendees();
        m_page->clearFilter();
    });
    edit->addSeparator();
    // The table's row actions, so each one is in a menu with its shortcut.
    for (QAction *action : m_page->tablePanel()->rowActions())
        edit->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Webinar list"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        showAttendees();
        m_page->focusWebinars();
    });
    view->addAction(tr("&Attendee table"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        showAttendees();
        m_page->focusTable();
    });
    view->addAction(tr("All &webinars"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] {
        showAttendees();
        m_page->showAllWebinars();
    });
    m_showWebinarList = view->addAction(tr("Show webinar &list"));
    m_showWebinarList->setObjectName(QStringLiteral("showWebinarListAction"));
    m_showWebinarList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_showWebinarList->setCheckable(true);
    m_showWebinarList->setChecked(m_page->webinarListShown());
    connect(m_showWebinarList, &QAction::toggled, this, [this](bool shown) {
        showAttendees();
        m_page->setWebinarListShown(shown);
    });
    connect(m_page, &AttendeesPage::webinarListShownChanged, m_showWebinarList, &QAction::setChecked);
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::reloadFromStore);

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_copyHook = m_toolsMenu->addAction(tr("Copy the &hook URL"), this, [this] {
        m_actions->copy(m_deps.listener.localHookUrl(), tr("hook URL"));
    });
    m_copyHook->setEnabled(m_deps.listener.listening);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Filter syntax"), this, [this] {
        QMessageBox::information(this, tr("Filter syntax"), FilterBar::grammarHelp());
    });
    help->addAction(tr("&About HookDesk"), this, &MainWindow::showAbout);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addTab(page, title);
}

void MainWindow::showAttendees()
{
    m_pages->setCurrentWidget(m_page);
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_quit, action);
}

void MainWindow::showExport()
{
    // The dialog offers what the table shows now: the filter, or the chosen webinar.
    ExportDialog::Context context;
    context.databasePath = m_deps.databasePath;
    context.currentFilter = m_page->currentFilter();
    context.order = m_page->model()->order();
    context.lastFolder = m_deps.settings->lastExportFolder();
    if (const auto webinar = m_page->webinarPanel()->currentWebinar()) {
        context.selectedWebinarId = webinar->webinarId;
        context.selectedWebinarTitle = webinar->title;
    }
    auto *dialog = new ExportDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool attendees = context.currentFilter.people == AttendeeFilter::People::Attended;
    connect(dialog, &ExportDialog::exported, this, [this, attendees](const QString &path, qint64 rows) {
        m_deps.settings->setLastExportFolder(QFileInfo(path).absolutePath());
        statusBar()->showMessage(attendees ? tr("Exported %Ln attendee(s) to %1", nullptr, int(rows)).arg(path)
                                           : tr("Exported %Ln row(s) to %1", nullptr, int(rows)).arg(path),
                                 10000);
    });
    dialog->open();
}

AttendeeFilter MainWindow::currentFilter() const
{
    return m_page->currentFilter();
}

AttendeeTableModel *MainWindow::attendeeModel() const
{
    return m_page->model();
}

void MainWindow::reloadFromStore()
{
    // One read at a time: changes meanwhile are picked up by one more.
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    const QDateTime today = Clock::currentDate().startOfDay();
    m_storeReader->run<StoreSnapshot>(
            [today](SqliteDatabase &db, QString *error) {
                StoreSnapshot snapshot;
                snapshot.opened = true;
                snapshot.webinars = WebinarQuery::list(db, error);
                snapshot.ok = error->isEmpty() && StoreTotals::read(db, today, &snapshot.totals, error);
                return snapshot;
            },
            [this](const StoreSnapshot &snapshot, const QString &error) {
                m_reloading = false;
                showStore(snapshot, error);
                if (m_reloadAgain) {
                    m_reloadAgain = false;
                    reloadFromStore();
                }
            });
}

void MainWindow::showStore(const StoreSnapshot &snapshot, const QString &error)
{
    if (!snapshot.opened) {
        if (!m_storeUnreadable) {
            m_storeUnreadable = true;
            qCWarning(lcUi) << "cannot read the database:" << error;
            statusBar()->showMessage(tr("Cannot read the attendee database: %1").arg(error));
            m_page->storeUnreadable();
        }
        return;
    }
    if (!snapshot.ok) {
        qCWarning(lcUi) << "cannot read totals:" << error;
        statusBar()->showMessage(tr("Cannot read the attendee database: %1").arg(error), 10000);
        m_page->storeUnreadable();
        return;
    }
    m_page->storeChanged(snapshot.webinars, snapshot.totals);
    m_status->setTotals(snapshot.totals);
    emit storeReloaded();
}

void MainWindow::setPublicBaseUrl(const QUrl &base)
{
    m_status->setPublicBaseUrl(base);
    m_page->firstRunPanel()->setPublicBaseUrl(base);
}

void MainWindow::setHooks(const QList<Hook> &hooks)
{
    m_status->setHooks(hooks);
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
}

void MainWindow::setListenerStatus(const ListenerStatus &listener)
{
    m_deps.listener = listener;
    m_status->setListener(listener);
    m_copyHook->setEnabled(listener.listening);
}

void MainWindow::saveSettings()
{
    m_deps.settings->setWindowGeometry(saveGeometry());
    m_deps.settings->setWindowState(saveState());
    m_page->saveSettings();
    m_deps.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About HookDesk"),
                       tr("<h3>HookDesk %1</h3><p>Catches TagMango's webinar.completed.all webhooks "
                          "and keeps a clean, searchable list of every attendee.</p>"
                          "<p>Attendees are kept in<br><code>%2</code></p>")
                               .arg(AppInfo::version(), m_deps.databasePath.toHtmlEscaped()));
}

} // namespace hookdesk
