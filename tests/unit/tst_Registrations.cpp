// SPDX-License-Identifier: GPL-3.0-or-later
// Registrations in the store: one per (session, person) whatever arrives, the
// match with attendance, the webinar's counters (registered, attended,
// no-shows, walk-ins, show-up rate) and the four people lists, through the real
// writer and a reading connection.
#include "MockClock.h"
#include "TestDatabase.h"
#include "store/AttendeeFilter.h"
#include "store/AttendeeQuery.h"
#include "store/AttendeeRemoval.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"
#include "store/WebinarQuery.h"

#include <QtTest>

#include <future>

using namespace hookdesk;
using People = AttendeeFilter::People;
using hookdesk::test::MockClock;

namespace {

const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

RegistrationRecord registration(const QString &email, const QString &webinarId = QStringLiteral("w1"),
                                RegistrationSource source = RegistrationSource::Booking)
{
    RegistrationRecord r;
    r.email = email;
    r.webinarId = webinarId;
    r.name = QStringLiteral("Person ") + email.trimmed().section(QLatin1Char('@'), 0, 0);
    r.webinarTitle = QStringLiteral("Webinar ") + webinarId;
    r.meetingUrl = QStringLiteral("https://meet.example.com/") + webinarId;
    // Ended two hours ago unless a test says otherwise.
    r.startsAt = now.addSecs(-3 * 3600);
    r.endsAt = now.addSecs(-2 * 3600);
    r.source = source;
    return r;
}

AttendeeRecord attendee(const QString &email, const QString &webinarId = QStringLiteral("w1"))
{
    AttendeeRecord a;
    a.email = email;
    a.webinarId = webinarId;
    a.name = QStringLiteral("Attendee");
    a.recordingUrl = QStringLiteral("https://replay.example.com/") + webinarId;
    a.rawPayload = "{}";
    return a;
}

} // namespace

class TestRegistrations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void samePersonRegistersOnce();
    void registrationAndAttendanceMatchAcrossCaseAndSpaces();
    void lateReminderUndoesNothing();
    void bookingForSeveralSessionsRegistersEach();
    void resentBookingMovesTheSession();
    void countsPerWebinar();
    void sessionToComeHasNoNoShows();
    void peopleListsMatchTheCounts_data();
    void peopleListsMatchTheCounts();
    void peopleListsWorkWithFilters();
    void personRowCountsTheirWebinars();
    void countersStayRightWhileCallsArrive();
    void deletingKeepsTheCountersRight();

private:
    WriteOutcome write(const QList<RegistrationRecord> &registrations);
    WriteOutcome write(const AttendeeRecord &a);
    WriteOutcome submit(WriteRequest request);
    WebinarRow webinar(const QString &id);
    qint64 count(People people, const QString &text = QString(), const QString &webinarId = QString());
    QStringList emails(People people, const QString &text = QString(), const QString &webinarId = QString());
    // What the counters say must equal what the tables say.
    void verifyCountersMatchTheTables();

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<StoreWriter> m_writer;
    SqliteDatabase m_reader;
};

void TestRegistrations::init()
{
    m_file = std::make_unique<test::TestDatabase>();
    m_clock = std::make_unique<MockClock>(now);
    m_writer = std::make_unique<StoreWriter>();
    StoreWriter::Options options{m_file->path()};
    QString error;
    QVERIFY2(m_writer->start(options, &error), qPrintable(error));
    QVERIFY(m_reader.open(m_file->path(), SqliteDatabase::Mode::ReadOnly));
    QVERIFY2(Schema::prepareForReading(m_reader, &error), qPrintable(error));
}

void TestRegistrations::cleanup()
{
    m_reader.close();
    m_writer.reset();
    m_clock.reset();
    m_file.reset();
}

WriteOutcome TestRegistrations::submit(WriteRequest request)
{
    auto promise = std::make_shared<std::promise<WriteOutcome>>();
    auto future = promise->get_future();
    request.delivery.receivedAt = Clock::currentDateTimeUtc();
    request.delivery.status = 200;
    request.done = [promise](const WriteOutcome &outcome) { promise->set_value(outcome); };
    if (!m_writer->submit(std::move(request)))
        return WriteOutcome{};
    return future.get();
}

