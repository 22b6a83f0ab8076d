// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace hookdesk {
class SqliteDatabase;
}

namespace hookdesk::test {

// Fills a test database with attendees. The static helpers store through the
// real StoreWriter (as the listener would) or insert a plain bulk; an instance
// fills a database (prepared with Schema::prepareForWriting) with attendees the
// way the writer would store them, but in large transactions: fast enough for a
// million rows, realistic enough for screenshots (Indian and international
// names, a few mail providers, webinars of very different sizes).
class AttendeeSeeder
{
public:
    struct Seed
    {
        AttendeeRecord attendee;
        QDateTime firstReceived;
        int deliveries = 1; // > 1: the same attendee is delivered again (a minute apart)
    };

    // Values that break naive CSV writers and spreadsheets: separators, quotes,
    // line breaks, scripts, emoji, formula triggers, phone numbers, look-alike
    // numbers and dates, empty fields. Two webinars, "W-ALPHA" and "W-BETA", and
    // one test delivery.
    static QList<Seed> trickySeeds();

    // Stores every seed through StoreWriter and waits for the commits.
    static bool write(const QString &databasePath, const QList<Seed> &seeds, QString *error);

    // `count` plain attendees over 50 webinars, inserted in one transaction.
    static bool bulk(const QString &databasePath, qint64 count, QString *error);

    struct Options
    {
        qint64 attendees = 1000;
        int webinars = 20;
        quint32 seed = 7;
        QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        int secondsApart = 30;   // between consecutive attendees
        int batch = 50000;       // rows per transaction
    };

    explicit AttendeeSeeder(SqliteDatabase &db) : m_db(db) { }

    // `progress` (may be empty) is called after each transaction with the rows so far.
    bool seed(const Options &options, QString *error,
              const std::function<void(qint64)> &progress = {});
    // One attendee as a first delivery at `receivedAt`; its new row id, or -1.
    qint64 insert(const AttendeeRecord &attendee, const QDateTime &receivedAt, QString *error);

    // Deterministic webinar id and title of webinar `n` of a seeded database.
    static QString webinarId(int n);
    static QString webinarTitle(int n);

private:
    SqliteDatabase &m_db;
};

} // namespace hookdesk::test
