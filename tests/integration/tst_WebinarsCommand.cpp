// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk webinars` and `hookdesk export --people`, run as a user runs them,
// on a database the real writer filled with registrations and attendance.
#include "ChildProcess.h"
#include "TestDatabase.h"
#include "store/StoreWriter.h"

#include <QtTest>

#include <future>

using namespace hookdesk;
using hookdesk::test::ChildProcess;
using Run = ChildProcess::Result;

namespace {

const QDateTime now = QDateTime::currentDateTimeUtc();

RegistrationRecord registration(const QString &email, const QString &webinarId, const QDateTime &start)
{
    RegistrationRecord r;
    r.email = email;
    r.webinarId = webinarId;
    r.name = email.section(QLatin1Char('@'), 0, 0);
    r.webinarTitle = QStringLiteral("Launch, \"part\" %1").arg(webinarId);
    r.meetingUrl = QStringLiteral("https://meet.example.com/") + webinarId;
    r.startsAt = start;
    r.endsAt = start.addSecs(3600);
    return r;
}

AttendeeRecord attendee(const QString &email, const QString &webinarId)
{
    AttendeeRecord a;
    a.email = email;
    a.webinarId = webinarId;
    a.name = email.section(QLatin1Char('@'), 0, 0);
    a.recordingUrl = QStringLiteral("https://replay.example.com/") + webinarId;
    a.rawPayload = "{}";
    return a;
}

Run runHookdesk(const QStringList &arguments)
{
    ChildProcess::Options options;
    options.timeoutMs = 60000;
    return ChildProcess::run(ChildProcess::hookdesk(), arguments, options);
}

} // namespace

class TestWebinarsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvListsEveryWebinarWithItsCounts();
    void tableIsForReading();
    void exportEachPeopleList_data();
    void exportEachPeopleList();
    void badValuesAreRefused_data();
    void badValuesAreRefused();

private:
    test::TestDatabase m_db;
    QString m_past;   // ended two days ago: 8 registered, 5 came + 1 walk-in
    QString m_coming; // starts tomorrow: 2 registered
};

void TestWebinarsCommand::initTestCase()
{
    QVERIFY(QFile::exists(ChildProcess::hookdesk()));
    m_past = QStringLiteral("65a0000000000000000000p1");
    m_coming = QStringLiteral("65a0000000000000000000c2");
    StoreWriter writer;
    StoreWriter::Options options{m_db.path()};
    QString error;
    QVERIFY2(writer.start(options, &error), qPrintable(error));
    std::vector<std::future<WriteOutcome>> outcomes;
    auto submit = [&](WriteRequest request) {
        auto promise = std::make_shared<std::promise<WriteOutcome>>();
        outcomes.push_back(promise->get_future());
        request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
        request.delivery.status = 200;
        request.done = [promise](const WriteOutcome &o) { promise->set_value(o); };
        QVERIFY(writer.submit(std::move(request)));
    };
    for (int i = 1; i <= 8; ++i) {
        WriteRequest request;
        request.registrations = {registration(QStringLiteral("p%1@x.in").arg(i), m_past, now.addDays(-2))};
        submit(std::move(request));
    }
    for (int i = 1; i <= 5; ++i) {
        WriteRequest request;
        request.attendee = attendee(QStringLiteral("P%1@X.in").arg(i), m_past);
        submit(std::move(request));
    }
    WriteRequest walkIn;
    walkIn.attendee = attendee(QStringLiteral("walkin@x.in"), m_past);
    submit(std::move(walkIn));
    WriteRequest coming;
    coming.registrations = {registration(QStringLiteral("p1@x.in"), m_coming, now.addDays(1)),
                            registration(QStringLiteral("q@x.in"), m_coming, now.addDays(1))};
    submit(std::move(coming));
    for (auto &outcome : outcomes)
        QVERIFY(outcome.get().kind != DeliveryOutcome::Failed);
    writer.stop();
}

