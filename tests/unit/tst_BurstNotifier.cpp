// SPDX-License-Identifier: GPL-3.0-or-later
// Burst coalescing and debouncing, driven by a fake clock: no sleeping, no timers.
#include "core/BurstNotifier.h"

#include <QSignalSpy>
#include <QtTest>

using namespace hookdesk;

namespace {

CommitSummary attendees(const QString &webinarId, int n, const QString &title = QString())
{
    CommitSummary s;
    s.stored = n;
    s.storedPerWebinar.insert(webinarId, n);
    if (!title.isEmpty())
        s.webinarTitles.insert(webinarId, title);
    return s;
}

CommitSummary refused(int n)
{
    CommitSummary s;
    s.rejected = n;
    return s;
}

struct Harness
{
    qint64 now = 1'700'000'000'000;
    BurstNotifier notifier;
    QSignalSpy spy;

    explicit Harness(BurstNotifier::Options options = {})
        : notifier([&options] {
              options.tickIntervalMs = 0; // the test calls tick()
              return options;
          }(),
                   [this] { return now; }),
          spy(&notifier, &BurstNotifier::notify)
    {
    }

    // Moves the clock in one-second ticks, as the app's timer would.
    void advance(int ms)
    {
        for (int t = 0; t < ms; t += 1000) {
            now += std::min(1000, ms - t);
            notifier.tick();
        }
    }
    BurstNotification at(int i) const { return spy.at(i).at(0).value<BurstNotification>(); }
};

} // namespace

class TestBurstNotifier : public QObject
{
    Q_OBJECT
private slots:
    void oneNotificationPerBurst();
    void burstsOfTwoWebinarsAreSeparate();
    void quietGapSplitsBursts();
    void endlessBurstIsReportedAfterMaxDelay();
    void trickleIsDebounced();
    void refusedRunIsOneNotification();
    void testWebinarsAreMarked();
    void disabledDropsEverything();
    void duplicatesAloneAreNotNews();
};

void TestBurstNotifier::oneNotificationPerBurst()
{
    Harness h;
    // 248 attendees in commits of 1-10 over 20 s.
    int sent = 0;
    for (int i = 0; sent < 248; ++i) {
        const int n = std::min(1 + i % 10, 248 - sent);
        h.notifier.addCommit(attendees(QStringLiteral("w1"), n, QStringLiteral("Growth Masterclass")));
        sent += n;
        h.advance(400);
    }
    QCOMPARE(h.spy.count(), 0); // still arriving
    h.advance(9000);
    QCOMPARE(h.spy.count(), 0); // not quiet for 10 s yet
    h.advance(1000);
    QCOMPARE(h.spy.count(), 1);
    const BurstNotification n = h.at(0);
    QCOMPARE(n.kind, BurstNotification::Kind::Attendees);
    QCOMPARE(n.webinarId, QStringLiteral("w1"));
    QCOMPARE(n.webinarTitle, QStringLiteral("Growth Masterclass"));
    QCOMPARE(n.count, 248);
    QVERIFY(!n.isTest);
    QVERIFY(n.firstAt < n.lastAt);
    h.advance(60000);
    QCOMPARE(h.spy.count(), 1);
    QCOMPARE(h.notifier.pendingCount(), 0);
}

void TestBurstNotifier::burstsOfTwoWebinarsAreSeparate()
{
    Harness h;
    h.notifier.addCommit(attendees(QStringLiteral("a"), 5, QStringLiteral("A")));
    h.advance(2000);
    CommitSummary both = attendees(QStringLiteral("a"), 3);
    both.storedPerWebinar.insert(QStringLiteral("b"), 7);
    both.webinarTitles.insert(QStringLiteral("b"), QStringLiteral("B"));
    h.notifier.addCommit(both);
    h.advance(10000);
    QCOMPARE(h.spy.count(), 2);
    // In the order the bursts began.
    QCOMPARE(h.at(0).webinarId, QStringLiteral("a"));
    QCOMPARE(h.at(0).count, 8);
    QCOMPARE(h.at(0).webinarTitle, QStringLiteral("A")); // a later commit without a title keeps it
    QCOMPARE(h.at(1).webinarId, QStringLiteral("b"));
    QCOMPARE(h.at(1).count, 7);
}

