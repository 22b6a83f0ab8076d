// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven like a user would: typing a filter, clicking replay
// buttons, deleting with a confirmation, attendees arriving while it is open.
// Everything runs on a temporary database with a real StoreWriter; the browser
// and the confirmation dialog are injected fakes.
#include "settings/AppSettings.h"
#include "AttendeeSeeder.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeeTablePanel.h"
#include "attendees/AttendeesPage.h"
#include "export/ExportDialog.h"
#include "attendees/FilterBar.h"
#include "shell/MainWindow.h"
#include "shell/StoreHealthBanner.h"
#include "attendees/ReplayButtonDelegate.h"
#include "shell/StatusBarPanel.h"
#include "TestDatabase.h"
#include "attendees/WebinarListModel.h"
#include "attendees/WebinarListPanel.h"
#include "intake/IntakeService.h"
#include "store/AttendeeQuery.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "tagmango/EventCatalogue.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QApplication>
#include <QClipboard>
#include <QTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

#include <atomic>

using namespace hookdesk;

namespace {

AttendeeRecord attendee(const QString &name, const QString &webinarId, const QString &link,
                        const QString &email = QString())
{
    AttendeeRecord a;
    a.name = name;
    a.email = email.isEmpty() ? name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com")
                              : email;
    a.phone = QStringLiteral("+91 98765 43210");
    a.webinarId = webinarId;
    a.webinarTitle = QStringLiteral("Webinar ") + webinarId;
    a.recordingUrl = link;
    return a;
}

// One test's world: database, writer, settings, fakes, and the window.
struct Fixture
{
    test::TestDatabase file;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<AppSettings> settings;
    QList<QUrl> opened;
    bool openWorks = true; // false: the browser does not open (openUrl fails)
    QList<DesktopActions::Confirmation> asked;
    bool answer = true;
    int busyTimeoutMs = 5000;
    std::unique_ptr<MainWindow> window;
    QString windowDatabasePath; // empty: the fixture's database
    ListenerStatus listener{true, QStringLiteral("http://127.0.0.1:8787"), QStringLiteral("/hooks/test-token"), {}};

    Fixture() { settings = std::make_unique<AppSettings>(file.folder() + QStringLiteral("/settings.ini")); }

    ~Fixture()
    {
        window.reset();
        if (writer)
            writer->stop();
    }

    bool seed(qint64 count, int webinars = 6)
    {
        SqliteDatabase db;
        QString error;
        if (!db.open(file.path(), SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, &error))
            return false;
        test::AttendeeSeeder::Options options;
        options.attendees = count;
        options.webinars = webinars;
        return test::AttendeeSeeder(db).realistic(options, &error);
    }

    bool add(const AttendeeRecord &a)
    {
        SqliteDatabase db;
        QString error;
        if (!db.open(file.path(), SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, &error))
            return false;
        return test::AttendeeSeeder(db).insert(a, QDateTime::currentDateTimeUtc(), &error) > 0;
    }

    // Builds the window without waiting for anything it reads in the background.
    MainWindow *build()
    {
        if (!writer) {
            writer = std::make_unique<StoreWriter>();
            StoreWriter::Options options;
            options.databasePath = file.path();
            options.busyTimeoutMs = busyTimeoutMs;
            QString error;
            if (!writer->start(options, &error)) {
                qWarning() << error;
                return nullptr;
            }
        }
        MainWindow::Dependencies deps;
        deps.databasePath = windowDatabasePath.isEmpty() ? file.path() : windowDatabasePath;
        deps.writer = writer.get();
        deps.listener = listener;
        deps.settings = settings.get();
        deps.openUrl = [this](const QUrl &url) {
            opened.append(url);
            return openWorks;
        };
        deps.confirm = [this](QWidget *, const DesktopActions::Confirmation &c) {
            asked.append(c);
            return answer;
        };
        deps.refreshIntervalMs = 50;
        window = std::make_unique<MainWindow>(deps);
        return window.get();
    }

    // Shows the window once it has read the store (in the background).
    MainWindow *open()
    {
        if (!build())
            return nullptr;
        QSignalSpy loaded(window.get(), &MainWindow::storeReloaded);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (loaded.isEmpty() && !loaded.wait(10000))
            return nullptr;
        return window.get();
    }

    AttendeeTableModel *model() const { return window->attendeeModel(); }
    QTableView *table() const { return window->attendeesPage()->tablePanel()->view(); }

    qint64 count(const QString &text)
    {
        SqliteDatabase db;
        db.open(file.path(), SqliteDatabase::Mode::ReadOnly);
        AttendeeFilter filter;
        filter.text = text;
        QString error;
        return AttendeeQuery(db).count(filter, &error);
    }

    bool submit(const AttendeeRecord &a)
    {
        WriteRequest request;
        request.attendee = a;
        request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
        request.delivery.method = QStringLiteral("POST");
        request.delivery.status = 200;
        return writer->submit(std::move(request));
    }

    // The row (in the table) showing the attendee called `name`, once it is loaded.
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const auto a = model()->attendeeAt(row);
            if (a && a->name == name)
                return row;
        }
        return -1;
    }

    void clickReplay(int row)
    {
        const QModelIndex index = model()->index(row, AttendeeTableModel::ReplayColumn);
        table()->scrollTo(index);
        const QPoint centre = ReplayButtonDelegate::buttonRect(table()->visualRect(index)).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void firstRunTellsWhatToDo();
    void copyButtonsCopyThePublicUrl();
    void statusBarShowsTheHookTagMangoCalls();
    void storeIsReadInTheBackground();
    void unreadableStoreIsSaid();
    void firstRunSendsATestAttendee();
    void liveUpdatesInAnotherOrder();
    void typingAFilterChangesTheRows_data();
    void typingAFilterChangesTheRows();
    void badFilterKeepsTheRows();
    void filterOverTheLimitSaysSo();
    void choosingAWebinarFilters();
    void replayButtonOpensTheLink();
    void unsafeLinksNeverReachTheOpener_data();
    void unsafeLinksNeverReachTheOpener();
    void keyboardOpensTheReplay();
    void webinarReplayButton();
    void attendeesArriveWhileOpen();
    void selectionFollowsItsAttendee();
    void deleteAsksFirst();
    void deleteWebinarAsksFirst();
    void scrollingReadsLazily();
    void settingsPersist();
    void statusBarCounts();
    void ctrlFFocusesTheFilter();
    void exportStartsFromTheCurrentFilter();
    void menuKeyOpensTheCurrentRowsMenu();
    void databaseFailureIsShownUntilItClears();
    void menuShortcutsBringTheAttendeesTab();
    void rowActionsFollowTheSelection();
    void smallScreenKeepsTheReplayInView();
    void webinarListFoldsAndIsRemembered();
    void invertedDateRangeIsRefused();
    void countsUseTheChosenWebinarsTotal();
    void replayThatCannotOpenOffersTheLink();
};

