// SPDX-License-Identifier: GPL-3.0-or-later
// The people selector (attended, registered, no-shows, walk-ins) and the
// webinar list's registered / attended / show-up numbers, over a database
// filled through the real StoreWriter with attendees and registrations, as
// TagMango's completion, booking and reminder calls would fill it.
#include "TestDatabase.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeeTablePanel.h"
#include "attendees/AttendeesPage.h"
#include "attendees/FilterBar.h"
#include "attendees/WebinarListModel.h"
#include "attendees/WebinarListPanel.h"
#include "export/ExportDialog.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "store/StoreWriter.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <atomic>
#include <initializer_list>
#include <memory>

using namespace hookdesk;

namespace {

using People = AttendeeFilter::People;

const QString Past = QStringLiteral("W-PAST");  // over: its attendees came
const QString Soon = QStringLiteral("W-SOON");  // tomorrow: nobody could come yet
const QString Old = QStringLiteral("W-OLD");    // ended two days ago, nobody came
const QString MeetingLink = QStringLiteral("https://meet.example.com/w-past");

QStringList namesOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QString emailOf(const QString &name)
{
    return name.toLower() + QStringLiteral("@example.com");
}

struct Fixture
{
    test::TestDatabase file;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::atomic<int> failures{0};
    std::atomic<int> completed{0}; // requests the writer has reported on
    int submitted = 0;
    QDateTime now = QDateTime::currentDateTimeUtc();

    Fixture() { settings = std::make_unique<AppSettings>(file.folder() + QStringLiteral("/settings.ini")); }

    ~Fixture()
    {
        window.reset();
        if (writer)
            writer->stop();
    }

