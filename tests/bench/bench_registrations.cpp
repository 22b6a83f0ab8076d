// SPDX-License-Identifier: GPL-3.0-or-later
// Registrants and no-shows at scale: seeds a database with 1,000,000 attendees
// over 200 webinars and 2,000,000 registrations (every attendee registered,
// plus a million who did not come), then times what the window and the CLI ask
// the store for, on a reading connection as they do:
//   - the webinar list with its counts (registered, attended, no-shows, walk-ins, rate),
//   - the first page (100 rows) of the no-show list, over all webinars and for one,
//     newest first and by name,
//   - the no-show count (from the counters) and with a text filter (a scan),
//   - the first page of the registered and walk-in lists.
// Targets (issue 15): the list under 200 ms, the no-show first page under 100 ms.
// Not a CTest test: run it by hand, e.g.
//   build/tests/bench/bench_registrations --db /tmp/regs.sqlite
// The database is reused when it already holds the rows.
#include "AttendeeSeeder.h"
#include "store/AttendeeFilter.h"
#include "store/AttendeeQuery.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/WebinarQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace hookdesk;
using People = AttendeeFilter::People;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool seed(const QString &path, qint64 attendees, qint64 extra, QString *error)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, error)) {
        if (error->isEmpty())
            *error = db.lastError().message;
        return false;
    }
    const qint64 have = db.scalar(QStringLiteral("SELECT count(*) FROM registrations")).toLongLong();
    if (have >= attendees + extra) {
        out() << "using the existing database: "
              << db.scalar(QStringLiteral("SELECT count(*) FROM attendees")).toLongLong() << " attendees, " << have
              << " registrations\n";
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    out() << "seeding " << attendees << " attendees...\n";
    out().flush();
    test::AttendeeSeeder::Options options;
    options.attendees = attendees;
    options.webinars = 200;
    options.secondsApart = 30;
    options.start = QDateTime::currentDateTimeUtc().addDays(-400);
    if (!test::AttendeeSeeder(db).realistic(options, error))
        return false;
    out() << "  " << timer.elapsed() / 1000 << " s\n";
    out() << "registering every attendee, and " << extra << " who did not come...\n";
    out().flush();
    // Through the triggers, as the writer's inserts go: the counters are theirs.
    const bool ok = db.exec(QStringLiteral(
            "BEGIN;"
            "UPDATE webinars SET starts_at = first_received_at, ends_at = first_received_at;"
            "INSERT INTO registrations (webinar_id, email, email_norm, name, phone, webinar_title, "
            "  first_received_at, last_received_at, booked_at) "
            "SELECT webinar_id, email, email_norm, name, phone, webinar_title, first_received_at, "
            "  first_received_at, first_received_at FROM attendees ORDER BY id;"
            "CREATE TEMP TABLE w AS SELECT row_number() OVER (ORDER BY webinar_id) - 1 AS n, webinar_id, "
            "  webinar_title FROM (SELECT DISTINCT webinar_id, webinar_title FROM attendees);"
            "INSERT INTO registrations (webinar_id, email, email_norm, name, phone, webinar_title, "
            "  first_received_at, last_received_at, booked_at) "
            "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %1) "
            // Names like the attendees' (so the lists interleave), other addresses.
            "SELECT w.webinar_id, 'noshow' || i || '@example.com', 'noshow' || i || '@example.com', "
            "  coalesce((SELECT name FROM attendees WHERE id = i), 'No Show ' || i), "
            "  '+91 98' || printf('%08d', i), w.webinar_title, "
            "  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
            "FROM k JOIN w ON w.n = k.i % (SELECT count(*) FROM w);"
            "COMMIT;"
            "PRAGMA wal_checkpoint(TRUNCATE);")
                                            .arg(extra));
    if (!ok) {
        *error = db.lastError().message;
        return false;
    }
    out() << "seeded in " << timer.elapsed() / 1000 << " s, file " << QFileInfo(path).size() / (1024 * 1024)
          << " MiB\n";
    return true;
}