void TestMainWindow::firstRunTellsWhatToDo()
{
    Fixture f;
    MainWindow *window = f.open();
    QVERIFY(window);
    QVERIFY(window->windowTitle().contains(QStringLiteral("HookDesk")));
    QVERIFY(window->attendeesPage()->showsFirstRun());
    QStringList texts;
    for (QLineEdit *field : window->findChildren<QLineEdit *>())
        texts << field->text();
    for (QPlainTextEdit *field : window->findChildren<QPlainTextEdit *>())
        texts << field->toPlainText();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("cloudflared tunnel --url http://127.0.0.1:8787")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("ngrok http 8787")));
    QVERIFY(all.contains(QStringLiteral("/hooks/test-token")));
    QVERIFY(all.contains(QStringLiteral("curl -X POST http://127.0.0.1:8787/hooks/test-token")));

    // The first attendee replaces the steps with the browser.
    QVERIFY(f.submit(attendee(QStringLiteral("First Person"), QStringLiteral("w1"),
                              QStringLiteral("https://example.com/r/w1"))));
    QTRY_VERIFY(!window->attendeesPage()->showsFirstRun());
    QTRY_COMPARE(f.model()->rowCount(), 1);
}

// Both Copy buttons copy a URL that can be pasted into TagMango as is: the
// public address typed once (and saved) followed by the hook path; never a
// placeholder, and the local URL only when it says it is local.
void TestMainWindow::copyButtonsCopyThePublicUrl()
{
    Fixture f;
    MainWindow *window = f.open();
    QVERIFY(window);
    auto *address = window->findChild<QLineEdit *>(QStringLiteral("publicAddress"));
    auto *hookUrl = window->findChild<QLineEdit *>(QStringLiteral("hookUrlToRegister"));
    auto *copy = window->findChild<QPushButton *>(QStringLiteral("copyHookUrl"));
    auto *problem = window->findChild<QLabel *>(QStringLiteral("publicAddressProblem"));
    QVERIFY(address && hookUrl && copy && problem);

    // Nothing known yet: nothing to paste into TagMango, and the bar says local.
    QVERIFY(hookUrl->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(window->statusPanel()->copiedUrl(), QStringLiteral("http://127.0.0.1:8787/hooks/test-token"));
    auto *barCopy = window->statusBar()->findChild<QToolButton *>(QStringLiteral("copyHookUrlBar"));
    QVERIFY(barCopy);
    QCOMPARE(barCopy->text(), QStringLiteral("Copy local URL"));

    // A private address cannot be called by TagMango: refused, nothing to copy.
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("localhost:8787"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(!copy->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("localhost")), qPrintable(problem->text()));
    QVERIFY(f.settings->publicBaseUrl().isEmpty());

    address->clear();
    QTest::keyClicks(address, QStringLiteral("abc-def.trycloudflare.com/"));
    QTest::keyClick(address, Qt::Key_Return);
    const QString expected = QStringLiteral("https://abc-def.trycloudflare.com/hooks/test-token");
    QCOMPARE(hookUrl->text(), expected);
    QVERIFY(copy->isEnabled());
    QVERIFY(problem->isHidden());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), expected);
    // Typed once: saved, and the status bar copies the same URL.
    QCOMPARE(f.settings->publicBaseUrl(), QUrl(QStringLiteral("https://abc-def.trycloudflare.com")));
    QCOMPARE(window->statusPanel()->copiedUrl(), expected);
    QCOMPARE(barCopy->text(), QStringLiteral("Copy URL"));
    QApplication::clipboard()->clear();
    QTest::mouseClick(barCopy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), expected);

    // Changed elsewhere (Subscriptions, Settings): both follow.
    window->setFocus();
    window->setPublicBaseUrl(QUrl(QStringLiteral("https://hooks.example.org/base")));
    QCOMPARE(hookUrl->text(), QStringLiteral("https://hooks.example.org/base/hooks/test-token"));
    QCOMPARE(window->statusPanel()->copiedUrl(), QStringLiteral("https://hooks.example.org/base/hooks/test-token"));
}

// Several active hooks (a draft Subscribe left, a reminder hook): the bar shows
// the one TagMango calls, says how many others answer, and leads to the list.
void TestMainWindow::statusBarShowsTheHookTagMangoCalls()
{
    Fixture f;
    MainWindow *window = f.open();
    QVERIFY(window);
    auto *others = window->statusBar()->findChild<QToolButton *>(QStringLiteral("otherHooks"));
    QVERIFY(others);
    QVERIFY(others->isHidden());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Hook started; // the hook the window was started on, registered and called
    started.id = 1;
    started.token = QStringLiteral("test-token");
    started.event = EventCatalogue::CompletedAll;
    started.apiBase = QStringLiteral("https://api.example.org");
    started.responseStatus = 200;
    started.createdAt = now.addDays(-3);
    started.deliveryCount = 1000;
    started.lastDeliveryAt = now.addDays(-1);
    Hook draft = started; // a later Subscribe TagMango refused
    draft.id = 2;
    draft.token = QStringLiteral("draft-token");
    draft.responseStatus = 401;
    draft.deliveryCount = 0;
    draft.lastDeliveryAt = QDateTime();
    draft.createdAt = now;
    Hook retired = draft;
    retired.id = 3;
    retired.token = QStringLiteral("old-token");
    retired.retiredAt = now;

    window->setHooks({started, retired, draft});
    QCOMPARE(window->statusPanel()->copiedUrl(), QStringLiteral("http://127.0.0.1:8787/hooks/test-token"));
    QVERIFY(others->isVisible());
    QCOMPARE(others->text(), QStringLiteral("+1 other active hook"));

    Hook reminders = draft;
    reminders.id = 4;
    reminders.token = QStringLiteral("reminder-token");
    reminders.event = QStringLiteral("webinar.reminder.all");
    reminders.responseStatus = 200;
    window->setHooks({started, retired, draft, reminders});
    QCOMPARE(others->text(), QStringLiteral("+2 other active hooks"));

    // A Subscribe that succeeded moves TagMango to a new hook: the bar follows
    // without a restart, and the old one counts among the others.
    Hook moved = started;
    moved.id = 5;
    moved.token = QStringLiteral("moved-token");
    moved.createdAt = now;
    moved.lastDeliveryAt = now;
    moved.deliveryCount = 1;
    window->setHooks({started, moved});
    QCOMPARE(window->statusPanel()->copiedUrl(), QStringLiteral("http://127.0.0.1:8787/hooks/moved-token"));
    QCOMPARE(others->text(), QStringLiteral("+1 other active hook"));

    QSignalSpy clicked(window->statusPanel(), &StatusBarPanel::otherHooksClicked);
    QTest::mouseClick(others, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);

    window->setHooks({moved});
    QVERIFY(others->isHidden());
}