WriteOutcome TestRegistrations::write(const QList<RegistrationRecord> &registrations)
{
    WriteRequest request;
    request.registrations = registrations;
    return submit(std::move(request));
}

WriteOutcome TestRegistrations::write(const AttendeeRecord &a)
{
    WriteRequest request;
    request.attendee = a;
    return submit(std::move(request));
}

WebinarRow TestRegistrations::webinar(const QString &id)
{
    QString error;
    const QList<WebinarRow> rows = WebinarQuery::list(m_reader, &error);
    for (const WebinarRow &row : rows) {
        if (row.webinarId == id)
            return row;
    }
    return WebinarRow{};
}

qint64 TestRegistrations::count(People people, const QString &text, const QString &webinarId)
{
    AttendeeFilter filter;
    filter.people = people;
    filter.text = text;
    filter.webinarId = webinarId;
    QString error;
    const qint64 n = AttendeeQuery(m_reader).count(filter, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return n;
}

QStringList TestRegistrations::emails(People people, const QString &text, const QString &webinarId)
{
    AttendeeFilter filter;
    filter.people = people;
    filter.text = text;
    filter.webinarId = webinarId;
    QList<AttendeeRow> rows;
    QString error;
    AttendeeOrder order;
    order.key = AttendeeOrder::Key::Email;
    order.descending = false;
    if (!AttendeeQuery(m_reader).page(filter, order, 0, 1000, -1, &rows, &error))
        qWarning() << error;
    QStringList out;
    for (const AttendeeRow &row : rows)
        out.append(row.email.trimmed().toLower());
    return out;
}

void TestRegistrations::verifyCountersMatchTheTables()
{
    test::TestDatabase &f = *m_file;
    QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM webinars w WHERE registered_count <> "
                     "(SELECT count(*) FROM registrations r WHERE r.webinar_id = w.webinar_id) "
                     "OR attendee_count <> (SELECT count(*) FROM attendees a WHERE a.webinar_id = w.webinar_id) "
                     "OR matched_count <> (SELECT count(*) FROM attendees a JOIN registrations r "
                     "ON r.webinar_id = a.webinar_id AND r.email_norm = a.email_norm "
                     "WHERE a.webinar_id = w.webinar_id)")),
             0);
    // The walk-in flag says the same as the registrations.
    QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM attendees a WHERE a.registered <> EXISTS (SELECT 1 FROM "
                     "registrations r WHERE r.webinar_id = a.webinar_id AND r.email_norm = a.email_norm)")),
             0);
    QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM registrations r WHERE r.attended <> EXISTS (SELECT 1 FROM "
                     "attendees a WHERE a.webinar_id = r.webinar_id AND a.email_norm = r.email_norm)")),
             0);
    // Every session with a registration or an attendee has its row, and no other.
    QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM (SELECT webinar_id FROM registrations UNION SELECT webinar_id "
                     "FROM attendees) s WHERE s.webinar_id NOT IN (SELECT webinar_id FROM webinars)")),
             0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM webinars WHERE attendee_count <= 0 "
                                    "AND registered_count <= 0")),
             0);
}

void TestRegistrations::samePersonRegistersOnce()
{
    QCOMPARE(write({registration(QStringLiteral("asha@example.com"))}).kind, DeliveryOutcome::Stored);
    // The three reminders, in other spellings of the address: the same person.
    QCOMPARE(write({registration(QStringLiteral("Asha@Example.com"), QStringLiteral("w1"),
                                 RegistrationSource::Reminder1Day)})
                     .kind,
             DeliveryOutcome::Duplicate);
    QCOMPARE(write({registration(QStringLiteral("ASHA@example.COM"), QStringLiteral("w1"),
                                 RegistrationSource::Reminder30Min)})
                     .kind,
             DeliveryOutcome::Duplicate);
    m_clock->advanceMSecs(60 * 1000);
    QCOMPARE(write({registration(QStringLiteral("asha@example.com"), QStringLiteral("w1"),
                                 RegistrationSource::Reminder15Min)})
                     .kind,
             DeliveryOutcome::Duplicate);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM registrations")), 1);
    QCOMPARE(m_file->count(QStringLiteral("SELECT delivery_count FROM registrations")), 4);
    // Each kind of call keeps the time it first came; the address as first received.
    QCOMPARE(m_file->count(QStringLiteral(
                     "SELECT count(*) FROM registrations WHERE booked_at IS NOT NULL AND reminder_1day_at "
                     "IS NOT NULL AND reminder_30min_at IS NOT NULL AND reminder_15min_at > booked_at")),
             1);
    QCOMPARE(m_file->text(QStringLiteral("SELECT email FROM registrations")), QStringLiteral("asha@example.com"));
    QCOMPARE(webinar(QStringLiteral("w1")).registeredCount, 1);
    verifyCountersMatchTheTables();
}