    bool startWriter()
    {
        writer = std::make_unique<StoreWriter>();
        StoreWriter::Options options;
        options.databasePath = file.path();
        QString error;
        if (!writer->start(options, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    WriteRequest request(const QDateTime &receivedAt)
    {
        WriteRequest r;
        r.delivery.receivedAt = receivedAt;
        r.delivery.method = QStringLiteral("POST");
        r.delivery.path = QStringLiteral("/hooks/test");
        r.delivery.status = 200;
        r.done = [this](const WriteOutcome &outcome) {
            if (outcome.kind == WriteOutcome::Kind::Failed)
                ++failures;
            ++completed;
        };
        ++submitted;
        return r;
    }

    // A booking or reminder call naming one person for one session.
    bool registration(const QString &webinarId, const QString &name, RegistrationSource source,
                      const QDateTime &receivedAt)
    {
        RegistrationRecord r;
        r.webinarId = webinarId;
        r.name = name;
        r.email = emailOf(name);
        r.webinarTitle = QStringLiteral("Webinar ") + webinarId;
        if (webinarId == Past) {
            r.startsAt = now.addSecs(-3 * 3600);
            r.endsAt = now.addSecs(-2 * 3600);
            r.meetingUrl = MeetingLink;
        } else if (webinarId == Soon) {
            r.startsAt = now.addDays(1);
            r.endsAt = now.addDays(1).addSecs(3600);
        } else {
            r.startsAt = now.addDays(-2).addSecs(-3600);
            r.endsAt = now.addDays(-2);
        }
        r.source = source;
        WriteRequest w = request(receivedAt);
        w.registrations = {r};
        return writer->submit(std::move(w));
    }

    // A completion call: the person attended (the email as they typed it).
    bool attended(const QString &webinarId, const QString &name, const QString &email)
    {
        AttendeeRecord a;
        a.webinarId = webinarId;
        a.name = name;
        a.email = email;
        a.webinarTitle = QStringLiteral("Webinar ") + webinarId;
        a.recordingUrl = QStringLiteral("https://example.com/replay/") + webinarId;
        WriteRequest w = request(QDateTime::currentDateTimeUtc());
        w.attendee = a;
        return writer->submit(std::move(w));
    }

    // W-PAST: Asha, Bala, Chitra, Dev registered; Asha and Bala came (Bala in
    // capitals), and Esha without registering. W-SOON: Asha and Farid
    // registered. W-OLD: Gita registered and did not come.
    bool seed()
    {
        if (!startWriter())
            return false;
        const QDateTime booked = now.addDays(-3);
        bool ok = registration(Past, QStringLiteral("Asha"), RegistrationSource::Booking, booked)
                && registration(Past, QStringLiteral("Asha"), RegistrationSource::Reminder1Day, now.addDays(-1))
                && registration(Past, QStringLiteral("Bala"), RegistrationSource::Booking, booked)
                && registration(Past, QStringLiteral("Chitra"), RegistrationSource::Reminder30Min, booked)
                && registration(Past, QStringLiteral("Dev"), RegistrationSource::Booking, booked)
                && registration(Soon, QStringLiteral("Asha"), RegistrationSource::Booking, booked)
                && registration(Soon, QStringLiteral("Farid"), RegistrationSource::Booking, booked)
                && registration(Old, QStringLiteral("Gita"), RegistrationSource::Booking, booked.addDays(-3))
                && attended(Past, QStringLiteral("Asha"), emailOf(QStringLiteral("Asha")))
                && attended(Past, QStringLiteral("Bala"), QStringLiteral("BALA@Example.com"))
                && attended(Past, QStringLiteral("Esha"), emailOf(QStringLiteral("Esha")));
        // Committed before the window reads the store: a window opened on half
        // the calls shows a list without W-PAST for a moment.
        return ok && QTest::qWaitFor([this] { return completed.load() == submitted; }, 10000)
                && failures.load() == 0;
    }

    MainWindow *open()
    {
        MainWindow::Dependencies deps;
        deps.databasePath = file.path();
        deps.writer = writer.get();
        deps.listener = ListenerStatus{true, QStringLiteral("http://127.0.0.1:8787"),
                                       QStringLiteral("/hooks/test-token"), {}};
        deps.settings = settings.get();
        deps.openUrl = [](const QUrl &) { return true; };
        deps.confirm = [](QWidget *, const DesktopActions::Confirmation &) { return true; };
        deps.refreshIntervalMs = 50;
        window = std::make_unique<MainWindow>(deps);
        QSignalSpy loaded(window.get(), &MainWindow::storeReloaded);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (loaded.isEmpty() && !loaded.wait(10000))
            return nullptr;
        return window.get();
    }

    AttendeesPage *page() const { return window->attendeesPage(); }
    AttendeeTableModel *model() const { return window->attendeeModel(); }
    QComboBox *peopleBox() const { return window->findChild<QComboBox *>(QStringLiteral("filterPeople")); }
    QString summary() const
    {
        return window->findChild<QLabel *>(QStringLiteral("filterSummary"))->text();
    }
    WebinarListModel *webinars() const { return page()->webinarPanel()->model(); }

    void choose(People people)
    {
        QComboBox *box = peopleBox();
        box->setCurrentIndex(box->findData(int(people)));
    }

    // The names in the table once every row is read; "?" for a row not read yet.
    QStringList names() const
    {
        QStringList list;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const auto a = model()->attendeeAt(row);
            list << (a ? a->name : QStringLiteral("?"));
        }
        list.sort();
        return list;
    }

    bool settled() const { return !model()->isLoading() && model()->matchingCount() >= 0; }
};

// "N of M" as the bar says it for each kind, in the language the test runs in.
QString nOfM(People people, qint64 n, qint64 m)
{
    const QString shown = QLocale().toString(n);
    switch (people) {
    case People::Attended:
        return FilterBar::tr("%1 of %Ln attendee(s)", nullptr, int(m)).arg(shown);
    case People::Registered:
        return FilterBar::tr("%1 of %Ln registrant(s)", nullptr, int(m)).arg(shown);
    case People::NoShows:
        return FilterBar::tr("%1 of %Ln no-show(s)", nullptr, int(m)).arg(shown);
    case People::WalkIns:
        return FilterBar::tr("%1 of %Ln walk-in(s)", nullptr, int(m)).arg(shown);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(hookdesk::AttendeeFilter::People)

class TestPeopleSelector : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerKind_data();
    void rowsPerKind();
    void registrationRowsTellTheirCalls();
    void liveUpdatesMoveNoShows();
    void choiceIsRemembered();
    void deletingANoShowRemovesItsRegistration();
    void exportFollowsThePeople();
    void webinarListCounts();
};

void TestPeopleSelector::rowsPerKind_data()
{
    QTest::addColumn<People>("people");
    QTest::addColumn<QString>("webinar");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("total");

    const QString all;
    QTest::newRow("attended") << People::Attended << all << QString()
                              << namesOf({"Asha", "Bala", "Esha"}) << 3;
    QTest::newRow("registered") << People::Registered << all << QString()
                                << namesOf({"Asha", "Asha", "Bala", "Chitra", "Dev", "Farid", "Gita"}) << 7;
    QTest::newRow("no_shows") << People::NoShows << all << QString()
                              << namesOf({"Chitra", "Dev", "Gita"}) << 3;
    QTest::newRow("walk_ins") << People::WalkIns << all << QString() << namesOf({"Esha"}) << 1;
    QTest::newRow("registered_in_webinar") << People::Registered << Past << QString()
                                           << namesOf({"Asha", "Bala", "Chitra", "Dev"}) << 4;
    QTest::newRow("no_shows_in_webinar") << People::NoShows << Past << QString()
                                         << namesOf({"Chitra", "Dev"}) << 2;
    QTest::newRow("no_shows_still_to_come") << People::NoShows << Soon << QString() << QStringList{} << 0;
    QTest::newRow("registered_text") << People::Registered << all << QStringLiteral("asha")
                                     << namesOf({"Asha", "Asha"}) << 7;
    QTest::newRow("no_shows_text") << People::NoShows << all << QStringLiteral("chitra")
                                   << namesOf({"Chitra"}) << 3;
    QTest::newRow("no_shows_text_in_webinar") << People::NoShows << Past << QStringLiteral("email:dev")
                                              << namesOf({"Dev"}) << 2;
    QTest::newRow("walk_ins_text_no_match") << People::WalkIns << Past << QStringLiteral("bala")
                                            << QStringList{} << 1;
    QTest::newRow("attended_text_in_webinar") << People::Attended << Past << QStringLiteral("bala")
                                              << namesOf({"Bala"}) << 3;
}

void TestPeopleSelector::rowsPerKind()
{
    QFETCH(People, people);
    QFETCH(QString, webinar);
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(int, total);

    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    QVERIFY(f.peopleBox());
    QCOMPARE(f.peopleBox()->count(), 4);
    QTRY_COMPARE(f.webinars()->rowCount(), 4); // All webinars and three sessions
    QTRY_VERIFY(f.settled());

    f.choose(people);
    if (!webinar.isEmpty())
        f.page()->webinarPanel()->selectWebinar(webinar);
    f.page()->filterBar()->setText(text);

    QTRY_VERIFY(f.settled());
    QCOMPARE(f.model()->filter().people, people);
    QCOMPARE(f.model()->filter().webinarId, webinar);
    QTRY_COMPARE(f.names(), names);
    QTRY_COMPARE(f.summary(), nOfM(people, names.size(), total));
    // The window's filter (for an export) is the same.
    QCOMPARE(f.window->currentFilter().people, people);

    // Sorting by name keeps the same rows, in order.
    f.model()->sort(AttendeeTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), names);
    if (!names.isEmpty()) {
        QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
        QCOMPARE(f.model()->attendeeAt(0)->name, names.first());
    }

    if (names.isEmpty()) {
        auto *note = f.window->findChild<QLabel *>(QStringLiteral("emptyNote"));
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QCOMPARE(note->text(), AttendeeTablePanel::emptyText(f.model()->filter()));
        if (people == People::NoShows && text.isEmpty())
            QVERIFY2(note->text().contains(QStringLiteral("still to come")), qPrintable(note->text()));
        else
            QVERIFY2(note->text().contains(QStringLiteral("match this filter")), qPrintable(note->text()));
    }
}

// Registration rows: the header says so, the person's tooltip counts their
// webinars and lists the calls that came, with their local times.
void TestPeopleSelector::registrationRowsTellTheirCalls()
{
    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    QTRY_VERIFY(f.settled());
    QHeaderView *header = f.page()->tablePanel()->view()->horizontalHeader();
    auto headerText = [&] {
        return f.model()->headerData(AttendeeTableModel::ReceivedColumn, Qt::Horizontal).toString();
    };
    QCOMPARE(headerText(), AttendeeTableModel::tr("First received"));
    QSignalSpy headerChanged(f.model(), &QAbstractItemModel::headerDataChanged);

    f.choose(People::Registered);
    f.page()->webinarPanel()->selectWebinar(Past);
    f.page()->filterBar()->setText(QStringLiteral("asha"));
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), QStringList{QStringLiteral("Asha")});
    QCOMPARE(headerText(), AttendeeTableModel::tr("Registered"));
    QVERIFY(!headerChanged.isEmpty());
    QVERIFY(header->isSectionHidden(AttendeeTableModel::ReceivedColumn) == false);

