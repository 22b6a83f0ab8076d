// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
};

} // namespace hookdesk::test