// The window never reads the database on the GUI thread: built on an empty
// store, it shows neither the first-run steps nor the browser until the reader
// has answered.
void TestMainWindow::storeIsReadInTheBackground()
{
    Fixture f;
    MainWindow *window = f.build();
    QVERIFY(window);
    QSignalSpy loaded(window, &MainWindow::storeReloaded);
    QVERIFY(!window->attendeesPage()->showsFirstRun());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window->attendeesPage()->showsFirstRun());
}

// A database that cannot be opened is said in the status bar, and the window
// falls back to the first-run steps as if nothing had arrived yet.
void TestMainWindow::unreadableStoreIsSaid()
{
    Fixture f;
    f.windowDatabasePath = f.file.folder() + QStringLiteral("/missing/hookdesk.sqlite");
    MainWindow *window = f.build();
    QVERIFY(window);
    window->show();
    QTRY_VERIFY(window->attendeesPage()->showsFirstRun());
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Cannot read the attendee database: ")),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestMainWindow::firstRunSendsATestAttendee()
{
    // The button posts to the real listener: the attendee goes through HTTP,
    // the parser and the writer, and the window shows it.
    Fixture f;
    HookDirectory hooks;
    f.writer = std::make_unique<StoreWriter>(&hooks);
    StoreWriter::Options options;
    options.databasePath = f.file.path();
    QString error;
    QVERIFY2(f.writer->start(options, &error), qPrintable(error));
    std::optional<Hook> hook;
    {
        SqliteDatabase db;
        QVERIFY(db.open(f.file.path(), SqliteDatabase::Mode::ReadWrite));
        hook = HookRepository::add(db, EventCatalogue::CompletedAll, QString(), &error);
        QVERIFY2(hook, qPrintable(error));
    }
    f.writer->runTask([](SqliteDatabase &) {}); // reloads the hooks
    IntakeService intake(f.writer.get(), &hooks);
    IntakeServer::Options listen;
    listen.port = 0;
    QVERIFY2(intake.start(listen, &error), qPrintable(error));
    f.listener.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(intake.port());
    f.listener.hookPath = hook->path();
    MainWindow *window = f.open();
    QVERIFY(window);
    QVERIFY(window->attendeesPage()->showsFirstRun());
    auto *send = window->findChild<QPushButton *>(QStringLiteral("sendTestAttendee"));
    QVERIFY(send);
    QTRY_VERIFY(hooks.snapshot()->contains(hook->token));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->attendeesPage()->showsFirstRun(), 10000);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    QCOMPARE(f.model()->attendeeAt(0)->email, QStringLiteral("test.attendee@example.com"));
    window->close();
    intake.stop();
}

void TestMainWindow::liveUpdatesInAnotherOrder()
{
    // Sorted by name, newcomers land anywhere: rows are inserted, the cached
    // rows are re-read, and the model stays consistent throughout.
    Fixture f;
    QVERIFY(f.seed(600, 3));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 600);
    QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.model()->sort(AttendeeTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!f.model()->isLoading());
    f.table()->scrollTo(f.model()->index(300, 0), QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(f.model()->attendeeAt(300).has_value());
    for (int i = 0; i < 50; ++i) {
        QVERIFY(f.submit(attendee(QStringLiteral("%1 Newcomer").arg(QChar(u'A' + i % 26)),
                                  QStringLiteral("w"), QString(),
                                  QStringLiteral("newcomer%1@example.com").arg(i))));
    }
    QTRY_COMPARE(f.model()->rowCount(), 650);
    // Every row the view shows is the right one once re-read.
    SqliteDatabase db;
    QVERIFY(db.open(f.file.path(), SqliteDatabase::Mode::ReadOnly));
    QList<AttendeeRow> expected;
    QString error;
    QVERIFY(AttendeeQuery(db).page(AttendeeFilter{}, AttendeeOrder{AttendeeOrder::Key::Name, false}, 0, 1000, -1,
                                   &expected, &error));
    const int top = f.table()->rowAt(0);
    QTRY_VERIFY(f.model()->attendeeAt(top).has_value() && f.model()->attendeeAt(top)->id == expected[top].id);
    for (int row = top; row < top + 10; ++row) {
        QTRY_VERIFY(f.model()->attendeeAt(row).has_value());
        QCOMPARE(f.model()->attendeeAt(row)->id, expected[row].id);
    }
}

void TestMainWindow::typingAFilterChangesTheRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << QStringLiteral("priya");
    QTest::newRow("domain") << QStringLiteral("gmail.com");
    QTest::newRow("column_term") << QStringLiteral("email:yahoo");
    QTest::newRow("two_letters") << QStringLiteral("ra");
    QTest::newRow("negated") << QStringLiteral("-gmail");
    QTest::newRow("nothing_matches") << QStringLiteral("zzzqqq");
}

