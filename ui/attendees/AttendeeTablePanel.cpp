// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeeTablePanel.h"

#include "attendees/AttendeeActions.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/ReplayButtonDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace hookdesk {

AttendeeTablePanel::AttendeeTablePanel(AttendeeTableModel *model, AttendeeActions *actions,
                                       QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(actions)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attendeeTable"));
    m_view->setAccessibleName(tr("Attendees"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMouseTracking(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures a row, so a million rows cost nothing.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from typical values in the user's font; fitColumns() shares out
    // the rest of the width on the first show.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fits = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 18; };
    header->resizeSection(AttendeeTableModel::NameColumn, fits(QStringLiteral("Siddharth Kulkarni")));
    header->resizeSection(AttendeeTableModel::EmailColumn, fits(QStringLiteral("siddharth.kulkarni@gmail.com")));
    header->resizeSection(AttendeeTableModel::PhoneColumn, fits(QStringLiteral("+91 98765 43210")));
    header->resizeSection(AttendeeTableModel::WebinarColumn, fits(QStringLiteral("Options Trading Masterclass")));
    header->resizeSection(AttendeeTableModel::ReceivedColumn,
                          fits(AttendeeTableModel::displayTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))));
    header->resizeSection(AttendeeTableModel::DeliveriesColumn,
                          header->fontMetrics().horizontalAdvance(tr("Deliveries")) + 24);
    header->resizeSection(AttendeeTableModel::ReplayColumn,
                          metrics.horizontalAdvance(tr("Replay")) + 40);
    for (int column = 0; column < AttendeeTableModel::ColumnCount; ++column)
        m_baseWidths.append(header->sectionSize(column));
    // Until the user sizes a column, the columns follow the window's width.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userWidths = true;
    });
    m_view->viewport()->installEventFilter(this);
    const AttendeeOrder order = m_model->order();
    header->setSortIndicator(AttendeeTableModel::columnFor(order.key),
                             order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // The replay column does not sort: put the indicator back where it was.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (!AttendeeTableModel::keyFor(column)) {
            const AttendeeOrder current = m_model->order();
            const QSignalBlocker block(header);
            header->setSortIndicator(AttendeeTableModel::columnFor(current.key),
                                     current.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });

    auto *replay = new ReplayButtonDelegate(AttendeeTableModel::ReplayAllowedRole, this);
    m_view->setItemDelegateForColumn(AttendeeTableModel::ReplayColumn, replay);
    connect(replay, &ReplayButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        m_actions->openReplay(index.data(AttendeeTableModel::RecordingUrlRole).toString());
    });
    connect(m_view, &QTableView::activated, this, &AttendeeTablePanel::openCurrentReplay);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AttendeeTablePanel::showContextMenu);

    // Someone reading further down keeps their rows when newcomers go in at the top.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (first == 0 && bar->value() > 0 && last + 1 < m_model->rowCount())
            bar->setValue(bar->value() + (last - first + 1));
    });

    m_noMatches = new QWidget(this);
    m_noMatchesText = new QLabel(m_noMatches);
    m_noMatchesText->setAlignment(Qt::AlignCenter);
    m_noMatchesText->setWordWrap(true);
    m_noMatchesText->setObjectName(QStringLiteral("emptyNote"));
    auto *clear = new QPushButton(tr("Clear the filter"), m_noMatches);
    clear->setAccessibleName(tr("Clear the filter"));
    m_clearFilter = clear;
    connect(clear, &QPushButton::clicked, this, &AttendeeTablePanel::clearFilterRequested);
    auto *noMatchesLayout = new QVBoxLayout(m_noMatches);
    noMatchesLayout->addStretch();
    noMatchesLayout->addWidget(m_noMatchesText);
    noMatchesLayout->addWidget(clear, 0, Qt::AlignHCenter);
    noMatchesLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_noMatches);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &AttendeeTableModel::rowsLoaded, this, &AttendeeTablePanel::updateEmptyNote);
    connect(m_model, &AttendeeTableModel::errorChanged, this, &AttendeeTablePanel::updateEmptyNote);
    buildActions();

    // The row actions follow the selection and the rows under it.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttendeeTablePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttendeeTablePanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendeeTablePanel::updateActions,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AttendeeTablePanel::updateActions,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AttendeeTablePanel::updateActions,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AttendeeTablePanel::updateActions,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendeeTablePanel::updateActions);
    connect(m_model, &AttendeeTableModel::rowsLoaded, this, &AttendeeTablePanel::updateActions);
    updateActions();
}

