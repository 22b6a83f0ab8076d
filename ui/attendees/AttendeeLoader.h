// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AttendeeWindowSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace hookdesk {

class AttendeeRowCache;

// Decides what the attendee table reads and when: the first rows of a query, the
// pages the view paints (and the ones next to them), and refresh counts when the
// store changed. Every request carries the query's generation; answers of older
// generations are dropped here, so the model only sees answers to its query.
//
// At most one page read and one count read are in flight, and only one of them
// may count at a time: a counting read compares with the snapshot the model
// shows (setShown()), and while it is on its way that snapshot does not change,
// so the model can tell exactly what changed between the two.
class AttendeeLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageRows = 128;
    static constexpr int MaxPagesPerRead = 3;

    AttendeeLoader(AttendeeWindowSource *source, const AttendeeRowCache *cache,
                   QObject *parent = nullptr);

    // A new query. Reads its first rows quickly without counting them (pages lane),
    // and the count together with the same rows (counts lane).
    void start(const AttendeeFilter &filter, const AttendeeOrder &order);
    bool isStarted() const { return m_generation > 0; }
    quint64 generation() const { return m_generation; }

    // What the model shows now: the snapshot its rows and count come from, and
    // whether the count is known (else rowCount is just the first page).
    void setShown(const AttendeeSnapshot &snapshot, qint64 rowCount, bool counted);

    // The view wants this row (missing or stale); read soon.
    void want(qint64 row);
    void wantRange(qint64 offset, qint64 rows);
    // Pages read now would only be dropped until the count on its way is in.
    void holdPagesUntilCounted() { m_pagesHeld = m_countInFlight; }
    // The store changed: count again, with the rows the user looks at.
    void refresh();
    // The count came from before the rows shown: count again.
    void recount();
    // After a failed first read: refresh in `ms` if the query is still the same.
    void retryLater(int ms);

signals:
    // An answer to the current generation.
    void windowArrived(const hookdesk::AttendeeWindow &window);

private:
    void onWindow(const AttendeeWindow &window);
    void issuePages();
    void issueCount();
    bool mayRefreshNow() const;
    AttendeeWindowRequest request(qint64 offset, int limit) const;

    AttendeeWindowSource *m_source;
    const AttendeeRowCache *m_cache;
    AttendeeFilter m_filter;
    AttendeeOrder m_order;
    quint64 m_generation = 0;

    AttendeeSnapshot m_shown;
    qint64 m_rowCount = 0;
    bool m_counted = false;
    bool m_firstIn = false;

    bool m_pageInFlight = false;
    bool m_pageMayCount = false;
    bool m_countInFlight = false;
    bool m_pagesHeld = false;
    bool m_refreshAgain = false;
    bool m_recount = false;

    // Pages (row / PageRows) asked for that are missing or stale, with how often.
    QHash<qint64, int> m_wanted;
    QTimer m_requestTimer;
    QTimer m_cooldown;           // delays a refresh count after a slow one
    QElapsedTimer m_countClock;  // the running refresh count
    QElapsedTimer m_sinceCount;  // since the last refresh count came back
    qint64 m_lastCountMs = 0;
};

} // namespace hookdesk