    const auto row = f.model()->attendeeAt(0);
    QVERIFY(row);
    QCOMPARE(row->registeredWebinars, 2);
    QCOMPARE(row->attendedWebinars, 1);
    const QString tip = f.model()->index(0, AttendeeTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(f.model()->index(0, AttendeeTableModel::EmailColumn).data(Qt::ToolTipRole).toString(), tip);
    QVERIFY2(tip.contains(AttendeeTableModel::tr("Registered for %Ln webinar(s), attended %1", nullptr, 2)
                                  .arg(QLocale().toString(1))),
             qPrintable(tip));
    const QString booked = AttendeeTableModel::displayTime(f.now.addDays(-3));
    const QString dayBefore = AttendeeTableModel::displayTime(f.now.addDays(-1));
    QVERIFY2(tip.contains(AttendeeTableModel::tr("Booked") + QStringLiteral(": ") + booked), qPrintable(tip));
    QVERIFY2(tip.contains(AttendeeTableModel::tr("Reminder a day before") + QStringLiteral(": ") + dayBefore),
             qPrintable(tip));
    QVERIFY2(!tip.contains(AttendeeTableModel::tr("Reminder 15 minutes before")), qPrintable(tip));

    // Back to attendees: the header and the tooltip (no calls) follow.
    f.choose(People::Attended);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), QStringList{QStringLiteral("Asha")});
    QCOMPARE(headerText(), AttendeeTableModel::tr("First received"));
    QTRY_VERIFY(f.model()->attendeeAt(0).has_value());
    const QString attendeeTip =
            f.model()->index(0, AttendeeTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(attendeeTip.contains(AttendeeTableModel::tr("Registered for %Ln webinar(s), attended %1", nullptr, 2)
                                          .arg(QLocale().toString(1))),
             qPrintable(attendeeTip));
    QVERIFY(!attendeeTip.contains(AttendeeTableModel::tr("Booked")));
}

// With no-shows chosen: a late registrant of a session that is over joins the
// list and the total; once they attend, they leave it.
void TestPeopleSelector::liveUpdatesMoveNoShows()
{
    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    f.choose(People::NoShows);
    f.page()->webinarPanel()->selectWebinar(Past);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), namesOf({"Chitra", "Dev"}));
    QTRY_COMPARE(f.summary(), nOfM(People::NoShows, 2, 2));

    QVERIFY(f.registration(Past, QStringLiteral("Hari"), RegistrationSource::Booking,
                           QDateTime::currentDateTimeUtc()));
    QTRY_COMPARE(f.names(), namesOf({"Chitra", "Dev", "Hari"}));
    QTRY_COMPARE(f.summary(), nOfM(People::NoShows, 3, 3));

    QVERIFY(f.attended(Past, QStringLiteral("Hari"), emailOf(QStringLiteral("Hari"))));
    QTRY_COMPARE(f.names(), namesOf({"Chitra", "Dev"}));
    QTRY_COMPARE(f.summary(), nOfM(People::NoShows, 2, 2));
    QCOMPARE(f.failures.load(), 0);
}