void TestMainWindow::typingAFilterChangesTheRows()
{
    QFETCH(QString, text);
    Fixture f;
    QVERIFY(f.seed(1200));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 1200);
    const qint64 expected = f.count(text);
    QVERIFY(expected < 1200);

    QLineEdit *edit = f.window->attendeesPage()->filterBar()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTRY_COMPARE(f.model()->rowCount(), int(expected));
    QTRY_COMPARE(f.model()->matchingCount(), expected);
    const QLabel *summary = f.window->findChild<QLabel *>(QStringLiteral("filterSummary"));
    QTRY_VERIFY2(summary->text().contains(QLocale().toString(expected)), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLocale().toString(1200)));
    if (expected > 0)
        QVERIFY(f.model()->attendeeAt(0).has_value());

    // Clearing brings everyone back.
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_COMPARE(f.model()->rowCount(), 1200);
}

void TestMainWindow::badFilterKeepsTheRows()
{
    Fixture f;
    QVERIFY(f.seed(300));
    QVERIFY(f.open());
    QLineEdit *edit = f.window->attendeesPage()->filterBar()->textEdit();
    QTest::keyClicks(edit, QStringLiteral("priya"));
    const int priyas = int(f.count(QStringLiteral("priya")));
    QTRY_COMPARE(f.model()->rowCount(), priyas);
    edit->insert(QStringLiteral(" after:soon")); // pasted: no valid filter on the way
    const QLabel *summary = f.window->findChild<QLabel *>(QStringLiteral("filterSummary"));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("2026-11-27")));
    // The bar refuses the text and the table applies filters at once, so by now a
    // new query would have been asked for: none was (no wait for one needed).
    QCOMPARE(f.model()->filter().text, QStringLiteral("priya"));
    QVERIFY(!f.model()->isLoading());
    QCOMPARE(f.model()->rowCount(), priyas);
}

// ~1000 terms used to reach SQLite ("Expression tree is too large"): the bar now
// names the limit, and the table keeps the last good result.
void TestMainWindow::filterOverTheLimitSaysSo()
{
    Fixture f;
    QVERIFY(f.seed(300));
    QVERIFY(f.open());
    QLineEdit *edit = f.window->attendeesPage()->filterBar()->textEdit();
    QTest::keyClicks(edit, QStringLiteral("priya"));
    const int priyas = int(f.count(QStringLiteral("priya")));
    QTRY_COMPARE(f.model()->rowCount(), priyas);
    QStringList terms;
    for (int i = 0; i < 1000; ++i)
        terms.append(QStringLiteral("x%1").arg(i % 10));
    edit->insert(u' ' + terms.join(u' ')); // pasted
    const QLabel *summary = f.window->findChild<QLabel *>(QStringLiteral("filterSummary"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("at most 50")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QStringLiteral("Expression tree")));
    QCOMPARE(f.model()->rowCount(), priyas);
    QCOMPARE(f.model()->filter().text, QStringLiteral("priya"));
}

void TestMainWindow::choosingAWebinarFilters()
{
    Fixture f;
    QVERIFY(f.seed(800, 5));
    QVERIFY(f.open());
    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowCount(), 6); // All + 5
    const WebinarRow webinar = *panel->model()->webinarAt(2);
    QTreeView *list = panel->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_COMPARE(f.model()->filter().webinarId, webinar.webinarId);
    QTRY_COMPARE(f.model()->rowCount(), int(webinar.attendeeCount));
    QTest::keyClick(list, Qt::Key_Home);
    QTRY_COMPARE(f.model()->rowCount(), 800);
}

void TestMainWindow::replayButtonOpensTheLink()
{
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Priya Sharma"), QStringLiteral("w1"),
                           QStringLiteral("https://example.com/replay/w1?t=1"))));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    const QModelIndex replay = f.model()->index(0, AttendeeTableModel::ReplayColumn);
    QVERIFY(replay.data(AttendeeTableModel::ReplayAllowedRole).toBool());
    // The tooltip names the host the click really leads to.
    const QString tip = replay.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("on example.com")), qPrintable(tip));
    f.clickReplay(0);
    QCOMPARE(f.opened.size(), 1);
    QCOMPARE(f.opened.first(), QUrl(QStringLiteral("https://example.com/replay/w1?t=1")));
}

void TestMainWindow::unsafeLinksNeverReachTheOpener_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("tipContains"); // why, and the real host where there is one
    const QString webOnly = QStringLiteral("http or https");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << webOnly;
    QTest::newRow("javascript_upper") << QStringLiteral("JavaScript:alert(1)") << webOnly;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << webOnly;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << webOnly;
    QTest::newRow("no_scheme") << QStringLiteral("example.com/replay") << webOnly;
    QTest::newRow("empty") << QString() << QStringLiteral("No recording link");
    QTest::newRow("userinfo") << QStringLiteral("https://e.com@evil.example/") << QStringLiteral("leads to evil.example");
    QTest::newRow("loopback_hex") << QStringLiteral("http://0x7f000001/") << QStringLiteral("this computer (127.0.0.1)");
    QTest::newRow("private_network") << QStringLiteral("https://192.168.1.1/") << QStringLiteral("private network");
    QTest::newRow("rtl_override") << QStringLiteral("https://example.com/\u202Egpj.exe") << QStringLiteral("hidden characters");
}

