// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AttendeeQuery.h"

#include <QList>

#include <map>
#include <optional>

namespace hookdesk {

// The attendee table's rows held in memory: blocks of consecutive rows by their
// first row, each tagged with the epoch of the snapshot it was read in. At most
// maxRows() are held; the least recently used blocks go first. Plain data: no
// model, no threads, so every case can be tested directly.
//
// Whoever owns the cache keeps its rows at the positions of the snapshot it
// shows: rows of an older epoch are kept only where they are still the same
// attendees (e.g. moved down by insertRows() for newcomers at the top); they are
// "stale" (their values may have changed since) until read again.
class AttendeeRowCache
{
public:
    explicit AttendeeRowCache(qint64 maxRows) : m_maxRows(maxRows) { }

    // The row at `row`, or nullptr when it is not held. Counts as a use for
    // eviction and as the place the user looks at (lastUsedRow()).
    const AttendeeRow *row(qint64 row, bool *fresh = nullptr) const;
    // The same without counting as a use.
    const AttendeeRow *peek(qint64 row) const;
    bool contains(qint64 row) const { return peek(row) != nullptr; }
    // Every row in [first, last] is held and was read in the current epoch.
    bool isFresh(qint64 first, qint64 last) const;
    std::optional<qint64> rowOf(qint64 attendeeId) const;

    // Rows read at `epoch`, from `offset` on, cut at `rowCount`; they replace the
    // rows they overlap. Then least recently used blocks (never this one) go
    // until at most maxRows() are held.
    void store(qint64 offset, const QList<AttendeeRow> &rows, quint64 epoch, qint64 rowCount);
    // `count` rows were inserted before `row`: the held rows from there move down.
    void insertRows(qint64 row, qint64 count);
    // Rows from `rowCount` on are gone.
    void truncate(qint64 rowCount);
    void clear();

    // The epoch of the snapshot shown; rows of other epochs are stale.
    void setEpoch(quint64 epoch) { m_epoch = epoch; }
    quint64 epoch() const { return m_epoch; }

    qint64 cachedRows() const;
    int blockCount() const { return int(m_blocks.size()); }
    qint64 maxRows() const { return m_maxRows; }
    // The row last asked for with row(); -1 before the first.
    qint64 lastUsedRow() const { return m_lastRow; }

private:
    struct Block
    {
        QList<AttendeeRow> rows;
        quint64 epoch = 0;
        mutable quint64 lastUse = 0;
    };
    using Blocks = std::map<qint64, Block>;

    Blocks::const_iterator blockAt(qint64 row) const;
    void evictAllBut(qint64 keepStart);

    Blocks m_blocks;
    qint64 m_maxRows;
    quint64 m_epoch = 0;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_lastRow = -1;
};

} // namespace hookdesk
