// SPDX-License-Identifier: GPL-3.0-or-later
// The monitoring features inside the real main window, with a real listener:
// simulating a webinar through HTTP, removing the test data, changing settings
// without a restart, and the pages and menus that reach them.
#include "settings/AppSettings.h"
#include "deliveries/DeliveriesPage.h"
#include "FakeSecretStore.h"
#include "FreePort.h"
#include "deliveries/DeliveryTableModel.h"
#include "HttpClient.h"
#include "listener/ListenerControl.h"
#include "shell/MainWindow.h"
#include "shell/MonitorFeatures.h"
#include "listener/MonitorPage.h"
#include "settings/SettingsDialog.h"
#include "listener/SimulateDialog.h"
#include "shell/StatusBarPanel.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTest>

using namespace hookdesk;
namespace HttpClient = hookdesk::test::HttpClient;

namespace {

struct World
{
    test::TestDatabase file;
    HookDirectory hooks;
    StoreWriter writer{&hooks};
    IntakeService intake{&writer, &hooks};
    std::unique_ptr<AppSettings> settings;
    test::FakeSecretStore keychain;
    Hook hook;
    QList<DesktopActions::Confirmation> asked;
    bool answer = true;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<MonitorFeatures> features;

    bool open()
    {
        QString error;
        StoreWriter::Options options;
        options.databasePath = file.path();
        if (!writer.start(options, &error))
            return false;
        {
            SqliteDatabase db;
            db.open(file.path(), SqliteDatabase::Mode::ReadWrite);
            const auto added = HookRepository::add(db, QStringLiteral("webinar.completed.all"), QString(), &error);
            if (!added)
                return false;
            hook = *added;
        }
        writer.runTask([](SqliteDatabase &) {});
        settings = std::make_unique<AppSettings>(file.folder() + QStringLiteral("/settings.ini"));
        settings->setListenPort(test::freePort());
        ListenerStatus listener;
        listener.listening = intake.start(settings->intakeOptions(), &listener.error);
        if (!listener.listening)
            return false;
        listener.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(intake.port());
        listener.hookPath = hook.path();

        MainWindow::Dependencies deps;
        deps.databasePath = file.path();
        deps.writer = &writer;
        deps.listener = listener;
        deps.settings = settings.get();
        deps.openUrl = [](const QUrl &) { return true; };
        deps.confirm = [](QWidget *, const DesktopActions::Confirmation &) { return false; };
        deps.refreshIntervalMs = 50;
        window = std::make_unique<MainWindow>(deps);

        MonitorFeatures::Dependencies monitoring;
        monitoring.databasePath = file.path();
        monitoring.writer = &writer;
        monitoring.hooks = &hooks;
        monitoring.intake = &intake;
        monitoring.settings = settings.get();
        monitoring.hookPath = hook.path();
        monitoring.listener = listener;
        monitoring.keychain = &keychain;
        monitoring.confirm = [this](QWidget *, const DesktopActions::Confirmation &c) {
            asked.append(c);
            return answer;
        };
        monitoring.tray.trayAvailable = false;
        monitoring.tray.notifier.tickIntervalMs = 0;
        monitoring.tray.clock = [this] { return now; };
        monitoring.refreshIntervalMs = 50;
        features = std::make_unique<MonitorFeatures>(window.get(), monitoring);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~World()
    {
        features.reset();
        window.reset();
        intake.stop();
        writer.stop();
    }

    QTabWidget *tabs() const { return window->findChild<QTabWidget *>(); }
    void advance(int ms)
    {
        for (int t = 0; t < ms; t += 1000) {
            now += 1000;
            features->tray()->notifier()->tick();
        }
    }
};

} // namespace

class TestMonitorFeatures : public QObject
{
    Q_OBJECT
private slots:
    void hookAddedElsewhereReachesTheStatusBar();
    void pagesAndMenus();
    void simulateARemoveItAgain();
    void simulationNeedsAListener();
    void simulateAWholeWebinar();
    void settingsApplyWithoutRestart();
    void settingsValidate();
    void keychainState_data();
    void keychainState();
    void refusedRequestsAreOneClickAway();
};

void TestMonitorFeatures::pagesAndMenus()
{
    World w;
    QVERIFY(w.open());
    QStringList titles;
    for (int i = 0; i < w.tabs()->count(); ++i)
        titles.append(w.tabs()->tabText(i));
    QCOMPARE(titles, (QStringList{QStringLiteral("Attendees"), QStringLiteral("Listener"), QStringLiteral("Deliveries")}));
    QMenu *tools = w.window->toolsMenu();
    QStringList actions;
    for (QAction *a : tools->actions())
        actions.append(a->text());
    QVERIFY2(actions.contains(QStringLiteral("&Simulate a webinar…")), qPrintable(actions.join(QLatin1Char('|'))));
    QVERIFY(actions.contains(QStringLiteral("&Remove test data…")));
    QVERIFY(actions.contains(QStringLiteral("Se&ttings…")));
}

void TestMonitorFeatures::simulateARemoveItAgain()
{
    World w;
    QVERIFY(w.open());
    SimulateDialog *dialog = w.features->openSimulation();
    QSignalSpy finished(dialog, &SimulateDialog::simulationFinished);
    dialog->setCount(300);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSimulation")), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto result = finished.first().first().value<WebinarSimulator::Result>();
    QCOMPARE(result.stored, 300);
    QVERIFY(result.ok());
    QVERIFY2(dialog->resultText().contains(QLatin1String("Stored: 300")), qPrintable(dialog->resultText()));
    QVERIFY2(dialog->resultText().contains(QLatin1String("duplicates: 0")), qPrintable(dialog->resultText()));
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("simulateProgress"))->format(),
             QStringLiteral("300 of 300 sent"));
    QCOMPARE(w.file.count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 300);

    // Everything the creator looks at shows it: the inspector, the counters, the chart ...
    DeliveriesPage *page = w.features->deliveriesPage();
    QTRY_COMPARE(page->model()->matchingCount(), 300);
    QCOMPARE(page->model()->rowAt(0)->outcome, QStringLiteral("stored"));
    MonitorPage *monitor = w.features->monitorPage();
    QTRY_VERIFY2(monitor->countersText().contains(QStringLiteral("stored <b>300</b> · duplicates: 0")), qPrintable(monitor->countersText()));
    QTRY_VERIFY2(monitor->lastHourText().contains(QLatin1String("300 accepted")), qPrintable(monitor->lastHourText()));
    QTRY_VERIFY(w.window->statusPanel()->countsText().contains(QLatin1String("300 attendees")));
    // ... and one notification once the burst is over.
    QSignalSpy shown(w.features->tray(), &TrayController::shown);
    QTRY_VERIFY(w.features->tray()->notifier()->pendingCount() == 1);
    w.advance(11000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(1).toString(), QStringLiteral("Webinar ‘Simulated webinar’: 300 attendees received (test data)"));

    // A real attendee arrives too; removing test data keeps it.
    QCOMPARE(HttpClient::request(w.intake.port(), "POST", w.hook.path().toUtf8(), HttpClient::attendeeBody(1)).status, 200);
    w.features->removeTestData();
    QTRY_COMPARE(w.asked.size(), 1);
    QCOMPARE(w.asked.first().text, QStringLiteral("Remove 300 test attendees and registrations?"));
    QCOMPARE(w.asked.first().acceptLabel, QStringLiteral("Remove test data"));
    QTRY_COMPARE(w.file.count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 0);
    QCOMPARE(w.file.count(QStringLiteral("SELECT count(*) FROM attendees")), 1);
    QTRY_VERIFY(w.window->statusPanel()->countsText().contains(QLatin1String("1 attendee")));
    QTRY_COMPARE(page->model()->matchingCount(), 1); // their logged requests went with them

    // Nothing left: nothing to ask. The count is read in the background; its
    // answer (a status message) is the barrier, not a guess of how long it takes.
    QSignalSpy messages(w.features.get(), &MonitorFeatures::message);
    const auto told = [&messages] {
        for (const QList<QVariant> &args : std::as_const(messages)) {
            if (args.at(0).toString() == QStringLiteral("There is no test data to remove."))
                return true;
        }
        return false;
    };
    w.features->removeTestData();
    QTRY_VERIFY(told());
    QCOMPARE(w.asked.size(), 1);
}

