// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HookRepository.h"

#include <QList>
#include <QTableWidget>

namespace hookdesk {

// The hooks, newest first: event, webinar filter, hook URL, created, last
// delivery, deliveries and state. Keeps the selection across reloads and
// otherwise selects the newest active hook.
class SubscriptionTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { EventColumn, WebinarColumn, HookUrlColumn, CreatedColumn, LastDeliveryColumn,
                  DeliveriesColumn, StateColumn, ColumnCount };

    explicit SubscriptionTable(QWidget *parent = nullptr);

    // Emits no selection signal: the caller updates what depends on the selection.
    void setHooks(const QList<Hook> &hooks);
    const QList<Hook> &hooks() const { return m_hooks; }
    // The selected hook, or nullptr; valid until the next setHooks().
    const Hook *selectedHook() const;

    // "Active, registered", "Retired (answers 410 Gone)", ...
    static QString stateText(const Hook &hook);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();

    QList<Hook> m_hooks;
};

} // namespace hookdesk
