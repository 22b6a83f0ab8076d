// SPDX-License-Identifier: GPL-3.0-or-later
// Reminder and booking payloads: TagMango's documented examples of every event
// kind (tests/data/events), and each way a payload can be of the wrong shape
// for its hook, refused with 422 naming the field.
#include "intake/PayloadParser.h"
#include "tagmango/EventCatalogue.h"

#include <QFile>
#include <QtTest>

using namespace hookdesk;

namespace {

QByteArray fixture(const QString &event)
{
    QFile file(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/events/%1.json").arg(event));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture for %s", qPrintable(event));
    return file.readAll();
}

const QDateTime received = QDateTime(QDate(2024, 3, 15), QTime(9, 45), Qt::UTC);

} // namespace

class TestRegistrationParser : public QObject
{
    Q_OBJECT
private slots:
    void everyEventHasAFixture();
    void documentedExamples_data();
    void documentedExamples();
    void reminderKindFromTheTimeLeft_data();
    void reminderKindFromTheTimeLeft();
    void wrongShapeNamesTheField_data();
    void wrongShapeNamesTheField();
    void completionPayloadIsNotARegistrationForABooking();
    void sameSessionTwiceInOneBookingIsOne();
    void tooManySessionsAreRefused();
};

void TestRegistrationParser::everyEventHasAFixture()
{
    for (const QString &event : EventCatalogue::webinarEvents())
        QVERIFY2(QFile::exists(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/events/%1.json").arg(event)),
                 qPrintable(event));
}

void TestRegistrationParser::documentedExamples_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("sessions");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("source");
    const QStringList one{QStringLiteral("634fc35ddaf58580e2418c40")};
    // Received at 09:45, a quarter of an hour before the 10:00 start.
    QTest::newRow("reminder.all") << QStringLiteral("webinar.reminder.all") << one << QStringLiteral("1234567890")
                                  << int(RegistrationSource::Reminder15Min);
    QTest::newRow("reminder.1day") << QStringLiteral("webinar.reminder.1day") << one << QStringLiteral("1234567890")
                                   << int(RegistrationSource::Reminder1Day);
    QTest::newRow("reminder.15min") << QStringLiteral("webinar.reminder.15min") << one
                                    << QStringLiteral("1234567890") << int(RegistrationSource::Reminder15Min);
    // Bookings: phone is a JSON number there.
    QTest::newRow("created.single") << QStringLiteral("webinar.created.single") << one
                                    << QStringLiteral("1234567890") << int(RegistrationSource::Booking);
    QTest::newRow("created.recurring")
            << QStringLiteral("webinar.created.recurring")
            << QStringList{QStringLiteral("634fc35ddaf58580e2418c40"), QStringLiteral("634fc35ddaf58580e2418c41")}
            << QStringLiteral("1234567890") << int(RegistrationSource::Booking);
}

