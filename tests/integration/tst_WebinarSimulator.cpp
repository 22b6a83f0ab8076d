// SPDX-License-Identifier: GPL-3.0-or-later
// WebinarSimulator over real sockets: a whole webinar as TagMango would send it
// (bookings, three reminder rounds, attendance with walk-ins), read back by a
// capturing server and by the real listener on a temporary database.
#include "FakeTagMangoApi.h"
#include "IntakeHarness.h"
#include "MockClock.h"
#include "simulate/SimulatedAttendees.h"
#include "simulate/WebinarSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace hookdesk;
using namespace hookdesk::test;

namespace {

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString normalised(const QString &email)
{
    return email.trimmed().toLower();
}

// Runs the simulator to its end; the event loop keeps the capture answering.
WebinarSimulator::Result play(const WebinarSimulator::Options &options)
{
    WebinarSimulator simulator;
    QSignalSpy finished(&simulator, &WebinarSimulator::finished);
    QString error;
    if (!simulator.start(options, &error)) {
        qWarning() << "cannot start:" << error;
        return {};
    }
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<WebinarSimulator::Result>();
}

QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

} // namespace

class TestWebinarSimulator : public QObject
{
    Q_OBJECT
private slots:
    void attendingShare_data();
    void attendingShare();
    void variedEmailNormalisesBack();
    void wholeWebinarAsTagMangoSendsIt();
    void attendeesOnlySendsCompletionsOnly();
    void wholeWebinarThroughTheListener();
    void unusableOptions();
};

void TestWebinarSimulator::attendingShare_data()
{
    QTest::addColumn<int>("registrants");
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("attending");
    QTest::newRow("sixty_of_200") << 200 << 60 << 120;
    QTest::newRow("none") << 10 << 0 << 0;
    QTest::newRow("all") << 7 << 100 << 7;
    QTest::newRow("rounded_down") << 3 << 50 << 1;
}

void TestWebinarSimulator::attendingShare()
{
    QFETCH(int, registrants);
    QFETCH(int, percent);
    QFETCH(int, attending);
    const QList<int> indices = SimulatedAttendees::attendingIndices(registrants, percent);
    QCOMPARE(indices.size(), attending);
    QVERIFY(std::is_sorted(indices.cbegin(), indices.cend()));
    QCOMPARE(QSet<int>(indices.cbegin(), indices.cend()).size(), attending);
    for (const int i : indices)
        QVERIFY(i >= 0 && i < registrants);
}

void TestWebinarSimulator::variedEmailNormalisesBack()
{
    const QString varied = SimulatedAttendees::variedEmail(QStringLiteral("priya.mehta3@example.com"));
    QCOMPARE(varied, QStringLiteral("  Priya.Mehta3@Example.com "));
    QCOMPARE(normalised(varied), QStringLiteral("priya.mehta3@example.com"));
}

