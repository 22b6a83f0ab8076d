// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications as the user meets them: one per webinar burst, one per run of
// refused requests with the reason from the delivery log, debounced, and
// switchable off. The clock is a MockClock the test moves; no sleeping.
#include "settings/AppSettings.h"
#include "DeliverySeeder.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "shell/TrayController.h"
#include "store/BackgroundReader.h"
#include "store/StoreWriter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMainWindow>
#include <QPixmap>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QWindow>

using namespace hookdesk;
using test::DeliverySeeder;

namespace {

CommitSummary stored(const QString &webinarId, const QString &title, int n)
{
    CommitSummary s;
    s.stored = n;
    s.storedPerWebinar.insert(webinarId, n);
    s.webinarTitles.insert(webinarId, title);
    return s;
}

CommitSummary rejected(int n)
{
    CommitSummary s;
    s.rejected = n;
    return s;
}

struct World
{
    // First: the writer and the reader read it on their threads until they stop.
    test::MockClock clock{QDateTime(QDate(2026, 3, 14), QTime(15, 0), Qt::UTC)};
    test::TestDatabase file;
    StoreWriter writer;
    std::unique_ptr<BackgroundReader> reader;
    std::unique_ptr<AppSettings> settings;
    QMainWindow window;
    std::unique_ptr<TrayController> tray;

    bool open(bool trayAvailable)
    {
        QString error;
        StoreWriter::Options options;
        options.databasePath = file.path();
        if (!writer.start(options, &error))
            return false;
        reader = std::make_unique<BackgroundReader>(file.path());
        settings = std::make_unique<AppSettings>(file.folder() + QStringLiteral("/settings.ini"));
        TrayController::Options trayOptions;
        trayOptions.trayAvailable = trayAvailable;
        trayOptions.notifier.tickIntervalMs = 0; // the test ticks
        window.resize(600, 400);
        window.show();
        tray = std::make_unique<TrayController>(&window, settings.get(), reader.get(), trayOptions);
        return true;
    }

    ~World()
    {
        tray.reset();
        reader.reset();
        writer.stop();
    }

    // The title bar's close button: the window system sends the window a close
    // event, which reaches the widget as a spontaneous one.
    void closeFromTitleBar()
    {
        QCloseEvent event;
        QCoreApplication::sendEvent(window.windowHandle(), &event);
    }

    // One-second ticks, as the app's timer would.
    void advance(int ms)
    {
        for (int t = 0; t < ms; t += 1000) {
            clock.advanceMSecs(std::min(1000, ms - t));
            tray->notifier()->tick();
        }
    }
    QDateTime wall() const { return clock.nowUtc(); }
};

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void burstIsOneNotification();
    void secondBurstSoonAfterWaitsItsTurn();
    void refusedRunNamesTheReason();
    void notificationsCanBeTurnedOff();
    void withoutTrayClosingQuitsAndMessagesGoToTheStatusBar();
    void closeToTrayKeepsRunning();
};

void TestTrayController::initTestCase()
{
    QPixmap icon(32, 32);
    icon.fill(Qt::darkGreen);
    QApplication::setWindowIcon(QIcon(icon));
}

void TestTrayController::burstIsOneNotification()
{
    World w;
    QVERIFY(w.open(false));
    QSignalSpy shown(w.tray.get(), &TrayController::shown);
    // 248 attendees in 31 commits over 15 s, as a webinar's end arrives.
    for (int i = 0; i < 31; ++i) {
        w.tray->notifier()->addCommit(stored(QStringLiteral("6650c1f2"), QStringLiteral("Options Trading Masterclass"), 8));
        w.advance(500);
    }
    QCOMPARE(shown.count(), 0);
    w.advance(9000);
    QCOMPARE(shown.count(), 0); // 10 s of quiet not yet reached
    w.advance(1000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(1).toString(), QStringLiteral("Webinar ‘Options Trading Masterclass’: 248 attendees received"));
    // No tray here: the message is in the window's status bar.
    QCOMPARE(w.window.statusBar()->currentMessage(), shown.first().at(1).toString());
    w.advance(120000);
    QCOMPARE(shown.count(), 1);
}

