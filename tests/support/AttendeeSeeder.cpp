// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeSeeder.h"

#include "store/SqliteDatabase.h"

#include <QRandomGenerator>

#include <cmath>

namespace hookdesk::test {
namespace {

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

QString asciiLower(const QString &text)
{
    // Email local parts are ASCII: "José" -> "jose", "Müller" -> "muller".
    QString folded = text.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : folded) {
        if (c.unicode() < 128 && c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

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
            "recording_url, first_received_at, last_received_at, is_test, raw_payload) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10) RETURNING id"));
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

bool AttendeeSeeder::seed(const Options &options, QString *error,
                          const std::function<void(qint64)> &progress)
{
    QRandomGenerator random(options.seed);
    SqliteStatement insert(m_db, QStringLiteral(
            "INSERT INTO attendees (webinar_id, email, email_norm, name, phone, webinar_title, "
            "recording_url, first_received_at, last_received_at, delivery_count) "
            "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)"));
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
                                          .arg(asciiLower(first), asciiLower(last))
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
    return true;
}

} // namespace hookdesk::test
