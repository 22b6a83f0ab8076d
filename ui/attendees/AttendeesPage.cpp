// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeesPage.h"

#include "settings/AppSettings.h"
#include "attendees/AttendeeActions.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeeTablePanel.h"
#include "attendees/FilterBar.h"
#include "shell/FirstRunPanel.h"
#include "attendees/WebinarListModel.h"
#include "attendees/WebinarListPanel.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hookdesk {

AttendeesPage::AttendeesPage(AttendeeWindowSource *reader, AttendeeActions *actions,
                             AppSettings *settings, const ListenerStatus &listener, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_actions(actions)
{
    m_model = new AttendeeTableModel(reader, this);
    m_filterBar = new FilterBar(this);
    m_webinars = new WebinarListPanel(actions, this);
    m_table = new AttendeeTablePanel(m_model, actions, this);
    m_firstRun = new FirstRunPanel(listener, settings->publicBaseUrl(), actions, this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filterBar);
    rightLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->addWidget(m_webinars);
    m_splitter->addWidget(right);
    // The table gets the width: at 1024 px name, email and replay must show.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({defaultWebinarListWidth(), 1000});
    // The webinar list may be folded away (View ▸ Show webinar list, or by
    // dragging); the table never.
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);

    m_stack = new QStackedWidget(this);
    // The store is read in the background: until its answer, neither the
    // first-run steps nor an empty browser.
    m_unread = new QWidget(m_stack);
    m_stack->addWidget(m_unread);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_stack);

    // Restore the last session before the first query, so it runs once.
    if (m_splitter->restoreState(settings->splitterState()))
        m_listFollowsWidth = false;
    m_table->restoreColumns(settings->attendeeColumns());
    {
        const QSignalBlocker block(m_filterBar);
        m_filterBar->setPeople(settings->filterPeople());
        m_filterBar->setText(settings->filterText());
        m_filterBar->setRange(settings->filterRange(), settings->filterFrom(), settings->filterUntil());
    }
    AttendeeFilter initial = m_filterBar->filter();
    if (!initial.toSql().error.isEmpty())
        initial.text.clear();
    if (!initial.toSql().error.isEmpty()) {
        // e.g. a saved "Between" range that ends before it starts
        initial.receivedFrom = {};
        initial.receivedUntil = {};
    }
    const AttendeeOrder order = settings->attendeeOrder();
    QHeaderView *header = m_table->view()->horizontalHeader();
    {
        const QSignalBlocker block(header);
        header->setSortIndicator(AttendeeTableModel::columnFor(order.key),
                                 order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    // The webinar list is empty until the first storeChanged(); remember the choice till then.
    initial.webinarId = settings->filterWebinarId();
    m_pendingWebinar = initial.webinarId;
    m_model->setQuery(initial, order);

    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_listFollowsWidth = false;
        emit webinarListShownChanged(webinarListShown());
    });

    connect(m_filterBar, &FilterBar::filterChanged, this, &AttendeesPage::applyFilter);
    connect(m_webinars, &WebinarListPanel::webinarChosen, this, &AttendeesPage::applyFilter);
    connect(m_webinars, &WebinarListPanel::openRequested, this, &AttendeesPage::focusTable);
    connect(m_model, &AttendeeTableModel::matchingCountChanged, this, &AttendeesPage::updateCounts);
    connect(m_model, &AttendeeTableModel::rowsLoaded, this, &AttendeesPage::updateCounts);
    connect(m_table, &AttendeeTablePanel::clearFilterRequested, this, &AttendeesPage::clearFilter);
    connect(m_table, &AttendeeTablePanel::showWebinarRequested, m_webinars, &WebinarListPanel::selectWebinar);
    connect(m_table, &AttendeeTablePanel::deleteWebinarRequested, this, [this](const QString &id) {
        const int row = m_webinars->model()->rowOf(id);
        if (const auto webinar = m_webinars->model()->webinarAt(row))
            m_actions->deleteWebinar(*webinar);
    });
    updateCounts();
}

void AttendeesPage::storeChanged(const QList<WebinarRow> &webinars, const StoreTotals &totals)
{
    m_total = totals.attendees;
    m_webinars->setWebinars(webinars, totals.attendees);
    if (!m_pendingWebinar.isEmpty()) {
        // The last session's webinar, now that the list knows it.
        const QString id = m_pendingWebinar;
        m_pendingWebinar.clear();
        if (m_webinars->model()->rowOf(id) > 0)
            m_webinars->selectWebinar(id);
        else
            applyFilter();
    }
    // A session with registrants only (still to come) is data too.
    if (totals.attendees > 0 || !webinars.isEmpty())
        m_seenData = true;
    // The first-run steps stay out of the way once there has been an attendee
    // or a registration, even if the user deletes them all again.
    m_stack->setCurrentWidget(m_seenData ? static_cast<QWidget *>(m_splitter) : m_firstRun);
    m_model->refresh();
    updateCounts();
}

void AttendeesPage::storeUnreadable()
{
    if (m_stack->currentWidget() == m_unread)
        m_stack->setCurrentWidget(m_firstRun);
}

AttendeeFilter AttendeesPage::currentFilter() const
{
    return m_model->filter();
}