void TestWebinarSimulator::wholeWebinarAsTagMangoSendsIt()
{
    MockClock clock(QDateTime(QDate(2026, 1, 5), QTime(14, 5, 1, 250), Qt::UTC));
    FakeTagMangoApi capture;
    QVERIFY(capture.start());
    capture.answerWith(200, R"({"status":"logged"})");

    WebinarSimulator::Options options;
    options.wholeWebinar = true;
    options.count = 50;
    options.showUpPercent = 60;
    options.walkIns = 4;
    options.concurrency = 16;
    options.webinarTitle = QStringLiteral("Instagram Reels Bootcamp");
    options.hookUrl = at(capture.baseUrl(), QStringLiteral("/hooks/completed"));
    options.registrationHook.url = at(capture.baseUrl(), QStringLiteral("/hooks/booked"));
    options.reminderHook.url = at(capture.baseUrl(), QStringLiteral("/hooks/reminded"));
    const WebinarSimulator::Result result = play(options);

    QVERIFY(result.ok());
    QVERIFY(result.webinarId.startsWith(QLatin1String("hookdesk-sim-")));
    QCOMPARE(result.registrations.total, 50);
    QCOMPARE(result.reminders.total, 150);
    QCOMPARE(result.attended, 30);
    QCOMPARE(result.walkIns, 4);
    QCOMPARE(result.attendance.total, 34);
    QCOMPARE(result.total, 234);
    QCOMPARE(result.registrations.otherAccepted, 50);
    QCOMPARE(result.reminders.otherAccepted, 150);
    QCOMPARE(result.attendance.otherAccepted, 34);

    // Phase after phase, each call at its event's hook.
    const QList<FakeTagMangoApi::Request> &calls = capture.requests();
    QCOMPARE(calls.size(), 234);
    QStringList paths;
    for (const auto &call : calls) {
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.header("content-type"), QByteArray("application/json"));
        if (paths.isEmpty() || paths.last() != call.path)
            paths.append(call.path);
    }
    QCOMPARE(paths, (QStringList{QStringLiteral("/hooks/booked"), QStringLiteral("/hooks/reminded"),
                                 QStringLiteral("/hooks/completed")}));

    const QString from = QStringLiteral("2026-01-05T12:05:00.000Z");
    const QString to = QStringLiteral("2026-01-05T13:05:00.000Z");
    const QString meeting = QStringLiteral("https://meet.example.com/") + result.webinarId;
    const QString recording = QStringLiteral("https://replay.example.com/webinars/%1/recording").arg(result.webinarId);

    // Bookings: one per registrant, the session in callList, phone a number.
    QStringList registrants;
    int indianTimezones = 0;
    int unknownTimezones = 0;
    for (int i = 0; i < 50; ++i) {
        const QJsonObject booking = json(calls.at(i).body);
        QVERIFY2(!booking.contains(QStringLiteral("webinarId")), calls.at(i).body.constData());
        QVERIFY(booking.value(QStringLiteral("phone")).isDouble());
        QVERIFY(booking.value(QStringLiteral("phone")).toDouble() > 1e9);
        QVERIFY(!booking.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!booking.value(QStringLiteral("mangoes")).toString().isEmpty());
        const QJsonValue offset = booking.value(QStringLiteral("timezone"));
        QVERIFY(offset.isNull() || offset.isString());
        indianTimezones += offset.toString() == QLatin1String("+05:30");
        unknownTimezones += offset.isNull();
        const QJsonArray callList = booking.value(QStringLiteral("callList")).toArray();
        QCOMPARE(callList.size(), 1);
        const QJsonObject session = callList.first().toObject();
        QCOMPARE(session.value(QStringLiteral("webinarId")).toString(), result.webinarId);
        QCOMPARE(session.value(QStringLiteral("webinar")).toString(), QStringLiteral("Instagram Reels Bootcamp"));
        QCOMPARE(session.value(QStringLiteral("webinarLink")).toString(), meeting);
        QCOMPARE(session.value(QStringLiteral("webinarFromTime")).toString(), from);
        QCOMPARE(session.value(QStringLiteral("webinarToTime")).toString(), to);
        QCOMPARE(session.value(QStringLiteral("webinarFromTimeInCreatorTimezone")).toString(),
                 QStringLiteral("2026-01-05T17:35:00.000Z"));
        QCOMPARE(session.value(QStringLiteral("webinarToTimeInCreatorTimezone")).toString(),
                 QStringLiteral("2026-01-05T18:35:00.000Z"));
        QCOMPARE(session.value(QStringLiteral("creatorTimezone")).toString(), QStringLiteral("+05:30"));
        registrants.append(booking.value(QStringLiteral("email")).toString());
    }
    const QSet<QString> registered(registrants.cbegin(), registrants.cend());
    QCOMPARE(registered.size(), 50);
    QVERIFY2(indianTimezones > 25, QByteArray::number(indianTimezones).constData());
    QVERIFY(unknownTimezones > 0);

    // Reminders: three rounds, each reaching every registrant once, with the
    // meeting link and the phone as text.
    for (int round = 0; round < 3; ++round) {
        QSet<QString> reached;
        for (int i = 0; i < 50; ++i) {
            const QJsonObject reminder = json(calls.at(50 + round * 50 + i).body);
            QCOMPARE(reminder.value(QStringLiteral("webinarId")).toString(), result.webinarId);
            QCOMPARE(reminder.value(QStringLiteral("webinar")).toString(), QStringLiteral("Instagram Reels Bootcamp"));
            QCOMPARE(reminder.value(QStringLiteral("webinarLink")).toString(), meeting);
            QCOMPARE(reminder.value(QStringLiteral("webinarFromTime")).toString(), from);
            QCOMPARE(reminder.value(QStringLiteral("webinarToTime")).toString(), to);
            QCOMPARE(reminder.value(QStringLiteral("webinarFromTimeInCreatorTimezone")).toString(),
                     QStringLiteral("2026-01-05T17:35:00.000Z"));
            QCOMPARE(reminder.value(QStringLiteral("creatorTimezone")).toString(), QStringLiteral("+05:30"));
            QVERIFY(reminder.value(QStringLiteral("phone")).isString());
            QVERIFY(reminder.contains(QStringLiteral("timezone")));
            QVERIFY(!reminder.value(QStringLiteral("mangoes")).toString().isEmpty());
            reached.insert(reminder.value(QStringLiteral("email")).toString());
        }
        QCOMPARE(reached, registered);
    }

    // Attendance: 60 % of the registrants (some typing their address
    // differently) and four walk-ins nobody registered, with the recording.
    QSet<QString> attended;
    QSet<QString> walkIns;
    int varied = 0;
    for (int i = 200; i < 234; ++i) {
        const QJsonObject completion = json(calls.at(i).body);
        QCOMPARE(completion.value(QStringLiteral("webinarId")).toString(), result.webinarId);
        QCOMPARE(completion.value(QStringLiteral("webinarLink")).toString(), recording);
        QVERIFY(completion.value(QStringLiteral("phone")).isString());
        const QString email = completion.value(QStringLiteral("email")).toString();
        if (email != normalised(email)) {
            ++varied;
            QVERIFY2(email.startsWith(QLatin1Char(' ')) && email.endsWith(QLatin1Char(' ')), qPrintable(email));
            QVERIFY2(!registered.contains(email), qPrintable(email)); // not byte-equal to the booking
        }
        (registered.contains(normalised(email)) ? attended : walkIns).insert(normalised(email));
    }
    QCOMPARE(attended.size(), 30);
    QCOMPARE(walkIns.size(), 4);
    QVERIFY2(varied >= 5, QByteArray::number(varied).constData());
    // The right ones: the people (by index) the share picks.
    const SimulatedAttendees people(result.webinarId, options.webinarTitle);
    QSet<QString> expected;
    for (const int i : SimulatedAttendees::attendingIndices(50, 60))
        expected.insert(people.person(i).email);
    QCOMPARE(attended, expected);
}