void AttendeeTablePanel::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Active while the table has focus; the window's menus show the same actions.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        m_rowActions.append(action);
        return action;
    };
    m_open = make(tr("&Open replay"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { openCurrentReplay(); });
    m_copyEmail = make(tr("Copy &email"), QKeySequence::Copy, [this] {
        if (const auto a = currentAttendee())
            //: Fills "Copied the %1." and "There is no %1 to copy."
            m_actions->copy(a->email, tr("email address"));
    });
    m_copyPhone = make(tr("Copy &phone"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        if (const auto a = currentAttendee())
            //: Fills "Copied the %1." and "There is no %1 to copy."
            m_actions->copy(a->phone, tr("phone number"));
    });
    m_copyLink = make(tr("Copy replay &link"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        if (const auto a = currentAttendee())
            //: Fills "Copied the %1." and "There is no %1 to copy."
            m_actions->copy(a->recordingUrl, tr("replay link"));
    });
    m_showWebinar = make(tr("Show only this &webinar"), QKeySequence(), [this] {
        if (const auto a = currentAttendee())
            emit showWebinarRequested(a->webinarId);
    });
    m_delete = make(tr("&Delete attendee…"), QKeySequence::Delete, [this] {
        // The rows' ids are of the table the list reads.
        if (m_model->filter().readsRegistrations())
            m_actions->deleteRegistrations(selectedAttendees());
        else
            m_actions->deleteAttendees(selectedAttendees());
    });
    m_deleteWebinar = make(tr("Delete this webinar…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this] {
        if (const auto a = currentAttendee())
            emit deleteWebinarRequested(a->webinarId);
    });
    auto *menuKey = new QAction(this);
    // The context menu from the keyboard opens at the current row, not mid-view.
    menuKey->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    connect(menuKey, &QAction::triggered, this, [this] {
        showContextMenu(m_view->visualRect(m_view->currentIndex()).center());
    });
    m_view->addAction(menuKey);
}

std::optional<AttendeeRow> AttendeeTablePanel::currentAttendee() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->attendeeAt(current.row());
}

QList<AttendeeRow> AttendeeTablePanel::selectedAttendees() const
{
    QList<AttendeeRow> attendees;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const auto a = m_model->attendeeAt(index.row()))
            attendees.append(*a);
    }
    if (attendees.isEmpty()) {
        if (const auto a = currentAttendee())
            attendees.append(*a);
    }
    return attendees;
}

void AttendeeTablePanel::openCurrentReplay()
{
    if (const auto a = currentAttendee())
        m_actions->openReplay(a->recordingUrl);
}

void AttendeeTablePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || !m_model->attendeeAt(index.row()))
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();

    QMenu menu(this);
    menu.addAction(m_open);
    menu.addSeparator();
    menu.addAction(m_copyEmail);
    menu.addAction(m_copyPhone);
    menu.addAction(m_copyLink);
    menu.addSeparator();
    menu.addAction(m_showWebinar);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.addAction(m_deleteWebinar);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void AttendeeTablePanel::updateActions()
{
    // Each row action is enabled only when it has something to act on, in the
    // window's menus as in the context menu (and so are their shortcuts).
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    const std::optional<AttendeeRow> a = selected ? currentAttendee() : std::nullopt;
    const int count = selected ? int(selectedAttendees().size()) : 0;
    const QModelIndex current = m_view->currentIndex();
    m_open->setEnabled(a && current.siblingAtColumn(AttendeeTableModel::ReplayColumn)
                                    .data(AttendeeTableModel::ReplayAllowedRole).toBool());
    m_copyEmail->setEnabled(a && !a->email.isEmpty());
    m_copyPhone->setEnabled(a && !a->phone.isEmpty());
    m_copyLink->setEnabled(a && !a->recordingUrl.isEmpty());
    m_showWebinar->setEnabled(a && !a->webinarId.isEmpty());
    m_delete->setEnabled(count > 0 && m_actions->canDelete());
    if (m_model->filter().readsRegistrations())
        m_delete->setText(count > 1 ? tr("&Delete %Ln registration(s)…", nullptr, count)
                                    : tr("&Delete registration…"));
    else
        m_delete->setText(count > 1 ? tr("&Delete %Ln attendee(s)…", nullptr, count) : tr("&Delete attendee…"));
    m_deleteWebinar->setEnabled(a && !a->webinarId.isEmpty() && m_actions->canDelete());
}

