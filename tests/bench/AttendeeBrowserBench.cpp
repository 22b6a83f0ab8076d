// SPDX-License-Identifier: GPL-3.0-or-later
// The attendee browser at scale: seeds a database (1,000,000 attendees over 200
// webinars by default), opens the real MainWindow offscreen and measures
//   - first paint: construction until the table has painted real rows,
//   - filter latency: text set until the first page of the new result is
//     painted (p50/p95 over typical queries), and until the count is in,
//   - scrolling: jumps to the middle and the end, in two orders,
//   - memory (VmRSS) before and after,
//   - a live burst: N webhook calls through the real listener while the window
//     is open, with the GUI event loop's longest stall.
// Not a CTest test: run it by hand, e.g.
//   build/tests/bench/bench_attendee_browser --rows 1000000 --db /tmp/bench.sqlite
#include "settings/AppSettings.h"
#include "AttendeeSeeder.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeeTablePanel.h"
#include "attendees/AttendeesPage.h"
#include "attendees/FilterBar.h"
#include "HttpClient.h"
#include "shell/MainWindow.h"
#include "core/StallProbe.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"
#include "store/WebinarQuery.h"
#include "tagmango/EventCatalogue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace hookdesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(double(kib) / 1024.0, 0, 'f', 1);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[at];
}

