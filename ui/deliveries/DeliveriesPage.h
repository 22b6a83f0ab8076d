// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "store/DeliveryQuery.h"
#include "store/HookRepository.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QTableView;

namespace hookdesk {

class BackgroundReader;
class DeliveryDetailView;
class DeliveryTableModel;

// The request inspector: every request the listener saw, newest first, with
// what HookDesk answered and why. Filters by answer, hook and time; the selected
// request shows its headers and body, can be copied as a curl command, and can
// be sent through HookDesk's listener again.
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    using ListenerSource = std::function<ListenerStatus()>;

    DeliveriesPage(BackgroundReader *reader, ListenerSource listener, QWidget *parent = nullptr);
    ~DeliveriesPage() override;

    // Time ranges the filter offers.
    enum class Range { Any, Last15Minutes, LastHour, Last24Hours, Last7Days };

    // The filter the controls describe, with time ranges counted back from `now`.
    DeliveryFilter filterFor(const QDateTime &now) const;
    void setStatusFilter(DeliveryFilter::Status status, int exactStatus = 0);
    void setHookFilter(qint64 subscriptionId);
    void setRange(Range range);

    // New requests were logged: put them on top.
    void refresh();
    // Reads everything again (after rows were deleted).
    void reload();
    // Reads hook names (for the Hook column and filter) again.
    void reloadHooks();

    DeliveryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryDetailView *detail() const { return m_detail; }
    QString countText() const;
    QString actionText() const;
    // Selects the request with this id if it is loaded; false if it is not.
    bool selectDelivery(qint64 id);

    void copyAsCurl();
    void replay();

signals:
    // One line for the status bar.
    void message(const QString &text);
    // A replay got its answer (or failed to be sent: status 0).
    void replayAnswered(int status, const QString &text);

private:
    void applyFilter();
    void showSelected();
    void showAction(const QString &text, bool problem = false);
    QString hookName(qint64 id) const;        // "Hook 2"
    QString hookDescription(qint64 id) const; // "Hook 2 · /hooks/AbCdEf…"

    BackgroundReader *m_reader;
    ListenerSource m_listener;
    DeliveryTableModel *m_model;
    QComboBox *m_status;
    QComboBox *m_hook;
    QComboBox *m_range;
    QLabel *m_count;
    QTableView *m_table;
    DeliveryDetailView *m_detail;
    QLabel *m_action;
    QNetworkAccessManager *m_network;
    QHash<qint64, Hook> m_hooks;
    quint64 m_detailRequest = 0;
};

} // namespace hookdesk