// Delete on a no-show row removes that registration (its id is a registration's),
// never an attendee that happens to have the same id.
void TestPeopleSelector::deletingANoShowRemovesItsRegistration()
{
    Fixture f;
    QVERIFY(f.seed());
    const qint64 attendeesBefore = f.file.count(QStringLiteral("SELECT count(*) FROM attendees"));
    QVERIFY(f.open());
    f.choose(People::NoShows);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), namesOf({"Chitra", "Dev", "Gita"}));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("attendeeTable"));
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < f.model()->rowCount(); ++r) {
        if (f.model()->attendeeAt(r) && f.model()->attendeeAt(r)->name == QLatin1String("Dev"))
            row = r;
    }
    QVERIFY(row >= 0);
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(f.names(), namesOf({"Chitra", "Gita"}));
    QCOMPARE(f.file.count(QStringLiteral("SELECT count(*) FROM registrations WHERE email_norm = 'dev@example.com'")), 0);
    QCOMPARE(f.file.count(QStringLiteral("SELECT count(*) FROM attendees")), attendeesBefore);
    QCOMPARE(f.file.count(QStringLiteral("SELECT registered_count FROM webinars WHERE webinar_id = 'W-PAST'")), 3);
}

void TestPeopleSelector::choiceIsRemembered()
{
    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    f.choose(People::WalkIns);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), QStringList{QStringLiteral("Esha")});
    f.page()->saveSettings();
    QCOMPARE(f.settings->filterPeople(), People::WalkIns);

    // A new window starts where the last one ended.
    f.window.reset();
    QVERIFY(f.open());
    QCOMPARE(f.peopleBox()->currentData().toInt(), int(People::WalkIns));
    QCOMPARE(f.model()->filter().people, People::WalkIns);
    QTRY_VERIFY(f.settled());
    QTRY_COMPARE(f.names(), QStringList{QStringLiteral("Esha")});
    QTRY_COMPARE(f.summary(), nOfM(People::WalkIns, 1, 1));
}