void TestRegistrations::registrationAndAttendanceMatchAcrossCaseAndSpaces()
{
    // Registration first, then attendance in another spelling ...
    write({registration(QStringLiteral("Priya.Mehta@Example.com"))});
    write(attendee(QStringLiteral("priya.mehta@example.COM")));
    // ... and attendance first, then the registration.
    write(attendee(QStringLiteral("RAVI@example.com"), QStringLiteral("w1")));
    write({registration(QStringLiteral("ravi@EXAMPLE.com"))});
    const WebinarRow w = webinar(QStringLiteral("w1"));
    QCOMPARE(w.registeredCount, 2);
    QCOMPARE(w.attendeeCount, 2);
    QCOMPARE(w.matchedCount, 2);
    QCOMPARE(w.walkIns(), 0);
    QCOMPARE(w.noShows(), std::optional<qint64>(0));
    QCOMPARE(count(People::NoShows), 0);
    QCOMPARE(count(People::WalkIns), 0);
    verifyCountersMatchTheTables();
}

void TestRegistrations::lateReminderUndoesNothing()
{
    write({registration(QStringLiteral("asha@example.com"))});
    write(attendee(QStringLiteral("asha@example.com")));
    const QString attendeeBefore = m_file->text(QStringLiteral(
            "SELECT delivery_count || last_received_at FROM attendees"));
    m_clock->advanceMSecs(10 * 60 * 1000);
    // The 15-minute reminder, delayed until after the completion calls.
    QCOMPARE(write({registration(QStringLiteral("asha@example.com"), QStringLiteral("w1"),
                                 RegistrationSource::Reminder15Min)})
                     .kind,
             DeliveryOutcome::Duplicate);
    QCOMPARE(m_file->text(QStringLiteral("SELECT delivery_count || last_received_at FROM attendees")),
             attendeeBefore);
    const WebinarRow w = webinar(QStringLiteral("w1"));
    QCOMPARE(w.matchedCount, 1);
    QCOMPARE(w.noShows(), std::optional<qint64>(0));
    QCOMPARE(WebinarQuery::rateText(w.showUpRate()), QStringLiteral("100.0"));
    QCOMPARE(emails(People::Attended), QStringList{QStringLiteral("asha@example.com")});
    QVERIFY(emails(People::NoShows).isEmpty());
    verifyCountersMatchTheTables();
}

void TestRegistrations::bookingForSeveralSessionsRegistersEach()
{
    QList<RegistrationRecord> series;
    for (int i = 1; i <= 3; ++i) {
        RegistrationRecord r = registration(QStringLiteral("asha@example.com"), QStringLiteral("s%1").arg(i));
        r.startsAt = now.addDays(i - 2);
        r.endsAt = r.startsAt.addSecs(3600);
        series.append(r);
    }
    QCOMPARE(write(series).kind, DeliveryOutcome::Stored);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM registrations WHERE email_norm = 'asha@example.com'")), 3);
    for (int i = 1; i <= 3; ++i) {
        const WebinarRow w = webinar(QStringLiteral("s%1").arg(i));
        QCOMPARE(w.registeredCount, 1);
        QCOMPARE(w.startsAt, isoTimestamp(now.addDays(i - 2)));
        QCOMPARE(w.meetingUrl, QStringLiteral("https://meet.example.com/s%1").arg(i));
    }
    // The session that ended yesterday is over: its registrant is a no-show; the
    // ones today (ending in an hour) and tomorrow are still to come.
    QCOMPARE(webinar(QStringLiteral("s1")).noShows(), std::optional<qint64>(1));
    QCOMPARE(webinar(QStringLiteral("s2")).noShows(), std::nullopt);
    QCOMPARE(webinar(QStringLiteral("s3")).noShows(), std::nullopt);
    QCOMPARE(count(People::NoShows), 1);
    QCOMPARE(count(People::Registered), 3);
    verifyCountersMatchTheTables();
}

