// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace hookdesk {

// What time it is, for the whole process. HookDesk asks here instead of
// QDateTime::currentDateTime*(), so that a test can put in a clock of its own
// (tests/support/MockClock.h) and know what "now", "today" and "an hour ago"
// are. Any thread may ask.
class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    static QDateTime currentDateTime(); // local time
    static QDate currentDate();         // local
    static QTime currentTime();         // local
    static qint64 currentMSecsSinceEpoch();
    static qint64 currentSecsSinceEpoch();

    virtual ~Clock();
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

protected:
    Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Makes `clock` the process's clock (nullptr: the system's again). It must
    // outlive every thread that may still ask.
    static void setInstance(const Clock *clock);
};

} // namespace hookdesk
