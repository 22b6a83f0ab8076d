// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/SimulateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hookdesk {

SimulateDialog::SimulateDialog(TargetSource target, QWidget *parent)
    : QDialog(parent), m_target(std::move(target))
{
    setObjectName(QStringLiteral("simulateDialog"));
    setWindowTitle(tr("Simulate a webinar"));
    auto *intro = new QLabel(tr("HookDesk sends made-up attendees of a new webinar to its own "
                                "listener, over real HTTP and as fast as TagMango would, so you see "
                                "a burst arrive: the attendee list, the requests, the chart and the "
                                "notification.<br><br>They are marked as <b>test data</b>: the "
                                "webinar ID starts with <code>hookdesk-sim-</code>, and Tools → Remove "
                                "test data deletes them all."),
                             this);
    intro->setWordWrap(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("simulateCount"));
    m_count->setRange(1, 100000);
    m_count->setValue(1000);
    m_count->setGroupSeparatorShown(true);
    m_count->setAccessibleName(tr("Attendees to send"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("simulateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    // QProgressBar's %v and %m are bare digits ("0 of 1000"); the counts are
    // written with the locale's grouping, as everywhere else ("0 of 1,000").
    connect(m_progress, &QProgressBar::valueChanged, this, &SimulateDialog::showSent);
    showSent();
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("simulateResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("&Send attendees"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startSimulation"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &SimulateDialog::startSimulation);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SimulateDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Attendees:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());

    connect(&m_simulator, &WebinarSimulator::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        showSent();
        m_progress->setValue(done);
    });
    connect(&m_simulator, &WebinarSimulator::finished, this, &SimulateDialog::finished);

    if (!m_target().hookUrl.isValid()) {
        m_start->setEnabled(false);
        m_resultLabel->setText(tr("The listener is not running. Start it on the Listener page first."));
    }
}

void SimulateDialog::setCount(int count)
{
    m_count->setValue(count);
}

bool SimulateDialog::startSimulation()
{
    const Target target = m_target();
    if (!target.hookUrl.isValid()) {
        m_resultLabel->setText(tr("The listener is not running. Start it on the Listener page first."));
        return false;
    }
    WebinarSimulator::Options options;
    options.hookUrl = target.hookUrl;
    options.verification = target.verification;
    options.count = m_count->value();
    QString error;
    if (!m_simulator.start(options, &error)) {
        m_resultLabel->setText(tr("Cannot start: %1").arg(error));
        return false;
    }
    m_progress->setRange(0, options.count);
    showSent();
    m_progress->setValue(0);
    m_resultLabel->setText(tr("Sending…"));
    m_start->setEnabled(false);
    m_count->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    return true;
}

void SimulateDialog::finished(const WebinarSimulator::Result &result)
{
    m_result = result;
    const QLocale locale;
    QString text;
    if (result.cancelled) {
        //: %1 attendees answered out of %Ln.
        text = tr("Cancelled after %1 of %Ln attendee(s); those already sent are stored.", nullptr,
                  int(result.total))
                       .arg(locale.toString(result.answered()));
    } else {
        //: %1 seconds; %2 to %5 are counts of attendees (labels, not plurals: "duplicates: 1").
        text = tr("%Ln attendee(s) sent in %1 s. <b>Stored: %2</b> · duplicates: %3 · refused: %4 · "
                  "without an answer: %5.", nullptr, int(result.total))
                       .arg(locale.toString(result.elapsedMs / 1000.0, 'f', 1),
                            locale.toString(result.stored), locale.toString(result.duplicates),
                            locale.toString(result.refusedCount()), locale.toString(result.errors));
        if (!result.ok() && !result.firstError.isEmpty())
            text += QStringLiteral("<br>") + tr("First problem: %1").arg(result.firstError.toHtmlEscaped());
        if (result.ok())
            text += QStringLiteral("<br>") + tr("Webinar ID <code>%1</code>.").arg(result.webinarId.toHtmlEscaped());
    }
    m_resultLabel->setText(text);
    m_start->setEnabled(true);
    m_start->setText(tr("&Send another webinar"));
    m_count->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    emit simulationFinished(result);
}

QString SimulateDialog::resultText() const
{
    return m_resultLabel->text();
}

void SimulateDialog::reject()
{
    // The button reads "Cancel" while sending: stop first, close on the next click.
    if (m_simulator.isRunning()) {
        m_simulator.cancel();
        return;
    }
    QDialog::reject();
}

void SimulateDialog::showSent()
{
    const QLocale locale;
    //: Simulation progress: attendees sent so far of the total.
    m_progress->setFormat(tr("%1 of %2 sent").arg(locale.toString(m_progress->value()),
                                                  locale.toString(m_progress->maximum())));
}

} // namespace hookdesk
