// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace hookdesk {

// Measures how responsive a thread's event loop is: a timer asks to run every
// `intervalMs` and records how late each tick comes. A tick that is 120 ms late
// means the loop was busy (stalled) for about that long. Lives on the thread it
// watches. Turned on by HOOKDESK_STALL_PROBE=1 in the app; tests and the
// benchmark create one directly.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    void reset();

    // Largest lateness seen since start() or reset(), in milliseconds.
    qint64 maxStallMs() const { return m_maxStallMs; }
    int stallsOver50ms() const { return m_over50; }
    int stallsOver100ms() const { return m_over100; }
    qint64 ticks() const { return m_ticks; }
    QString summary() const;

    // True when the environment asks for a probe (HOOKDESK_STALL_PROBE=1).
    static bool requestedByEnvironment();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_ticks = 0;
    int m_intervalMs;
    int m_over50 = 0;
    int m_over100 = 0;
};

} // namespace hookdesk
