// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/FilterBar.h"

#include "core/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QToolTip>

#include <limits>

namespace hookdesk {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_people = new QComboBox(this);
    m_people->setObjectName(QStringLiteral("filterPeople"));
    //: Accessible name of the box that picks whose rows the table shows.
    m_people->setAccessibleName(tr("People"));
    QStringList peopleTips;
    for (const auto people : {AttendeeFilter::People::Attended, AttendeeFilter::People::Registered,
                              AttendeeFilter::People::NoShows, AttendeeFilter::People::WalkIns}) {
        m_people->addItem(peopleLabel(people), int(people));
        m_people->setItemData(m_people->count() - 1, peopleHelp(people), Qt::ToolTipRole);
        peopleTips << QStringLiteral("<b>%1</b>: %2").arg(peopleLabel(people).toHtmlEscaped(),
                                                          peopleHelp(people).toHtmlEscaped());
    }
    m_people->setToolTip(peopleTips.join(QStringLiteral("<br>")));
    m_people->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by name, email, phone or webinar (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter attendees"));
    m_text->setAccessibleDescription(tr("Words to look for in name, email, phone and webinar. "
                                        "Column terms such as email:gmail.com also work."));
    m_text->setToolTip(grammarHelp());
    // Escape clears the filter, as in most search fields.
    auto *clearAction = new QAction(m_text);
    clearAction->setShortcut(Qt::Key_Escape);
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    connect(clearAction, &QAction::triggered, m_text, &QLineEdit::clear);
    m_text->addAction(clearAction);

    m_help = new QToolButton(this);
    m_help->setText(QStringLiteral("?"));
    m_help->setAccessibleName(tr("Filter syntax"));
    m_help->setToolTip(tr("How to write a filter"));
    connect(m_help, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_help->mapToGlobal(QPoint(0, m_help->height())), grammarHelp(), m_help);
    });

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("filterRange"));
    //: Accessible name of the date-range box: when attendees were first received.
    m_range->setAccessibleName(tr("Received"));
    m_range->setToolTip(tr("When the attendees were first received"));
    m_range->addItem(tr("Any time"), int(AppSettings::ReceivedRange::Any));
    m_range->addItem(tr("Today"), int(AppSettings::ReceivedRange::Today));
    m_range->addItem(tr("Last 7 days"), int(AppSettings::ReceivedRange::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(AppSettings::ReceivedRange::Last30Days));
    //: Date range choice; picking it shows two date fields (from, until).
    m_range->addItem(tr("Between…"), int(AppSettings::ReceivedRange::Custom));

    const QDate today = Clock::currentDate();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_until = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("Received from"));
    m_until->setAccessibleName(tr("Received until"));
    m_from->setToolTip(tr("First day, included"));
    m_until->setToolTip(tr("Last day, included"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setAccessibleName(tr("Attendees shown"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_people);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_help);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_until);
    layout->addWidget(m_summary);

    connect(m_people, &QComboBox::currentIndexChanged, this, &FilterBar::onInputChanged);
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::onInputChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = range() == AppSettings::ReceivedRange::Custom;
        m_from->setVisible(custom);
        m_until->setVisible(custom);
        onInputChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::onInputChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &FilterBar::onInputChanged);
    updateSummary();
}

QString FilterBar::grammarHelp()
{
    //: Keep the words inside <code> (name:, email:, id:, after:, before:, AND) in English:
    //: the filter understands only those.
    return tr("<b>Filter</b><br>"
              "<code>priya</code> — name, email, phone or webinar contains it<br>"
              "<code>\"priya sharma\"</code> — the words together<br>"
              "<code>email:gmail.com</code>, <code>name:</code>, <code>phone:</code>, "
              "<code>webinar:</code> — in that column only<br>"
              "<code>id:WEBINAR_ID</code> — one webinar<br>"
              "<code>after:2026-01-31</code>, <code>before:2026-02-01</code> — first received "
              "(UTC day)<br>"
              "<code>-word</code>, <code>-email:yahoo</code> — leave those out<br>"
              "Terms combine with AND; case does not matter.");
}

QString FilterBar::peopleLabel(AttendeeFilter::People people)
{
    switch (people) {
    case AttendeeFilter::People::Attended:
        //: People selector: who attended a webinar.
        return tr("Attended");
    case AttendeeFilter::People::Registered:
        //: People selector: who registered (booked or got a reminder).
        return tr("Registered");
    case AttendeeFilter::People::NoShows:
        //: People selector: registered but did not come.
        return tr("No-shows");
    case AttendeeFilter::People::WalkIns:
        //: People selector: came without a registration HookDesk saw.
        return tr("Walk-ins");
    }
    return {};
}

