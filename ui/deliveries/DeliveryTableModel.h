// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliveryQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace hookdesk {

class BackgroundReader;

// The delivery log, newest first, as the inspector's table shows it. Rows are
// read in pages through a BackgroundReader as the view scrolls (fetchMore);
// refresh() puts newly logged requests on top without disturbing the rows (or
// the selection) below.
class DeliveryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StatusColumn, HookColumn, FromColumn, RequestColumn, ReasonColumn, ColumnCount };
    enum Role { DeliveryIdRole = Qt::UserRole + 1, StatusRole };

    static constexpr int PageRows = 200;

    explicit DeliveryTableModel(BackgroundReader *reader, QObject *parent = nullptr);

    // Starts over with the rows `filter` lets through.
    void setFilter(const DeliveryFilter &filter);
    const DeliveryFilter &filter() const { return m_filter; }
    // Reads requests logged since the last read and puts them on top.
    void refresh();
    // Names for hook ids ("Hook 2"), with a longer tooltip each.
    void setHookNames(const QHash<qint64, QString> &names, const QHash<qint64, QString> &tooltips = {});
    // Who sent the request: the client a tunnel named, or the connecting address.
    static QString senderText(const DeliveryRow &row);

    std::optional<DeliveryRow> rowAt(int row) const;
    int rowOf(qint64 deliveryId) const;
    // Requests the filter lets through; -1 while counting.
    qint64 matchingCount() const { return m_count; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

    // Short status meaning: "stored", "duplicate", "unknown hook" ...
    static QString statusText(int status, const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page or the newest rows arrived (or failed: see lastError()).
    void loaded();
    void countChanged(qint64 count);

private:
    void loadOlder();
    void loadCount();
    QString hookName(qint64 id) const;

    BackgroundReader *m_reader;
    DeliveryFilter m_filter;
    QList<DeliveryRow> m_rows;
    QHash<qint64, QString> m_hookNames;
    QHash<qint64, QString> m_hookTooltips;
    quint64 m_generation = 0;
    bool m_loading = false;    // a page of older rows is being read
    bool m_refreshing = false; // newer rows are being read
    bool m_refreshAgain = false;
    bool m_atEnd = false;
    qint64 m_count = -1;
    QString m_error;
};

} // namespace hookdesk