void TestWebinarSimulator::attendeesOnlySendsCompletionsOnly()
{
    FakeTagMangoApi capture;
    QVERIFY(capture.start());
    capture.answerWith(200, R"({"status":"stored"})");
    WebinarSimulator::Options options;
    options.count = 12;
    options.hookUrl = at(capture.baseUrl(), QStringLiteral("/hooks/completed"));
    // Set but unused without wholeWebinar.
    options.registrationHook.url = at(capture.baseUrl(), QStringLiteral("/hooks/booked"));
    const WebinarSimulator::Result result = play(options);
    QVERIFY(result.ok());
    QCOMPARE(result.total, 12);
    QCOMPARE(result.stored, 12);
    QCOMPARE(result.registrations.total, 0);
    QCOMPARE(capture.requests().size(), 12);
    for (const auto &call : capture.requests()) {
        QCOMPARE(call.path, QStringLiteral("/hooks/completed"));
        const QJsonObject completion = json(call.body);
        QCOMPARE(completion.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                                                 QStringLiteral("webinar"), QStringLiteral("webinarId"),
                                                 QStringLiteral("webinarLink")}));
        const QString email = completion.value(QStringLiteral("email")).toString();
        QCOMPARE(email, normalised(email));
    }
}

void TestWebinarSimulator::wholeWebinarThroughTheListener()
{
    Harness h;
    QVERIFY(h.started);
    // The two other events' hooks, added on the writer so the listener knows them.
    auto added = std::make_shared<QList<Hook>>();
    h.writer.runTask([added](SqliteDatabase &db) {
        QString error;
        for (const QString &event : {QStringLiteral("webinar.created.single"), QStringLiteral("webinar.reminder.all")}) {
            if (auto hook = HookRepository::add(db, event, QString(), &error))
                added->append(*hook);
        }
    });
    QTRY_COMPARE(added->size(), 2);
    QTRY_VERIFY(h.hooks.snapshot()->contains(added->at(1).token));

    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(h.port));
    WebinarSimulator::Options options;
    options.wholeWebinar = true;
    options.count = 40;
    options.showUpPercent = 75;
    options.walkIns = 3;
    options.concurrency = 8;
    options.hookUrl = at(base, QString::fromUtf8(h.hookPath));
    options.registrationHook.url = at(base, added->at(0).path());
    options.reminderHook.url = at(base, added->at(1).path());
    const WebinarSimulator::Result result = play(options);

    QCOMPARE(result.errors, 0);
    // Bookings are answered (until the listener reads them, 422: no top-level webinarId).
    QCOMPARE(result.registrations.answered(), 40);
    QCOMPARE(result.reminders.accepted(), 120);
    QCOMPARE(result.attendance.stored, 33);
    QCOMPARE(result.attendance.refusedCount(), 0);
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1 AND webinar_id = '%1'")
                                .arg(result.webinarId)),
             33);
    // Varied addresses match their registration once normalised.
    QCOMPARE(h.db.count(QStringLiteral("SELECT count(DISTINCT email_norm) FROM attendees")), 33);
    QVERIFY(h.db.count(QStringLiteral("SELECT count(*) FROM attendees WHERE email <> email_norm")) > 0);
    for (const Hook &hook : std::as_const(*added)) {
        QTRY_COMPARE(h.db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE subscription_id = %1").arg(hook.id)),
                     hook.event == QLatin1String("webinar.created.single") ? 40 : 120);
    }
}

void TestWebinarSimulator::unusableOptions()
{
    WebinarSimulator simulator;
    WebinarSimulator::Options options;
    options.wholeWebinar = true;
    options.hookUrl = QUrl(QStringLiteral("http://127.0.0.1:9/hooks/a"));
    options.registrationHook.url = QUrl(QStringLiteral("http://127.0.0.1:9/hooks/b"));
    QString error;
    QVERIFY(!simulator.start(options, &error)); // no reminder hook
    QVERIFY2(error.contains(QLatin1String("not an http or https URL")), qPrintable(error));
    options.reminderHook.url = QUrl(QStringLiteral("http://127.0.0.1:9/hooks/c"));
    options.showUpPercent = 101;
    QVERIFY(!simulator.start(options, &error));
    QVERIFY(!simulator.isRunning());
}

QTEST_GUILESS_MAIN(TestWebinarSimulator)
#include "tst_WebinarSimulator.moc"
