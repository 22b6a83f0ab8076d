// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "store/HookRepository.h"
#include "store/StoreTotals.h"

#include <QObject>
#include <QUrl>

class QLabel;
class QStatusBar;
class QToolButton;

namespace hookdesk {

class AttendeeActions;

// Fills the window's status bar: listener state and hook URL (with a copy
// button) on the left, where passing messages also show; attendee and webinar
// counts and today's rejected requests on the right.
class StatusBarPanel : public QObject
{
    Q_OBJECT
public:
    StatusBarPanel(QStatusBar *bar, const ListenerStatus &listener, AttendeeActions *actions);

    void setTotals(const StoreTotals &totals);
    // The listener moved, stopped or started.
    void setListener(const ListenerStatus &listener);
    // Known: the bar shows and copies the public hook URL TagMango calls.
    // Unknown (empty): the local one, saying that it is only local.
    void setPublicBaseUrl(const QUrl &base);
    // The hooks as last read: the bar shows the one TagMango calls (it may have
    // changed since start, after a Subscribe) and, when other hooks are active
    // (drafts, other events), says how many with a button to the list.
    void setHooks(const QList<Hook> &hooks);
    QString copiedUrl() const { return m_url; }

    QString countsText() const;
    QString rejectedText() const;

signals:
    void otherHooksClicked();

private:
    QLabel *m_listener;
    QLabel *m_hookUrl;
    QToolButton *m_copy;
    QToolButton *m_otherHooks;
    QLabel *m_counts;
    QLabel *m_rejected;
    void showUrl();

    ListenerStatus m_status;
    QUrl m_publicBase;
    QString m_callingPath; // empty: the listener's own hook path
    int m_otherActive = 0;
    QString m_url; // what "Copy URL" copies
};

} // namespace hookdesk
