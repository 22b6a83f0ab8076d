// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/SimulateDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
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
    m_attendeesOnly = new QRadioButton(tr("Attendees &only"), this);
    m_attendeesOnly->setObjectName(QStringLiteral("simulateAttendeesOnly"));
    m_attendeesOnly->setChecked(true);
    m_wholeWebinar = new QRadioButton(tr("A &whole webinar (registrations, reminders, attendance)"), this);
    m_wholeWebinar->setObjectName(QStringLiteral("simulateWholeWebinar"));
    m_wholeWebinar->setEnabled(false); // until a hook finder is set
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_attendeesOnly);
    modes->addButton(m_wholeWebinar);
    connect(m_wholeWebinar, &QRadioButton::toggled, this, &SimulateDialog::modeChanged);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("simulateCount"));
    m_count->setRange(1, 100000);
    m_count->setValue(1000);
    m_count->setGroupSeparatorShown(true);
    m_count->setAccessibleName(tr("Attendees to send"));
    m_showUp = new QSpinBox(this);
    m_showUp->setObjectName(QStringLiteral("simulateShowUp"));
    m_showUp->setRange(0, 100);
    m_showUp->setValue(60);
    //: Suffix of the show-up share's spin box ("60 %").
    m_showUp->setSuffix(tr(" %"));
    m_showUp->setAccessibleName(tr("Share of the registrants who attend"));
    m_walkIns = new QSpinBox(this);
    m_walkIns->setObjectName(QStringLiteral("simulateWalkIns"));
    m_walkIns->setRange(0, 10000);
    m_walkIns->setValue(5);
    m_walkIns->setAccessibleName(tr("Attendees who never registered"));
    m_wholeHint = new QLabel(tr("Bookings go to the <code>webinar.created.single</code> hook, reminders to the "
                                "<code>webinar.reminder.all</code> hook; HookDesk adds either if it is missing."),
                             this);
    m_wholeHint->setObjectName(QStringLiteral("simulateWholeHint"));
    m_wholeHint->setWordWrap(true);
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
    m_countLabel = new QLabel(this);
    m_countLabel->setBuddy(m_count);
    form->addRow(m_countLabel, m_count);
    form->addRow(tr("Show-&up share:"), m_showUp);
    form->addRow(tr("Wal&k-ins:"), m_walkIns);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_attendeesOnly);
    layout->addWidget(m_wholeWebinar);
    layout->addLayout(form);
    layout->addWidget(m_wholeHint);
    layout->addWidget(m_progress);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    fitHeight();

    connect(&m_simulator, &WebinarSimulator::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        showSent();
        m_progress->setValue(done);
    });
    connect(&m_simulator, &WebinarSimulator::finished, this, &SimulateDialog::finished);

    modeChanged();
    if (!m_target().hookUrl.isValid()) {
        m_start->setEnabled(false);
        m_resultLabel->setText(tr("The listener is not running. Start it on the Listener page first."));
    }
}

void SimulateDialog::setHookFinder(HookFinder finder)
{
    m_hookFinder = std::move(finder);
    m_wholeWebinar->setEnabled(bool(m_hookFinder) && !isRunning());
}

void SimulateDialog::setCount(int count)
{
    m_count->setValue(count);
}

void SimulateDialog::setWholeWebinar(bool whole)
{
    (whole ? m_wholeWebinar : m_attendeesOnly)->setChecked(true);
}

void SimulateDialog::setShowUpPercent(int percent)
{
    m_showUp->setValue(percent);
}

void SimulateDialog::setWalkIns(int walkIns)
{
    m_walkIns->setValue(walkIns);
}

void SimulateDialog::modeChanged()
{
    const bool whole = m_wholeWebinar->isChecked();
    m_countLabel->setText(whole ? tr("&Registrants:") : tr("&Attendees:"));
    m_count->setAccessibleName(whole ? tr("Registrants to send") : tr("Attendees to send"));
    m_showUp->setEnabled(whole && !isRunning());
    m_walkIns->setEnabled(whole && !isRunning());
    m_wholeHint->setVisible(whole);
    fitHeight();
    if (!m_simulator.isRunning() && m_result.total == 0)
        m_start->setText(whole ? tr("&Play the webinar") : tr("&Send attendees"));
}

void SimulateDialog::fitHeight()
{
    // Word-wrapped labels do not raise a dialog's minimum height by themselves:
    // grow (never shrink) to what the layout needs at this width.
    QLayout *box = layout();
    if (!box)
        return;
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SimulateDialog::setBusy(bool busy)
{
    const bool whole = m_wholeWebinar->isChecked();
    m_start->setEnabled(!busy);
    m_count->setEnabled(!busy);
    m_attendeesOnly->setEnabled(!busy);
    m_wholeWebinar->setEnabled(!busy && bool(m_hookFinder));
    m_showUp->setEnabled(!busy && whole);
    m_walkIns->setEnabled(!busy && whole);
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("&Cancel") : tr("&Close"));
}

