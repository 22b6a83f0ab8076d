// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AttendeeQuery.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace hookdesk {

class AttendeeActions;
class AttendeeTableModel;

// The attendee table: a replay button on every row, a context menu (copy,
// open, delete), Enter opens the replay, Delete deletes after asking. While
// new attendees arrive it keeps the rows the user is reading in place; at the
// top it lets the newcomers in. Shows a short note instead when nothing matches.
class AttendeeTablePanel : public QWidget
{
    Q_OBJECT
public:
    AttendeeTablePanel(AttendeeTableModel *model, AttendeeActions *actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The loaded attendees among the selected rows (or the current row).
    QList<AttendeeRow> selectedAttendees() const;
    std::optional<AttendeeRow> currentAttendee() const;

    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);

    // Menu actions that act on the current row, for the window's menus.
    QList<QAction *> rowActions() const { return m_rowActions; }

    // What the table says when `filter` leaves no rows, per kind of people.
    static QString emptyText(const AttendeeFilter &filter);

signals:
    void clearFilterRequested();
    void showWebinarRequested(const QString &webinarId);
    void deleteWebinarRequested(const QString &webinarId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void fitColumns();
    void scheduleFit();
    void showContextMenu(const QPoint &position);
    void updateEmptyNote();
    void openCurrentReplay();
    void updateActions();

    AttendeeTableModel *m_model;
    AttendeeActions *m_actions;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QWidget *m_noMatches;
    QLabel *m_noMatchesText;
    QWidget *m_clearFilter;
    QList<QAction *> m_rowActions;
    QList<int> m_baseWidths;  // typical widths in the user's font, per column
    bool m_userWidths = false; // sized by the user (or restored): left alone
    bool m_fitting = false;
    bool m_fitPending = false;
    QAction *m_open = nullptr;
    QAction *m_copyEmail = nullptr;
    QAction *m_copyPhone = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_showWebinar = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_deleteWebinar = nullptr;
};

} // namespace hookdesk