void TestRegistrations::resentBookingMovesTheSession()
{
    RegistrationRecord booked = registration(QStringLiteral("asha@example.com"));
    booked.startsAt = now.addDays(1);
    booked.endsAt = now.addDays(1).addSecs(3600);
    write({booked});
    m_clock->advanceMSecs(1000);
    // Moved an hour later, re-sent to every participant.
    RegistrationRecord moved = booked;
    moved.startsAt = booked.startsAt.addSecs(3600);
    moved.endsAt = booked.endsAt.addSecs(3600);
    QCOMPARE(write({moved}).kind, DeliveryOutcome::Duplicate);
    RegistrationRecord other = moved;
    other.email = QStringLiteral("ravi@example.com");
    write({other});
    const WebinarRow w = webinar(QStringLiteral("w1"));
    QCOMPARE(w.startsAt, isoTimestamp(moved.startsAt));
    QCOMPARE(w.endsAt, isoTimestamp(moved.endsAt));
    QCOMPARE(w.registeredCount, 2);
    // A call without times (an attendee, or a reminder that omits them) keeps them.
    RegistrationRecord bare = registration(QStringLiteral("ravi@example.com"));
    bare.startsAt = QDateTime();
    bare.endsAt = QDateTime();
    bare.meetingUrl.clear();
    write({bare});
    write(attendee(QStringLiteral("new@example.com")));
    QCOMPARE(webinar(QStringLiteral("w1")).startsAt, isoTimestamp(moved.startsAt));
}

void TestRegistrations::countsPerWebinar()
{
    // 4 registered; 2 of them came, and 1 who never registered.
    for (const char *email : {"a@x.in", "b@x.in", "c@x.in", "d@x.in"})
        write({registration(QString::fromLatin1(email))});
    write(attendee(QStringLiteral("a@x.in")));
    write(attendee(QStringLiteral("c@x.in")));
    write(attendee(QStringLiteral("walkin@x.in")));
    const WebinarRow w = webinar(QStringLiteral("w1"));
    QCOMPARE(w.registeredCount, 4);
    QCOMPARE(w.attendeeCount, 3);
    QCOMPARE(w.noShows(), std::optional<qint64>(2));
    QCOMPARE(w.walkIns(), 1);
    QCOMPARE(WebinarQuery::rateText(w.showUpRate()), QStringLiteral("50.0"));
    QCOMPARE(w.recordingUrl, QStringLiteral("https://replay.example.com/w1"));
    QCOMPARE(w.meetingUrl, QStringLiteral("https://meet.example.com/w1"));
    // 5 of 8 registrants: 62.5, one decimal.
    for (const char *email : {"e@x.in", "f@x.in", "g@x.in", "h@x.in"})
        write({registration(QString::fromLatin1(email))});
    for (const char *email : {"b@x.in", "e@x.in", "f@x.in"})
        write(attendee(QString::fromLatin1(email)));
    QCOMPARE(WebinarQuery::rateText(webinar(QStringLiteral("w1")).showUpRate()), QStringLiteral("62.5"));
    // A webinar known only from completion calls: attendance, but no rate.
    write(attendee(QStringLiteral("a@x.in"), QStringLiteral("w2")));
    const WebinarRow only = webinar(QStringLiteral("w2"));
    QCOMPARE(only.registeredCount, 0);
    QCOMPARE(only.walkIns(), 1);
    QCOMPARE(only.showUpRate(), std::nullopt);
    QCOMPARE(WebinarQuery::rateText(only.showUpRate()), QString());
    verifyCountersMatchTheTables();
}

