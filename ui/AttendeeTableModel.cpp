// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeTableModel.h"

#include "ReplayLinkText.h"
#include "core/ReplayLink.h"
#include "intake/PayloadParser.h"
#include "store/AttendeeReader.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <vector>
#include <limits>

namespace hookdesk {
namespace {

QString localTime(const QString &iso, QLocale::FormatType format)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return iso;
    if (format == QLocale::ShortFormat)
        return AttendeeTableModel::displayTime(when);
    return QLocale().toString(when.toLocalTime(), format);
}

// Tool tips are shown as rich text when they look like markup; stored text
// (a link from a webhook) must never be interpreted.
QString plainTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

AttendeeTableModel::AttendeeTableModel(AttendeeReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &AttendeeTableModel::issueRequests);
    m_cooldown.setSingleShot(true);
    connect(&m_cooldown, &QTimer::timeout, this, &AttendeeTableModel::refresh);
    connect(m_reader, &AttendeeReader::pageFetched, this, &AttendeeTableModel::onPage);
    connect(m_reader, &AttendeeReader::countFetched, this, &AttendeeTableModel::onCount);
}

void AttendeeTableModel::setQuery(const AttendeeFilter &filter, const AttendeeOrder &order)
{
    m_filter = filter;
    m_order = order;
    startQuery();
}

void AttendeeTableModel::setFilter(const AttendeeFilter &filter)
{
    m_filter = filter;
    if (m_generation > 0)
        startQuery();
}

void AttendeeTableModel::setOrder(const AttendeeOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (m_generation > 0) // before setQuery() nothing is read yet
        startQuery();
}

void AttendeeTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<AttendeeOrder::Key> key = keyFor(column);
    if (!key)
        return;
    setOrder(AttendeeOrder{*key, order == Qt::DescendingOrder});
}

int AttendeeTableModel::columnFor(AttendeeOrder::Key key)
{
    switch (key) {
    case AttendeeOrder::Key::Name:
        return NameColumn;
    case AttendeeOrder::Key::Email:
        return EmailColumn;
    case AttendeeOrder::Key::Phone:
        return PhoneColumn;
    case AttendeeOrder::Key::Webinar:
        return WebinarColumn;
    case AttendeeOrder::Key::Received:
        return ReceivedColumn;
    case AttendeeOrder::Key::Deliveries:
        return DeliveriesColumn;
    }
    return ReceivedColumn;
}

std::optional<AttendeeOrder::Key> AttendeeTableModel::keyFor(int column)
{
    switch (column) {
    case NameColumn:
        return AttendeeOrder::Key::Name;
    case EmailColumn:
        return AttendeeOrder::Key::Email;
    case PhoneColumn:
        return AttendeeOrder::Key::Phone;
    case WebinarColumn:
        return AttendeeOrder::Key::Webinar;
    case ReceivedColumn:
        return AttendeeOrder::Key::Received;
    case DeliveriesColumn:
        return AttendeeOrder::Key::Deliveries;
    default:
        return std::nullopt;
    }
}

QString AttendeeTableModel::replayRefusal(const QString &link)
{
    // One rule for every place that opens a link: http(s) to a named host, no
    // user info, no numeric/loopback/private host, no hidden characters.
    return ReplayLink::check(link).refusal();
}

QString AttendeeTableModel::displayTime(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QLocale::ShortFormat);
}

// -- Queries

void AttendeeTableModel::startQuery()
{
    ++m_generation;
    m_reader->supersede(m_generation);
    m_awaitingFirstWindow = true;
    m_pageInFlight = true;
    m_countsInFlight = 1;
    m_refreshAgain = false;
    m_cooldown.stop();
    m_countClock.invalidate();
    m_lastCountMs = 0;
    m_count = -1;
    m_wanted.clear();
    m_pageEpoch = m_rowsEpoch;
    m_reader->fetchPage(m_generation, m_filter, m_order, 0, MaxPagesPerRead * PageRows, -1);
    m_reader->fetchCount(m_generation, m_filter);
    emit matchingCountChanged(-1);
}

