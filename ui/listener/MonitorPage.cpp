// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/MonitorPage.h"

#include "core/Clock.h"
#include "listener/ActivityChart.h"
#include "listener/ListenerControl.h"
#include "intake/IntakeService.h"
#include "store/BackgroundReader.h"
#include "store/DeliveryQuery.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

MonitorPage::MonitorPage(ListenerControl *listener, IntakeService *intake, BackgroundReader *reader,
                         QWidget *parent)
    : QWidget(parent), m_listener(listener), m_intake(intake), m_reader(reader)
{
    setObjectName(QStringLiteral("monitorPage"));
    auto *listenerBox = new QGroupBox(tr("Listener"), this);
    auto *listenerLayout = new QVBoxLayout(listenerBox);
    listener->setParent(listenerBox);
    listenerLayout->addWidget(listener);

    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("liveCounters"));
    m_counters->setToolTip(tr("What the listener answered since HookDesk started: attendees stored, "
                              "repeats of attendees already stored, requests refused (4xx) and "
                              "requests that could not be stored (503, the sender retries)."));
    m_lastHour = new QLabel(this);
    m_lastHour->setObjectName(QStringLiteral("lastHourCounts"));
    auto *showRefused = new QPushButton(tr("Show refused requests"), this);
    showRefused->setObjectName(QStringLiteral("showRefused"));
    connect(showRefused, &QPushButton::clicked, this, &MonitorPage::showRefusedRequested);

    m_chart = new ActivityChart(this);

    auto *simulate = new QPushButton(tr("Simulate a webinar…"), this);
    simulate->setObjectName(QStringLiteral("simulateWebinar"));
    simulate->setToolTip(tr("Sends made-up attendees to this HookDesk through real HTTP, to see a "
                            "webinar's burst arrive. They are stored as test data."));
    auto *remove = new QPushButton(tr("Remove test data…"), this);
    remove->setObjectName(QStringLiteral("removeTestData"));
    remove->setToolTip(tr("Deletes every attendee of simulated webinars and public URL checks."));
    connect(simulate, &QPushButton::clicked, this, &MonitorPage::simulateRequested);
    connect(remove, &QPushButton::clicked, this, &MonitorPage::removeTestDataRequested);

    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counters);
    countsRow->addStretch();
    countsRow->addWidget(m_lastHour);
    countsRow->addWidget(showRefused);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(simulate);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listenerBox);
    layout->addLayout(countsRow);
    layout->addWidget(m_chart, 1);
    layout->addLayout(buttons);

    // Counters are atomics: cheap to read every second. The chart is read when
    // the store reports news, and twice a minute so the hour moves on.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updateCounters();
        if (Clock::currentTime().second() % 30 == 0)
            refreshChart();
    });
    m_tick.start();
    updateCounters();
    refreshChart();
}

QString MonitorPage::countersText() const
{
    return m_counters->text();
}

QString MonitorPage::lastHourText() const
{
    return m_lastHour->text();
}

void MonitorPage::updateCounters()
{
    const IntakeStats &stats = m_intake->stats();
    const QLocale locale;
    m_counters->setText(tr("Since HookDesk started: stored <b>%1</b> · duplicates: %2 · refused: %3 · failed: %4")
                                .arg(locale.toString(stats.stored.load()), locale.toString(stats.duplicates.load()),
                                     locale.toString(stats.refused.load()), locale.toString(stats.failed.load())));
}

void MonitorPage::refreshChart()
{
    // One read at a time: news during a read is in the next one.
    if (m_chartPending)
        return;
    m_chartPending = true;
    QPointer<MonitorPage> self(this);
    const QDateTime now = Clock::currentDateTimeUtc();
    m_reader->run<QList<MinuteCount>>(
            [now](SqliteDatabase &db, QString *error) { return DeliveryQuery::perMinute(db, now, 60, error); },
            [self](const QList<MinuteCount> &minutes, const QString &error) {
                if (!self)
                    return;
                self->m_chartPending = false;
                if (!error.isEmpty()) {
                    self->m_lastHour->setText(tr("Cannot read the delivery log: %1").arg(error));
                    return;
                }
                self->m_chart->setMinutes(minutes);
                const QLocale locale;
                self->m_lastHour->setText(tr("Last hour: %1 accepted, %2 refused")
                                                  .arg(locale.toString(self->m_chart->acceptedTotal()),
                                                       locale.toString(self->m_chart->refusedTotal())));
            });
}

} // namespace hookdesk
