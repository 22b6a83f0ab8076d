// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <atomic>

namespace hookdesk {

namespace {

std::atomic<const Clock *> s_clock{nullptr}; // nullptr: the system's clock

} // namespace

Clock::~Clock() = default;

void Clock::setInstance(const Clock *clock)
{
    s_clock.store(clock);
}

QDateTime Clock::currentDateTimeUtc()
{
    if (const Clock *clock = s_clock.load())
        return clock->nowUtc();
    return QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTime()
{
    if (s_clock.load())
        return currentDateTimeUtc().toLocalTime();
    return QDateTime::currentDateTime();
}

QDate Clock::currentDate()
{
    return currentDateTime().date();
}

QTime Clock::currentTime()
{
    return currentDateTime().time();
}

qint64 Clock::currentMSecsSinceEpoch()
{
    if (s_clock.load())
        return currentDateTimeUtc().toMSecsSinceEpoch();
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 Clock::currentSecsSinceEpoch()
{
    return currentMSecsSinceEpoch() / 1000;
}

} // namespace hookdesk
