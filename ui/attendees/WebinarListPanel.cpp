// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/WebinarListPanel.h"

#include "attendees/AttendeeActions.h"
#include "attendees/ReplayButtonDelegate.h"
#include "attendees/WebinarListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hookdesk {

WebinarListPanel::WebinarListPanel(AttendeeActions *actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_model(new WebinarListModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("webinarList"));
    m_view->setAccessibleName(tr("Webinars"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMouseTracking(true);
    // "Options Trading Masterclass — Batch 3": the end tells batches apart.
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WebinarListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebinarListModel::RegisteredColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebinarListModel::AttendeesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebinarListModel::ShowUpColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebinarListModel::LastReceivedColumn, QHeaderView::ResizeToContents);
    // As wide as the button needs (its text in the user's language, the style's
    // margins, the cell's inset): sized to contents it was clipped in Hindi.
    {
        QStyleOptionButton button;
        button.fontMetrics = m_view->fontMetrics();
        const QSize text = m_view->fontMetrics().size(Qt::TextShowMnemonic, WebinarListModel::tr("Replay"));
        const int width = m_view->style()->sizeFromContents(QStyle::CT_PushButton, &button, text, m_view).width();
        header->setSectionResizeMode(WebinarListModel::ReplayColumn, QHeaderView::Fixed);
        header->resizeSection(WebinarListModel::ReplayColumn,
                              std::max(width + 8, header->fontMetrics().horizontalAdvance(WebinarListModel::tr("Replay")) + 12));
    }

    auto *replay = new ReplayButtonDelegate(WebinarListModel::ReplayAllowedRole, this);
    m_view->setItemDelegateForColumn(WebinarListModel::ReplayColumn, replay);
    connect(replay, &ReplayButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        m_actions->openReplay(index.data(WebinarListModel::RecordingUrlRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebinarListPanel::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, &WebinarListPanel::openRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, &WebinarListPanel::showContextMenu);

    // Keyboard: Delete removes the chosen webinar (after asking).
    auto *remove = new QAction(tr("Delete webinar…"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const auto webinar = currentWebinar())
            m_actions->deleteWebinar(*webinar);
    });
    m_view->addAction(remove);
    auto *menuKey = new QAction(m_view);
    // The context menu from the keyboard opens at the current row, not mid-view.
    menuKey->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    connect(menuKey, &QAction::triggered, this, [this] {
        showContextMenu(m_view->visualRect(m_view->currentIndex()).center());
    });
    m_view->addAction(menuKey);

    m_model->setWebinars({}, 0);
    m_view->setCurrentIndex(m_model->index(0, 0));
    updateColumns();
}

void WebinarListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

void WebinarListPanel::updateColumns()
{
    // A narrow list (small screens) keeps room for the titles: "Latest" goes
    // first, then "Reg." (the row's tooltip still tells both). Attended, the
    // show-up rate and the replay button stay.
    const int chars = width() / std::max(1, fontMetrics().averageCharWidth());
    const std::pair<int, int> hideBelow[] = {
        {WebinarListModel::LastReceivedColumn, 56},
        {WebinarListModel::RegisteredColumn, 40},
    };
    for (const auto &[column, minimum] : hideBelow) {
        const bool hide = chars < minimum;
        if (m_view->isColumnHidden(column) != hide)
            m_view->setColumnHidden(column, hide);
    }
}

void WebinarListPanel::setWebinars(const QList<WebinarRow> &webinars, qint64 totalAttendees)
{
    const QString chosen = m_chosen;
    const int scroll = m_view->verticalScrollBar()->value();
    m_updating = true;
    m_model->setWebinars(webinars, totalAttendees);
    int row = m_model->rowOf(chosen);
    if (row < 0)
        row = 0; // the webinar is gone (deleted): back to all
    if (m_view->currentIndex().row() != row) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->verticalScrollBar()->setValue(scroll);
    }
    m_updating = false;
    onCurrentChanged();
}

QString WebinarListPanel::selectedWebinarId() const
{
    return m_chosen;
}

void WebinarListPanel::selectWebinar(const QString &webinarId)
{
    const int row = m_model->rowOf(webinarId);
    m_view->setCurrentIndex(m_model->index(std::max(row, 0), 0));
    m_view->scrollTo(m_view->currentIndex());
}

std::optional<WebinarRow> WebinarListPanel::currentWebinar() const
{
    return m_model->webinarAt(m_view->currentIndex().row());
}

void WebinarListPanel::onCurrentChanged()
{
    if (m_updating)
        return;
    const QString id = m_view->currentIndex().data(WebinarListModel::WebinarIdRole).toString();
    if (id == m_chosen)
        return;
    m_chosen = id;
    emit webinarChosen(id);
}

void WebinarListPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index.siblingAtColumn(0));
    const std::optional<WebinarRow> webinar = m_model->webinarAt(index.row());
    if (!webinar)
        return; // All webinars has nothing to act on
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open replay"), this, [this, webinar] {
        m_actions->openReplay(webinar->recordingUrl);
    });
    open->setEnabled(index.siblingAtColumn(WebinarListModel::ReplayColumn)
                             .data(WebinarListModel::ReplayAllowedRole).toBool());
    menu.addAction(tr("Copy replay link"), this, [this, webinar] {
        m_actions->copy(webinar->recordingUrl, tr("replay link"));
    });
    menu.addAction(tr("Copy webinar ID"), this, [this, webinar] {
        m_actions->copy(webinar->webinarId, tr("webinar ID"));
    });
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete webinar…"), this, [this, webinar] {
        m_actions->deleteWebinar(*webinar);
    });
    remove->setShortcut(QKeySequence::Delete);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace hookdesk