void AttendeeTableModel::refresh()
{
    if (m_generation == 0)
        return;
    // One count at a time: a second one asked for meanwhile runs after it.
    if (m_awaitingFirstWindow || m_countsInFlight > 0 || m_countProvisional) {
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
    ++m_countsInFlight;
    m_countClock.start();
    m_reader->fetchCount(m_generation, m_filter);
}

void AttendeeTableModel::onPage(quint64 generation, qint64 offset, const QList<AttendeeRow> &rows,
                                const QString &error)
{
    if (generation != m_generation)
        return;
    m_pageInFlight = false;
    if (m_awaitingFirstWindow) {
        setError(error);
        applyFirstPage(0, error.isEmpty() ? rows : QList<AttendeeRow>{});
        if (!error.isEmpty()) {
            // Nothing to show; try again in a moment (a lock held by another
            // program, say), without waiting for the next delivery.
            m_countProvisional = false;
            QTimer::singleShot(2000, this, [this, failed = m_generation] {
                if (failed == m_generation)
                    refresh();
            });
        }
    } else if (!error.isEmpty()) {
        setError(error);
        return; // keep what we have; the next paint asks again
    } else if (m_pageEpoch != m_rowsEpoch) {
        // Rows were inserted or removed while this page was read: its offsets
        // are off. The rows it was for are still wanted and get read again.
        want(offset);
    } else {
        setError(QString());
        storeBlock(offset, rows);
    }
    issueRequests();
}

void AttendeeTableModel::onCount(quint64 generation, qint64 count, const QString &error)
{
    if (generation != m_generation)
        return;
    m_countsInFlight = std::max(0, m_countsInFlight - 1);
    if (m_countClock.isValid()) {
        m_lastCountMs = m_countClock.elapsed();
        m_sinceCount.start();
    }
    if (!error.isEmpty()) {
        setError(error);
    } else if (m_awaitingFirstWindow) {
        m_count = count; // applied with the first page
        return;
    } else if (m_countProvisional) {
        // The first count after a full first page: how many rows follow it.
        m_countProvisional = false;
        applyCountChange(count, false);
    } else {
        // Newcomers have the highest ids: in the default order they are the top rows.
        applyCountChange(count, m_order.key == AttendeeOrder::Key::Received && m_order.descending);
        // Anything cached may have changed (a duplicate delivery, a deletion):
        // mark it stale and let the view's next paint read it again, showing
        // the old values meanwhile.
        ++m_version;
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
        emit rowsLoaded();
    }
    if (m_refreshAgain && m_countsInFlight == 0) {
        m_refreshAgain = false;
        refresh();
    }
}

void AttendeeTableModel::applyFirstPage(qint64 offset, const QList<AttendeeRow> &rows)
{
    m_awaitingFirstWindow = false;
    beginResetModel();
    m_blocks.clear();
    ++m_rowsEpoch;
    if (offset == 0 && rows.size() < MaxPagesPerRead * PageRows)
        m_count = rows.size(); // the whole result fits: that is the count
    m_countProvisional = m_count < 0;
    m_rowCount = int(std::clamp<qint64>(m_count >= 0 ? m_count : rows.size(), 0,
                                        std::numeric_limits<int>::max()));
    if (!rows.isEmpty())
        m_blocks.emplace(offset, Block{rows, m_version, ++m_useClock});
    endResetModel();
    emit matchingCountChanged(m_count);
    emit rowsLoaded();
    if (m_refreshAgain && !m_countProvisional) {
        m_refreshAgain = false;
        refresh();
    }
}

void AttendeeTableModel::applyCountChange(qint64 count, bool newcomersAtTop)
{
    const int target = int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    const int added = target - m_rowCount;
    if (added != 0)
        ++m_rowsEpoch;
    if (added > 0) {
        const int first = newcomersAtTop ? 0 : m_rowCount;
        beginInsertRows(QModelIndex(), first, first + added - 1);
        if (newcomersAtTop) {
            std::map<qint64, Block> shifted;
            for (auto &[start, block] : m_blocks)
                shifted.emplace(start + added, std::move(block));
            m_blocks.swap(shifted);
        }
        m_rowCount = target;
        endInsertRows();
    } else if (added < 0) {
        // Someone deleted attendees; which ones shows when the rows are read
        // again, so the rows go from the end.
        beginRemoveRows(QModelIndex(), target, m_rowCount - 1);
        m_rowCount = target;
        for (auto it = m_blocks.begin(); it != m_blocks.end();) {
            if (it->first >= target) {
                it = m_blocks.erase(it);
                continue;
            }
            if (it->first + it->second.rows.size() > target)
                it->second.rows.resize(target - it->first);
            ++it;
        }
        endRemoveRows();
    }
    if (count != m_count) {
        m_count = count;
        emit matchingCountChanged(m_count);
    }
}

void AttendeeTableModel::storeBlock(qint64 offset, const QList<AttendeeRow> &rows)
{
    if (rows.isEmpty() || offset >= m_rowCount)
        return;
    QList<AttendeeRow> fresh = rows;
    if (offset + fresh.size() > m_rowCount)
        fresh.resize(m_rowCount - offset);
    const qint64 end = offset + fresh.size();

    // Where the attendees in this range sat before, to keep selection and the
    // current row on them if they moved within it.
    QHash<qint64, int> newRow;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        newRow.insert(fresh[i].id, int(offset + i));
    auto movedRow = [&](const QModelIndex &index) {
        if (index.row() < offset || index.row() >= end)
            return -1;
        const AttendeeRow *before = rowPointer(index.row());
        if (!before)
            return -1;
        const auto moved = newRow.constFind(before->id);
        return moved != newRow.cend() && moved.value() != index.row() ? moved.value() : -1;
    };
    bool anyMoved = false;
    for (const QModelIndex &index : persistentIndexList())
        anyMoved = anyMoved || movedRow(index) >= 0;
    // Views save their state as persistent indexes when told the layout is about
    // to change, so the list is read again after that.
    QModelIndexList from;
    QModelIndexList to;
    if (anyMoved) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        for (const QModelIndex &index : persistentIndexList()) {
            const int row = movedRow(index);
            if (row >= 0) {
                from.append(index);
                to.append(this->index(row, index.column()));
            }
        }
    }

    // Blocks overlapping the range give way (their parts outside it stay).
    auto it = m_blocks.upper_bound(offset);
    if (it != m_blocks.begin() && std::prev(it)->first + std::prev(it)->second.rows.size() > offset)
        --it;
    std::vector<std::pair<qint64, Block>> remnants;
    while (it != m_blocks.end() && it->first < end) {
        const qint64 start = it->first;
        const Block &block = it->second;
        const qint64 blockEnd = start + block.rows.size();
        if (start < offset)
            remnants.emplace_back(start, Block{block.rows.mid(0, offset - start), block.version, block.lastUse});
        if (blockEnd > end)
            remnants.emplace_back(end, Block{block.rows.mid(end - start), block.version, block.lastUse});
        it = m_blocks.erase(it);
    }
    for (auto &[start, block] : remnants)
        m_blocks.emplace(start, std::move(block));

    m_blocks.emplace(offset, Block{fresh, m_version, ++m_useClock});
    if (anyMoved) {
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    evictBeyond(offset);
    emit dataChanged(index(int(offset), 0), index(int(end - 1), ColumnCount - 1));
}

void AttendeeTableModel::evictBeyond(qint64 keepStart)
{
    qint64 cached = cachedRows();
    while (cached > MaxCachedRows && m_blocks.size() > 1) {
        auto oldest = m_blocks.end();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->first != keepStart && (oldest == m_blocks.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest == m_blocks.end())
            break;
        cached -= oldest->second.rows.size();
        m_blocks.erase(oldest);
    }
}

void AttendeeTableModel::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged(message);
}

