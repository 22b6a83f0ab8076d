// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallProbe.h"

#include <QtGlobal>

namespace hookdesk {

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    reset();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_clock.start();
    m_lastMs = 0;
    m_maxStallMs = 0;
    m_ticks = 0;
    m_over50 = 0;
    m_over100 = 0;
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_lastMs - m_intervalMs;
    m_lastMs = now;
    ++m_ticks;
    if (late > m_maxStallMs)
        m_maxStallMs = late;
    if (late > 50)
        ++m_over50;
    if (late > 100)
        ++m_over100;
}

QString StallProbe::summary() const
{
    return QStringLiteral("event loop: max stall %1 ms over %2 ticks of %3 ms; %4 stalls > 50 ms, "
                          "%5 > 100 ms")
            .arg(m_maxStallMs)
            .arg(m_ticks)
            .arg(m_intervalMs)
            .arg(m_over50)
            .arg(m_over100);
}

bool StallProbe::requestedByEnvironment()
{
    return qEnvironmentVariableIntValue("HOOKDESK_STALL_PROBE") == 1;
}

} // namespace hookdesk