void TestBurstNotifier::quietGapSplitsBursts()
{
    BurstNotifier::Options options;
    options.minGapMs = 0;
    Harness h(options);
    h.notifier.addCommit(attendees(QStringLiteral("w"), 10));
    h.advance(10000);
    h.notifier.addCommit(attendees(QStringLiteral("w"), 4));
    h.advance(10000);
    QCOMPARE(h.spy.count(), 2);
    QCOMPARE(h.at(0).count, 10);
    QCOMPARE(h.at(1).count, 4);
}

void TestBurstNotifier::endlessBurstIsReportedAfterMaxDelay()
{
    Harness h; // maxDelay 120 s
    for (int s = 0; s < 300; ++s) {
        h.notifier.addCommit(attendees(QStringLiteral("w"), 1));
        h.advance(1000);
    }
    // Reported at 120 s and at 240 s (the gap of 60 s is respected), not 300 times.
    QCOMPARE(h.spy.count(), 2);
    QCOMPARE(h.at(0).count, 120);
    QCOMPARE(h.at(1).count, 120);
    h.advance(10000);
    QCOMPARE(h.spy.count(), 3);
    QCOMPARE(h.at(0).count + h.at(1).count + h.at(2).count, 300);
}

void TestBurstNotifier::trickleIsDebounced()
{
    Harness h; // quiet 10 s, gap 60 s
    // One refused request every 15 s for 5 minutes (a sender retrying with a wrong token).
    for (int i = 0; i < 20; ++i) {
        h.notifier.addCommit(refused(1));
        h.advance(15000);
    }
    h.advance(60000);
    // Every run ends after 10 s, but notifications are a minute apart: the first
    // at 10 s, then one a minute (4 requests each), not 20.
    QCOMPARE(h.spy.count(), 6);
    QCOMPARE(h.at(0).count, 1);
    QCOMPARE(h.at(1).count, 4);
    qint64 total = 0;
    for (int i = 0; i < h.spy.count(); ++i) {
        QCOMPARE(h.at(i).kind, BurstNotification::Kind::Refused);
        total += h.at(i).count;
    }
    QCOMPARE(total, 20); // nothing lost by debouncing
}

void TestBurstNotifier::refusedRunIsOneNotification()
{
    Harness h;
    for (int i = 0; i < 37; ++i) {
        h.notifier.addCommit(refused(1));
        h.advance(300);
    }
    h.advance(10000);
    QCOMPARE(h.spy.count(), 1);
    QCOMPARE(h.at(0).kind, BurstNotification::Kind::Refused);
    QCOMPARE(h.at(0).count, 37);
    QVERIFY(h.at(0).webinarId.isEmpty());
}

void TestBurstNotifier::testWebinarsAreMarked()
{
    Harness h;
    h.notifier.addCommit(attendees(QStringLiteral("hookdesk-sim-20260314-150000"), 1000,
                                   QStringLiteral("Simulated webinar")));
    h.advance(10000);
    QCOMPARE(h.spy.count(), 1);
    QVERIFY(h.at(0).isTest);
}

void TestBurstNotifier::disabledDropsEverything()
{
    Harness h;
    h.notifier.addCommit(attendees(QStringLiteral("w"), 3));
    h.notifier.setEnabled(false);
    h.notifier.addCommit(attendees(QStringLiteral("w"), 3));
    h.advance(20000);
    QCOMPARE(h.spy.count(), 0);
    QCOMPARE(h.notifier.pendingCount(), 0);
    h.notifier.setEnabled(true);
    h.notifier.addCommit(attendees(QStringLiteral("w"), 2));
    h.advance(10000);
    QCOMPARE(h.spy.count(), 1);
    QCOMPARE(h.at(0).count, 2);
}

void TestBurstNotifier::duplicatesAloneAreNotNews()
{
    Harness h;
    CommitSummary s;
    s.duplicates = 50;
    h.notifier.addCommit(s);
    h.advance(20000);
    QCOMPARE(h.spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestBurstNotifier)
#include "tst_BurstNotifier.moc"