void TestRegistrations::sessionToComeHasNoNoShows()
{
    RegistrationRecord r = registration(QStringLiteral("a@x.in"));
    r.startsAt = now.addSecs(-30 * 60); // running now, ends in 30 minutes
    r.endsAt = now.addSecs(30 * 60);
    write({r});
    QCOMPARE(webinar(QStringLiteral("w1")).noShows(), std::nullopt);
    QCOMPARE(webinar(QStringLiteral("w1")).showUpRate(), std::nullopt);
    QCOMPARE(count(People::NoShows), 0);
    QCOMPARE(count(People::Registered), 1);
    // Ended 20 minutes ago, no completion call yet: TagMango sends them 15
    // minutes after the end, so it may still come.
    m_clock->advanceMSecs(50 * 60 * 1000);
    QCOMPARE(webinar(QStringLiteral("w1")).noShows(), std::nullopt);
    // Ten minutes later nobody came: everyone is a no-show, the rate 0.0.
    m_clock->advanceMSecs(11 * 60 * 1000);
    QCOMPARE(webinar(QStringLiteral("w1")).noShows(), std::optional<qint64>(1));
    QCOMPARE(WebinarQuery::rateText(webinar(QStringLiteral("w1")).showUpRate()), QStringLiteral("0.0"));
    QCOMPARE(emails(People::NoShows), QStringList{QStringLiteral("a@x.in")});
    // The first completion call also says it is over, whatever the schedule.
    RegistrationRecord later = registration(QStringLiteral("b@x.in"), QStringLiteral("w2"));
    later.startsAt = now.addDays(1);
    later.endsAt = now.addDays(1);
    RegistrationRecord alsoLater = later;
    alsoLater.email = QStringLiteral("c@x.in");
    write({later, alsoLater});
    QCOMPARE(webinar(QStringLiteral("w2")).noShows(), std::nullopt);
    write(attendee(QStringLiteral("b@x.in"), QStringLiteral("w2")));
    QCOMPARE(webinar(QStringLiteral("w2")).noShows(), std::optional<qint64>(1));
}

void TestRegistrations::peopleListsMatchTheCounts_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<QString>("webinarId");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> emails) {
        QStringList out;
        for (const char *e : emails)
            out.append(QString::fromLatin1(e));
        return out;
    };
    QTest::newRow("attended") << int(People::Attended) << QString()
                              << list({"a@x.in", "a@x.in", "c@x.in", "walkin@x.in"});
    QTest::newRow("registered") << int(People::Registered) << QString()
                                << list({"a@x.in", "a@x.in", "b@x.in", "c@x.in", "d@x.in", "d@x.in"});
    QTest::newRow("no-shows") << int(People::NoShows) << QString() << list({"b@x.in", "d@x.in"});
    QTest::newRow("walk-ins") << int(People::WalkIns) << QString() << list({"walkin@x.in"});
    QTest::newRow("attended w2") << int(People::Attended) << QStringLiteral("w2") << list({"a@x.in"});
    QTest::newRow("registered w2") << int(People::Registered) << QStringLiteral("w2") << list({"a@x.in", "d@x.in"});
    QTest::newRow("no-shows w2") << int(People::NoShows) << QStringLiteral("w2") << list({"d@x.in"});
    QTest::newRow("walk-ins w2") << int(People::WalkIns) << QStringLiteral("w2") << QStringList();
    // w3 is still to come: registered, no no-shows yet.
    QTest::newRow("no-shows w3") << int(People::NoShows) << QStringLiteral("w3") << QStringList();
}

