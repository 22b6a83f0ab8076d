// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/RequestVerifier.h"
#include "simulate/WebinarSimulator.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hookdesk {

// "Simulate a webinar": sends made-up attendees to this HookDesk's own listener
// through real HTTP, so the creator sees a webinar's burst arrive (attendee
// list, inspector, chart, notification) before a real one does.
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

    explicit SimulateDialog(TargetSource target, QWidget *parent = nullptr);

    void setCount(int count);
    // Starts sending; false (with the reason shown) if it cannot.
    bool startSimulation();
    bool isRunning() const { return m_simulator.isRunning(); }
    QString resultText() const;
    const WebinarSimulator::Result &lastResult() const { return m_result; }

signals:
    void simulationFinished(const hookdesk::WebinarSimulator::Result &result);

protected:
    void reject() override;

private:
    void showSent(); // the progress bar's text, numbers as the locale writes them
    void finished(const WebinarSimulator::Result &result);

    TargetSource m_target;
    WebinarSimulator m_simulator;
    WebinarSimulator::Result m_result;
    QSpinBox *m_count;
    QProgressBar *m_progress;
    QLabel *m_resultLabel;
    QPushButton *m_start;
    QDialogButtonBox *m_buttons;
};

} // namespace hookdesk