QString AttendeeTablePanel::emptyText(const AttendeeFilter &filter)
{
    // Nothing of this kind at all (in the webinar, if one is chosen) says why
    // there is none; a filter that leaves nothing says that.
    const bool filtered = !filter.onlyPeopleAndWebinar();
    const bool oneWebinar = !filter.webinarId.isEmpty();
    switch (filter.people) {
    case AttendeeFilter::People::Attended:
        if (filtered)
            return tr("No attendees match this filter.");
        return oneWebinar ? tr("No attendees in this webinar yet: TagMango sends them when the session "
                               "is over (webinar.completed.all).")
                          : tr("No attendees yet: TagMango sends them when a session is over "
                               "(webinar.completed.all).");
    case AttendeeFilter::People::Registered:
        if (filtered)
            return tr("No registrants match this filter.");
        return oneWebinar ? tr("No registrations for this webinar: HookDesk hears of them from the "
                               "webinar.reminder.all or webinar.created.single hooks on the "
                               "Subscriptions tab.")
                          : tr("No registrations yet: add a hook for webinar.reminder.all or "
                               "webinar.created.single on the Subscriptions tab.");
    case AttendeeFilter::People::NoShows:
        if (filtered)
            return tr("No no-shows match this filter.");
        return tr("No no-shows: every registrant came, or the session is still to come.");
    case AttendeeFilter::People::WalkIns:
        if (filtered)
            return tr("No walk-ins match this filter.");
        return tr("No walk-ins: everyone who attended had registered.");
    }
    return {};
}

void AttendeeTablePanel::updateEmptyNote()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (empty) {
        const AttendeeFilter &filter = m_model->filter();
        m_noMatchesText->setText(m_model->lastError().isEmpty()
                                         ? emptyText(filter)
                                         : tr("The attendees could not be read: %1")
                                                   .arg(m_model->lastError()));
        // The button clears the text, the dates and the webinar: offered when
        // there is one of those.
        m_clearFilter->setVisible(!filter.onlyPeopleAndWebinar() || !filter.webinarId.isEmpty());
    }
    m_stack->setCurrentWidget(empty ? m_noMatches : m_view);
}

void AttendeeTablePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once the window's layout has given the table its width.
    scheduleFit();
}

bool AttendeeTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        scheduleFit();
    return QWidget::eventFilter(watched, event);
}

void AttendeeTablePanel::scheduleFit()
{
    if (m_userWidths || m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, &AttendeeTablePanel::fitColumns);
}

void AttendeeTablePanel::fitColumns()
{
    m_fitPending = false;
    if (m_userWidths || !m_view->isVisible())
        return;
    m_fitting = true;
    const auto done = qScopeGuard([this] { m_fitting = false; });
    QHeaderView *header = m_view->horizontalHeader();
    // From the typical widths each time, so a window made narrower and wider
    // again ends where it started.
    for (int column = 0; column < AttendeeTableModel::ColumnCount; ++column)
        header->resizeSection(column, m_baseWidths.value(column));
    int total = 0;
    for (int column = 0; column < AttendeeTableModel::ColumnCount; ++column)
        total += header->sectionSize(column);
    // The vertical scroll bar may not show yet (rows still on their way).
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int width = m_view->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width());
    const int spare = width - total - 2;
    // Email and webinar titles are the long ones: they take the spare width.
    const int email = header->sectionSize(AttendeeTableModel::EmailColumn);
    const int webinar = header->sectionSize(AttendeeTableModel::WebinarColumn);
    if (spare >= 0) {
        header->resizeSection(AttendeeTableModel::EmailColumn, email + spare * 2 / 5);
        header->resizeSection(AttendeeTableModel::WebinarColumn, webinar + spare - spare * 2 / 5);
        return;
    }
    // Too wide (a 1024 px screen): the webinar title, then the phone give up
    // width, and the email only after them (down to a readable minimum), so
    // that name, a whole email and the replay button stay in view.
    int overflow = -spare;
    const int narrow = m_view->fontMetrics().averageCharWidth() * 9;
    const int minimumEmail = m_view->fontMetrics().averageCharWidth() * 16;
    const std::pair<int, int> givers[] = {
        {AttendeeTableModel::WebinarColumn, narrow},
        {AttendeeTableModel::PhoneColumn, narrow},
        {AttendeeTableModel::EmailColumn, minimumEmail},
    };
    for (const auto &[column, minimum] : givers) {
        if (overflow <= 0)
            break;
        const int size = header->sectionSize(column);
        const int give = std::min(overflow, std::max(0, size - minimum));
        header->resizeSection(column, size - give);
        overflow -= give;
    }
}

QByteArray AttendeeTablePanel::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

void AttendeeTablePanel::restoreColumns(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int column = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    if (header->restoreState(state))
        m_userWidths = true; // the user's own widths
    // The order is a setting of its own; the saved header must not change it.
    const QSignalBlocker block(header);
    header->setSortIndicator(column, order);
}

} // namespace hookdesk