void TestWebinarsCommand::csvListsEveryWebinarWithItsCounts()
{
    const Run r = runHookdesk({QStringLiteral("webinars"), QStringLiteral("--db"), m_db.path(),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the last line ends too
    QCOMPARE(lines.size(), 3);
    // Exactly this header, RFC 4180 lines, no byte order mark.
    QCOMPARE(lines.at(0), QByteArray("webinar_id,title,starts_at,ends_at,registered,attended,no_shows,walk_ins,"
                                     "show_up_rate\r"));
    const auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs).toLatin1(); };
    const QByteArray past = m_past.toLatin1() + ",\"Launch, \"\"part\"\" " + m_past.toLatin1() + "\","
            + iso(now.addDays(-2)) + ',' + iso(now.addDays(-2).addSecs(3600)) + ",8,6,3,1,62.5\r";
    const QByteArray coming = m_coming.toLatin1() + ",\"Launch, \"\"part\"\" " + m_coming.toLatin1() + "\","
            + iso(now.addDays(1)) + ',' + iso(now.addDays(1).addSecs(3600)) + ",2,0,,0,\r";
    QVERIFY2(lines.contains(past), r.out.constData());
    QVERIFY2(lines.contains(coming), r.out.constData());
}

void TestWebinarsCommand::tableIsForReading()
{
    const Run r = runHookdesk({QStringLiteral("webinars"), QStringLiteral("--db"), m_db.path()});
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QVERIFY2(r.out.startsWith("Webinar ID"), r.out.constData());
    QVERIFY2(r.out.contains("62.5"), r.out.constData());
    // Unknown values read as "-", not as zero.
    const QList<QByteArray> lines = r.out.split('\n');
    bool sawComing = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith(m_coming.toLatin1())) {
            sawComing = true;
            QVERIFY2(line.simplified().endsWith("2 0 - 0 -"), line.constData());
        }
    }
    QVERIFY(sawComing);
}

void TestWebinarsCommand::exportEachPeopleList_data()
{
    QTest::addColumn<QString>("people");
    QTest::addColumn<QStringList>("emails");
    const auto range = [](const char *format, int from, int to) {
        QStringList out;
        for (int i = from; i <= to; ++i)
            out.append(QString::fromLatin1(format).arg(i));
        return out;
    };
    QTest::newRow("default") << QString() << range("P%1@X.in", 1, 5) + QStringList{QStringLiteral("walkin@x.in")};
    QTest::newRow("attended") << QStringLiteral("attended")
                              << range("P%1@X.in", 1, 5) + QStringList{QStringLiteral("walkin@x.in")};
    QTest::newRow("registered") << QStringLiteral("registered") << range("p%1@x.in", 1, 8);
    QTest::newRow("no-shows") << QStringLiteral("no-shows") << range("p%1@x.in", 6, 8);
    QTest::newRow("walk-ins") << QStringLiteral("walk-ins") << QStringList{QStringLiteral("walkin@x.in")};
}

void TestWebinarsCommand::exportEachPeopleList()
{
    QFETCH(QString, people);
    QFETCH(QStringList, emails);
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--db"), m_db.path(),
                          QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--profile"),
                          QStringLiteral("mail"), QStringLiteral("--columns"),
                          QStringLiteral("email,webinarId,recordingUrl"), QStringLiteral("--webinar"), m_past};
    if (!people.isEmpty())
        arguments << QStringLiteral("--people") << people;
    const Run r = runHookdesk(arguments);
    QVERIFY2(r.exitedWith(0), r.report().constData());
    QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("Email,Webinar ID,Recording link\r"));
    QCOMPARE(lines.takeLast(), QByteArray());
    QStringList got;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        QCOMPARE(cells.size(), 3);
        got.append(QString::fromUtf8(cells.at(0)));
        QCOMPARE(cells.at(1), m_past.toLatin1());
        // The no-show list carries the webinar's recording: the replay to mail.
        QCOMPARE(cells.at(2), QByteArray("https://replay.example.com/") + m_past.toLatin1());
    }
    got.sort();
    emails.sort();
    QCOMPARE(got, emails);
}

void TestWebinarsCommand::badValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("people") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("-"),
                                           QStringLiteral("--people"), QStringLiteral("noshows")}
                            << QByteArray("unknown --people 'noshows'");
    QTest::newRow("format") << QStringList{QStringLiteral("webinars"), QStringLiteral("--format"),
                                           QStringLiteral("json")}
                            << QByteArray("unknown format 'json'");
}

void TestWebinarsCommand::badValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = runHookdesk(arguments + QStringList{QStringLiteral("--db"), m_db.path()});
    QVERIFY2(r.exitedWith(2), r.report().constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebinarsCommand)
#include "tst_WebinarsCommand.moc"
