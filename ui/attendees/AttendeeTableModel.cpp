// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeeTableModel.h"

#include "attendees/AttendeeLoader.h"
#include "attendees/ReplayLinkText.h"
#include "core/ReplayLink.h"
#include "intake/PayloadParser.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <utility>

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

int clampRows(qint64 rows)
{
    return int(std::clamp<qint64>(rows, 0, std::numeric_limits<int>::max()));
}

} // namespace

AttendeeTableModel::AttendeeTableModel(AttendeeWindowSource *source, QObject *parent)
    : QAbstractTableModel(parent), m_cache(MaxCachedRows),
      m_loader(new AttendeeLoader(source, &m_cache, this))
{
    connect(m_loader, &AttendeeLoader::windowArrived, this, &AttendeeTableModel::onWindow);
}

void AttendeeTableModel::setQuery(const AttendeeFilter &filter, const AttendeeOrder &order)
{
    setPeopleFilter(filter);
    m_order = order;
    startQuery();
}

void AttendeeTableModel::setFilter(const AttendeeFilter &filter)
{
    setPeopleFilter(filter);
    if (m_loader->isStarted())
        startQuery();
}

void AttendeeTableModel::setPeopleFilter(const AttendeeFilter &filter)
{
    const bool headersChange = filter.readsRegistrations() != m_filter.readsRegistrations();
    m_filter = filter;
    if (headersChange)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AttendeeTableModel::setOrder(const AttendeeOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (m_loader->isStarted()) // before setQuery() nothing is read yet
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
    // The month by name: "2/12/26" reads as 2 December or February 12 depending
    // on who looks; "2 Dec 2026" (or "2 दिस॰ 2026") does not.
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy")) + QLatin1Char(' ')
            + locale.toString(local.time(), QLocale::ShortFormat);
}

QString AttendeeTableModel::personTip(const AttendeeRow &row, bool registration)
{
    const int registered = int(std::min<qint64>(row.registeredWebinars, std::numeric_limits<int>::max()));
    QStringList lines;
    lines << (row.name.isEmpty() ? row.email : QStringLiteral("%1 <%2>").arg(row.name, row.email));
    //: Across all of the creator's webinars, by email: "Registered for 3 webinars, attended 2".
    lines << tr("Registered for %Ln webinar(s), attended %1", nullptr, registered)
                     .arg(QLocale().toString(row.attendedWebinars));
    if (registration) {
        const std::pair<QString, QString> calls[] = {
            {row.bookedAt, tr("Booked")},
            {row.reminder1DayAt, tr("Reminder a day before")},
            {row.reminder30MinAt, tr("Reminder 30 minutes before")},
            {row.reminder15MinAt, tr("Reminder 15 minutes before")},
        };
        for (const auto &[when, label] : calls) {
            if (when.isEmpty())
                continue;
            //: A call TagMango made for this registration: "Booked: 3 Dec 2026 10:00".
            lines << tr("%1: %2").arg(label, localTime(when, QLocale::ShortFormat));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// -- Queries

void AttendeeTableModel::startQuery()
{
    // The rows of the last query stay until the first rows of this one are in.
    m_awaitingFirst = true;
    m_loader->start(m_filter, m_order);
    publish();
}

void AttendeeTableModel::refresh()
{
    m_loader->refresh();
}

qint64 AttendeeTableModel::matchingCount() const
{
    return m_awaitingFirst || !m_counted ? -1 : m_rowCount;
}

void AttendeeTableModel::onWindow(const AttendeeWindow &window)
{
    if (m_awaitingFirst) {
        // The first answer of a query, whichever lane it came on.
        applyFirst(window);
        return;
    }
    const AttendeeSnapshot &snapshot = window.snapshot;
    const bool countLane = window.request.lane == AttendeeWindowRequest::Lane::Counts;
    if (!window.error.isEmpty()) {
        setError(window.error); // keep what we have; the next paint asks again
        if (countLane && !m_counted)
            m_loader->retryLater(2000);
        return;
    }
    setError(QString());
    if (snapshot.epoch < m_shown.epoch) {
        // Read before the snapshot shown: its rows may belong elsewhere now.
        if (snapshot.count >= 0 && !m_counted)
            m_loader->recount();
        dropRows(window);
        return;
    }
    if (snapshot.epoch == m_shown.epoch) {
        // The same snapshot: a count after an uncounted first page says how
        // many rows follow it.
        if (snapshot.count >= 0 && !m_counted)
            applyCount(snapshot.count);
        storeRows(window);
    } else if (snapshot.count < 0) {
        // Newer, but it could not count (a count is on its way): its rows
        // cannot be placed before that count is in.
        m_loader->holdPagesUntilCounted();
        dropRows(window);
        return;
    } else {
        moveTo(window);
    }
    publish();
    if (snapshot.count >= 0)
        emit rowsLoaded();
}

void AttendeeTableModel::applyFirst(const AttendeeWindow &window)
{
    m_awaitingFirst = false;
    setError(window.error);
    beginResetModel();
    m_cache.clear();
    if (window.error.isEmpty()) {
        m_shown = window.snapshot;
        m_counted = m_shown.count >= 0;
        m_rowCount = clampRows(m_counted ? m_shown.count : window.rows.size());
    } else {
        // Nothing to show; try again in a moment (a lock held by another
        // program, say), without waiting for the next delivery.
        m_shown = AttendeeSnapshot{};
        m_counted = true;
        m_rowCount = 0;
        m_loader->retryLater(2000);
    }
    m_cache.setEpoch(m_shown.epoch);
    m_cache.store(window.request.offset, window.rows, m_shown.epoch, m_rowCount);
    endResetModel();
    publish();
    emit rowsLoaded();
}

void AttendeeTableModel::applyCount(qint64 count)
{
    m_counted = true;
    const int target = clampRows(count);
    if (target > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
    } else if (target < m_rowCount) { // not in one snapshot; kept safe anyway
        beginRemoveRows(QModelIndex(), target, m_rowCount - 1);
        m_rowCount = target;
        m_cache.truncate(target);
        endRemoveRows();
    }
}

void AttendeeTableModel::moveTo(const AttendeeWindow &window)
{
    const AttendeeSnapshot &next = window.snapshot;
    const int count = clampRows(next.count);
    // Exactly known: in the order of arrival, when every attendee shown is still
    // there and still matches, the newcomers are the only change and sit
    // together at one end. (`newer` counts from the snapshot shown: the loader
    // lets one counting read out at a time.)
    const bool exact = m_counted && m_order.key == AttendeeOrder::Key::Received
            && next.baselineId == m_shown.maxId && next.newer >= 0
            && next.count == m_rowCount + next.newer && next.total == m_shown.total + next.newerAll;
    if (exact) {
        if (next.newer > 0) {
            const int first = m_order.descending ? 0 : m_rowCount;
            beginInsertRows(QModelIndex(), first, first + int(next.newer) - 1);
            m_cache.insertRows(first, next.newer);
            m_rowCount = count;
            endInsertRows();
        }
        m_cache.setEpoch(next.epoch); // the rows held are the same attendees, maybe changed
    } else {
        moveToUnknown(window, count);
    }
    m_shown = next;
    m_counted = true;
    storeRows(window);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void AttendeeTableModel::moveToUnknown(const AttendeeWindow &window, int count)
{
    // Where attendees are in the new snapshot, as far as the rows read with it tell.
    QHash<qint64, int> newRow;
    for (qsizetype i = 0; i < window.rows.size() && window.request.offset + i < count; ++i)
        newRow.insert(window.rows[i].id, int(window.request.offset + i));
    auto movedRow = [&](const QModelIndex &index) {
        const AttendeeRow *before = m_cache.peek(index.row());
        if (!before)
            return -1;
        const auto moved = newRow.constFind(before->id);
        return moved != newRow.cend() && moved.value() != index.row() ? moved.value() : -1;
    };
    if (count > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    }
    bool anyMoved = false;
    for (const QModelIndex &index : persistentIndexList())
        anyMoved = anyMoved || movedRow(index) >= 0;
    QModelIndexList from;
    QModelIndexList to;
    if (anyMoved) {
        // Views save their state as persistent indexes when told the layout is
        // about to change, so the list is read again after that.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        for (const QModelIndex &index : persistentIndexList()) {
            const int row = movedRow(index);
            if (row >= 0) {
                from.append(index);
                to.append(this->index(row, index.column()));
            }
        }
        changePersistentIndexList(from, to);
    }
    // Where the other rows went is unknown: they are read again when shown.
    m_cache.clear();
    m_cache.setEpoch(window.snapshot.epoch);
    if (anyMoved)
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (count < m_rowCount) {
        beginRemoveRows(QModelIndex(), count, m_rowCount - 1);
        m_rowCount = count;
        endRemoveRows();
    }
}

void AttendeeTableModel::storeRows(const AttendeeWindow &window)
{
    const qint64 offset = window.request.offset;
    m_cache.store(offset, window.rows, window.snapshot.epoch, m_rowCount);
    const qint64 end = std::min<qint64>(offset + window.rows.size(), m_rowCount);
    if (end > offset)
        emit dataChanged(index(int(offset), 0), index(int(end - 1), ColumnCount - 1));
}

void AttendeeTableModel::dropRows(const AttendeeWindow &window)
{
    // The rows it was for are still wanted and get read again.
    m_loader->wantRange(window.request.offset, window.request.limit);
}

void AttendeeTableModel::publish()
{
    m_loader->setShown(m_shown, m_rowCount, m_counted);
    if (matchingCount() != m_announcedCount) {
        m_announcedCount = matchingCount();
        emit matchingCountChanged(m_announcedCount);
    }
}

void AttendeeTableModel::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged(message);
}

std::optional<AttendeeRow> AttendeeTableModel::attendeeAt(int row) const
{
    const AttendeeRow *found = m_cache.peek(row);
    if (!found)
        return std::nullopt;
    return *found;
}

qint64 AttendeeTableModel::cachedRows() const
{
    return m_cache.cachedRows();
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
    bool fresh = false;
    const AttendeeRow *a = m_cache.row(row, &fresh);
    if (!a) {
        m_loader->want(row);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    if (!fresh)
        m_loader->want(row); // shown as it was until the fresh row is in
    // Read ahead: the view is painting near the end of what we hold.
    if (role == Qt::DisplayRole && index.column() == 0) {
        const qint64 reach = AttendeeLoader::PageRows / 2;
        const qint64 ahead = std::min<qint64>(row + reach, m_rowCount - 1);
        const qint64 behind = std::max<qint64>(row - reach, 0);
        if (!m_cache.contains(ahead))
            m_loader->want(ahead);
        if (!m_cache.contains(behind))
            m_loader->want(behind);
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
        case NameColumn:
        case EmailColumn:
            return plainTip(personTip(*a, m_filter.readsRegistrations()));
        case WebinarColumn:
            return plainTip(tr("%1\nWebinar ID: %2").arg(a->webinarTitle, a->webinarId));
        case ReceivedColumn:
            if (m_filter.readsRegistrations())
                return plainTip(tr("Registration first heard of %1\nLatest call %2")
                                        .arg(localTime(a->firstReceivedAt, QLocale::LongFormat),
                                             localTime(a->lastReceivedAt, QLocale::LongFormat)));
            return plainTip(tr("First received %1\nLast received %2")
                                    .arg(localTime(a->firstReceivedAt, QLocale::LongFormat),
                                         localTime(a->lastReceivedAt, QLocale::LongFormat)));
        case DeliveriesColumn:
            if (m_filter.readsRegistrations())
                return plainTip(tr("TagMango sent %Ln booking or reminder call(s) for this registration.",
                                   nullptr, int(a->deliveryCount)));
            return plainTip(tr("TagMango sent this attendee %Ln time(s).", nullptr,
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
        //: Column header: when a registration was first heard of (booking or first reminder).
        return m_filter.readsRegistrations() ? tr("Registered") : tr("First received");
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