bool SimulateDialog::startSimulation()
{
    if (isRunning())
        return false;
    const Target target = m_target();
    if (!target.hookUrl.isValid()) {
        m_resultLabel->setText(tr("The listener is not running. Start it on the Listener page first."));
        return false;
    }
    m_addedHooks.clear();
    WebinarSimulator::Options options;
    options.hookUrl = target.hookUrl;
    options.verification = target.verification;
    options.count = m_count->value();
    if (!m_wholeWebinar->isChecked())
        return send(options);
    if (!m_hookFinder) {
        m_resultLabel->setText(tr("Cannot start: %1").arg(tr("this window cannot look up hooks")));
        return false;
    }
    m_preparing = true;
    setBusy(true);
    m_resultLabel->setText(tr("Looking up the hooks for bookings and reminders…"));
    m_hookFinder(this, [this, target](const SimulationHooks::WholeWebinar &hooks) { hooksFound(target, hooks); });
    return true;
}

void SimulateDialog::hooksFound(const Target &target, const SimulationHooks::WholeWebinar &hooks)
{
    m_preparing = false;
    if (!hooks.ok()) {
        setBusy(false);
        m_resultLabel->setText(tr("Cannot start: %1").arg(hooks.error.toHtmlEscaped()));
        fitHeight();
        return;
    }
    for (const SimulationHooks::Found *found : {&hooks.registrations, &hooks.reminders}) {
        if (found->added)
            m_addedHooks.append(found->hook->event);
    }
    // The listener that answers the completion hook answers the other two.
    QUrl base = target.hookUrl;
    base.setPath(QString());
    WebinarSimulator::Options options;
    options.hookUrl = target.hookUrl;
    options.verification = target.verification;
    options.count = m_count->value();
    options.wholeWebinar = true;
    options.showUpPercent = m_showUp->value();
    options.walkIns = m_walkIns->value();
    options.registrationHook = SimulationHooks::targetOf(base, *hooks.registrations.hook);
    options.reminderHook = SimulationHooks::targetOf(base, *hooks.reminders.hook);
    if (!send(options))
        setBusy(false);
}

bool SimulateDialog::send(const WebinarSimulator::Options &options)
{
    QString error;
    if (!m_simulator.start(options, &error)) {
        m_resultLabel->setText(tr("Cannot start: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    m_progress->setRange(0, m_simulator.callCount());
    showSent();
    m_progress->setValue(0);
    m_resultLabel->setText(tr("Sending…"));
    setBusy(true);
    return true;
}

void SimulateDialog::finished(const WebinarSimulator::Result &result)
{
    m_result = result;
    const QLocale locale;
    QString text;
    if (result.wholeWebinar) {
        text = wholeWebinarText(result);
    } else if (result.cancelled) {
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
    fitHeight();
    setBusy(false);
    m_start->setText(tr("&Send another webinar"));
    emit simulationFinished(result);
}

QString SimulateDialog::wholeWebinarText(const WebinarSimulator::Result &result) const
{
    const QLocale locale;
    QString text;
    if (result.cancelled) {
        //: %1 calls answered out of %2 (a whole simulated webinar: bookings, reminders, attendance).
        text = tr("Cancelled after %1 of %2 calls; what was already sent is kept.")
                       .arg(locale.toString(result.answered()), locale.toString(result.total));
    } else {
        //: %1 seconds; %2 to %5 are counts of calls (labels, not plurals: "walk-ins: 1").
        text = tr("Webinar played in %1 s: registrations: %2 · reminders: %3 · attended: %4 · walk-ins: %5.")
                       .arg(locale.toString(result.elapsedMs / 1000.0, 'f', 1),
                            locale.toString(result.registrations.total), locale.toString(result.reminders.total),
                            locale.toString(result.attended), locale.toString(result.walkIns));
        text += QStringLiteral("<br>");
        //: How the listener answered; counts (labels, not plurals).
        text += tr("<b>Attendees stored: %1</b> · duplicates: %2 · registrations accepted: %3 · reminders "
                   "accepted: %4 · refused: %5 · without an answer: %6.")
                        .arg(locale.toString(result.attendance.stored), locale.toString(result.attendance.duplicates),
                             locale.toString(result.registrations.accepted()),
                             locale.toString(result.reminders.accepted()), locale.toString(result.refusedCount()),
                             locale.toString(result.errors));
        QStringList refusals;
        for (auto it = result.refused.cbegin(); it != result.refused.cend(); ++it)
            //: A refusal count: %1 requests answered with HTTP status %2.
            refusals.append(tr("%1× %2").arg(locale.toString(it.value())).arg(it.key()));
        if (!refusals.isEmpty())
            text += QStringLiteral("<br>") + tr("Refused: %1. First problem: %2")
                                                     .arg(refusals.join(QStringLiteral(", ")),
                                                          result.firstError.toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Webinar ID <code>%1</code>.").arg(result.webinarId.toHtmlEscaped());
    }
    if (!m_addedHooks.isEmpty())
        //: %1 event names, e.g. "webinar.created.single, webinar.reminder.all".
        text += QStringLiteral("<br>") + tr("Added a hook for %1.").arg(m_addedHooks.join(QStringLiteral(", ")));
    return text;
}

QString SimulateDialog::resultText() const
{
    return m_resultLabel->text();
}

void SimulateDialog::reject()
{
    // The button reads "Cancel" while sending: stop first, close on the next click.
    // (While the hooks are looked up, closing is enough: the answer is dropped.)
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
