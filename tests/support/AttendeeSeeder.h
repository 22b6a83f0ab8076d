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

// Fills a test database with attendees, either through the real StoreWriter (as
// the listener would) or, for the million-row cases, with direct inserts.
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

    // -- Realistic data on an open connection (prepared with Schema::prepareForWriting):
    // Indian and international names, a few mail providers, webinars of very
    // different sizes; in large transactions, fast enough for a million rows.
    struct Options
    {
        qint64 attendees = 1000;
        int webinars = 20;
        quint32 seed = 7;
        QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        int secondsApart = 30;      // between consecutive attendees
        int batch = 50000;          // rows per transaction
        bool indexForSearch = true; // as the writer would once idle
    };

    explicit AttendeeSeeder(SqliteDatabase &db) : m_db(db) { }

    // `progress` (may be empty) is called after each transaction with the rows so far.
    bool realistic(const Options &options, QString *error,
                   const std::function<void(qint64)> &progress = {});
    // One attendee as a first delivery at `receivedAt`, not yet in the search
    // index (like a fresh delivery); its new row id, or -1.
    qint64 insert(const AttendeeRecord &attendee, const QDateTime &receivedAt, QString *error);
    // Puts attendees up to `upToId` (-1: all) into the search index, as the
    // writer does when it is idle.
    bool indexForSearch(QString *error, qint64 upToId = -1);

    // Deterministic webinar id and title of webinar `n` of realistic().
    static QString webinarId(int n);
    static QString webinarTitle(int n);

private:
    SqliteDatabase &m_db;
};

} // namespace hookdesk::test