// -- Lazy reading

void AttendeeTableModel::want(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return;
    ++m_wanted[row / PageRows];
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void AttendeeTableModel::issueRequests()
{
    if (m_pageInFlight || m_awaitingFirstWindow)
        return;
    // Pages read since they were asked for (the view paints several times
    // while a read is on its way) need nothing more.
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        const qint64 first = it.key() * PageRows;
        const qint64 last = std::min<qint64>(first + PageRows, m_rowCount) - 1;
        bool staleFirst = true;
        bool staleLast = true;
        const bool loaded = last >= first && rowPointer(first, &staleFirst) && rowPointer(last, &staleLast);
        if (last < first || (loaded && !staleFirst && !staleLast))
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
    m_pageInFlight = true;
    m_pageEpoch = m_rowsEpoch;
    m_reader->fetchPage(m_generation, m_filter, m_order, first * PageRows,
                        int(last - first + 1) * PageRows, m_countProvisional ? -1 : m_count);
}

const AttendeeRow *AttendeeTableModel::rowPointer(qint64 row, bool *stale) const
{
    auto it = m_blocks.upper_bound(row);
    if (it == m_blocks.begin())
        return nullptr;
    --it;
    const qint64 at = row - it->first;
    if (at >= it->second.rows.size())
        return nullptr;
    it->second.lastUse = ++m_useClock;
    if (stale)
        *stale = it->second.version != m_version;
    return &it->second.rows[at];
}

std::optional<AttendeeRow> AttendeeTableModel::attendeeAt(int row) const
{
    const AttendeeRow *found = rowPointer(row);
    if (!found)
        return std::nullopt;
    return *found;
}

qint64 AttendeeTableModel::cachedRows() const
{
    qint64 rows = 0;
    for (const auto &[start, block] : m_blocks)
        rows += block.rows.size();
    return rows;
}

// -- QAbstractItemModel

int AttendeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AttendeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const int row = index.row();
    bool stale = false;
    const AttendeeRow *a = rowPointer(row, &stale);
    if (!a) {
        want(row);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    if (stale)
        want(row); // shown as it was until the fresh row is in
    // Read ahead: the view is painting near the end of what we hold.
    if (role == Qt::DisplayRole && index.column() == 0) {
        const qint64 ahead = std::min<qint64>(row + PageRows / 2, m_rowCount - 1);
        const qint64 behind = std::max<qint64>(row - PageRows / 2, 0);
        if (!rowPointer(ahead))
            want(ahead);
        if (!rowPointer(behind))
            want(behind);
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a->name;
        case EmailColumn:
            return a->email;
        case PhoneColumn:
            return a->phone;
        case WebinarColumn:
            return a->webinarTitle.isEmpty() ? a->webinarId : a->webinarTitle;
        case ReceivedColumn:
            return localTime(a->firstReceivedAt, QLocale::ShortFormat);
        case DeliveriesColumn:
            return QLocale().toString(a->deliveryCount);
        case ReplayColumn:
            return tr("Replay");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WebinarColumn:
            return plainTip(tr("%1\nWebinar ID: %2").arg(a->webinarTitle, a->webinarId));
        case ReceivedColumn:
            return plainTip(tr("First received %1\nLast received %2")
                                    .arg(localTime(a->firstReceivedAt, QLocale::LongFormat),
                                         localTime(a->lastReceivedAt, QLocale::LongFormat)));
        case DeliveriesColumn:
            return plainTip(tr("TagMango sent this attendee %n time(s).", nullptr,
                               int(a->deliveryCount)));
        case ReplayColumn: {
            return plainTip(ReplayLinkText::tip(a->recordingUrl));
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == ReplayColumn) {
            return PayloadParser::isOpenableLink(a->recordingUrl)
                    ? tr("Open the replay of %1").arg(a->webinarTitle)
                    : tr("Replay unavailable");
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == DeliveriesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AttendeeIdRole:
        return a->id;
    case WebinarIdRole:
        return a->webinarId;
    case RecordingUrlRole:
        return a->recordingUrl;
    case ReplayAllowedRole:
        return PayloadParser::isOpenableLink(a->recordingUrl);
    case EmailRole:
        return a->email;
    case PhoneRole:
        return a->phone;
    case LoadedRole:
        return true;
    default:
        break;
    }
    return {};
}

QVariant AttendeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case WebinarColumn:
        return tr("Webinar");
    case ReceivedColumn:
        return tr("First received");
    case DeliveriesColumn:
        return tr("Deliveries");
    case ReplayColumn:
        return tr("Replay");
    }
    return {};
}

Qt::ItemFlags AttendeeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace hookdesk