void TestMainWindow::unsafeLinksNeverReachTheOpener()
{
    QFETCH(QString, link);
    QFETCH(QString, tipContains);
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Rahul Verma"), QStringLiteral("w2"), link)));
    QVERIFY(f.open());
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    const QModelIndex replay = f.model()->index(0, AttendeeTableModel::ReplayColumn);
    QVERIFY(!replay.data(AttendeeTableModel::ReplayAllowedRole).toBool());
    const QString tip = replay.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(tipContains), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("<script>")), qPrintable(tip)); // shown, never interpreted

    // Click, Space on the cell, Enter on the row, the context-menu action: none open it.
    f.clickReplay(0);
    f.table()->setFocus();
    f.table()->setCurrentIndex(replay);
    QTest::keyClick(f.table(), Qt::Key_Space);
    QTest::keyClick(f.table(), Qt::Key_Return);
    QTest::keyClick(f.table(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(f.opened.size(), 0);
}

void TestMainWindow::keyboardOpensTheReplay()
{
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Ananya Iyer"), QStringLiteral("w3"),
                           QStringLiteral("http://example.com/r/w3"))));
    QVERIFY(f.open());
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    f.table()->setFocus();
    f.table()->setCurrentIndex(f.model()->index(0, AttendeeTableModel::ReplayColumn));
    QTest::keyClick(f.table(), Qt::Key_Space);
    QCOMPARE(f.opened.size(), 1);
    f.table()->setCurrentIndex(f.model()->index(0, AttendeeTableModel::NameColumn));
    QTest::keyClick(f.table(), Qt::Key_Return);
    QCOMPARE(f.opened.size(), 2);
    QTest::keyClick(f.table(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(f.opened.size(), 3);
    QCOMPARE(f.opened.last(), QUrl(QStringLiteral("http://example.com/r/w3")));
}

void TestMainWindow::webinarReplayButton()
{
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Good Link"), QStringLiteral("w1"),
                           QStringLiteral("https://example.com/r/w1"))));
    QVERIFY(f.add(attendee(QStringLiteral("Bad Link"), QStringLiteral("w2"),
                           QStringLiteral("javascript:alert(1)"))));
    QVERIFY(f.open());
    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowCount(), 3);
    QTreeView *list = panel->view();
    for (int row = 1; row <= 2; ++row) {
        const QModelIndex index = panel->model()->index(row, WebinarListModel::ReplayColumn);
        const QPoint centre = ReplayButtonDelegate::buttonRect(list->visualRect(index)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    }
    QCOMPARE(f.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/r/w1"))});
}

void TestMainWindow::attendeesArriveWhileOpen()
{
    Fixture f;
    QVERIFY(f.seed(50, 2));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 50);
    for (int i = 0; i < 500; ++i) {
        QVERIFY(f.submit(attendee(QStringLiteral("Live Person %1").arg(i), QStringLiteral("live"),
                                  QStringLiteral("https://example.com/r/live"))));
    }
    QTRY_COMPARE(f.model()->rowCount(), 550);
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    QTRY_COMPARE(f.model()->attendeeAt(0)->name, QStringLiteral("Live Person 499")); // newest first
    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowOf(QStringLiteral("live")), 1); // newest webinar on top
    QTRY_VERIFY(f.window->statusPanel()->countsText().contains(QLocale().toString(550)));

    // A duplicate delivery changes the count in place, not the rows.
    QVERIFY(f.submit(attendee(QStringLiteral("Live Person 499"), QStringLiteral("live"),
                              QStringLiteral("https://example.com/r/live"))));
    QTRY_COMPARE(f.model()->attendeeAt(0)->deliveryCount, qint64(2));
    QCOMPARE(f.model()->rowCount(), 550);
}

void TestMainWindow::selectionFollowsItsAttendee()
{
    Fixture f;
    QVERIFY(f.seed(30, 2));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 30);
    QTRY_VERIFY(f.model()->attendeeAt(5).has_value());
    QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 chosen = f.model()->attendeeAt(5)->id;
    f.table()->selectRow(5);
    for (int i = 0; i < 20; ++i)
        QVERIFY(f.submit(attendee(QStringLiteral("New %1").arg(i), QStringLiteral("w"), QString())));
    QTRY_COMPARE(f.model()->rowCount(), 50);
    const QModelIndex current = f.table()->currentIndex();
    QCOMPARE(current.row(), 25);
    QTRY_COMPARE(current.data(AttendeeTableModel::AttendeeIdRole).toLongLong(), chosen);
    const QModelIndexList selected = f.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 25);
}

void TestMainWindow::deleteAsksFirst()
{
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Keep Me"), QStringLiteral("w1"), QString())));
    QVERIFY(f.add(attendee(QStringLiteral("Delete Me"), QStringLiteral("w1"), QString())));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_VERIFY(f.rowOf(QStringLiteral("Delete Me")) >= 0);
    f.table()->setFocus();
    f.table()->selectRow(f.rowOf(QStringLiteral("Delete Me")));

    f.answer = false;
    QTest::keyClick(f.table(), Qt::Key_Delete);
    QCOMPARE(f.asked.size(), 1);
    QVERIFY(f.asked.first().text.contains(QStringLiteral("Delete Me")));
    // A barrier instead of a guess of how long a delete takes: the writer runs
    // tasks in order, so one queued now runs after any delete queued before it.
    std::atomic<bool> drained{false};
    f.writer->runTask([&drained](SqliteDatabase &) { drained = true; });
    QTRY_VERIFY(drained.load());
    QCOMPARE(f.model()->rowCount(), 2);
    QCOMPARE(f.file.count(QStringLiteral("SELECT count(*) FROM attendees")), qint64(2));

    f.answer = true;
    QTest::keyClick(f.table(), Qt::Key_Delete);
    QCOMPARE(f.asked.size(), 2);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    QCOMPARE(f.model()->attendeeAt(0)->name, QStringLiteral("Keep Me"));
    QCOMPARE(f.file.count(QStringLiteral("SELECT count(*) FROM attendees WHERE name = 'Delete Me'")), qint64(0));
}

void TestMainWindow::deleteWebinarAsksFirst()
{
    Fixture f;
    QVERIFY(f.seed(200, 3));
    QVERIFY(f.open());
    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowCount(), 4);
    const WebinarRow webinar = *panel->model()->webinarAt(1);
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(panel->model()->index(1, 0));
    QTRY_COMPARE(f.model()->rowCount(), int(webinar.attendeeCount));
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QCOMPARE(f.asked.size(), 1);
    QVERIFY2(f.asked.first().text.contains(QLocale().toString(webinar.attendeeCount)),
             qPrintable(f.asked.first().text));
    // The webinar goes; the list falls back to all webinars.
    QTRY_COMPARE(panel->model()->rowCount(), 3);
    QTRY_COMPARE(f.model()->rowCount(), int(200 - webinar.attendeeCount));
    QCOMPARE(f.model()->filter().webinarId, QString());
}

