// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeeLoader.h"

#include "attendees/AttendeeRowCache.h"

#include <algorithm>

namespace hookdesk {

using Lane = AttendeeWindowRequest::Lane;
using Counting = AttendeeWindowRequest::Counting;

AttendeeLoader::AttendeeLoader(AttendeeWindowSource *source, const AttendeeRowCache *cache,
                               QObject *parent)
    : QObject(parent), m_source(source), m_cache(cache)
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &AttendeeLoader::issuePages);
    m_cooldown.setSingleShot(true);
    connect(&m_cooldown, &QTimer::timeout, this, &AttendeeLoader::refresh);
    connect(m_source, &AttendeeWindowSource::windowFetched, this, &AttendeeLoader::onWindow);
}

void AttendeeLoader::start(const AttendeeFilter &filter, const AttendeeOrder &order)
{
    m_filter = filter;
    m_order = order;
    ++m_generation;
    m_source->supersede(m_generation);
    m_shown = AttendeeSnapshot{};
    m_rowCount = 0;
    m_counted = false;
    m_firstIn = false;
    m_refreshAgain = false;
    m_recount = false;
    m_pagesHeld = false;
    m_wanted.clear();
    m_cooldown.stop();
    m_countClock.invalidate();
    m_lastCountMs = 0;

    AttendeeWindowRequest first = request(0, MaxPagesPerRead * PageRows);
    first.counting = Counting::Never;
    m_pageInFlight = true;
    m_pageMayCount = false;
    m_source->fetchWindow(first);
    first.lane = Lane::Counts;
    first.counting = Counting::Always;
    m_countInFlight = true;
    m_source->fetchWindow(first);
}

void AttendeeLoader::setShown(const AttendeeSnapshot &snapshot, qint64 rowCount, bool counted)
{
    m_shown = snapshot;
    m_rowCount = rowCount;
    m_counted = counted;
    m_firstIn = true;
}

AttendeeWindowRequest AttendeeLoader::request(qint64 offset, int limit) const
{
    AttendeeWindowRequest r;
    r.generation = m_generation;
    r.filter = m_filter;
    r.order = m_order;
    r.offset = offset;
    r.limit = limit;
    r.known = m_shown;
    r.known.count = m_counted ? m_rowCount : -1;
    return r;
}

// -- Counts

bool AttendeeLoader::mayRefreshNow() const
{
    // One counting read at a time, and none before the first rows and their count.
    return m_firstIn && m_counted && !m_countInFlight && !(m_pageInFlight && m_pageMayCount);
}

void AttendeeLoader::refresh()
{
    if (!isStarted())
        return;
    if (!mayRefreshNow()) {
        m_refreshAgain = true;
        return;
    }
    // A count over a broad filter can take a while; while new attendees keep
    // coming, the counting thread rests at least as long as the last count took.
    if (m_lastCountMs > 0 && m_sinceCount.isValid() && m_sinceCount.elapsed() < m_lastCountMs) {
        if (!m_cooldown.isActive())
            m_cooldown.start(int(m_lastCountMs - m_sinceCount.elapsed()) + 1);
        return;
    }
    m_countClock.start();
    issueCount();
}

void AttendeeLoader::recount()
{
    m_recount = true;
    if (!m_countInFlight && !(m_pageInFlight && m_pageMayCount)) {
        m_recount = false;
        issueCount();
    }
}

void AttendeeLoader::issueCount()
{
    // With the rows around the one the view painted last, so the rows the user
    // looks at change together with the count.
    const qint64 focus = m_cache->lastUsedRow();
    qint64 firstPage = focus >= 0 && focus < m_rowCount ? focus / PageRows - 1 : 0;
    firstPage = std::max<qint64>(0, firstPage);
    AttendeeWindowRequest r = request(firstPage * PageRows, MaxPagesPerRead * PageRows);
    r.lane = Lane::Counts;
    r.counting = Counting::Always;
    m_countInFlight = true;
    m_source->fetchWindow(r);
}

void AttendeeLoader::retryLater(int ms)
{
    QTimer::singleShot(ms, this, [this, failed = m_generation] {
        if (failed != m_generation)
            return;
        if (m_counted)
            refresh();
        else
            recount();
    });
}

// -- Pages

void AttendeeLoader::want(qint64 row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    ++m_wanted[row / PageRows];
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void AttendeeLoader::wantRange(qint64 offset, qint64 rows)
{
    for (qint64 page = offset / PageRows; page * PageRows < offset + rows; ++page)
        want(std::max(offset, page * PageRows));
}

void AttendeeLoader::issuePages()
{
    if (!m_firstIn || m_pageInFlight || m_pagesHeld)
        return;
    // Pages read since they were asked for (the view paints several times
    // while a read is on its way) need nothing more.
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        const qint64 first = it.key() * PageRows;
        const qint64 last = std::min<qint64>(first + PageRows, m_rowCount) - 1;
        if (last < first || m_cache->isFresh(first, last))
            it = m_wanted.erase(it);
        else
            ++it;
    }
    if (m_wanted.isEmpty())
        return;
    // The page the view asked for most (what it paints), with wanted neighbours.
    qint64 best = -1;
    int hits = 0;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (it.value() > hits) {
            best = it.key();
            hits = it.value();
        }
    }
    qint64 first = best;
    qint64 last = best;
    while (last - first + 1 < MaxPagesPerRead && m_wanted.contains(last + 1))
        ++last;
    while (last - first + 1 < MaxPagesPerRead && m_wanted.contains(first - 1))
        --first;
    for (qint64 page = first; page <= last; ++page)
        m_wanted.remove(page);
    // A stray request (e.g. accessibility asking for row 0) waits its turn; only
    // a bounded number are remembered.
    if (m_wanted.size() > 64)
        m_wanted.clear();
    AttendeeWindowRequest r = request(first * PageRows, int(last - first + 1) * PageRows);
    // If the store changed since the snapshot shown, this read counts too (so its
    // rows can be placed), unless a count is already on its way.
    m_pageMayCount = !m_countInFlight;
    r.counting = m_pageMayCount ? Counting::IfChanged : Counting::Never;
    m_pageInFlight = true;
    m_source->fetchWindow(r);
}

void AttendeeLoader::onWindow(const AttendeeWindow &window)
{
    if (window.request.generation != m_generation)
        return; // a query the user has left
    if (window.request.lane == Lane::Pages) {
        m_pageInFlight = false;
        m_pageMayCount = false;
    } else {
        m_countInFlight = false;
        m_pagesHeld = false;
        if (m_countClock.isValid()) {
            m_lastCountMs = m_countClock.elapsed();
            m_countClock.invalidate();
            m_sinceCount.start();
        }
    }
    emit windowArrived(window); // the model applies it and calls setShown()
    if (m_recount)
        recount();
    if (m_refreshAgain && mayRefreshNow()) {
        m_refreshAgain = false;
        refresh();
    }
    issuePages();
}

} // namespace hookdesk