void TestMonitorFeatures::simulationNeedsAListener()
{
    World w;
    QVERIFY(w.open());
    w.features->listenerControl()->stop();
    SimulateDialog *dialog = w.features->openSimulation();
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("startSimulation"))->isEnabled());
    QVERIFY(dialog->resultText().contains(QLatin1String("listener is not running")));
    QVERIFY(!dialog->startSimulation());
}

void TestMonitorFeatures::simulateAWholeWebinar()
{
    World w;
    QVERIFY(w.open());
    SimulateDialog *dialog = w.features->openSimulation();
    auto *whole = dialog->findChild<QRadioButton *>(QStringLiteral("simulateWholeWebinar"));
    auto *showUp = dialog->findChild<QSpinBox *>(QStringLiteral("simulateShowUp"));
    auto *walkIns = dialog->findChild<QSpinBox *>(QStringLiteral("simulateWalkIns"));
    QVERIFY(whole && showUp && walkIns);
    QVERIFY(whole->isEnabled());
    QVERIFY(!showUp->isEnabled()); // attendees only, at first
    QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
    QVERIFY(whole->isChecked());
    QVERIFY(showUp->isEnabled() && walkIns->isEnabled());
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("startSimulation"))->text(),
             QStringLiteral("&Play the webinar"));
    dialog->setCount(40);
    showUp->setValue(50);
    walkIns->setValue(3);

    QSignalSpy finished(dialog, &SimulateDialog::simulationFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSimulation")), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto result = finished.first().first().value<WebinarSimulator::Result>();
    QVERIFY(result.wholeWebinar);
    QCOMPARE(result.errors, 0);
    // Bookings are answered either way (422 until the listener reads them).
    QCOMPARE(result.registrations.answered(), 40);
    QCOMPARE(result.reminders.accepted(), 120);
    QCOMPARE(result.attended, 20);
    QCOMPARE(result.attendance.stored, 23);
    QCOMPARE(w.file.count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 23);
    const QString text = dialog->resultText();
    QVERIFY2(text.contains(QStringLiteral("registrations: 40 · reminders: 120 · attended: 20 · walk-ins: 3")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<b>Attendees stored: 23</b>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Added a hook for webinar.created.single, webinar.reminder.all.")), qPrintable(text));
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("simulateProgress"))->format(),
             QStringLiteral("183 of 183 sent"));
    const auto hooksOf = [&w](const char *event) {
        return w.file.count(QStringLiteral("SELECT count(*) FROM subscriptions WHERE retired_at IS NULL AND event = '%1'")
                                    .arg(QLatin1String(event)));
    };
    QCOMPARE(hooksOf("webinar.created.single"), 1);
    QCOMPARE(hooksOf("webinar.reminder.all"), 1);

    // Again: the same hooks, nothing added.
    QVERIFY(dialog->startSimulation());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY2(!dialog->resultText().contains(QLatin1String("Added a hook")), qPrintable(dialog->resultText()));
    QCOMPARE(finished.last().first().value<WebinarSimulator::Result>().reminders.accepted(), 120);
    QCOMPARE(hooksOf("webinar.created.single"), 1);
    QCOMPARE(hooksOf("webinar.reminder.all"), 1);
}