void TestMainWindow::scrollingReadsLazily()
{
    Fixture f;
    QVERIFY(f.seed(5000, 4));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 5000);
    QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!f.model()->attendeeAt(4000).has_value()); // not read yet
    f.table()->scrollTo(f.model()->index(4000, 0), QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(f.model()->attendeeAt(4000).has_value());
    // Wherever the user goes, the model holds a bounded number of rows.
    for (int row = 0; row < 5000; row += 450) {
        f.table()->scrollTo(f.model()->index(row, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY2(f.model()->attendeeAt(row).has_value(), qPrintable(QString::number(row)));
        QVERIFY(f.model()->cachedRows() <= AttendeeTableModel::MaxCachedRows);
    }
    f.table()->scrollToBottom();
    QTRY_VERIFY(f.model()->attendeeAt(4999).has_value());
    // Newest first: the last row is the first attendee ever received.
    SqliteDatabase db;
    db.open(f.file.path(), SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(f.model()->attendeeAt(4999)->id, db.scalar(QStringLiteral("SELECT min(id) FROM attendees")).toLongLong());
}

void TestMainWindow::settingsPersist()
{
    Fixture f;
    QVERIFY(f.seed(100, 3));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 100);
    QTest::keyClicks(f.window->attendeesPage()->filterBar()->textEdit(), QStringLiteral("gmail"));
    QHeaderView *header = f.table()->horizontalHeader();
    header->resizeSection(AttendeeTableModel::EmailColumn, 333);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(AttendeeTableModel::NameColumn) + 10,
                             header->height() / 2));
    QTRY_COMPARE(f.model()->order().key, AttendeeOrder::Key::Name);
    f.window->resize(1000, 700);
    f.window->close();
    f.window.reset();

    QVERIFY(f.open());
    QCOMPARE(f.window->attendeesPage()->filterBar()->text(), QStringLiteral("gmail"));
    QCOMPARE(f.model()->filter().text, QStringLiteral("gmail"));
    QCOMPARE(f.model()->order().key, AttendeeOrder::Key::Name);
    QCOMPARE(f.table()->horizontalHeader()->sectionSize(AttendeeTableModel::EmailColumn), 333);
    QCOMPARE(f.window->size(), QSize(1000, 700));
    QTRY_COMPARE(f.model()->rowCount(), int(f.count(QStringLiteral("gmail"))));
}

void TestMainWindow::statusBarCounts()
{
    Fixture f;
    QVERIFY(f.seed(120, 4));
    QVERIFY(f.open());
    QTRY_COMPARE(f.window->statusPanel()->countsText(), QStringLiteral("120 attendees in 4 webinars"));
    QCOMPARE(f.window->statusPanel()->rejectedText(), QStringLiteral("0 rejected today"));
    WriteRequest refused;
    refused.delivery.receivedAt = QDateTime::currentDateTimeUtc();
    refused.delivery.status = 404;
    refused.delivery.outcome = DeliveryOutcome::Rejected;
    QVERIFY(f.writer->submit(std::move(refused)));
    QTRY_COMPARE(f.window->statusPanel()->rejectedText(), QStringLiteral("1 rejected today"));
    const QLabel *url = f.window->findChild<QLabel *>(QStringLiteral("hookUrl"));
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8787/hooks/test-token"));
}

void TestMainWindow::ctrlFFocusesTheFilter()
{
    Fixture f;
    QVERIFY(f.seed(10, 1));
    QVERIFY(f.open());
    f.window->activateWindow();
    f.table()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(f.window->attendeesPage()->filterBar()->textEdit()->hasFocus());
}

void TestMainWindow::exportStartsFromTheCurrentFilter()
{
    Fixture f;
    QVERIFY(f.seed(100, 2));
    QVERIFY(f.open());
    QLineEdit *edit = f.window->attendeesPage()->filterBar()->textEdit();
    QTest::keyClicks(edit, QStringLiteral("email:gmail"));
    QTRY_COMPARE(f.model()->filter().text, QStringLiteral("email:gmail"));
    QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<ExportDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentFilter);
    QCOMPARE(dialog->options().filter.text, QStringLiteral("email:gmail"));
    QCOMPARE(dialog->options().databasePath, f.file.path());
    dialog->reject();
}

void TestMainWindow::menuKeyOpensTheCurrentRowsMenu()
{
    Fixture f;
    QVERIFY(f.seed(200, 2));
    QVERIFY(f.open());
    QTRY_VERIFY(f.model()->attendeeAt(3).has_value());
    f.table()->setFocus();
    f.table()->setCurrentIndex(f.model()->index(3, 0));
    const QString email = f.model()->attendeeAt(3)->email;
    // The menu is modal: pick "Copy email" from it with the keyboard.
    QTimer::singleShot(100, [] {
        QWidget *menu = QApplication::activePopupWidget();
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_E); // "Copy &email"
    });
    QTest::keyClick(f.table(), Qt::Key_Menu);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), email);
    QCOMPARE(f.table()->currentIndex().row(), 3);
}

// A write the database refuses (here: another process holds the write lock) shows
// a banner that explains the 503s; the next successful write removes it.
void TestMainWindow::databaseFailureIsShownUntilItClears()
{
    Fixture f;
    f.busyTimeoutMs = 100;
    MainWindow *window = f.open();
    QVERIFY(window);
    QVERIFY(!window->storeBanner()->isVisible());

    SqliteDatabase other;
    QVERIFY(other.open(f.file.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    AttendeeRecord a;
    a.email = QStringLiteral("late@example.com");
    a.webinarId = QStringLiteral("w-late");
    WriteRequest request;
    request.attendee = a;
    request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(f.writer->submit(std::move(request)));
    QTRY_VERIFY(window->storeBanner()->isVisible());
    QVERIFY(window->storeBanner()->text().contains(QStringLiteral("503")));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    WriteRequest again;
    again.attendee = a;
    again.delivery.receivedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(f.writer->submit(std::move(again)));
    QTRY_VERIFY(!window->storeBanner()->isVisible());
}


namespace {

QAction *rowAction(MainWindow *window, const QString &text)
{
    for (QAction *action : window->attendeesPage()->tablePanel()->rowActions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QSplitter *browserSplitter(MainWindow *window)
{
    return window->findChild<QSplitter *>(QStringLiteral("browserSplitter"));
}

} // namespace

// Ctrl+F, Ctrl+1, Ctrl+2 and Ctrl+0 work from another tab: they bring the
// attendee browser forward before acting on it.
void TestMainWindow::menuShortcutsBringTheAttendeesTab()
{
    Fixture f;
    QVERIFY(f.seed(60, 3));
    QVERIFY(f.open());
    auto *other = new QLineEdit;
    f.window->addPage(other, QStringLiteral("Other"));
    auto *tabs = f.window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    f.window->activateWindow();
    auto toOther = [&] {
        tabs->setCurrentWidget(other);
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
    };

    toOther();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(f.window->attendeesPage()));
    QTRY_VERIFY(f.window->attendeesPage()->filterBar()->textEdit()->hasFocus());

    toOther();
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(f.window->attendeesPage()));
    QTRY_VERIFY(f.table()->hasFocus());

    toOther();
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(f.window->attendeesPage()));
    QTRY_VERIFY(f.window->attendeesPage()->webinarPanel()->view()->hasFocus());

    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowCount(), 4);
    panel->selectWebinar(panel->model()->webinarAt(1)->webinarId);
    QTRY_VERIFY(!f.model()->filter().webinarId.isEmpty());
    toOther();
    QTest::keyClick(f.window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(f.window->attendeesPage()));
    QTRY_VERIFY(f.model()->filter().webinarId.isEmpty());
}

