// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QMutex>

namespace hookdesk::test {

// The process's clock while it exists: it stands still at the moment it is
// given and moves only when the test says so. Declare it before the writer,
// listener and windows of a test, so that it outlives the threads that read it.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime &utc) : m_now(utc.toUTC()) { setInstance(this); }
    ~MockClock() override { setInstance(nullptr); }

    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceMSecs(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace hookdesk::test
