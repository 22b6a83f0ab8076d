// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/WebinarQuery.h"

#include <QWidget>

class QTreeView;

namespace hookdesk {

class AttendeeActions;
class WebinarListModel;

// The webinar list beside the attendee table: pick one (or All webinars) to
// filter by, open a webinar's replay, copy its link or ID, delete it.
class WebinarListPanel : public QWidget
{
    Q_OBJECT
public:
    WebinarListPanel(AttendeeActions *actions, QWidget *parent = nullptr);

    // Keeps the chosen webinar chosen (and in view) across updates.
    void setWebinars(const QList<WebinarRow> &webinars, qint64 totalAttendees);
    QString selectedWebinarId() const;
    void selectWebinar(const QString &webinarId);
    std::optional<WebinarRow> currentWebinar() const;

    QTreeView *view() const { return m_view; }
    WebinarListModel *model() const { return m_model; }

signals:
    void webinarChosen(const QString &webinarId); // "" for all
    // Enter on a webinar: the user wants to look at its attendees.
    void openRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateColumns();
    void showContextMenu(const QPoint &position);
    void onCurrentChanged();

    AttendeeActions *m_actions;
    WebinarListModel *m_model;
    QTreeView *m_view;
    QString m_chosen;
    bool m_updating = false;
};

} // namespace hookdesk