// The Edit menu's row actions are enabled only when they can act: a selected
// row, and for Open replay / Copy replay link a row with a link.
void TestMainWindow::rowActionsFollowTheSelection()
{
    Fixture f;
    QVERIFY(f.add(attendee(QStringLiteral("Priya Sharma"), QStringLiteral("w1"),
                           QStringLiteral("https://example.com/replay/w1"))));
    QVERIFY(f.add(attendee(QStringLiteral("Ravi Kumar"), QStringLiteral("w2"), QString())));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_VERIFY(f.rowOf(QStringLiteral("Priya Sharma")) >= 0 && f.rowOf(QStringLiteral("Ravi Kumar")) >= 0);
    const QList<QAction *> actions = f.window->attendeesPage()->tablePanel()->rowActions();
    QCOMPARE(actions.size(), 7);
    // Nothing selected: nothing to act on, in the menu or by shortcut.
    QVERIFY(!f.table()->selectionModel()->hasSelection());
    for (QAction *action : actions)
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QAction *open = rowAction(f.window.get(), QStringLiteral("&Open replay"));
    QAction *copyEmail = rowAction(f.window.get(), QStringLiteral("Copy &email"));
    QAction *copyLink = rowAction(f.window.get(), QStringLiteral("Copy replay &link"));
    QAction *remove = rowAction(f.window.get(), QStringLiteral("&Delete attendee…"));
    QVERIFY(open && copyEmail && copyLink && remove);
    // The Edit menu holds these very actions.
    bool inMenu = false;
    for (QAction *menu : f.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(open))
            inMenu = true;
    }
    QVERIFY(inMenu);

    f.table()->selectRow(f.rowOf(QStringLiteral("Priya Sharma")));
    QTRY_VERIFY(open->isEnabled());
    QVERIFY(copyLink->isEnabled());
    QVERIFY(copyEmail->isEnabled());
    QVERIFY(remove->isEnabled());

    f.table()->selectRow(f.rowOf(QStringLiteral("Ravi Kumar")));
    QTRY_VERIFY(!open->isEnabled());
    QVERIFY(!copyLink->isEnabled());
    QVERIFY(copyEmail->isEnabled());
    QVERIFY(remove->isEnabled());
    // Ctrl+O on a row without a link does nothing.
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(f.opened.size(), 0);

    f.table()->clearSelection();
    QTRY_VERIFY(!copyEmail->isEnabled());
    QVERIFY(!remove->isEnabled());

    // The rows change under the selection: a filter that matches nobody.
    f.table()->selectRow(f.rowOf(QStringLiteral("Priya Sharma")));
    QTRY_VERIFY(copyEmail->isEnabled());
    f.window->attendeesPage()->filterBar()->setText(QStringLiteral("nobody-matches-this"));
    QTRY_COMPARE(f.model()->rowCount(), 0);
    QTRY_VERIFY(!copyEmail->isEnabled());
    QVERIFY(!open->isEnabled());
    QVERIFY(!remove->isEnabled());
}

// At 1024 x 600 the table keeps Name, Email and Replay in view: the webinar
// list is narrow and the table takes the width.
void TestMainWindow::smallScreenKeepsTheReplayInView()
{
    Fixture f;
    QVERIFY(f.seed(200, 6));
    QVERIFY(f.build());
    QSignalSpy loaded(f.window.get(), &MainWindow::storeReloaded);
    f.window->resize(1024, 600);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QTRY_VERIFY(f.table()->isVisible());
    QCOMPARE(f.window->width(), 1024);
    QHeaderView *header = f.table()->horizontalHeader();
    const int viewport = f.table()->viewport()->width();
    // The webinar list leaves most of the width to the table.
    const QList<int> sizes = browserSplitter(f.window.get())->sizes();
    QVERIFY2(sizes.value(0) > 0 && sizes.value(0) <= 280, qPrintable(QString::number(sizes.value(0))));
    auto rightEdge = [&](int column) {
        return header->sectionViewportPosition(column) + header->sectionSize(column);
    };
    for (int column : {int(AttendeeTableModel::NameColumn), int(AttendeeTableModel::EmailColumn),
                       int(AttendeeTableModel::ReplayColumn)}) {
        QTRY_VERIFY2(header->sectionViewportPosition(column) >= 0 && rightEdge(column) <= viewport,
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                        .arg(column)
                                        .arg(rightEdge(column))
                                        .arg(viewport)));
    }
}

// View > Show webinar list (Ctrl+B) folds the list away for the table, and the
// next window remembers it.
void TestMainWindow::webinarListFoldsAndIsRemembered()
{
    Fixture f;
    QVERIFY(f.seed(50, 3));
    QVERIFY(f.open());
    auto *show = f.window->findChild<QAction *>(QStringLiteral("showWebinarListAction"));
    QVERIFY(show);
    QVERIFY(show->isCheckable());
    QVERIFY(show->isChecked());
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QTreeView *list = f.window->attendeesPage()->webinarPanel()->view();
    QTRY_VERIFY(list->width() > 0);
    const int tableWidth = f.table()->width();
    f.window->activateWindow();
    f.table()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_COMPARE(browserSplitter(f.window.get())->sizes().value(0), 0);
    QVERIFY(!show->isChecked());
    QTRY_VERIFY(f.table()->width() > tableWidth);

    f.window->close(); // saves the settings
    f.window.reset();
    QVERIFY(f.open());
    show = f.window->findChild<QAction *>(QStringLiteral("showWebinarListAction"));
    QVERIFY(!show->isChecked());
    QTRY_COMPARE(browserSplitter(f.window.get())->sizes().value(0), 0);

    // Ctrl+1 (go to the webinar list) brings it back, and so does the action.
    show->trigger();
    QTRY_VERIFY(browserSplitter(f.window.get())->sizes().value(0) > 100);
    QVERIFY(show->isChecked());
    show->trigger();
    QTRY_COMPARE(browserSplitter(f.window.get())->sizes().value(0), 0);
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(browserSplitter(f.window.get())->sizes().value(0) > 100);
    QVERIFY(show->isChecked());
    QTRY_VERIFY(f.window->attendeesPage()->webinarPanel()->view()->hasFocus());
}