// Counts paints of a widget so "painted" can be waited for.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Runs the event loop until `done` or `timeoutMs`; false on timeout. Sleeps
// between events (a 2 ms tick wakes it), so the waiting does not steal the CPU
// the reader threads need.
template<typename Done>
bool waitFor(Done done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Paints of the table, and how many there had been when the model last changed:
// "painted with the new rows" is a paint after the change that brought them.
struct PaintWatch
{
    PaintCounter *counter;
    int atChange = 0;

    // Waits until `ready` and the table has painted since the last model change.
    template<typename Ready>
    bool wait(Ready ready, int timeoutMs = 60000)
    {
        return waitFor([&] { return ready() && counter->paints > atChange; }, timeoutMs);
    }
};

struct Measure
{
    QString what;
    double firstPageMs = 0;
    double countMs = 0;
    qint64 rows = 0;
};

bool seedIfNeeded(const QString &path, qint64 rows, int webinars, QString *error)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadWrite) || !Schema::prepareForWriting(db, error)) {
        if (error->isEmpty())
            *error = db.lastError().message;
        return false;
    }
    const qint64 existing = db.scalar(QStringLiteral("SELECT count(*) FROM attendees")).toLongLong();
    if (existing >= rows) {
        out() << "using the existing database: " << existing << " attendees\n";
        out().flush();
        return true;
    }
    if (existing > 0) {
        *error = QStringLiteral("%1 holds %2 attendees, fewer than --rows; remove it first").arg(path).arg(existing);
        return false;
    }
    out() << "seeding " << rows << " attendees over " << webinars << " webinars...\n";
    out().flush();
    QElapsedTimer timer;
    timer.start();
    test::AttendeeSeeder::Options options;
    options.attendees = rows;
    options.webinars = webinars;
    options.secondsApart = std::max<qint64>(1, 365LL * 24 * 3600 / std::max<qint64>(rows, 1));
    options.start = QDateTime::currentDateTimeUtc().addDays(-366);
    const bool ok = test::AttendeeSeeder(db).realistic(options, error, [&](qint64 done) {
        if (done % 200000 == 0)
            out() << "  " << done << " rows, " << timer.elapsed() / 1000 << " s\n", out().flush();
    });
    if (!ok)
        return false;
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << "seeded in " << timer.elapsed() / 1000.0 << " s, file "
          << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";
    out().flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HookDesk attendee browser benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Attendees to seed (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("webinars"), QStringLiteral("Webinars to spread them over (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to use; seeded if empty, reused if big enough "
                                                           "(default: a temporary file)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("burst"), QStringLiteral("Webhook calls in the live burst (default 10000; 0 skips it)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs of each filter query (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int webinars = parser.value(QStringLiteral("webinars")).toInt();
    const int burst = parser.value(QStringLiteral("burst")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir temp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temp.filePath(QStringLiteral("bench.sqlite"));
    const qint64 rssStart = rssKiB();
    QString error;
    if (!seedIfNeeded(path, rows, webinars, &error)) {
        std::fprintf(stderr, "cannot prepare %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    // The hook the burst posts to, and a webinar id for an id: query.
    QString hookPath;
    QString someWebinar;
    {
        SqliteDatabase db;
        db.open(path, SqliteDatabase::Mode::ReadWrite);
        const auto hook = HookRepository::add(db, EventCatalogue::CompletedAll, QString(), &error);
        hookPath = hook ? hook->path() : QString();
        const QList<WebinarRow> list = WebinarQuery::list(db, &error);
        someWebinar = list.isEmpty() ? QString() : list[list.size() / 2].webinarId;
    }

    HookDirectory hooks;
    StoreWriter writer(&hooks);
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = path;
    if (!writer.start(storeOptions, &error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 1;
    }
    AppSettings settings(temp.filePath(QStringLiteral("bench.ini")));
    const qint64 rssBeforeWindow = rssKiB();

    // -- First paint
    QElapsedTimer clock;
    clock.start();
    MainWindow::Dependencies deps;
    deps.databasePath = path;
    deps.writer = &writer;
    deps.listener.listening = true;
    deps.listener.localBaseUrl = QStringLiteral("http://127.0.0.1:8787");
    deps.listener.hookPath = hookPath;
    deps.settings = &settings;
    deps.openUrl = [](const QUrl &) { return true; };
    deps.confirm = [](QWidget *, const DesktopActions::Confirmation &) { return false; };
    auto window = std::make_unique<MainWindow>(deps);
    window->resize(1400, 900);
    QTableView *table = window->attendeesPage()->tablePanel()->view();
    AttendeeTableModel *model = window->attendeeModel();
    PaintCounter paints(table->viewport());
    PaintWatch watch{&paints};
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { watch.atChange = paints.paints; });
    QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [&] { watch.atChange = paints.paints; });
    QObject::connect(model, &QAbstractItemModel::dataChanged, model, [&] { watch.atChange = paints.paints; });
    const double constructedMs = clock.nsecsElapsed() / 1e6;
    window->show();
    int paintsAtLoad = -1;
    double rowsInMs = 0;
    const bool painted = waitFor([&] {
        if (paintsAtLoad < 0 && model->attendeeAt(0)) {
            paintsAtLoad = paints.paints;
            rowsInMs = clock.nsecsElapsed() / 1e6;
        }
        return paintsAtLoad >= 0 && paints.paints > paintsAtLoad;
    });
    const double firstPaintMs = clock.nsecsElapsed() / 1e6;
    waitFor([&] { return model->matchingCount() >= 0; });
    const double firstCountMs = clock.nsecsElapsed() / 1e6;
    const qint64 rssAfterPaint = rssKiB();

    StallProbe probe;
    probe.start();

    // -- Filter latency
    QLineEdit *filterEdit = window->attendeesPage()->filterBar()->textEdit();
    auto timeFilter = [&](const QString &text) {
        Measure m;
        m.what = text;
        QElapsedTimer t;
        t.start();
        filterEdit->setText(text);
        waitFor([&] { return !model->isLoading(); });
        // Painted with the new rows (an empty result shows a note instead).
        if (model->rowCount() > 0)
            watch.wait([] { return true; });
        m.firstPageMs = t.nsecsElapsed() / 1e6;
        waitFor([&] { return model->matchingCount() >= 0; });
        m.countMs = t.nsecsElapsed() / 1e6;
        m.rows = model->matchingCount();
        return m;
    };
    const QStringList queries = {
            QStringLiteral("priya"),       QStringLiteral("gmail.com"),  QStringLiteral("email:gmail"),
            QStringLiteral("98765"),       QStringLiteral("id:") + someWebinar, QStringLiteral("sharma"),
            QStringLiteral("\"priya sharma\""), QStringLiteral("ra"),    QStringLiteral("sh"),
            QStringLiteral("-gmail"),      QStringLiteral("webinar:yoga"), QStringLiteral("zqx"),
            QStringLiteral("qx"),
    };
    QList<Measure> measures;
    QList<double> firstPages;
    QList<double> counts;
    for (const QString &query : queries) {
        QList<double> pageRuns;
        QList<double> countRuns;
        Measure last;
        for (int run = 0; run < repeat; ++run) {
            filterEdit->clear();
            waitFor([&] { return !model->isLoading() && model->matchingCount() >= 0; });
            last = timeFilter(query);
            pageRuns << last.firstPageMs;
            countRuns << last.countMs;
            firstPages << last.firstPageMs;
            counts << last.countMs;
        }
        last.firstPageMs = percentile(pageRuns, 0.5);
        last.countMs = percentile(countRuns, 0.5);
        measures << last;
    }
    // Typing, one key at a time: every keystroke is a new filter.
    QList<double> keystrokes;
    for (int run = 0; run < repeat; ++run) {
        filterEdit->clear();
        waitFor([&] { return !model->isLoading() && model->matchingCount() >= 0; });
        QString typed;
        for (const QChar c : QStringLiteral("priya sharma")) {
            typed += c;
            QElapsedTimer t;
            t.start();
            filterEdit->setText(typed);
            waitFor([&] { return !model->isLoading(); });
            if (model->rowCount() > 0)
                watch.wait([] { return true; });
            keystrokes << t.nsecsElapsed() / 1e6;
        }
    }
    filterEdit->clear();
    waitFor([&] { return !model->isLoading() && model->matchingCount() >= 0; });

    // -- Scrolling: jump and wait until the rows there are read and painted.
    auto timeJump = [&](int row) {
        QElapsedTimer t;
        t.start();
        // The scroll range follows the row count on the view's next layout;
        // jump only once it can reach the row, as a user dragging would. Right
        // after a new order only the first page may be in (the count follows):
        // the row must exist first, or the jump goes nowhere and nothing reads it.
        waitFor([&] {
            return model->rowCount() > row
                    && table->verticalScrollBar()->maximum() + 100 >= model->rowCount();
        });
        watch.atChange = paints.paints; // the jump itself must be painted
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        watch.wait([&] { return model->attendeeAt(row).has_value(); });
        return t.nsecsElapsed() / 1e6;
    };
    struct Jump
    {
        QString what;
        double ms;
    };
    QList<Jump> jumps;
    const int count = model->rowCount();
    jumps << Jump{QStringLiteral("newest first: middle"), timeJump(count / 2)};
    jumps << Jump{QStringLiteral("newest first: end"), timeJump(count - 1)};
    jumps << Jump{QStringLiteral("newest first: 3/4"), timeJump(count * 3 / 4)};
    jumps << Jump{QStringLiteral("newest first: top"), timeJump(0)};
    // Page by page, like holding Page Down for a while.
    QList<double> pageDowns;
    table->setFocus();
    for (int i = 0; i < 60; ++i) {
        QElapsedTimer t;
        t.start();
        const int target = std::min(count - 1, (i + 1) * 40);
        watch.atChange = paints.paints;
        table->scrollTo(model->index(target, 0), QAbstractItemView::PositionAtBottom);
        watch.wait([&] { return model->attendeeAt(target).has_value(); });
        pageDowns << t.nsecsElapsed() / 1e6;
    }
    {
        QElapsedTimer t;
        t.start();
        model->sort(AttendeeTableModel::NameColumn, Qt::AscendingOrder);
        waitFor([&] { return !model->isLoading(); });
        jumps << Jump{QStringLiteral("sort by name: first page"), t.nsecsElapsed() / 1e6};
    }
    jumps << Jump{QStringLiteral("by name: middle"), timeJump(count / 2)};
    jumps << Jump{QStringLiteral("by name: end"), timeJump(count - 1)};
    {
        QElapsedTimer t;
        t.start();
        model->sort(AttendeeTableModel::ReceivedColumn, Qt::DescendingOrder);
        waitFor([&] { return !model->isLoading(); });
        jumps << Jump{QStringLiteral("back to newest first"), t.nsecsElapsed() / 1e6};
    }
    const qint64 rssAfterUse = rssKiB();
    const qint64 maxStallInteractive = probe.maxStallMs();

    // -- Live burst through the real listener.
    struct BurstResult
    {
        int sent = 0;
        int stored = 0;
        int other = 0;
        double sendMs = 0;
        double visibleMs = 0;
        qint64 maxStallMs = 0;
        int over50 = 0;
        int over100 = 0;
        QString summary;
    } b;
    if (burst > 0 && !hookPath.isEmpty()) {
        IntakeService intake(&writer, &hooks);
        IntakeServer::Options options;
        options.port = 0;
        if (!intake.start(options, &error)) {
            std::fprintf(stderr, "listener: %s\n", qPrintable(error));
            return 1;
        }
        const quint16 port = intake.port();
        const int before = model->rowCount();
        probe.reset();
        QElapsedTimer t;
        t.start();
        std::atomic<int> stored{0};
        std::atomic<int> other{0};
        std::atomic<int> next{0};
        std::vector<std::thread> senders;
        const QByteArray burstWebinar = "burst-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        for (int s = 0; s < 8; ++s) {
            senders.emplace_back([&] {
                for (int n = next++; n < burst; n = next++) {
                    const test::HttpReply reply = test::HttpClient::request(
                            port, "POST", hookPath.toUtf8(), test::HttpClient::attendeeBody(n, burstWebinar));
                    (reply.status == 200 && reply.body.contains("stored") ? stored : other)++;
                }
            });
        }
        std::atomic<bool> sent{false};
        std::thread joiner([&] {
            for (auto &sender : senders)
                sender.join();
            sent = true;
        });
        waitFor([&] { return sent.load(); }, 600000);
        b.sendMs = t.nsecsElapsed() / 1e6;
        waitFor([&] { return model->rowCount() >= before + stored.load(); }, 120000);
        b.visibleMs = t.nsecsElapsed() / 1e6;
        joiner.join();
        b.sent = burst;
        b.stored = stored;
        b.other = other;
        b.maxStallMs = probe.maxStallMs();
        b.over50 = probe.stallsOver50ms();
        b.over100 = probe.stallsOver100ms();
        b.summary = probe.summary();
        intake.stop();
    }
    window.reset();
    writer.stop();

    // -- Report
    QTextStream &o = out();
    o << "\nHookDesk attendee browser benchmark\n";
    o << "  database        " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB)\n";
    o << "  attendees       " << count << " in " << webinars << " webinars\n\n";
    o << "First paint\n";
    o << QStringLiteral("  window constructed        %1 ms\n").arg(constructedMs, 8, 'f', 1);
    o << QStringLiteral("  first rows read           %1 ms\n").arg(rowsInMs, 8, 'f', 1);
    o << QStringLiteral("  table painted with rows   %1 ms%2\n").arg(firstPaintMs, 8, 'f', 1).arg(painted ? QString() : QStringLiteral("  (TIMED OUT)"));
    o << QStringLiteral("  count known (N of M)      %1 ms\n\n").arg(firstCountMs, 8, 'f', 1);
    o << "Filter (text set -> first page painted; -> count known), median of " << repeat << " runs\n";
    o << QStringLiteral("  %1 %2 %3 %4\n").arg(QStringLiteral("query"), -26).arg(QStringLiteral("matches"), 9)
                    .arg(QStringLiteral("page ms"), 9).arg(QStringLiteral("count ms"), 9);
    for (const Measure &m : measures)
        o << QStringLiteral("  %1 %2 %3 %4\n").arg(m.what.left(26), -26).arg(m.rows, 9).arg(m.firstPageMs, 9, 'f', 1).arg(m.countMs, 9, 'f', 1);
    o << QStringLiteral("  all queries: first page p50 %1 ms, p95 %2 ms; count p50 %3 ms, p95 %4 ms\n")
                    .arg(percentile(firstPages, 0.5), 0, 'f', 1).arg(percentile(firstPages, 0.95), 0, 'f', 1)
                    .arg(percentile(counts, 0.5), 0, 'f', 1).arg(percentile(counts, 0.95), 0, 'f', 1);
    o << QStringLiteral("  typing \"priya sharma\" key by key (%1 keystrokes): p50 %2 ms, p95 %3 ms, max %4 ms\n\n")
                    .arg(keystrokes.size()).arg(percentile(keystrokes, 0.5), 0, 'f', 1)
                    .arg(percentile(keystrokes, 0.95), 0, 'f', 1).arg(percentile(keystrokes, 1.0), 0, 'f', 1);
    o << "Scrolling (jump -> rows read and painted)\n";
    for (const Jump &j : jumps)
        o << QStringLiteral("  %1 %2 ms\n").arg(j.what, -28).arg(j.ms, 8, 'f', 1);
    o << QStringLiteral("  page down x60: p50 %1 ms, p95 %2 ms, max %3 ms\n")
                    .arg(percentile(pageDowns, 0.5), 0, 'f', 1).arg(percentile(pageDowns, 0.95), 0, 'f', 1)
                    .arg(percentile(pageDowns, 1.0), 0, 'f', 1);
    o << "  GUI event loop during all of the above: max stall " << maxStallInteractive << " ms\n\n";
    o << "Memory (VmRSS)\n";
    o << "  at start                  " << mib(rssStart) << "\n";
    o << "  before the window         " << mib(rssBeforeWindow) << "\n";
    o << "  after first paint         " << mib(rssAfterPaint) << "\n";
    o << "  after filtering/scrolling " << mib(rssAfterUse) << "\n\n";
    if (b.sent > 0) {
        o << "Live burst: " << b.sent << " webhook calls over HTTP (8 senders) while the window is open\n";
        o << "  answered stored " << b.stored << ", other " << b.other << "\n";
        o << QStringLiteral("  all answered after        %1 ms\n").arg(b.sendMs, 8, 'f', 1);
        o << QStringLiteral("  all shown in the table    %1 ms\n").arg(b.visibleMs, 8, 'f', 1);
        o << "  GUI " << b.summary << "\n";
    }
    o.flush();
    return painted ? 0 : 2;
}
