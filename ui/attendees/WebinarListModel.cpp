// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/WebinarListModel.h"

#include "core/Clock.h"
#include "attendees/ReplayLinkText.h"
#include "attendees/AttendeeTableModel.h"
#include "intake/PayloadParser.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStringList>

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

// Tool tips are shown as rich text when they look like markup; stored text
// (a title or link from a webhook) must never be interpreted.
QString plainTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QString localTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? AttendeeTableModel::displayTime(when) : QString();
}

constexpr QChar Unknown(0x2013); // en dash: "not known yet"

bool isNumberColumn(int column)
{
    return column == WebinarListModel::RegisteredColumn || column == WebinarListModel::AttendeesColumn
            || column == WebinarListModel::ShowUpColumn;
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

WebinarListModel::Summary WebinarListModel::allWebinars() const
{
    Summary all;
    all.attended = m_total;
    qint64 registeredOver = 0;
    qint64 matchedOver = 0;
    qint64 matched = 0;
    for (const WebinarRow &w : m_webinars) {
        all.registered += w.registeredCount;
        matched += w.matchedCount;
        if (w.over) {
            registeredOver += w.registeredCount;
            matchedOver += w.matchedCount;
            all.noShows += w.registeredCount - w.matchedCount;
        }
    }
    all.walkIns = m_total - matched;
    // Over the sessions that are over: registrants of a session still to come
    // have not had their chance yet.
    if (registeredOver > 0)
        all.showUpRate = 100.0 * double(matchedOver) / double(registeredOver);
    return all;
}

QString WebinarListModel::rateText(const std::optional<double> &rate, bool brief)
{
    if (!rate)
        return QString(Unknown);
    const QLocale locale;
    //: A show-up rate: %1 is the number, %2 the locale's percent sign ("62.5%").
    return tr("%1%2").arg(locale.toString(*rate, 'f', brief ? 0 : 1), locale.percent());
}

QString WebinarListModel::webinarTip(const WebinarRow &w)
{
    const QLocale locale;
    QStringList lines;
    lines << (w.title.isEmpty() ? w.webinarId : w.title);
    lines << tr("Webinar ID: %1").arg(w.webinarId);
    const QString starts = localTime(w.startsAt);
    const QString ends = localTime(w.endsAt);
    if (!starts.isEmpty())
        lines << (ends.isEmpty() ? tr("Starts %1").arg(starts) : tr("Starts %1, ends %2").arg(starts, ends));
    if (!w.over)
        lines << tr("Still to come");
    lines << tr("Registered: %1").arg(locale.toString(w.registeredCount));
    lines << tr("Attended: %1").arg(locale.toString(w.attendeeCount));
    const std::optional<qint64> noShows = w.noShows();
    lines << tr("No-shows: %1").arg(noShows ? locale.toString(*noShows) : QString(Unknown));
    lines << tr("Walk-ins: %1").arg(locale.toString(w.walkIns()));
    lines << tr("Show-up rate: %1").arg(rateText(w.showUpRate(), false));
    if (!w.meetingUrl.isEmpty())
        lines << tr("Meeting link: %1").arg(w.meetingUrl);
    if (!w.lastReceivedAt.isEmpty())
        lines << tr("Latest call received %1").arg(localTime(w.lastReceivedAt));
    return lines.join(QLatin1Char('\n'));
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
        case Qt::DisplayRole: {
            const Summary all = allWebinars();
            switch (index.column()) {
            case TitleColumn:
                return tr("All webinars");
            case RegisteredColumn:
                return all.registered > 0 ? locale.toString(all.registered) : QString(Unknown);
            case AttendeesColumn:
                return locale.toString(all.attended);
            case ShowUpColumn:
                return rateText(all.showUpRate, true);
            }
            return {};
        }
        case Qt::ToolTipRole: {
            const Summary all = allWebinars();
            const QStringList lines = {
                tr("All webinars"),
                tr("Registered: %1").arg(locale.toString(all.registered)),
                tr("Attended: %1").arg(locale.toString(all.attended)),
                tr("No-shows: %1").arg(locale.toString(all.noShows)),
                tr("Walk-ins: %1").arg(locale.toString(all.walkIns)),
                //: Of all webinars: counts only the sessions that are over.
                tr("Show-up rate (sessions that are over): %1").arg(rateText(all.showUpRate, false)),
            };
            return plainTip(lines.join(QLatin1Char('\n')));
        }
        case Qt::FontRole:
            if (index.column() == TitleColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::TextAlignmentRole:
            if (isNumberColumn(index.column()))
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
        case RegisteredColumn:
            // No booking or reminder call seen: whether anyone registered is unknown.
            return w.registeredCount > 0 ? locale.toString(w.registeredCount) : QString(Unknown);
        case AttendeesColumn:
            // Before the session nobody can have attended yet.
            return w.over || w.attendeeCount > 0 ? locale.toString(w.attendeeCount) : QString(Unknown);
        case ShowUpColumn:
            return rateText(w.showUpRate(), true);
        case LastReceivedColumn:
            return shortTime(w.lastReceivedAt);
        case ReplayColumn:
            return tr("Replay");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == ReplayColumn) {
            const QString tip = ReplayLinkText::tip(w.recordingUrl);
            return plainTip(tip);
        }
        return plainTip(webinarTip(w));
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
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RegisteredColumn:
            return tr("Registered (from booking and reminder calls)");
        case AttendeesColumn:
            return tr("Attended, walk-ins included");
        case ShowUpColumn:
            return tr("Show-up rate: registrants who attended, once the session is over");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (section) {
    case TitleColumn:
        return tr("Webinar");
    case RegisteredColumn:
        //: Short column header: registered people (a narrow column).
        return tr("Reg.");
    case AttendeesColumn:
        //: Short column header: people who attended (a narrow column).
        return tr("Came");
    case ShowUpColumn:
        //: Short column header: share of registrants who attended.
        return tr("Show-up");
    case LastReceivedColumn:
        return tr("Latest");
    case ReplayColumn:
        return tr("Replay");
    }
    return {};
}

} // namespace hookdesk
