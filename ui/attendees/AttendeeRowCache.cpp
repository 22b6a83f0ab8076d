// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeeRowCache.h"

#include <iterator>
#include <vector>

namespace hookdesk {

AttendeeRowCache::Blocks::const_iterator AttendeeRowCache::blockAt(qint64 row) const
{
    auto it = m_blocks.upper_bound(row);
    if (it == m_blocks.begin())
        return m_blocks.end();
    --it;
    return row - it->first < it->second.rows.size() ? it : m_blocks.end();
}

const AttendeeRow *AttendeeRowCache::row(qint64 row, bool *fresh) const
{
    m_lastRow = row;
    const auto it = blockAt(row);
    if (it == m_blocks.end())
        return nullptr;
    it->second.lastUse = ++m_useClock;
    if (fresh)
        *fresh = it->second.epoch == m_epoch;
    return &it->second.rows[row - it->first];
}

const AttendeeRow *AttendeeRowCache::peek(qint64 row) const
{
    const auto it = blockAt(row);
    return it == m_blocks.end() ? nullptr : &it->second.rows[row - it->first];
}

bool AttendeeRowCache::isFresh(qint64 first, qint64 last) const
{
    for (qint64 row = first; row <= last;) {
        const auto it = blockAt(row);
        if (it == m_blocks.end() || it->second.epoch != m_epoch)
            return false;
        row = it->first + it->second.rows.size();
    }
    return true;
}

std::optional<qint64> AttendeeRowCache::rowOf(qint64 attendeeId) const
{
    for (const auto &[start, block] : m_blocks) {
        for (qsizetype i = 0; i < block.rows.size(); ++i) {
            if (block.rows[i].id == attendeeId)
                return start + i;
        }
    }
    return std::nullopt;
}

void AttendeeRowCache::store(qint64 offset, const QList<AttendeeRow> &rows, quint64 epoch,
                             qint64 rowCount)
{
    if (rows.isEmpty() || offset < 0 || offset >= rowCount)
        return;
    QList<AttendeeRow> fresh = rows;
    if (offset + fresh.size() > rowCount)
        fresh.resize(rowCount - offset);
    const qint64 end = offset + fresh.size();

    // Blocks overlapping the range give way; their parts outside it stay.
    auto it = m_blocks.upper_bound(offset);
    if (it != m_blocks.begin() && std::prev(it)->first + std::prev(it)->second.rows.size() > offset)
        --it;
    std::vector<std::pair<qint64, Block>> remnants;
    while (it != m_blocks.end() && it->first < end) {
        const qint64 start = it->first;
        const Block &block = it->second;
        const qint64 blockEnd = start + block.rows.size();
        if (start < offset)
            remnants.emplace_back(start, Block{block.rows.mid(0, offset - start), block.epoch, block.lastUse});
        if (blockEnd > end)
            remnants.emplace_back(end, Block{block.rows.mid(end - start), block.epoch, block.lastUse});
        it = m_blocks.erase(it);
    }
    for (auto &[start, block] : remnants)
        m_blocks.emplace(start, std::move(block));
    m_blocks.emplace(offset, Block{std::move(fresh), epoch, ++m_useClock});
    evictAllBut(offset);
}

void AttendeeRowCache::insertRows(qint64 row, qint64 count)
{
    if (count <= 0)
        return;
    Blocks moved;
    for (auto &[start, block] : m_blocks) {
        const qint64 blockEnd = start + block.rows.size();
        if (start >= row) {
            moved.emplace(start + count, std::move(block));
        } else if (blockEnd > row) {
            // The insertion splits this block.
            moved.emplace(row + count, Block{block.rows.mid(row - start), block.epoch, block.lastUse});
            block.rows.resize(row - start);
            moved.emplace(start, std::move(block));
        } else {
            moved.emplace(start, std::move(block));
        }
    }
    m_blocks.swap(moved);
}

void AttendeeRowCache::truncate(qint64 rowCount)
{
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it->first >= rowCount) {
            it = m_blocks.erase(it);
            continue;
        }
        if (it->first + it->second.rows.size() > rowCount)
            it->second.rows.resize(rowCount - it->first);
        ++it;
    }
}

void AttendeeRowCache::clear()
{
    m_blocks.clear();
}

qint64 AttendeeRowCache::cachedRows() const
{
    qint64 rows = 0;
    for (const auto &[start, block] : m_blocks)
        rows += block.rows.size();
    return rows;
}

void AttendeeRowCache::evictAllBut(qint64 keepStart)
{
    qint64 cached = cachedRows();
    while (cached > m_maxRows && m_blocks.size() > 1) {
        auto oldest = m_blocks.end();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->first != keepStart
                && (oldest == m_blocks.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest == m_blocks.end())
            break;
        cached -= oldest->second.rows.size();
        m_blocks.erase(oldest);
    }
}

} // namespace hookdesk