// after: later than before:, or a "Between" range that ends before it starts,
// is refused in the bar like any other filter error; the table keeps its rows.
void TestMainWindow::invertedDateRangeIsRefused()
{
    Fixture f;
    QVERIFY(f.seed(80, 2));
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 80);
    FilterBar *bar = f.window->attendeesPage()->filterBar();
    const QLabel *summary = f.window->findChild<QLabel *>(QStringLiteral("filterSummary"));
    bar->textEdit()->insert(QStringLiteral("after:2026-03-01 before:2026-02-01"));
    QTRY_COMPARE(summary->text(), QStringLiteral("after:2026-03-01 is not earlier than before:2026-02-01: "
                                                 "no day is left between them"));
    QCOMPARE(f.model()->filter().text, QString());
    QCOMPARE(f.model()->rowCount(), 80);
    // The same day on both sides leaves nothing either.
    bar->setText(QStringLiteral("after:2026-02-01 -after:2026-02-01"));
    QTRY_COMPARE(summary->text(), QStringLiteral("after:2026-02-01 is not earlier than -after:2026-02-01: "
                                                 "no day is left between them"));
    // A real range is accepted.
    bar->setText(QStringLiteral("after:2000-01-01 before:2100-01-01"));
    QTRY_COMPARE(f.model()->filter().text, QStringLiteral("after:2000-01-01 before:2100-01-01"));
    QTRY_COMPARE(summary->text(), QStringLiteral("80 of 80 attendees"));

    bar->setText(QString());
    auto *range = bar->findChild<QComboBox *>(QStringLiteral("filterRange"));
    QVERIFY(range);
    const QList<QDateEdit *> dates = bar->findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    QDateEdit *until = nullptr;
    for (QDateEdit *edit : dates) {
        if (edit->accessibleName() == QStringLiteral("Received until"))
            until = edit;
    }
    QVERIFY(until);
    bar->setRange(AppSettings::ReceivedRange::Custom, QDate(2026, 3, 5), QDate(2026, 3, 10));
    QTRY_COMPARE(f.model()->filter().receivedFrom, QDate(2026, 3, 5).startOfDay());
    const AttendeeFilter good = f.model()->filter();
    until->setDate(QDate(2026, 3, 1));
    QTRY_COMPARE(summary->text(),
                 QStringLiteral("the date range starts on 2026-03-05, after its last day 2026-03-01"));
    QCOMPARE(f.model()->filter().receivedFrom, good.receivedFrom);
    QCOMPARE(f.model()->filter().receivedUntil, good.receivedUntil);
    // One day (from == until) is a range.
    bar->setRange(AppSettings::ReceivedRange::Custom, QDate(2026, 3, 1), QDate(2026, 3, 1));
    QTRY_COMPARE(f.model()->filter().receivedFrom, QDate(2026, 3, 1).startOfDay());
    QTRY_VERIFY(!summary->text().contains(QStringLiteral("date range")));
}

// "N of M": with a webinar chosen, M is that webinar's attendees.
void TestMainWindow::countsUseTheChosenWebinarsTotal()
{
    Fixture f;
    QVERIFY(f.seed(300, 3));
    QVERIFY(f.open());
    const QLabel *summary = f.window->findChild<QLabel *>(QStringLiteral("filterSummary"));
    QTRY_COMPARE(summary->text(), QStringLiteral("300 of 300 attendees"));
    WebinarListPanel *panel = f.window->attendeesPage()->webinarPanel();
    QTRY_COMPARE(panel->model()->rowCount(), 4);
    const WebinarRow webinar = *panel->model()->webinarAt(2);
    QVERIFY(webinar.attendeeCount > 0 && webinar.attendeeCount < 300);
    panel->selectWebinar(webinar.webinarId);
    QTRY_COMPARE(f.model()->rowCount(), int(webinar.attendeeCount));
    QTRY_COMPARE(summary->text(), QStringLiteral("%1 of %2 attendees")
                                          .arg(webinar.attendeeCount)
                                          .arg(webinar.attendeeCount));
    // A filter within the webinar: some of that webinar's attendees.
    const AttendeeRow first = *f.model()->attendeeAt(0);
    f.window->attendeesPage()->filterBar()->setText(first.email);
    QTRY_VERIFY(f.model()->matchingCount() >= 1 && f.model()->matchingCount() < webinar.attendeeCount);
    QTRY_COMPARE(summary->text(), QStringLiteral("%1 of %2 attendees")
                                          .arg(f.model()->matchingCount())
                                          .arg(webinar.attendeeCount));
    f.window->attendeesPage()->showAllWebinars();
    f.window->attendeesPage()->filterBar()->setText(QString());
    QTRY_COMPARE(summary->text(), QStringLiteral("300 of 300 attendees"));
}

// When the browser does not open, a dialog says so and offers the link.
void TestMainWindow::replayThatCannotOpenOffersTheLink()
{
    Fixture f;
    const QString link = QStringLiteral("https://example.com/replay/w1?t=1");
    QVERIFY(f.add(attendee(QStringLiteral("Priya Sharma"), QStringLiteral("w1"), link)));
    f.openWorks = false;
    QVERIFY(f.open());
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    f.clickReplay(0);
    QCOMPARE(f.opened.size(), 1);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = f.window->findChild<QMessageBox *>(QStringLiteral("openFailedDialog"))) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("could not open")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(link));
    QPointer<QMessageBox> guard(box);
    auto *copy = box->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("Copy link"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), link);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QTRY_COMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Copied the replay link."));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