// The export dialog writes the people the table shows and says which.
void TestPeopleSelector::exportFollowsThePeople()
{
    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    f.choose(People::NoShows);
    f.page()->webinarPanel()->selectWebinar(Past);
    QTRY_VERIFY(f.settled());

    ExportDialog::Context context;
    context.databasePath = f.file.path();
    context.currentFilter = f.window->currentFilter();
    context.selectedWebinarId = Past;
    context.selectedWebinarTitle = QStringLiteral("Webinar W-PAST");
    ExportDialog dialog(context);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("peopleNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), ExportDialog::peopleText(People::NoShows, QStringLiteral("Webinar W-PAST")));
    QVERIFY2(note->text().contains(QStringLiteral("no-shows")), qPrintable(note->text()));
    QCOMPARE(dialog.options().filter.people, People::NoShows);
    QCOMPARE(dialog.options().filter.webinarId, Past);

    // The file holds the no-shows of W-PAST, with the recording link.
    const QString path = f.file.folder() + QStringLiteral("/no-shows.csv");
    dialog.setFileChooser([path](QWidget *, const QString &) { return path; });
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QCOMPARE(exported.first().at(1).toLongLong(), 2);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csv.readAll());
    for (const char *name : {"Chitra", "Dev"})
        QVERIFY2(written.contains(QString::fromLatin1(name)), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("https://example.com/replay/W-PAST")), qPrintable(written));
    for (const char *name : {"Asha", "Bala", "Esha", "Gita"})
        QVERIFY2(!written.contains(QString::fromLatin1(name)), qPrintable(written));

    dialog.setScope(ExportDialog::Scope::Everything);
    QCOMPARE(dialog.options().filter.people, People::NoShows);
    QVERIFY(dialog.options().filter.webinarId.isEmpty());
    QCOMPARE(note->text(), ExportDialog::peopleText(People::NoShows, ExportDialog::tr("all webinars")));
}

