// SPDX-License-Identifier: GPL-3.0-or-later
// The event-loop stall probe sees a stall it is shown (only lower bounds are
// checked: a busy machine can only make the measured stall longer).
#include "core/StallProbe.h"

#include <QTest>
#include <QThread>
#include <QTimer>

using namespace hookdesk;

class TestStallProbe : public QObject
{
    Q_OBJECT

private slots:
    void seesABlockedLoop();
    void resetForgets();
};

void TestStallProbe::seesABlockedLoop()
{
    StallProbe probe(10);
    probe.start();
    QTRY_VERIFY(probe.ticks() > 0); // it measures from a tick
    QTimer::singleShot(0, [] { QThread::msleep(150); }); // the loop is stuck for 150 ms
    // The tick after the stall reports it.
    QTRY_VERIFY2(probe.stallsOver100ms() >= 1, qPrintable(probe.summary()));
    QVERIFY2(probe.maxStallMs() >= 120, qPrintable(probe.summary()));
    QVERIFY(probe.stallsOver50ms() >= probe.stallsOver100ms());
    QVERIFY(probe.ticks() > 0);
    QVERIFY(probe.summary().contains(QString::number(probe.maxStallMs())));
}

void TestStallProbe::resetForgets()
{
    StallProbe probe(10);
    probe.start();
    QTimer::singleShot(0, [] { QThread::msleep(120); });
    QTRY_VERIFY(probe.stallsOver100ms() >= 1);
    probe.reset();
    QCOMPARE(probe.maxStallMs(), qint64(0));
    QCOMPARE(probe.stallsOver100ms(), 0);
    QCOMPARE(probe.ticks(), qint64(0));
}

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_StallProbe.moc"
