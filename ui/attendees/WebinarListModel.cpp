// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/WebinarListModel.h"

#include "core/Clock.h"
#include "attendees/ReplayLinkText.h"
#include "attendees/AttendeeTableModel.h"
#include "intake/PayloadParser.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <limits>
#include <optional>

namespace hookdesk {
namespace {

QString shortTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!when.isValid())
        return iso;
    // Compact: the time today, the day this year, the month before that.
    const QLocale locale;
    const QDate today = Clock::currentDate();
    if (when.date() == today)
        return locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date().year() == today.year() || when.date().daysTo(today) < 180)
        return locale.toString(when.date(), QStringLiteral("d MMM"));
    return locale.toString(when.date(), QStringLiteral("MMM yyyy"));
}

} // namespace

WebinarListModel::WebinarListModel(QObject *parent) : QAbstractTableModel(parent) { }

void WebinarListModel::setWebinars(const QList<WebinarRow> &webinars, qint64 totalAttendees)
{
    bool sameRows = webinars.size() == m_webinars.size();
    for (qsizetype i = 0; sameRows && i < webinars.size(); ++i)
        sameRows = webinars[i].webinarId == m_webinars[i].webinarId;
    if (sameRows) {
        m_webinars = webinars;
        m_total = totalAttendees;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_webinars = webinars;
    m_total = totalAttendees;
    endResetModel();
}

int WebinarListModel::rowOf(const QString &webinarId) const
{
    if (webinarId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_webinars.size(); ++i) {
        if (m_webinars[i].webinarId == webinarId)
            return int(i) + 1;
    }
    return -1;
}

std::optional<WebinarRow> WebinarListModel::webinarAt(int row) const
{
    if (row < 1 || row > m_webinars.size())
        return std::nullopt;
    return m_webinars[row - 1];
}

int WebinarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webinars.size()) + 1;
}

int WebinarListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebinarListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QLocale locale;
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return tr("All webinars");
            if (index.column() == AttendeesColumn)
                return locale.toString(m_total);
            return {};
        case Qt::FontRole:
            if (index.column() == TitleColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == AttendeesColumn)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case WebinarIdRole:
            return QString();
        case ReplayAllowedRole:
            return false;
        case TitleRole:
        case Qt::AccessibleTextRole:
            return tr("All webinars");
        default:
            return {};
        }
    }
    const WebinarRow &w = m_webinars[index.row() - 1];
    const QString title = w.title.isEmpty() ? w.webinarId : w.title;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return title;
        case AttendeesColumn:
            return locale.toString(w.attendeeCount);
        case LastReceivedColumn:
            return shortTime(w.lastReceivedAt);
        case ReplayColumn:
            return tr("Replay");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttendeesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == ReplayColumn) {
            const QString tip = ReplayLinkText::tip(w.recordingUrl);
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip.toHtmlEscaped());
        }
        const QString tip = tr("%1\nWebinar ID: %2\n%Ln attendee(s), the latest received %3", nullptr,
                               int(std::min<qint64>(w.attendeeCount, std::numeric_limits<int>::max())))
                                    .arg(title, w.webinarId,
                                         QLocale().toString(QDateTime::fromString(
                                                 w.lastReceivedAt, Qt::ISODateWithMs).toLocalTime(),
                                                 QLocale::LongFormat));
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip.toHtmlEscaped());
    }
    case Qt::AccessibleTextRole:
        if (index.column() == ReplayColumn)
            return PayloadParser::isOpenableLink(w.recordingUrl)
                    ? tr("Open the replay of %1").arg(title)
                    : tr("Replay unavailable");
        return data(index, Qt::DisplayRole);
    case WebinarIdRole:
        return w.webinarId;
    case RecordingUrlRole:
        return w.recordingUrl;
    case ReplayAllowedRole:
        return PayloadParser::isOpenableLink(w.recordingUrl);
    case TitleRole:
        return title;
    default:
        return {};
    }
}

QVariant WebinarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Webinar");
    case AttendeesColumn:
        return tr("Attendees");
    case LastReceivedColumn:
        return tr("Latest");
    case ReplayColumn:
        return tr("Replay");
    }
    return {};
}

} // namespace hookdesk