void TestRegistrationParser::documentedExamples()
{
    QFETCH(QString, event);
    QFETCH(QStringList, sessions);
    QFETCH(QString, phone);
    QFETCH(int, source);
    QVERIFY(PayloadParser::isRegistrationEvent(event));
    const RegistrationParse parsed = PayloadParser().parseRegistrations(fixture(event), event, received);
    QVERIFY2(parsed.ok, qPrintable(parsed.field + QLatin1String(": ") + parsed.error));
    QCOMPARE(parsed.status, 200);
    QCOMPARE(parsed.registrations.size(), sessions.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const RegistrationRecord &r = parsed.registrations.at(i);
        QCOMPARE(r.webinarId, sessions.at(i));
        QCOMPARE(r.email, QStringLiteral("john@example.com"));
        QCOMPARE(r.name, QStringLiteral("John Doe"));
        QCOMPARE(r.phone, phone);
        QCOMPARE(r.timezone, QStringLiteral("+05:30"));
        QVERIFY(r.mangoes.startsWith(QStringLiteral("M")) || r.mangoes.startsWith(QStringLiteral("mango1")));
        QCOMPARE(r.webinarTitle, QStringLiteral("Introduction to Digital Marketing"));
        // The join link, never taken for a recording.
        QCOMPARE(r.meetingUrl, QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QCOMPARE(int(r.source), source);
        QVERIFY(!r.isTest);
        // UTC instants; the "InCreatorTimezone" wall-clock texts are not read.
        QCOMPARE(r.startsAt.timeSpec(), Qt::UTC);
        QCOMPARE(r.endsAt.toMSecsSinceEpoch() - r.startsAt.toMSecsSinceEpoch(), qint64(3600 * 1000));
    }
    QCOMPARE(parsed.registrations.first().startsAt, QDateTime(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC));
    if (sessions.size() > 1)
        QCOMPARE(parsed.registrations.at(1).startsAt, QDateTime(QDate(2024, 3, 22), QTime(10, 0), Qt::UTC));
}

void TestRegistrationParser::reminderKindFromTheTimeLeft_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("minutesLeft");
    QTest::addColumn<int>("source");
    const QString all = QStringLiteral("webinar.reminder.all");
    QTest::newRow("a day before") << all << 24 * 60 << int(RegistrationSource::Reminder1Day);
    QTest::newRow("a day before, late by hours") << all << 20 * 60 << int(RegistrationSource::Reminder1Day);
    QTest::newRow("30 min") << all << 30 << int(RegistrationSource::Reminder30Min);
    QTest::newRow("30 min, 5 late") << all << 25 << int(RegistrationSource::Reminder30Min);
    QTest::newRow("15 min") << all << 15 << int(RegistrationSource::Reminder15Min);
    QTest::newRow("after the start") << all << -90 << int(RegistrationSource::Reminder15Min);
    // The specific events say which one they are, whenever they arrive.
    QTest::newRow("1day event, late") << QStringLiteral("webinar.reminder.1day") << 10
                                      << int(RegistrationSource::Reminder1Day);
    QTest::newRow("15min event, early") << QStringLiteral("webinar.reminder.15min") << 600
                                        << int(RegistrationSource::Reminder15Min);
}

void TestRegistrationParser::reminderKindFromTheTimeLeft()
{
    QFETCH(QString, event);
    QFETCH(int, minutesLeft);
    QFETCH(int, source);
    const QDateTime start(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC);
    QCOMPARE(int(PayloadParser::reminderSource(event, start, start.addSecs(-60 * minutesLeft))), source);
    const RegistrationParse parsed
            = PayloadParser().parseRegistrations(fixture(QStringLiteral("webinar.reminder.all")), event,
                                                 start.addSecs(-60 * minutesLeft));
    QVERIFY(parsed.ok);
    QCOMPARE(int(parsed.registrations.first().source), source);
}

void TestRegistrationParser::wrongShapeNamesTheField_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString reminder = QStringLiteral("webinar.reminder.all");
    const QString booking = QStringLiteral("webinar.created.single");
    QTest::newRow("not JSON") << reminder << QByteArray("{") << 400 << QString();
    QTest::newRow("array") << booking << QByteArray("[]") << 422 << QString();
    QTest::newRow("reminder without webinarId")
            << reminder << QByteArray(R"({"email":"a@b.in","webinar":"W"})") << 422 << QStringLiteral("webinarId");
    QTest::newRow("reminder without email")
            << reminder << QByteArray(R"({"webinarId":"w"})") << 422 << QStringLiteral("email");
    QTest::newRow("reminder with a bad email")
            << reminder << QByteArray(R"({"webinarId":"w","email":"not-an-email"})") << 422 << QStringLiteral("email");
    QTest::newRow("start without a zone")
            << reminder << QByteArray(R"({"webinarId":"w","email":"a@b.in","webinarFromTime":"2024-03-15T10:00:00"})")
            << 422 << QStringLiteral("webinarFromTime");
    QTest::newRow("start not a time")
            << reminder << QByteArray(R"({"webinarId":"w","email":"a@b.in","webinarFromTime":"tomorrow"})") << 422
            << QStringLiteral("webinarFromTime");
    QTest::newRow("end before start")
            << reminder
            << QByteArray(R"({"webinarId":"w","email":"a@b.in","webinarFromTime":"2024-03-15T10:00:00Z","webinarToTime":"2024-03-15T09:00:00Z"})")
            << 422 << QStringLiteral("webinarToTime");
    QTest::newRow("timezone a number")
            << reminder << QByteArray(R"({"webinarId":"w","email":"a@b.in","timezone":5.5})") << 422
            << QStringLiteral("timezone");
    QTest::newRow("phone a fraction")
            << booking << QByteArray(R"({"email":"a@b.in","phone":12.5,"callList":[{"webinarId":"w"}]})") << 422
            << QStringLiteral("phone");
    QTest::newRow("booking without callList")
            << booking << QByteArray(R"({"email":"a@b.in","webinarId":"w"})") << 422 << QStringLiteral("callList");
    QTest::newRow("callList an object")
            << booking << QByteArray(R"({"email":"a@b.in","callList":{"webinarId":"w"}})") << 422
            << QStringLiteral("callList");
    QTest::newRow("callList empty")
            << booking << QByteArray(R"({"email":"a@b.in","callList":[]})") << 422 << QStringLiteral("callList");
    QTest::newRow("session not an object")
            << booking << QByteArray(R"({"email":"a@b.in","callList":[{"webinarId":"w"},"x"]})") << 422
            << QStringLiteral("callList[1]");
    QTest::newRow("second session without id")
            << booking << QByteArray(R"({"email":"a@b.in","callList":[{"webinarId":"w"},{"webinar":"T"}]})") << 422
            << QStringLiteral("callList[1].webinarId");
    QTest::newRow("session with a bad end")
            << QStringLiteral("webinar.created.recurring")
            << QByteArray(R"({"email":"a@b.in","callList":[{"webinarId":"w","webinarToTime":17}]})") << 422
            << QStringLiteral("callList[0].webinarToTime");
}