void TestTrayController::secondBurstSoonAfterWaitsItsTurn()
{
    World w;
    QVERIFY(w.open(false));
    QSignalSpy shown(w.tray.get(), &TrayController::shown);
    w.tray->notifier()->addCommit(stored(QStringLiteral("w"), QStringLiteral("Yoga for Beginners"), 1));
    w.advance(10000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Webinar ‘Yoga for Beginners’: 1 attendee received"));
    // A straggler 15 s later: held until a minute after the first notification.
    w.tray->notifier()->addCommit(stored(QStringLiteral("w"), QStringLiteral("Yoga for Beginners"), 2));
    w.advance(30000);
    QCOMPARE(shown.count(), 1);
    w.advance(30000);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Webinar ‘Yoga for Beginners’: 2 attendees received"));
    // A simulated webinar says it is test data.
    w.tray->notifier()->addCommit(stored(QStringLiteral("hookdesk-sim-20260314-150000"), QStringLiteral("Simulated webinar"), 1000));
    w.advance(10000);
    QCOMPARE(shown.count(), 3);
    QCOMPARE(shown.last().at(1).toString(), QStringLiteral("Webinar ‘Simulated webinar’: %1 attendees received (test data)")
                                                    .arg(QLocale().toString(1000)));
}

void TestTrayController::refusedRunNamesTheReason()
{
    World w;
    QVERIFY(w.open(false));
    QSignalSpy shown(w.tray.get(), &TrayController::shown);
    // 14 calls with a wrong secret and one unknown hook, 4 s apart, logged at the
    // fake clock's times; each commit tells the notifier.
    QString error;
    for (int i = 0; i < 15; ++i) {
        const auto d = i == 7 ? DeliverySeeder::refused(w.wall(), 404, QStringLiteral("unknown hook"), 0,
                                                        QStringLiteral("/hooks/Zx81kQ…"))
                              : DeliverySeeder::refused(w.wall(), 401,
                                                        QStringLiteral("wrong secret in header x-tagmango-secret"), 1,
                                                        QStringLiteral("/hooks/AbCdEf…"));
        QVERIFY2(DeliverySeeder::write(w.writer, {d}, &error), qPrintable(error));
        w.tray->notifier()->addCommit(rejected(1));
        w.advance(4000);
    }
    w.advance(10000);
    // The reasons are read from the log in the background.
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("HookDesk: requests refused"));
    const QString since = QLocale().toString(QTime(15, 0), QLocale::ShortFormat);
    QCOMPARE(shown.first().at(1).toString(),
             QStringLiteral("15 requests refused since %1. Most: 401 wrong secret in header x-tagmango-secret (14).").arg(since));
}

void TestTrayController::notificationsCanBeTurnedOff()
{
    World w;
    QVERIFY(w.open(false));
    QSignalSpy shown(w.tray.get(), &TrayController::shown);
    w.settings->setNotificationsEnabled(false);
    w.tray->applySettings();
    w.tray->notifier()->addCommit(stored(QStringLiteral("w"), QStringLiteral("Quiet"), 50));
    w.tray->notifier()->addCommit(rejected(5));
    w.advance(200000);
    QCOMPARE(shown.count(), 0);
    w.settings->setNotificationsEnabled(true);
    w.tray->applySettings();
    w.tray->notifier()->addCommit(stored(QStringLiteral("w"), QStringLiteral("Loud"), 3));
    w.advance(10000);
    QCOMPARE(shown.count(), 1);
}

void TestTrayController::withoutTrayClosingQuitsAndMessagesGoToTheStatusBar()
{
    World w;
    QVERIFY(w.open(false));
    QVERIFY(!w.tray->isTrayAvailable());
    QVERIFY(w.tray->trayUnavailableReason().contains(QLatin1String("no system tray")));
    w.settings->setCloseToTray(true); // e.g. set on another desktop
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.closeFromTitleBar();
    QTRY_VERIFY(!w.window.isVisible());
}

void TestTrayController::closeToTrayKeepsRunning()
{
    World w;
    QVERIFY(w.open(true));
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.settings->setCloseToTray(true);
    QVERIFY(!w.settings->trayHintShown());
    bool quitRequested = false;
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, [&quitRequested] { quitRequested = true; });

    w.closeFromTitleBar(); // the ✕: hide to the tray
    QVERIFY(!w.window.isVisible());
    QVERIFY(w.settings->trayHintShown()); // the first time, a hint says where HookDesk went
    QVERIFY(!quitRequested);

    w.window.show();
    w.settings->setCloseToTray(false);
    w.closeFromTitleBar();
    QTRY_VERIFY(!w.window.isVisible());

    // File → Quit (a close from the program) always closes, tray or not.
    w.window.show();
    w.settings->setCloseToTray(true);
    QVERIFY(w.window.close());
}

QTEST_MAIN(TestTrayController)
#include "tst_TrayController.moc"