QString FilterBar::peopleHelp(AttendeeFilter::People people)
{
    switch (people) {
    case AttendeeFilter::People::Attended:
        return tr("People who attended, as TagMango reported after the session.");
    case AttendeeFilter::People::Registered:
        return tr("People who registered for a session (from booking and reminder calls).");
    case AttendeeFilter::People::NoShows:
        return tr("Registered for a session that is over and did not attend.");
    case AttendeeFilter::People::WalkIns:
        return tr("Attended without a registration HookDesk saw.");
    }
    return {};
}

AttendeeFilter::People FilterBar::people() const
{
    return AttendeeFilter::People(m_people->currentData().toInt());
}

void FilterBar::setPeople(AttendeeFilter::People people)
{
    m_people->setCurrentIndex(std::max(0, m_people->findData(int(people))));
}

AttendeeFilter FilterBar::filter() const
{
    AttendeeFilter filter;
    filter.people = people();
    filter.text = m_text->text();
    const QDate today = Clock::currentDate();
    switch (range()) {
    case AppSettings::ReceivedRange::Any:
        break;
    case AppSettings::ReceivedRange::Today:
        filter.receivedFrom = today.startOfDay();
        break;
    case AppSettings::ReceivedRange::Last7Days:
        filter.receivedFrom = today.addDays(-6).startOfDay();
        break;
    case AppSettings::ReceivedRange::Last30Days:
        filter.receivedFrom = today.addDays(-29).startOfDay();
        break;
    case AppSettings::ReceivedRange::Custom:
        filter.receivedFrom = m_from->date().startOfDay();
        filter.receivedUntil = m_until->date().addDays(1).startOfDay();
        break;
    }
    return filter;
}

QString FilterBar::text() const
{
    return m_text->text();
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

AppSettings::ReceivedRange FilterBar::range() const
{
    return AppSettings::ReceivedRange(m_range->currentData().toInt());
}

QDate FilterBar::customFrom() const
{
    return m_from->date();
}

QDate FilterBar::customUntil() const
{
    return m_until->date();
}

void FilterBar::setRange(AppSettings::ReceivedRange range, const QDate &from, const QDate &until)
{
    if (from.isValid())
        m_from->setDate(from);
    if (until.isValid())
        m_until->setDate(until);
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(range))));
}

void FilterBar::clear()
{
    m_text->clear();
    m_range->setCurrentIndex(0);
}

void FilterBar::setCounts(qint64 matching, qint64 total, bool searching)
{
    m_matching = matching;
    m_total = total;
    m_searching = searching;
    updateSummary();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::onInputChanged()
{
    const QString error = filter().toSql().error;
    if (error != m_error) {
        m_error = error;
        updateSummary();
    }
    if (error.isEmpty())
        emit filterChanged();
}

void FilterBar::updateSummary()
{
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_summary->setStyleSheet(QString());
    const int total = int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
    const QString matching = locale.toString(m_matching);
    // One sentence per kind, so each language can say it with its plural forms.
    switch (people()) {
    case AttendeeFilter::People::Attended:
        if (m_searching)
            m_summary->setText(tr("Searching %Ln attendee(s)…", nullptr, total));
        else if (m_matching < 0)
            //: %1 is the number of attendees in the store; the matches are still being counted.
            m_summary->setText(tr("Counting matches among %1…").arg(locale.toString(m_total)));
        else
            //: %1 attendees match the filter, out of %Ln in the store: "12 of 340 attendees".
            m_summary->setText(tr("%1 of %Ln attendee(s)", nullptr, total).arg(matching));
        break;
    case AttendeeFilter::People::Registered:
        if (m_searching)
            m_summary->setText(tr("Searching %Ln registrant(s)…", nullptr, total));
        else if (m_matching < 0)
            m_summary->setText(tr("Counting matches among %Ln registrant(s)…", nullptr, total));
        else
            //: %1 registrants match the filter, out of %Ln: "12 of 340 registrants".
            m_summary->setText(tr("%1 of %Ln registrant(s)", nullptr, total).arg(matching));
        break;
    case AttendeeFilter::People::NoShows:
        if (m_searching)
            m_summary->setText(tr("Searching %Ln no-show(s)…", nullptr, total));
        else if (m_matching < 0)
            m_summary->setText(tr("Counting matches among %Ln no-show(s)…", nullptr, total));
        else
            //: %1 no-shows match the filter, out of %Ln: "12 of 40 no-shows".
            m_summary->setText(tr("%1 of %Ln no-show(s)", nullptr, total).arg(matching));
        break;
    case AttendeeFilter::People::WalkIns:
        if (m_searching)
            m_summary->setText(tr("Searching %Ln walk-in(s)…", nullptr, total));
        else if (m_matching < 0)
            m_summary->setText(tr("Counting matches among %Ln walk-in(s)…", nullptr, total));
        else
            //: %1 walk-ins match the filter, out of %Ln: "3 of 8 walk-ins".
            m_summary->setText(tr("%1 of %Ln walk-in(s)", nullptr, total).arg(matching));
        break;
    }
}

} // namespace hookdesk
