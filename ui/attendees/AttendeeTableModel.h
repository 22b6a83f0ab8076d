// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendees/AttendeeRowCache.h"
#include "store/AttendeeWindowSource.h"

#include <QAbstractTableModel>

#include <optional>

namespace hookdesk {

class AttendeeLoader;

// The attendees a filter lets through, in the chosen order, read lazily: the
// rows the view paints are read by an AttendeeLoader and held in an
// AttendeeRowCache (at most MaxCachedRows), so memory does not grow with the
// number of attendees. Filtering and sorting happen in SQL. A row not read yet
// shows empty for the moment it takes to read it.
//
// The model shows one snapshot of the store at a time: its row count and every
// row it holds belong to it (rows read earlier are kept only where they are
// still the same attendees, with their old values until read again). A read
// that brings a newer count moves the model to its snapshot in one step: new
// attendees in the arrival order are inserted where they go (the top, newest
// first), and the selection stays on its attendees; in other orders, or after
// deletions, the rows read with the count tell where the attendees went.
// refresh() is for "the store changed".
class AttendeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        PhoneColumn,
        WebinarColumn,
        ReceivedColumn,
        DeliveriesColumn,
        ReplayColumn,
        ColumnCount
    };
    enum Role {
        AttendeeIdRole = Qt::UserRole + 1,
        WebinarIdRole,
        RecordingUrlRole,
        ReplayAllowedRole, // bool: the recording link may be opened
        EmailRole,
        PhoneRole,
        LoadedRole,        // bool: the row is read (not a placeholder)
    };

    static constexpr int MaxCachedRows = 12 * 128;

    explicit AttendeeTableModel(AttendeeWindowSource *source, QObject *parent = nullptr);

    // Nothing is read until the first of these.
    void setQuery(const AttendeeFilter &filter, const AttendeeOrder &order);
    void setFilter(const AttendeeFilter &filter);
    const AttendeeFilter &filter() const { return m_filter; }
    void setOrder(const AttendeeOrder &order);
    const AttendeeOrder &order() const { return m_order; }
    void sort(int column, Qt::SortOrder order) override;
    void refresh();

    // Attendees the filter lets through; -1 while they are being counted.
    qint64 matchingCount() const;
    // True until the first rows of the current filter and order are in.
    bool isLoading() const { return m_awaitingFirst; }
    QString lastError() const { return m_error; }
    std::optional<AttendeeRow> attendeeAt(int row) const;
    // Rows held in memory now (at most MaxCachedRows, whatever rowCount() is).
    qint64 cachedRows() const;

    static int columnFor(AttendeeOrder::Key key);
    // The order a click on `column` asks for; nullopt for columns that do not sort.
    static std::optional<AttendeeOrder::Key> keyFor(int column);
    static QString replayRefusal(const QString &link);
    // How the table shows a time: the user's short date and time.
    static QString displayTime(const QDateTime &when);
    // The Name and Email cells' tooltip: the person across the creator's
    // webinars and, for a registration, which calls came when.
    static QString personTip(const AttendeeRow &row, bool registration);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void matchingCountChanged(qint64 count);
    // The first rows of a new filter or order are in; also after each refresh.
    void rowsLoaded();
    // A query failed ("" once one succeeds again).
    void errorChanged(const QString &message);

private:
    void setPeopleFilter(const AttendeeFilter &filter); // and tells views the headers changed
    void startQuery();
    void onWindow(const AttendeeWindow &window);
    void applyFirst(const AttendeeWindow &window);
    void applyCount(qint64 count);
    void moveTo(const AttendeeWindow &window);
    void moveToUnknown(const AttendeeWindow &window, int count);
    void storeRows(const AttendeeWindow &window);
    void dropRows(const AttendeeWindow &window);
    void publish();
    void setError(const QString &message);

    AttendeeRowCache m_cache;
    AttendeeLoader *m_loader;
    AttendeeFilter m_filter;
    AttendeeOrder m_order;

    int m_rowCount = 0;          // what the views know
    AttendeeSnapshot m_shown;    // where m_rowCount and the cached rows come from
    bool m_counted = false;      // false: m_rowCount is only the first page so far
    bool m_awaitingFirst = true;
    qint64 m_announcedCount = -1;
    QString m_error;
};

} // namespace hookdesk
