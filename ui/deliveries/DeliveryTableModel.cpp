// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveries/DeliveryTableModel.h"

#include "core/Clock.h"
#include "intake/WireText.h"
#include "store/BackgroundReader.h"
#include "store/Records.h"

#include <QBrush>
#include <QHostAddress>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QPointer>

namespace hookdesk {
namespace {

QString timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    // Today's requests need no date; older ones do.
    if (local.date() == Clock::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm:ss"));
}

} // namespace

DeliveryTableModel::DeliveryTableModel(BackgroundReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
}

QString DeliveryTableModel::statusText(int status, const QString &outcome)
{
    if (status < 400) {
        if (outcome == deliveryOutcomeName(DeliveryOutcome::Stored))
            return tr("stored");
        if (outcome == deliveryOutcomeName(DeliveryOutcome::Duplicate))
            return tr("duplicate");
        if (outcome == deliveryOutcomeName(DeliveryOutcome::Logged))
            return tr("logged");
        return tr("accepted");
    }
    switch (status) {
    case 400: return tr("malformed");
    case 401: return tr("unauthorized");
    case 404: return tr("not found");
    case 405: return tr("wrong method");
    case 408: return tr("too slow");
    case 410: return tr("retired hook");
    case 413: return tr("too large");
    case 415: return tr("not JSON");
    case 422: return tr("invalid attendee");
    case 431: return tr("headers too large");
    case 503: return tr("store unavailable");
    default: return tr("refused");
    }
}

void DeliveryTableModel::setFilter(const DeliveryFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    m_refreshing = false;
    m_refreshAgain = false;
    m_count = -1;
    m_error.clear();
    endResetModel();
    emit countChanged(m_count);
    loadOlder();
    loadCount();
}

QString DeliveryTableModel::senderText(const DeliveryRow &row)
{
    const bool local = QHostAddress(row.remote).isLoopback();
    if (local && !row.forwardedFor.isEmpty())
        return tr("%1 (via tunnel)").arg(row.forwardedFor);
    return row.remote;
}

void DeliveryTableModel::setHookNames(const QHash<qint64, QString> &names, const QHash<qint64, QString> &tooltips)
{
    m_hookNames = names;
    m_hookTooltips = tooltips;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, HookColumn), index(int(m_rows.size()) - 1, HookColumn));
}

void DeliveryTableModel::loadOlder()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const DeliveryFilter filter = m_filter;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    QPointer<DeliveryTableModel> self(this);
    m_reader->run<QList<DeliveryRow>>(
            [filter, before](SqliteDatabase &db, QString *error) {
                return DeliveryQuery::page(db, filter, before, PageRows, error);
            },
            [self, generation](const QList<DeliveryRow> &rows, const QString &error) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_error = error;
                if (!error.isEmpty()) {
                    self->m_loading = false;
                    emit self->loaded();
                    return;
                }
                self->m_atEnd = rows.size() < PageRows;
                if (!rows.isEmpty()) {
                    // Views may ask for more while the rows go in: still loading until they are.
                    const int first = int(self->m_rows.size());
                    self->beginInsertRows({}, first, first + int(rows.size()) - 1);
                    self->m_rows += rows;
                    self->endInsertRows();
                }
                self->m_loading = false;
                emit self->loaded();
            });
}

void DeliveryTableModel::loadCount()
{
    const quint64 generation = m_generation;
    const DeliveryFilter filter = m_filter;
    QPointer<DeliveryTableModel> self(this);
    m_reader->run<qint64>(
            [filter](SqliteDatabase &db, QString *error) { return DeliveryQuery::count(db, filter, error); },
            [self, generation](qint64 count, const QString &error) {
                if (!self || generation != self->m_generation || !error.isEmpty())
                    return;
                self->m_count = count;
                emit self->countChanged(count);
            });
}

void DeliveryTableModel::refresh()
{
    if (m_loading && m_rows.isEmpty())
        return; // the first page is on its way and will hold the news
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    const DeliveryFilter filter = m_filter;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.first().id;
    QPointer<DeliveryTableModel> self(this);
    m_reader->run<QList<DeliveryRow>>(
            [filter, after](SqliteDatabase &db, QString *error) {
                return DeliveryQuery::newer(db, filter, after, PageRows + 1, error);
            },
            [self, generation, after](const QList<DeliveryRow> &rows, const QString &error) {
                if (!self || generation != self->m_generation)
                    return;
                if (!error.isEmpty()) {
                    self->m_refreshing = false;
                    self->m_error = error;
                    emit self->loaded();
                    return;
                }
                if (rows.size() > PageRows || (after == 0 && !self->m_rows.isEmpty())) {
                    // Too much news to splice in: start over with the newest page.
                    self->setFilter(self->m_filter);
                    return;
                }
                if (!rows.isEmpty()) {
                    self->beginInsertRows({}, 0, int(rows.size()) - 1);
                    self->m_rows = rows + self->m_rows;
                    self->endInsertRows();
                    if (self->m_rows.size() == rows.size())
                        self->m_atEnd = rows.size() < PageRows;
                }
                self->m_refreshing = false;
                self->loadCount();
                emit self->loaded();
                if (self->m_refreshAgain) {
                    self->m_refreshAgain = false;
                    self->refresh();
                }
            });
}

std::optional<DeliveryRow> DeliveryTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int DeliveryTableModel::rowOf(qint64 deliveryId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == deliveryId)
            return i;
    }
    return -1;
}

QString DeliveryTableModel::hookName(qint64 id) const
{
    if (id <= 0)
        return tr("none");
    return m_hookNames.value(id, tr("hook %1").arg(id));
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeliveryRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(row.receivedAt);
        case StatusColumn: return QStringLiteral("%1 %2").arg(row.status).arg(statusText(row.status, row.outcome));
        case HookColumn: return hookName(row.subscriptionId);
        case RequestColumn: return row.path.isEmpty() ? row.method : row.method + QLatin1Char(' ') + row.path;
        case FromColumn: return senderText(row);
        case ReasonColumn: return WireText::translated(row.reason); // stored in English
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ReasonColumn && !row.reason.isEmpty())
            return WireText::translated(row.reason);
        if (index.column() == HookColumn)
            return m_hookTooltips.value(row.subscriptionId,
                                       row.subscriptionId > 0 ? QString()
                                                              : tr("The request named no hook HookDesk knows."));
        if (index.column() == FromColumn && row.remote != senderText(row))
            return tr("%1 sent it to the tunnel, which passed it on from %2.").arg(row.forwardedFor, row.remote);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.isRefused())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == StatusColumn && row.outcome == deliveryOutcomeName(DeliveryOutcome::Stored))
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        break;
    case DeliveryIdRole:
        return row.id;
    case StatusRole:
        return row.status;
    }
    return {};
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Received");
    case StatusColumn: return tr("Answer");
    case HookColumn: return tr("Hook");
    case RequestColumn: return tr("Request");
    case FromColumn: return tr("From");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

bool DeliveryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void DeliveryTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadOlder();
}

} // namespace hookdesk
