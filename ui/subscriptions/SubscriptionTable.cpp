// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions/SubscriptionTable.h"

#include "tagmango/EventCatalogue.h"

#include <QHeaderView>
#include <QLocale>

namespace hookdesk {
namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SubscriptionTable::SubscriptionTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Event"), tr("Webinar"), tr("Hook URL"), tr("Created"),
                               tr("Last delivery"), tr("Deliveries"), tr("State")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Hook URLs are long: one line each, the middle elided, the whole in the tooltip.
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
}

void SubscriptionTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void SubscriptionTable::fitColumns()
{
    // Every column as wide as its content, except the hook URL, which takes what
    // is left (at least enough to recognise it) and elides its middle.
    resizeColumnsToContents();
    const int wanted = columnWidth(HookUrlColumn);
    int others = 0;
    for (int column = 0; column < ColumnCount; ++column)
        others += column == HookUrlColumn ? 0 : columnWidth(column);
    const int left = viewport()->width() - others;
    setColumnWidth(HookUrlColumn, qMin(wanted, qMax(240, left)));
}

QString SubscriptionTable::stateText(const Hook &hook)
{
    if (hook.isRetired())
        return tr("Retired (answers 410 Gone)");
    if (hook.apiBase.isEmpty())
        return tr("Active, not registered from HookDesk");
    if (hook.responseStatus >= 200 && hook.responseStatus < 300)
        return tr("Active, registered");
    // A failed Subscribe: TagMango is not known to call it (it may still, if
    // it registered the URL and the answer was lost: register it again to know).
    if (hook.responseStatus == 0)
        return hook.deliveryCount > 0 ? tr("Active, registration got no answer (but TagMango calls it)")
                                      : tr("Draft: not registered, TagMango gave no answer");
    return hook.deliveryCount > 0
            ? tr("Active, registration refused (HTTP %1) (but TagMango calls it)").arg(hook.responseStatus)
            : tr("Draft: not registered, TagMango refused it (HTTP %1)").arg(hook.responseStatus);
}

const Hook *SubscriptionTable::selectedHook() const
{
    const QList<QTableWidgetItem *> selected = selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const QString token = item(selected.first()->row(), EventColumn)->data(Qt::UserRole).toString();
    for (const Hook &hook : m_hooks) {
        if (hook.token == token)
            return &hook;
    }
    return nullptr;
}

void SubscriptionTable::setHooks(const QList<Hook> &hooks)
{
    const Hook *previous = selectedHook();
    const QString keep = previous ? previous->token : QString();
    m_hooks = hooks;
    {
        // No selection signals while rows come and go; callers refresh after this.
        const QSignalBlocker blocker(this);
        setRowCount(0);
        int selectRow = -1;
        int newestActiveRow = -1;
        int callingRow = -1;
        const std::optional<Hook> calling = HookRepository::callingHook(m_hooks, EventCatalogue::CompletedAll);
        for (auto it = m_hooks.crbegin(); it != m_hooks.crend(); ++it) {
            const Hook &hook = *it;
            const int row = rowCount();
            insertRow(row);
            const QStringList cells{
                    hook.event,
                    hook.webinarFilter.isEmpty() ? tr("all webinars") : hook.webinarFilter,
                    hook.hookUrl.isEmpty() ? hook.path() : hook.hookUrl,
                    when(hook.createdAt),
                    hook.lastDeliveryAt.isValid() ? when(hook.lastDeliveryAt) : tr("never"),
                    QLocale().toString(hook.deliveryCount),
                    stateText(hook)};
            for (int column = 0; column < ColumnCount; ++column) {
                auto *cell = new QTableWidgetItem(cells.at(column));
                if (column == DeliveriesColumn)
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                setItem(row, column, cell);
            }
            item(row, EventColumn)->setData(Qt::UserRole, hook.token);
            item(row, HookUrlColumn)->setToolTip(cells.at(HookUrlColumn));
            if (hook.token == keep)
                selectRow = row;
            if (newestActiveRow < 0 && !hook.isRetired())
                newestActiveRow = row;
            if (calling && hook.token == calling->token)
                callingRow = row;
        }
        // By default the hook TagMango calls, not a newer draft.
        if (selectRow < 0)
            selectRow = callingRow >= 0 ? callingRow : newestActiveRow;
        if (selectRow >= 0)
            this->selectRow(selectRow);
    }
    fitColumns();
}

} // namespace hookdesk