void TestRegistrationParser::wrongShapeNamesTheField()
{
    QFETCH(QString, event);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const RegistrationParse parsed = PayloadParser().parseRegistrations(body, event, received);
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.status, status);
    QCOMPARE(parsed.field, field);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(parsed.registrations.isEmpty());
}

// The completion event's example lacks callList: a booking hook refuses it,
// naming the field, where a reminder hook reads its top-level session.
void TestRegistrationParser::completionPayloadIsNotARegistrationForABooking()
{
    const QByteArray completion = fixture(EventCatalogue::CompletedAll);
    const RegistrationParse booking
            = PayloadParser().parseRegistrations(completion, QStringLiteral("webinar.created.single"), received);
    QCOMPARE(booking.status, 422);
    QCOMPARE(booking.field, QStringLiteral("callList"));
    const RegistrationParse reminder
            = PayloadParser().parseRegistrations(completion, QStringLiteral("webinar.reminder.all"), received);
    QVERIFY(reminder.ok);
    // A reminder's webinarLink is the meeting link, whatever the sender meant.
    QCOMPARE(reminder.registrations.first().meetingUrl, QStringLiteral("https://example.com/webinar/recording/123"));
    // And a booking is not an attendee: no top-level webinarId.
    const ParseResult attendee = PayloadParser().parse(fixture(QStringLiteral("webinar.created.single")));
    QCOMPARE(attendee.status, 422);
    QCOMPARE(attendee.field, QStringLiteral("webinarId"));
}

void TestRegistrationParser::sameSessionTwiceInOneBookingIsOne()
{
    const RegistrationParse parsed = PayloadParser().parseRegistrations(
            R"({"email":"a@b.in","callList":[{"webinarId":"w"},{"webinarId":"v"},{"webinarId":"w"}]})",
            QStringLiteral("webinar.created.recurring"), received);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.registrations.size(), 2);
}

void TestRegistrationParser::tooManySessionsAreRefused()
{
    QByteArray body = R"({"email":"a@b.in","callList":[)";
    for (int i = 0; i <= PayloadParser::MaxSessions; ++i)
        body += (i ? "," : "") + QByteArray(R"({"webinarId":"s)") + QByteArray::number(i) + "\"}";
    body += "]}";
    const RegistrationParse parsed
            = PayloadParser().parseRegistrations(body, QStringLiteral("webinar.created.recurring"), received);
    QCOMPARE(parsed.status, 422);
    QCOMPARE(parsed.field, QStringLiteral("callList"));
    QCOMPARE(parsed.error, QStringLiteral("more than %1 sessions").arg(PayloadParser::MaxSessions));
}

QTEST_GUILESS_MAIN(TestRegistrationParser)
#include "tst_RegistrationParser.moc"
