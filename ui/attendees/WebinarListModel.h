// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/WebinarQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace hookdesk {

// "All webinars" followed by every webinar, the one with the newest call
// first, with registered, attended and show-up numbers (docs/no-shows.md).
// Small (one row per webinar), so it is read whole.
class WebinarListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        RegisteredColumn,
        AttendeesColumn,
        ShowUpColumn,
        LastReceivedColumn,
        ReplayColumn,
        ColumnCount
    };
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
    // The "All webinars" row's numbers: every webinar's summed, the show-up
    // rate over the sessions that are over.
    struct Summary
    {
        qint64 registered = 0;
        qint64 attended = 0;
        qint64 noShows = 0;
        qint64 walkIns = 0;
        std::optional<double> showUpRate;
    };
    Summary allWebinars() const;

    // "62.5%" (one decimal, the locale's digits) or "–" when unknown; "63%" when `brief`.
    static QString rateText(const std::optional<double> &rate, bool brief);
    // The tooltip of a webinar's row: schedule, counts, rate and meeting link (plain text).
    static QString webinarTip(const WebinarRow &webinar);

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
