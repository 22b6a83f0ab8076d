// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hookdesk {

class ActivityChart;
class BackgroundReader;
class IntakeService;
class ListenerControl;

// The listener at a glance: its controls, what it answered since HookDesk
// started, and requests per minute over the last hour.
class MonitorPage : public QWidget
{
    Q_OBJECT
public:
    MonitorPage(ListenerControl *listener, IntakeService *intake, BackgroundReader *reader,
                QWidget *parent = nullptr);

    ActivityChart *chart() const { return m_chart; }
    ListenerControl *listenerControl() const { return m_listener; }
    QString countersText() const;
    QString lastHourText() const;

    // Reads the per-minute counts again (coalesced by the caller: at most once a second).
    void refreshChart();
    void updateCounters();

signals:
    void simulateRequested();
    void removeTestDataRequested();
    void showRefusedRequested();

private:
    ListenerControl *m_listener;
    IntakeService *m_intake;
    BackgroundReader *m_reader;
    ActivityChart *m_chart;
    QLabel *m_counters;
    QLabel *m_lastHour;
    QTimer m_tick;
    bool m_chartPending = false;
};

} // namespace hookdesk
