// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/RequestVerifier.h"
#include "simulate/SimulationHooks.h"
#include "simulate/WebinarSimulator.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hookdesk {

// "Simulate a webinar": sends made-up attendees to this HookDesk's own listener
// through real HTTP, so the creator sees a webinar's burst arrive (attendee
// list, inspector, chart, notification) before a real one does. Or it plays a
// whole webinar: registrations, the three reminder rounds, then attendance.
class SimulateDialog : public QDialog
{
    Q_OBJECT
public:
    // Where to send: the local hook URL and what the hook demands. An invalid
    // URL means the listener is not running.
    struct Target
    {
        QUrl hookUrl;
        VerificationPolicy verification;
    };
    using TargetSource = std::function<Target()>;
    // Finds (or makes) the hooks for a whole webinar's bookings and reminders
    // without blocking, then calls `done` on the GUI thread unless `context`
    // has gone.
    using Done = std::function<void(SimulationHooks::WholeWebinar)>;
    using HookFinder = std::function<void(QObject *context, Done done)>;

    explicit SimulateDialog(TargetSource target, QWidget *parent = nullptr);

    // Without one, only attendees can be sent.
    void setHookFinder(HookFinder finder);
    void setCount(int count);
    void setWholeWebinar(bool whole);
    void setShowUpPercent(int percent);
    void setWalkIns(int walkIns);
    // Starts sending; false (with the reason shown) if it cannot. A whole
    // webinar first looks for its hooks, so it may still fail later (shown,
    // and simulationFinished is not emitted).
    bool startSimulation();
    bool isRunning() const { return m_preparing || m_simulator.isRunning(); }
    QString resultText() const;
    const WebinarSimulator::Result &lastResult() const { return m_result; }

signals:
    void simulationFinished(const hookdesk::WebinarSimulator::Result &result);

protected:
    void reject() override;

private:
    void showSent(); // the progress bar's text, numbers as the locale writes them
    void modeChanged();
    void fitHeight();
    void hooksFound(const Target &target, const SimulationHooks::WholeWebinar &hooks);
    bool send(const WebinarSimulator::Options &options);
    void setBusy(bool busy);
    void finished(const WebinarSimulator::Result &result);
    QString wholeWebinarText(const WebinarSimulator::Result &result) const;

    TargetSource m_target;
    HookFinder m_hookFinder;
    WebinarSimulator m_simulator;
    WebinarSimulator::Result m_result;
    QStringList m_addedHooks; // events whose hook this run made
    bool m_preparing = false;
    QRadioButton *m_attendeesOnly;
    QRadioButton *m_wholeWebinar;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    QSpinBox *m_showUp;
    QSpinBox *m_walkIns;
    QLabel *m_wholeHint;
    QProgressBar *m_progress;
    QLabel *m_resultLabel;
    QPushButton *m_start;
    QDialogButtonBox *m_buttons;
};

} // namespace hookdesk