// Median and worst of `runs` timings of `what`, in ms.
void time(const QString &label, int runs, const std::function<bool()> &what)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!what()) {
            out() << label << ": FAILED\n";
            return;
        }
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out() << QStringLiteral("%1  median %2 ms  max %3 ms  (%4 runs)\n")
                     .arg(label.leftJustified(58))
                     .arg(ms.at(ms.size() / 2), 7, 'f', 1)
                     .arg(ms.last(), 7, 'f', 1)
                     .arg(runs);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database (seeded unless it holds the rows)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("attendees"), QStringLiteral("Attendees (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timings per query (default 15)."),
                      QStringLiteral("N"), QStringLiteral("15")});
    parser.process(app);
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : dir.filePath(QStringLiteral("bench.sqlite"));
    const qint64 attendees = parser.value(QStringLiteral("attendees")).toLongLong();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QString error;
    if (!seed(path, attendees, attendees, &error)) {
        out() << "cannot seed: " << error << "\n";
        return 1;
    }

    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly) || !Schema::prepareForReading(db, &error)) {
        out() << "cannot open: " << error << db.lastError().message << "\n";
        return 1;
    }
    QList<WebinarRow> webinars = WebinarQuery::list(db, &error);
    if (webinars.isEmpty()) {
        out() << "no webinars: " << error << "\n";
        return 1;
    }
    // The biggest webinar: the worst case for a per-webinar list.
    const WebinarRow biggest = *std::max_element(webinars.cbegin(), webinars.cend(), [](const auto &a, const auto &b) {
        return a.registeredCount < b.registeredCount;
    });
    qint64 noShows = 0;
    for (const WebinarRow &w : webinars)
        noShows += w.noShows().value_or(0);
    out() << webinars.size() << " webinars, " << noShows << " no-shows; biggest webinar " << biggest.registeredCount
          << " registered, " << biggest.attendeeCount << " attended\n\n";

    time(QStringLiteral("webinar list with counts"), runs, [&] {
        QString e;
        return !WebinarQuery::list(db, &e).isEmpty();
    });
    const auto page = [&](People people, const QString &webinarId, AttendeeOrder::Key key, const QString &text) {
        return [&db, people, webinarId, key, text] {
            AttendeeFilter filter;
            filter.people = people;
            filter.webinarId = webinarId;
            filter.text = text;
            AttendeeOrder order;
            order.key = key;
            order.descending = key == AttendeeOrder::Key::Received;
            QList<AttendeeRow> rows;
            QString e;
            return AttendeeQuery(db).page(filter, order, 0, 100, -1, &rows, &e);
        };
    };
    const auto count = [&](People people, const QString &webinarId, const QString &text) {
        return [&db, people, webinarId, text] {
            AttendeeFilter filter;
            filter.people = people;
            filter.webinarId = webinarId;
            filter.text = text;
            QString e;
            return AttendeeQuery(db).count(filter, &e) >= 0;
        };
    };
    using Key = AttendeeOrder::Key;
    time(QStringLiteral("no-shows, all webinars: first page, newest first"), runs,
         page(People::NoShows, QString(), Key::Received, QString()));
    time(QStringLiteral("no-shows, all webinars: first page, by name"), runs,
         page(People::NoShows, QString(), Key::Name, QString()));
    time(QStringLiteral("no-shows, biggest webinar: first page, newest first"), runs,
         page(People::NoShows, biggest.webinarId, Key::Received, QString()));
    time(QStringLiteral("no-shows, biggest webinar: first page, by name"), runs,
         page(People::NoShows, biggest.webinarId, Key::Name, QString()));
    time(QStringLiteral("no-shows count, all webinars (counters)"), runs, count(People::NoShows, QString(), QString()));
    time(QStringLiteral("registered, all webinars: first page, newest first"), runs,
         page(People::Registered, QString(), Key::Received, QString()));
    time(QStringLiteral("walk-ins, all webinars: first page, newest first"), 3,
         page(People::WalkIns, QString(), Key::Received, QString()));
    time(QStringLiteral("no-shows with filter 'noshow12': first page (scan)"), 3,
         page(People::NoShows, QString(), Key::Received, QStringLiteral("noshow12")));
    time(QStringLiteral("no-shows with filter 'noshow12': count (scan)"), 3,
         count(People::NoShows, QString(), QStringLiteral("noshow12")));
    return 0;
}