void TestMonitorFeatures::settingsApplyWithoutRestart()
{
    World w;
    QVERIFY(w.open());
    const quint16 old = w.intake.port();
    SettingsDialog *dialog = w.features->openSettings();
    const quint16 port = test::freePort();
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsPort"))->setValue(port);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsMaxBody"))->setValue(128);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsRetentionDays"))->setValue(7);
    dialog->findChild<QCheckBox *>(QStringLiteral("settingsNotifications"))->setChecked(false);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("hi")));
    QCOMPARE(language->currentText(), QStringLiteral("हिन्दी"));

    SettingsDialog::Changes changes;
    QVERIFY(dialog->apply(&changes));
    QVERIFY(changes.listener && changes.retention && changes.desktop && changes.language);
    QVERIFY(!changes.publicUrl);
    // The listener moved at once; the old port is free again.
    QCOMPARE(w.intake.port(), port);
    QCOMPARE(HttpClient::request(port, "GET", "/healthz").status, 200);
    QCOMPARE(HttpClient::request(old, "GET", "/healthz", {}, {}, 2000).status, 0);
    // The status bar names the new address (in the hook URL beside "Listening").
    QVERIFY(w.window->findChild<QLabel *>(QStringLiteral("hookUrl"))->text().contains(QStringLiteral(":%1/").arg(port)));
    QVERIFY(w.window->findChild<QLabel *>(QStringLiteral("listenerState"))->toolTip().contains(QString::number(port)));
    // The new body limit is in force: 100 KiB passed the old 64 KiB limit and
    // reached the JSON parser (400), where it used to be refused as too large (413).
    QCOMPARE(HttpClient::request(port, "POST", w.hook.path().toUtf8(), QByteArray(100 * 1024, 'x')).status, 400);
    QCOMPARE(HttpClient::request(port, "POST", w.hook.path().toUtf8(), QByteArray(130 * 1024, 'x')).status, 413);
    // ... and everything is kept for the next start.
    QCOMPARE(w.settings->listenPort(), port);
    QCOMPARE(w.settings->maxBodyBytes(), 128 * 1024);
    QCOMPARE(w.settings->deliveryRetentionDays(), 7);
    QVERIFY(!w.settings->notificationsEnabled());
    QVERIFY(!w.features->tray()->notifier()->isEnabled());
    QCOMPARE(w.settings->language(), QStringLiteral("hi"));
}

