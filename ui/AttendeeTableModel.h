// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AttendeeFilter.h"
#include "store/AttendeeQuery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <map>

#include <optional>

namespace hookdesk {

class AttendeeReader;

// The attendees a filter lets through, in the chosen order, read lazily: the
// model caches a few blocks of rows (at most MaxCachedRows, least recently used
// go first) and asks the AttendeeReader for the pages the view paints and the
// ones next to them, so its memory does not grow with the number of attendees.
// Filtering and sorting happen in SQL. A row not read yet shows empty for the
// moment it takes to read it.
//
// refresh() is for "the store changed": it re-counts, marks the cached rows
// stale and re-reads them as the view paints them, showing the old values
// meanwhile (no flicker, no reset). New attendees go in at the top in the
// default order (newest first), and the selection stays on its attendees.
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

    static constexpr int PageRows = 128;       // rows per read
    static constexpr int MaxPagesPerRead = 3;
    static constexpr int MaxCachedRows = 12 * PageRows;

    explicit AttendeeTableModel(AttendeeReader *reader, QObject *parent = nullptr);

    // Nothing is read until the first of these.
    void setQuery(const AttendeeFilter &filter, const AttendeeOrder &order);
    void setFilter(const AttendeeFilter &filter);
    const AttendeeFilter &filter() const { return m_filter; }
    void setOrder(const AttendeeOrder &order);
    const AttendeeOrder &order() const { return m_order; }
    void sort(int column, Qt::SortOrder order) override;
    void refresh();

    // Attendees the filter lets through; -1 while they are being counted.
    qint64 matchingCount() const { return m_count; }
    // True until the first rows of the current filter and order are in.
    bool isLoading() const { return m_awaitingFirstWindow; }
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
    // Consecutive rows [start, start + rows.size()) as read at `version`.
    struct Block
    {
        QList<AttendeeRow> rows;
        quint64 version = 0;
        mutable quint64 lastUse = 0;
    };

    void startQuery();
    void onPage(quint64 generation, qint64 offset, const QList<AttendeeRow> &rows,
                const QString &error);
    void onCount(quint64 generation, qint64 count, const QString &error);
    void applyFirstPage(qint64 offset, const QList<AttendeeRow> &rows);
    void applyCountChange(qint64 count, bool newcomersAtTop);
    void storeBlock(qint64 offset, const QList<AttendeeRow> &rows);
    void evictBeyond(qint64 keepStart);
    void setError(const QString &message);
    void want(qint64 row) const;
    void issueRequests();
    const AttendeeRow *rowPointer(qint64 row, bool *stale = nullptr) const;

    AttendeeReader *m_reader;
    AttendeeFilter m_filter;
    AttendeeOrder m_order;
    quint64 m_generation = 0;

    int m_rowCount = 0;          // what the views know
    qint64 m_count = -1;         // the latest count of this generation; -1 unknown
    bool m_countProvisional = false; // m_rowCount is only the first page so far
    std::map<qint64, Block> m_blocks; // by first row
    quint64 m_version = 1;       // bumped by each refresh: older blocks are stale
    mutable quint64 m_useClock = 0;

    bool m_awaitingFirstWindow = true;
    bool m_pageInFlight = false;
    int m_countsInFlight = 0;
    bool m_refreshAgain = false;
    // Bumped whenever rows are inserted or removed: a page read before that has
    // its rows at the wrong offsets and is read again.
    quint64 m_rowsEpoch = 0;
    quint64 m_pageEpoch = 0;
    QString m_error;

    // Pages (row / PageRows) the view asked for that are missing or stale, with
    // how often; mutable because data() records them.
    mutable QHash<qint64, int> m_wanted;
    mutable QTimer m_requestTimer;
    QTimer m_cooldown;           // delays a refresh count after a slow one
    QElapsedTimer m_countClock;  // the running refresh count
    QElapsedTimer m_sinceCount;  // since the last count came back
    qint64 m_lastCountMs = 0;
};

} // namespace hookdesk