// Registered, attended and the show-up rate per webinar; "–" while a session
// is still to come; the All webinars row sums them.
void TestPeopleSelector::webinarListCounts()
{
    Fixture f;
    QVERIFY(f.seed());
    QVERIFY(f.open());
    WebinarListModel *list = f.webinars();
    QTRY_COMPARE(list->rowCount(), 4);
    const QLocale locale;
    const QString dash(QChar(0x2013));
    auto cell = [&](const QString &webinarId, int column) {
        return list->index(list->rowOf(webinarId), column).data().toString();
    };
    auto percent = [&](double value, int decimals) {
        return WebinarListModel::tr("%1%2").arg(locale.toString(value, 'f', decimals), locale.percent());
    };

    QCOMPARE(cell(Past, WebinarListModel::RegisteredColumn), locale.toString(4));
    QCOMPARE(cell(Past, WebinarListModel::AttendeesColumn), locale.toString(3));
    QCOMPARE(cell(Past, WebinarListModel::ShowUpColumn), percent(50, 0));
    QCOMPARE(cell(Soon, WebinarListModel::RegisteredColumn), locale.toString(2));
    QCOMPARE(cell(Soon, WebinarListModel::AttendeesColumn), dash);
    QCOMPARE(cell(Soon, WebinarListModel::ShowUpColumn), dash);
    QCOMPARE(cell(Old, WebinarListModel::RegisteredColumn), locale.toString(1));
    QCOMPARE(cell(Old, WebinarListModel::AttendeesColumn), locale.toString(0));
    QCOMPARE(cell(Old, WebinarListModel::ShowUpColumn), percent(0, 0));
    // All webinars: 7 registered, 3 attended; the rate over the sessions that
    // are over: 2 of 5.
    QCOMPARE(list->index(0, WebinarListModel::RegisteredColumn).data().toString(), locale.toString(7));
    QCOMPARE(list->index(0, WebinarListModel::AttendeesColumn).data().toString(), locale.toString(3));
    QCOMPARE(list->index(0, WebinarListModel::ShowUpColumn).data().toString(), percent(40, 0));
    for (int column : {int(WebinarListModel::RegisteredColumn), int(WebinarListModel::AttendeesColumn),
                       int(WebinarListModel::ShowUpColumn)})
        QCOMPARE(list->index(1, column).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

    const QString tip = list->index(list->rowOf(Past), WebinarListModel::TitleColumn)
                                .data(Qt::ToolTipRole).toString();
    for (const QString &line : {WebinarListModel::tr("Registered: %1").arg(locale.toString(4)),
                                WebinarListModel::tr("Attended: %1").arg(locale.toString(3)),
                                WebinarListModel::tr("No-shows: %1").arg(locale.toString(2)),
                                WebinarListModel::tr("Walk-ins: %1").arg(locale.toString(1)),
                                WebinarListModel::tr("Show-up rate: %1").arg(percent(50, 1)),
                                WebinarListModel::tr("Meeting link: %1").arg(MeetingLink)})
        QVERIFY2(tip.contains(line.toHtmlEscaped()), qPrintable(tip + QStringLiteral(" lacks ") + line));
    const QString soonTip = list->index(list->rowOf(Soon), WebinarListModel::TitleColumn)
                                    .data(Qt::ToolTipRole).toString();
    QVERIFY2(soonTip.contains(WebinarListModel::tr("No-shows: %1").arg(dash)), qPrintable(soonTip));
    QVERIFY2(soonTip.contains(WebinarListModel::tr("Still to come")), qPrintable(soonTip));

    // The Replay button column stays, also in a narrow list.
    QTreeView *view = f.page()->webinarPanel()->view();
    f.window->resize(1024, 600);
    QTRY_VERIFY(!view->isColumnHidden(WebinarListModel::ReplayColumn));
    QVERIFY(!view->isColumnHidden(WebinarListModel::ShowUpColumn));
    QVERIFY(!view->isColumnHidden(WebinarListModel::AttendeesColumn));
}

QTEST_MAIN(TestPeopleSelector)
#include "tst_PeopleSelector.moc"
