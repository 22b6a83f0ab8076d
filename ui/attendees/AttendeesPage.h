// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "store/AttendeeFilter.h"
#include "store/StoreTotals.h"
#include "store/WebinarQuery.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;

namespace hookdesk {

class AppSettings;
class AttendeeActions;
class AttendeeWindowSource;
class AttendeeTableModel;
class AttendeeTablePanel;
class FilterBar;
class FirstRunPanel;
class WebinarListPanel;

// The attendee browser: webinar list | filter bar over the attendee table. It
// connects the pieces (the chosen webinar and the filter bar make the filter;
// the model's counts go back to the bar) and shows the first-run steps while
// the store is empty.
class AttendeesPage : public QWidget
{
    Q_OBJECT
public:
    AttendeesPage(AttendeeWindowSource *reader, AttendeeActions *actions, AppSettings *settings,
                  const ListenerStatus &listener, QWidget *parent = nullptr);

    // Everything the store holds changed (coalesced): update lists, counts, rows.
    void storeChanged(const QList<WebinarRow> &webinars, const StoreTotals &totals);
    // The store could not be read: if nothing has been read yet, the first-run steps show.
    void storeUnreadable();

    // The filter the table shows, webinar included (e.g. for an export).
    AttendeeFilter currentFilter() const;
    bool showsFirstRun() const;
    FirstRunPanel *firstRunPanel() const { return m_firstRun; }

    void saveSettings() const;
    void focusFilter();
    void focusTable();
    void focusWebinars();
    void clearFilter();
    void showAllWebinars();
    // The webinar list beside the table, or folded away (remembered with the splitter).
    bool webinarListShown() const;
    void setWebinarListShown(bool shown);

    AttendeeTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    AttendeeTablePanel *tablePanel() const { return m_table; }
    WebinarListPanel *webinarPanel() const { return m_webinars; }

signals:
    void filterChanged();
    void webinarListShownChanged(bool shown);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();
    void updateCounts();
    // Every row of `people` in the webinar ("" for all), from the counters.
    qint64 peopleTotal(AttendeeFilter::People people, const QString &webinarId) const;
    int defaultWebinarListWidth() const;

    AppSettings *m_settings;
    AttendeeActions *m_actions;
    AttendeeTableModel *m_model;
    FilterBar *m_filterBar;
    WebinarListPanel *m_webinars;
    AttendeeTablePanel *m_table;
    FirstRunPanel *m_firstRun;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QWidget *m_unread; // shown until the store has been read once
    qint64 m_total = 0;
    QString m_pendingWebinar; // from the last session, until the list knows it
    bool m_seenData = false;
    int m_webinarListWidth = 0; // before it was folded away
    // Until the user sizes or folds the list (or a saved size is restored), its
    // width follows the window's: room for the counts on a wide screen, the
    // table first on a small one.
    bool m_listFollowsWidth = true;
};

} // namespace hookdesk
