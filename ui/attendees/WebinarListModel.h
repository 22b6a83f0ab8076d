// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/WebinarQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace hookdesk {

// "All webinars" followed by every webinar, the one with the newest attendee
// first. Small (one row per webinar), so it is read whole.
class WebinarListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, AttendeesColumn, LastReceivedColumn, ReplayColumn, ColumnCount };
    enum Role {
        WebinarIdRole = Qt::UserRole + 1, // "" for All webinars
        RecordingUrlRole,
        ReplayAllowedRole,
        TitleRole,
    };

    explicit WebinarListModel(QObject *parent = nullptr);

    // Replaces the list; unchanged order becomes an in-place update (no reset).
    void setWebinars(const QList<WebinarRow> &webinars, qint64 totalAttendees);
    const QList<WebinarRow> &webinars() const { return m_webinars; }
    // Row of a webinar id ("" is All webinars, row 0); -1 if unknown.
    int rowOf(const QString &webinarId) const;
    std::optional<WebinarRow> webinarAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WebinarRow> m_webinars;
    qint64 m_total = 0;
};

} // namespace hookdesk
