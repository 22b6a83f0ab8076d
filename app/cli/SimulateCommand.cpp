// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "Console.h"
#include "core/Clock.h"
#include "core/AppInfo.h"
#include "simulate/WebinarSimulator.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/TestData.h"
#include "tagmango/EventCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>

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

// The hook a default run sends to: the newest active webinar.completed.all hook.
std::optional<Hook> newestActiveHook(SqliteDatabase &db, QString *error)
{
    const QList<Hook> hooks = HookRepository::list(db, error);
    for (auto it = hooks.crbegin(); it != hooks.crend(); ++it) {
        if (!it->isRetired() && it->event == EventCatalogue::CompletedAll)
            return *it;
    }
    return std::nullopt;
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
    parser.addOption({QStringLiteral("count"), Text::tr("Attendees to send (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
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

    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 1000000)
        return Console::fail(Text::tr("--count must be a whole number from 1 to 1000000"), Cli::Usage);
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
    QUrl url(parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url"))
                                                 : QStringLiteral("http://127.0.0.1:%1").arg(AppInfo::DefaultPort),
             QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Console::fail(Text::tr("--url: '%1' is not an http or https URL").arg(parser.value(QStringLiteral("url"))),
                             Cli::Usage);

    QString source;
    if (url.path().isEmpty() || url.path() == QLatin1String("/")) {
        SqliteDatabase db;
        QString error;
        if (!openDatabase(parser, db, &error))
            return Console::fail(error);
        const std::optional<Hook> hook = newestActiveHook(db, &error);
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
    //: %1 webinar ID, %2 hook URL, %3 where the URL came from, %4 requests in flight at once.
    Console::err() << Text::tr("sending %n attendee(s) of webinar %1 to %2 (%3), %4 at a time", nullptr, count)
                              .arg(options.webinarId)
                              .arg(shortened(url), source)
                              .arg(std::min(concurrency, count))
                   << Qt::endl;
    QCoreApplication::exec();

    const double seconds = double(result.elapsedMs) / 1000.0;
    QStringList refused;
    for (auto it = result.refused.cbegin(); it != result.refused.cend(); ++it)
        refused.append(Text::tr("%1× %2").arg(it.value()).arg(it.key()));
    Console::out() << Text::tr("webinar %1: %2 sent in %3 s (%4/s): %5 stored, %6 duplicate, %7 refused%8, "
                               "%9 without an answer")
                              .arg(result.webinarId)
                              .arg(result.total)
                              .arg(QString::number(seconds, 'f', 2))
                              .arg(seconds > 0 ? qRound(result.total / seconds) : result.total)
                              .arg(result.stored)
                              .arg(result.duplicates)
                              .arg(result.refusedCount())
                              .arg(refused.isEmpty() ? QString()
                                                     : QStringLiteral(" (") + refused.join(QStringLiteral(", "))
                                                               + QLatin1Char(')'))
                              .arg(result.errors)
                   << Qt::endl;
    if (result.otherAccepted > 0)
        Console::out() << Text::tr("%1 accepted without being stored (the hook is not for "
                                   "webinar.completed.all)")
                                  .arg(result.otherAccepted)
                       << Qt::endl;
    if (!result.ok()) {
        return Console::fail(result.firstError.isEmpty()
                                     ? Text::tr("not every attendee was taken")
                                     : Text::tr("not every attendee was taken; first problem: %1")
                                               .arg(result.firstError));
    }
    return Cli::Ok;
}

} // namespace hookdesk::Commands