bool AttendeesPage::showsFirstRun() const
{
    return m_stack->currentWidget() == m_firstRun;
}

void AttendeesPage::applyFilter()
{
    AttendeeFilter filter = m_filterBar->filter();
    filter.phoneRegion = m_settings->phoneRegion();
    if (!filter.toSql().error.isEmpty())
        return; // the bar shows the error; the table keeps the last good filter
    filter.webinarId = m_pendingWebinar.isEmpty() ? m_webinars->selectedWebinarId() : m_pendingWebinar;
    const AttendeeFilter &current = m_model->filter();
    if (filter.people == current.people && filter.text == current.text
        && filter.webinarId == current.webinarId
        && filter.receivedFrom == current.receivedFrom && filter.receivedUntil == current.receivedUntil)
        return;
    m_model->setFilter(filter);
    emit filterChanged();
}

qint64 AttendeesPage::peopleTotal(AttendeeFilter::People people, const QString &webinarId) const
{
    const WebinarListModel *list = m_webinars->model();
    auto countIn = [people](const WebinarRow &w) -> qint64 {
        switch (people) {
        case AttendeeFilter::People::Attended:
            return w.attendeeCount;
        case AttendeeFilter::People::Registered:
            return w.registeredCount;
        case AttendeeFilter::People::NoShows:
            return w.noShows().value_or(0); // none before the session is over
        case AttendeeFilter::People::WalkIns:
            return w.walkIns();
        }
        return 0;
    };
    if (!webinarId.isEmpty()) {
        if (const auto webinar = list->webinarAt(list->rowOf(webinarId)))
            return countIn(*webinar);
    }
    if (people == AttendeeFilter::People::Attended)
        return m_total;
    // The same counters AttendeeQuery::total() sums, as the last read brought them.
    qint64 total = 0;
    for (const WebinarRow &w : list->webinars())
        total += countIn(w);
    return total;
}

void AttendeesPage::updateCounts()
{
    // "N of M": M is what the chosen webinar holds of the chosen people, or the
    // whole store's.
    const AttendeeFilter &filter = m_model->filter();
    m_filterBar->setCounts(m_model->matchingCount(), peopleTotal(filter.people, filter.webinarId),
                           m_model->isLoading());
}

int AttendeesPage::defaultWebinarListWidth() const
{
    // A quarter of the page, within a readable minimum and what the titles and
    // the Reg. / Came / Show-up counts need.
    const int chars = fontMetrics().averageCharWidth();
    const int minimum = std::max(200, chars * 30);
    return std::clamp(width() * 23 / 100, minimum, std::max(minimum, chars * 48));
}

void AttendeesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_listFollowsWidth || !webinarListShown())
        return;
    const int list = defaultWebinarListWidth();
    const int total = std::max(m_splitter->width(), list + 1);
    m_splitter->setSizes({list, total - list});
}

bool AttendeesPage::webinarListShown() const
{
    const QList<int> sizes = m_splitter->sizes();
    return !sizes.isEmpty() && sizes.first() > 0;
}

void AttendeesPage::setWebinarListShown(bool shown)
{
    if (shown == webinarListShown())
        return;
    m_listFollowsWidth = false;
    QList<int> sizes = m_splitter->sizes();
    const int total = std::max(sizes.value(0) + sizes.value(1), m_splitter->width());
    if (shown) {
        const int width = std::min(m_webinarListWidth > 0 ? m_webinarListWidth : defaultWebinarListWidth(),
                                   total / 2);
        m_splitter->setSizes({width, std::max(1, total - width)});
    } else {
        m_webinarListWidth = sizes.value(0);
        if (m_webinars->view()->hasFocus())
            focusTable();
        m_splitter->setSizes({0, std::max(1, total)});
    }
    emit webinarListShownChanged(webinarListShown());
}

void AttendeesPage::saveSettings() const
{
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setAttendeeColumns(m_table->saveColumns());
    m_settings->setAttendeeOrder(m_model->order());
    m_settings->setFilterPeople(m_filterBar->people());
    m_settings->setFilterText(m_filterBar->text());
    m_settings->setFilterRange(m_filterBar->range());
    m_settings->setFilterFrom(m_filterBar->customFrom());
    m_settings->setFilterUntil(m_filterBar->customUntil());
    m_settings->setFilterWebinarId(m_model->filter().webinarId);
}

void AttendeesPage::focusFilter()
{
    m_filterBar->focusText();
}

void AttendeesPage::focusTable()
{
    QTableView *view = m_table->view();
    view->setFocus(Qt::ShortcutFocusReason);
    if (!view->currentIndex().isValid() && m_model->rowCount() > 0)
        view->setCurrentIndex(m_model->index(0, 0));
}

void AttendeesPage::focusWebinars()
{
    setWebinarListShown(true);
    m_webinars->view()->setFocus(Qt::ShortcutFocusReason);
}

void AttendeesPage::clearFilter()
{
    m_filterBar->clear();
    m_webinars->selectWebinar(QString());
}

void AttendeesPage::showAllWebinars()
{
    m_webinars->selectWebinar(QString());
}

} // namespace hookdesk