void TestRegistrations::peopleListsMatchTheCounts()
{
    QFETCH(int, people);
    QFETCH(QString, webinarId);
    QFETCH(QStringList, expected);
    for (const char *email : {"a@x.in", "b@x.in", "c@x.in"})
        write({registration(QString::fromLatin1(email))});
    write(attendee(QStringLiteral("A@x.in")));
    write(attendee(QStringLiteral("c@x.in")));
    write(attendee(QStringLiteral("walkin@x.in")));
    write({registration(QStringLiteral("a@x.in"), QStringLiteral("w2")),
           registration(QStringLiteral("d@x.in"), QStringLiteral("w2"))});
    write(attendee(QStringLiteral("a@x.in"), QStringLiteral("w2")));
    RegistrationRecord future = registration(QStringLiteral("d@x.in"), QStringLiteral("w3"));
    future.startsAt = now.addDays(2);
    future.endsAt = now.addDays(2);
    write({future});

    const People kind = People(people);
    QCOMPARE(emails(kind, QString(), webinarId), expected);
    // The counters (no text) and a scan (a text every row matches) agree with the rows.
    QCOMPARE(count(kind, QString(), webinarId), qint64(expected.size()));
    QCOMPARE(count(kind, QStringLiteral("x.in"), webinarId), qint64(expected.size()));
    QCOMPARE(emails(kind, QStringLiteral("x.in"), webinarId), expected);
    verifyCountersMatchTheTables();
}

void TestRegistrations::peopleListsWorkWithFilters()
{
    RegistrationRecord priya = registration(QStringLiteral("priya@x.in"));
    priya.name = QStringLiteral("Priya Mehta");
    priya.phone = QStringLiteral("+91 99422 31962");
    RegistrationRecord ravi = registration(QStringLiteral("ravi@x.in"));
    ravi.name = QStringLiteral("Ravi Kumar");
    write({priya});
    write({ravi});
    write({registration(QStringLiteral("asha@x.in"))});
    write(attendee(QStringLiteral("asha@x.in")));
    // Text, phone in another form, column terms and negation, over registrations.
    QCOMPARE(emails(People::NoShows, QStringLiteral("priya")), QStringList{QStringLiteral("priya@x.in")});
    QCOMPARE(emails(People::NoShows, QStringLiteral("9942231962")), QStringList{QStringLiteral("priya@x.in")});
    QCOMPARE(emails(People::NoShows, QStringLiteral("name:kumar")), QStringList{QStringLiteral("ravi@x.in")});
    QCOMPARE(emails(People::NoShows, QStringLiteral("-name:kumar")), QStringList{QStringLiteral("priya@x.in")});
    QCOMPARE(emails(People::Registered, QStringLiteral("asha")), QStringList{QStringLiteral("asha@x.in")});
    QCOMPARE(count(People::NoShows, QStringLiteral("x.in")), 2);
    // The no-show rows carry the webinar's recording link: the replay to mail.
    AttendeeFilter filter;
    filter.people = People::NoShows;
    QList<AttendeeRow> rows;
    QString error;
    QVERIFY(AttendeeQuery(m_reader).page(filter, AttendeeOrder{}, 0, 10, -1, &rows, &error));
    QCOMPARE(rows.size(), 2);
    for (const AttendeeRow &row : rows) {
        QCOMPARE(row.recordingUrl, QStringLiteral("https://replay.example.com/w1"));
        QVERIFY(!row.bookedAt.isEmpty());
        QVERIFY(row.reminder15MinAt.isEmpty());
    }
    // An unknown filter term is refused for every list alike.
    filter.text = QStringLiteral("after:yesterday");
    QVERIFY(AttendeeQuery(m_reader).count(filter, &error) < 0);
    QVERIFY(!error.isEmpty());
}

void TestRegistrations::personRowCountsTheirWebinars()
{
    for (const char *w : {"w1", "w2", "w3"})
        write({registration(QStringLiteral("asha@x.in"), QString::fromLatin1(w))});
    write(attendee(QStringLiteral("Asha@x.in"), QStringLiteral("w1")));
    write(attendee(QStringLiteral("asha@x.in"), QStringLiteral("w4")));
    for (const People people : {People::Attended, People::Registered}) {
        AttendeeFilter filter;
        filter.people = people;
        QList<AttendeeRow> rows;
        QString error;
        QVERIFY(AttendeeQuery(m_reader).page(filter, AttendeeOrder{}, 0, 10, -1, &rows, &error));
        QVERIFY(!rows.isEmpty());
        for (const AttendeeRow &row : rows) {
            QCOMPARE(row.registeredWebinars, 3);
            QCOMPARE(row.attendedWebinars, 2);
        }
    }
}

