// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/Clock.h"
#include "core/AppInfo.h"
#include "simulate/SimulationHooks.h"
#include "simulate/WebinarSimulator.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/TestData.h"
#include "tagmango/EventCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace hookdesk::Commands {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

bool openDatabase(const QCommandLineParser &parser, SqliteDatabase &db, QString *error)
{
    QString path;
    if (!CommandOptions::databasePath(parser, &path, error))
        return false;
    // Looking for a hook (or test data) must not leave an empty database behind.
    if (!QFileInfo::exists(path)) {
        *error = Text::tr("there is no HookDesk database at %1; pass --db FILE, or the full hook URL "
                          "with --url")
                         .arg(path);
        return false;
    }
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite)) {
        *error = Text::tr("cannot open %1: %2").arg(path, db.lastError().message);
        return false;
    }
    db.setBusyTimeout(5000);
    if (!Schema::prepareForWriting(db, error)) {
        *error = Text::tr("database %1 is unusable: %2").arg(path, *error);
        return false;
    }
    return true;
}

// What the run says about a hook it had to make.
void tellAdded(const SimulationHooks::Found &found)
{
    if (!found.added)
        return;
    //: %1 event name, %2 the new hook's path (token shortened).
    Console::err() << Text::tr("no active %1 hook; added one: %2")
                              .arg(found.hook->event, found.hook->path().left(13) + QStringLiteral("…"))
                   << Qt::endl;
}

QString refusedText(const WebinarSimulator::Tally &tally)
{
    QStringList refused;
    for (auto it = tally.refused.cbegin(); it != tally.refused.cend(); ++it)
        refused.append(Text::tr("%1× %2").arg(it.value()).arg(it.key()));
    return refused.isEmpty() ? QString()
                             : QStringLiteral(" (") + refused.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// One line per phase: what it sent, how the listener answered.
void printPhases(const WebinarSimulator::Result &result)
{
    using Phase = WebinarSimulator::Phase;
    //: %1 webinar ID; the rest are counts of calls per phase of a simulated webinar.
    Console::out() << Text::tr("webinar %1: registered %2, reminders %3, attended %4 + %5 walk-ins")
                              .arg(result.webinarId)
                              .arg(result.registrations.total)
                              .arg(result.reminders.total)
                              .arg(result.attended)
                              .arg(result.walkIns)
                   << Qt::endl;
    const struct
    {
        Phase phase;
        const WebinarSimulator::Tally &tally;
    } phases[] = {{Phase::Registrations, result.registrations},
                  {Phase::Reminders, result.reminders},
                  {Phase::Attendance, result.attendance}};
    for (const auto &[phase, tally] : phases) {
        //: %1 event name; counts of calls: accepted (2xx), of them stored and duplicate, refused, unanswered.
        Console::out() << Text::tr("  %1: %2 sent, %3 accepted (%4 stored, %5 duplicate), %6 refused%7, "
                                   "%8 without an answer")
                                  .arg(WebinarSimulator::eventOf(phase))
                                  .arg(tally.total)
                                  .arg(tally.accepted())
                                  .arg(tally.stored)
                                  .arg(tally.duplicates)
                                  .arg(tally.refusedCount())
                                  .arg(refusedText(tally))
                                  .arg(tally.errors)
                       << Qt::endl;
    }
}

// The URL with its hook token shortened, as the delivery log shows paths.
QString shortened(const QUrl &url)
{
    QString path = url.path();
    static const QString prefix = QStringLiteral("/hooks/");
    if (path.startsWith(prefix) && path.size() > prefix.size() + 6)
        path = path.left(prefix.size() + 6) + QStringLiteral("…");
    QUrl shown = url;
    shown.setPath(QString());
    shown.setQuery(QString());
    return shown.toString(QUrl::RemoveUserInfo) + path;
}

int removeTestData(const QCommandLineParser &parser)
{
    SqliteDatabase db;
    QString error;
    if (!openDatabase(parser, db, &error))
        return Console::fail(error);
    const qint64 removed = TestData::remove(db, &error);
    if (removed < 0)
        return Console::fail(Text::tr("cannot remove the test data: %1").arg(error));
    Console::out() << Text::tr("removed %n test attendee(s)", nullptr, int(removed)) << Qt::endl;
    return Cli::Ok;
}

} // namespace

void simulateOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Text::tr("Send made-up attendees of a simulated webinar to a HookDesk listener over real "
                     "HTTP, as TagMango does after a webinar, and report how they were answered. "
                     "They are stored as test data (webinar ID hookdesk-sim-…); remove them with "
                     "--remove-test-data."));
    parser.addOption(CommandOptions::database());
    parser.addOption({QStringLiteral("count"),
                      Text::tr("Attendees to send (default 1000); with --whole-webinar, registrants "
                               "(default 200)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"), Text::tr("Requests in flight at once (default 64)."),
                      QStringLiteral("C"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("url"),
                      Text::tr("Hook URL to send to. A URL without a path gets the path of the newest "
                               "active hook in the database (default http://127.0.0.1:%1).")
                              .arg(AppInfo::DefaultPort),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("title"), Text::tr("Webinar title (default \"Simulated webinar\")."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("webinar-id"),
                      Text::tr("Webinar ID to use (default hookdesk-sim-<date>-<time>). Reusing one "
                               "sends the same attendees again, as a retry would. Must start with "
                               "hookdesk-sim-, so the attendees stay test data."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("whole-webinar"),
                      Text::tr("Play a whole webinar: a booking per registrant (webinar.created.single), "
                               "the three reminder rounds (webinar.reminder.all), then the completion "
                               "calls of those who showed up and of a few walk-ins. Hooks for the first "
                               "two events are taken from the database, or added there.")});
    parser.addOption({QStringLiteral("show-up"),
                      Text::tr("With --whole-webinar: the percentage of registrants who attend "
                               "(default 60)."),
                      QStringLiteral("PERCENT"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("walk-ins"),
                      Text::tr("With --whole-webinar: attendees who never registered (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("remove-test-data"),
                      Text::tr("Send nothing; delete every test attendee (simulations, URL checks) "
                               "from the database instead.")});
}

int simulate(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Console::fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                             Cli::Usage);
    if (parser.isSet(QStringLiteral("remove-test-data")))
        return removeTestData(parser);

    const bool wholeWebinar = parser.isSet(QStringLiteral("whole-webinar"));
    bool ok = true;
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&ok)
                                                            : (wholeWebinar ? 200 : 1000);
    if (!ok || count < 1 || count > 1000000)
        return Console::fail(Text::tr("--count must be a whole number from 1 to 1000000"), Cli::Usage);
    const int showUp = parser.value(QStringLiteral("show-up")).toInt(&ok);
    if (!ok || showUp < 0 || showUp > 100)
        return Console::fail(Text::tr("--show-up must be a whole number from 0 to 100"), Cli::Usage);
    const int walkIns = parser.value(QStringLiteral("walk-ins")).toInt(&ok);
    if (!ok || walkIns < 0 || walkIns > 1000000)
        return Console::fail(Text::tr("--walk-ins must be a whole number from 0 to 1000000"), Cli::Usage);
    if (!wholeWebinar && (parser.isSet(QStringLiteral("show-up")) || parser.isSet(QStringLiteral("walk-ins"))))
        return Console::fail(Text::tr("--show-up and --walk-ins need --whole-webinar"), Cli::Usage);
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 1024)
        return Console::fail(Text::tr("--concurrency must be a whole number from 1 to 1024"), Cli::Usage);

    if (parser.isSet(QStringLiteral("webinar-id"))
        && !parser.value(QStringLiteral("webinar-id")).startsWith(QLatin1String("hookdesk-sim-")))
        return Console::fail(Text::tr("--webinar-id must start with hookdesk-sim-, so the attendees are "
                                      "stored as test data"),
                             Cli::Usage);

    WebinarSimulator::Options options;
    options.count = count;
    options.concurrency = concurrency;
    options.webinarTitle = parser.value(QStringLiteral("title"));
    options.wholeWebinar = wholeWebinar;
    options.showUpPercent = showUp;
    options.walkIns = walkIns;
    QUrl url(parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url"))
                                                 : QStringLiteral("http://127.0.0.1:%1").arg(AppInfo::DefaultPort),
             QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Console::fail(Text::tr("--url: '%1' is not an http or https URL").arg(parser.value(QStringLiteral("url"))),
                             Cli::Usage);

    QString source;
    const bool pathGiven = !url.path().isEmpty() && url.path() != QLatin1String("/");
    // A whole webinar always needs the database: its other hooks are there.
    if (!pathGiven || wholeWebinar) {
        SqliteDatabase db;
        QString error;
        if (!openDatabase(parser, db, &error))
            return Console::fail(error);
        if (!pathGiven) {
            const std::optional<Hook> hook = SimulationHooks::newestActive(db, EventCatalogue::CompletedAll, &error);
            if (!hook) {
                return Console::fail(error.isEmpty()
                                             ? Text::tr("no active webinar.completed.all hook in %1; create one "
                                                        "with 'hookdesk hook add' or pass the full hook URL "
                                                        "with --url")
                                                       .arg(db.path())
                                             : error);
            }
            url.setPath(hook->path());
            options.verification = {hook->verifyHeader, hook->verifyHeaderSecret, hook->hmacSecret};
            source = Text::tr("the newest active hook in %1").arg(db.path());
        } else {
            source = Text::tr("--url");
        }
        if (wholeWebinar) {
            // The bookings' and reminders' hooks: those of this database, made if missing.
            const SimulationHooks::WholeWebinar hooks = SimulationHooks::findOrAddWholeWebinar(db);
            if (!hooks.ok())
                return Console::fail(hooks.error);
            tellAdded(hooks.registrations);
            tellAdded(hooks.reminders);
            options.registrationHook = SimulationHooks::targetOf(url, *hooks.registrations.hook);
            options.reminderHook = SimulationHooks::targetOf(url, *hooks.reminders.hook);
            // A running listener re-reads the hooks about once a second
            // (StoreWriter::maintain): give it time to know the new ones.
            if (hooks.registrations.added || hooks.reminders.added)
                QThread::msleep(2500);
        }
    } else {
        source = Text::tr("--url");
    }
    options.hookUrl = url;
    options.webinarId = parser.isSet(QStringLiteral("webinar-id"))
            ? parser.value(QStringLiteral("webinar-id"))
            : SimulatedAttendees::newWebinarId(Clock::currentDateTime());

    WebinarSimulator simulator;
    QString error;
    int lastShown = 0;
    QObject::connect(&simulator, &WebinarSimulator::progress, &simulator,
                     [&lastShown](int done, int total) {
                         // About ten lines for a run, whatever its size.
                         const int step = std::max(1, total / 10);
                         if (done / step != lastShown || done == total) {
                             lastShown = done / step;
                             Console::err() << Text::tr("sent %1 of %2").arg(done).arg(total) << Qt::endl;
                         }
                     });
    WebinarSimulator::Result result;
    QObject::connect(&simulator, &WebinarSimulator::finished, &simulator,
                     [&result](const WebinarSimulator::Result &r) {
                         result = r;
                         QCoreApplication::quit();
                     });
    if (!simulator.start(options, &error))
        return Console::fail(error, Cli::Usage);
    if (wholeWebinar) {
        //: %1 webinar ID, %2 registrants, %3 percent, %4 walk-ins, %5 completion hook URL, %6 where it came from, %7 requests in flight.
        Console::err() << Text::tr("playing webinar %1: %2 registrants, %3 % of them attend, %4 walk-ins; "
                                   "completion calls to %5 (%6), %7 at a time")
                                  .arg(options.webinarId)
                                  .arg(count)
                                  .arg(showUp)
                                  .arg(walkIns)
                                  .arg(shortened(url), source)
                                  .arg(concurrency)
                       << Qt::endl;
    } else {
        //: %1 webinar ID, %2 hook URL, %3 where the URL came from, %4 requests in flight at once.
        Console::err() << Text::tr("sending %n attendee(s) of webinar %1 to %2 (%3), %4 at a time", nullptr, count)
                                  .arg(options.webinarId)
                                  .arg(shortened(url), source)
                                  .arg(std::min(concurrency, count))
                       << Qt::endl;
    }
    QCoreApplication::exec();

    const double seconds = double(result.elapsedMs) / 1000.0;
    if (wholeWebinar)
        printPhases(result);
    Console::out() << Text::tr("webinar %1: %2 sent in %3 s (%4/s): %5 stored, %6 duplicate, %7 refused%8, "
                               "%9 without an answer")
                              .arg(result.webinarId)
                              .arg(result.total)
                              .arg(QString::number(seconds, 'f', 2))
                              .arg(seconds > 0 ? qRound(result.total / seconds) : result.total)
                              .arg(result.stored)
                              .arg(result.duplicates)
                              .arg(result.refusedCount())
                              .arg(refusedText(result))
                              .arg(result.errors)
                   << Qt::endl;
    if (!wholeWebinar && result.otherAccepted > 0)
        Console::out() << Text::tr("%1 accepted without being stored (the hook is not for "
                                   "webinar.completed.all)")
                                  .arg(result.otherAccepted)
                       << Qt::endl;
    if (!result.ok()) {
        if (wholeWebinar)
            return Console::fail(result.firstError.isEmpty()
                                         ? Text::tr("not every call was taken")
                                         : Text::tr("not every call was taken; first problem: %1")
                                                   .arg(result.firstError));
        return Console::fail(result.firstError.isEmpty()
                                     ? Text::tr("not every attendee was taken")
                                     : Text::tr("not every attendee was taken; first problem: %1")
                                               .arg(result.firstError));
    }
    return Cli::Ok;
}

} // namespace hookdesk::Commands