void TestMonitorFeatures::settingsValidate()
{
    World w;
    QVERIFY(w.open());
    SettingsDialog *dialog = w.features->openSettings();
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("settingsPublicUrl"));
    url->setText(QStringLiteral("ftp://example.com"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problem().contains(QLatin1String("https://")));
    QVERIFY(!dialog->apply());
    url->setText(QStringLiteral("https://quiet-river-4821.trycloudflare.com"));
    QVERIFY(ok->isEnabled());
    dialog->findChild<QComboBox *>(QStringLiteral("settingsAddress"))->setEditText(QStringLiteral("localhost"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problem().contains(QLatin1String("not an IP address")));
    dialog->findChild<QComboBox *>(QStringLiteral("settingsAddress"))->setEditText(QStringLiteral("127.0.0.1"));
    QVERIFY(ok->isEnabled());
    // No system tray here: the option says why it cannot be used.
    auto *tray = dialog->findChild<QCheckBox *>(QStringLiteral("settingsCloseToTray"));
    QVERIFY(!tray->isEnabled());
    QVERIFY(tray->toolTip().contains(QLatin1String("no system tray")));
    SettingsDialog::Changes changes;
    QVERIFY(dialog->apply(&changes));
    QVERIFY(changes.publicUrl && !changes.listener);
    QCOMPARE(w.settings->publicBaseUrl(), QUrl(QStringLiteral("https://quiet-river-4821.trycloudflare.com")));
}

void TestMonitorFeatures::keychainState_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("key_stored") << int(SecretResult::Status::Ok) << QStringLiteral("✔ The system keychain works, and your");
    QTest::newRow("no_key_yet") << int(SecretResult::Status::NotFound) << QStringLiteral("No API key is stored yet");
    QTest::newRow("no_keychain") << int(SecretResult::Status::Unavailable)
                                 << QStringLiteral("✕ No keychain here. An API key you enter is kept only until HookDesk quits.");
}

void TestMonitorFeatures::keychainState()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    World w;
    w.keychain.answer.status = SecretResult::Status(status);
    w.keychain.answer.message = QStringLiteral("No keychain here.");
    QVERIFY(w.open());
    SettingsDialog *dialog = w.features->openSettings();
    QVERIFY2(dialog->keychainText().contains(text), qPrintable(dialog->keychainText()));
}

void TestMonitorFeatures::refusedRequestsAreOneClickAway()
{
    World w;
    QVERIFY(w.open());
    QCOMPARE(HttpClient::request(w.intake.port(), "POST", "/hooks/not-a-token", HttpClient::attendeeBody(1)).status, 404);
    QCOMPARE(HttpClient::request(w.intake.port(), "POST", w.hook.path().toUtf8(), "{}").status, 422);
    QCOMPARE(HttpClient::request(w.intake.port(), "POST", w.hook.path().toUtf8(), HttpClient::attendeeBody(2)).status, 200);
    w.tabs()->setCurrentIndex(0);
    QTest::mouseClick(w.features->monitorPage()->findChild<QPushButton *>(QStringLiteral("showRefused")), Qt::LeftButton);
    QCOMPARE(w.tabs()->currentWidget(), w.features->deliveriesPage());
    DeliveriesPage *page = w.features->deliveriesPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QCOMPARE(page->model()->rowAt(0)->status, 422);
    QCOMPARE(page->model()->rowAt(1)->status, 404);
    QCOMPARE(page->model()->rowAt(1)->reason, QStringLiteral("unknown hook"));
}

// `hookdesk hook add` in another process while the window is open: the status
// bar says there is another active hook within the writer's maintenance tick.
void TestMonitorFeatures::hookAddedElsewhereReachesTheStatusBar()
{
    World w;
    QVERIFY(w.open());
    auto *others = w.window->statusBar()->findChild<QToolButton *>(QStringLiteral("otherHooks"));
    QVERIFY(others);
    {
        SqliteDatabase db;
        QVERIFY(db.open(w.file.path(), SqliteDatabase::Mode::ReadWrite));
        QString error;
        QVERIFY2(HookRepository::add(db, QStringLiteral("webinar.reminder.all"), QString(), &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(others->isVisible(), 5000);
    QCOMPARE(others->text(), QStringLiteral("+1 other active hook"));
    // Retired there too: the bar follows.
    {
        SqliteDatabase db;
        QVERIFY(db.open(w.file.path(), SqliteDatabase::Mode::ReadWrite));
        QString error;
        for (const Hook &hook : HookRepository::list(db, &error)) {
            if (hook.event == QLatin1String("webinar.reminder.all"))
                QVERIFY(HookRepository::retire(db, hook.token, &error));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(others->isHidden(), 5000);
    // The hook the window shows stays the one it listens on.
    QVERIFY(w.window->statusPanel()->copiedUrl().endsWith(w.hook.path()));
}

QTEST_MAIN(TestMonitorFeatures)
#include "tst_MonitorFeatures.moc"