void TestRegistrations::countersStayRightWhileCallsArrive()
{
    // Registrations and attendance of overlapping people, interleaved in large
    // batches (group commit), duplicates and late reminders included.
    std::vector<std::future<WriteOutcome>> pending;
    auto queue = [&](WriteRequest request) {
        auto promise = std::make_shared<std::promise<WriteOutcome>>();
        pending.push_back(promise->get_future());
        request.delivery.receivedAt = Clock::currentDateTimeUtc();
        request.delivery.status = 200;
        request.done = [promise](const WriteOutcome &outcome) { promise->set_value(outcome); };
        QVERIFY(m_writer->submit(std::move(request)));
    };
    for (int i = 0; i < 3000; ++i) {
        const QString webinarId = QStringLiteral("w%1").arg(i % 7);
        const QString email = QStringLiteral("p%1@x.in").arg(i % 400);
        WriteRequest request;
        if (i % 3 == 0)
            request.attendee = attendee(i % 2 ? email.toUpper() : email, webinarId);
        else
            request.registrations = {registration(QLatin1Char(' ') + email, webinarId,
                                                  RegistrationSource(i % 4))};
        queue(std::move(request));
    }
    for (auto &future : pending)
        QVERIFY(future.get().kind != DeliveryOutcome::Failed);
    verifyCountersMatchTheTables();
    qint64 noShows = 0;
    QString error;
    for (const WebinarRow &w : WebinarQuery::list(m_reader, &error))
        noShows += w.noShows().value_or(0);
    QCOMPARE(count(People::NoShows), noShows);
    QCOMPARE(count(People::NoShows, QStringLiteral("x.in")), noShows);
    QCOMPARE(count(People::WalkIns), count(People::WalkIns, QStringLiteral("x.in")));
}

void TestRegistrations::deletingKeepsTheCountersRight()
{
    write({registration(QStringLiteral("a@x.in")), registration(QStringLiteral("a@x.in"), QStringLiteral("w2"))});
    write({registration(QStringLiteral("b@x.in"))});
    const WriteOutcome came = write(attendee(QStringLiteral("a@x.in")));
    write(attendee(QStringLiteral("walkin@x.in")));
    QCOMPARE(webinar(QStringLiteral("w1")).matchedCount, 1);
    // An attendee deleted: a no-show again.
    std::promise<qint64> removed;
    m_writer->runTask([&](SqliteDatabase &db) {
        QString error;
        removed.set_value(AttendeeRemoval::removeAttendees(db, {came.attendeeId}, &error));
    });
    QCOMPARE(removed.get_future().get(), 1);
    QCOMPARE(webinar(QStringLiteral("w1")).matchedCount, 0);
    QCOMPARE(webinar(QStringLiteral("w1")).noShows(), std::optional<qint64>(2));
    verifyCountersMatchTheTables();
    // A registration deleted.
    const qint64 b = m_file->count(QStringLiteral("SELECT id FROM registrations WHERE email_norm = 'b@x.in'"));
    std::promise<qint64> gone;
    m_writer->runTask([&](SqliteDatabase &db) {
        QString error;
        gone.set_value(AttendeeRemoval::removeRegistrations(db, {b}, &error));
    });
    QCOMPARE(gone.get_future().get(), 1);
    QCOMPARE(webinar(QStringLiteral("w1")).registeredCount, 1);
    verifyCountersMatchTheTables();
    // The whole webinar: attendees and registrations; the other session stays.
    std::promise<qint64> webinarGone;
    m_writer->runTask([&](SqliteDatabase &db) {
        QString error;
        webinarGone.set_value(AttendeeRemoval::removeWebinar(db, QStringLiteral("w1"), &error));
    });
    QCOMPARE(webinarGone.get_future().get(), 1);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id = 'w1'")), 0);
    QCOMPARE(m_file->count(QStringLiteral("SELECT count(*) FROM registrations WHERE webinar_id = 'w1'")), 0);
    QCOMPARE(webinar(QStringLiteral("w2")).registeredCount, 1);
    verifyCountersMatchTheTables();
}

QTEST_GUILESS_MAIN(TestRegistrations)
#include "tst_Registrations.moc"
