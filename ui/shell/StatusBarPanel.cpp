// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StatusBarPanel.h"

#include "attendees/AttendeeActions.h"
#include "tagmango/EventCatalogue.h"
#include "tagmango/HookUrl.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

#include <limits>

namespace hookdesk {

StatusBarPanel::StatusBarPanel(QStatusBar *bar, const ListenerStatus &listener,
                               AttendeeActions *actions)
    : QObject(bar)
{
    m_listener = new QLabel(bar);
    m_listener->setObjectName(QStringLiteral("listenerState"));
    m_hookUrl = new QLabel(bar);
    m_hookUrl->setObjectName(QStringLiteral("hookUrl"));
    m_hookUrl->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hookUrl->setAccessibleName(tr("Hook URL"));
    m_copy = new QToolButton(bar);
    m_copy->setObjectName(QStringLiteral("copyHookUrlBar"));
    //: Status bar button that copies the hook URL.
    m_copy->setText(tr("Copy URL"));
    m_copy->setAccessibleName(tr("Copy the hook URL"));
    m_copy->setAutoRaise(true);

    m_otherHooks = new QToolButton(bar);
    m_otherHooks->setObjectName(QStringLiteral("otherHooks"));
    m_otherHooks->setAutoRaise(true);
    m_otherHooks->hide();
    connect(m_otherHooks, &QToolButton::clicked, this, &StatusBarPanel::otherHooksClicked);

    connect(m_copy, &QToolButton::clicked, this, [this, actions] { actions->copy(m_url, tr("hook URL")); });
    setListener(listener);

    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("storeCounts"));
    m_rejected = new QLabel(bar);
    m_rejected->setObjectName(QStringLiteral("rejectedToday"));
    m_rejected->setToolTip(tr("Requests the listener refused today: unknown or retired hook URLs, "
                              "payloads that are not a webinar attendee, oversized requests."));
    bar->addWidget(m_listener);
    bar->addWidget(m_hookUrl);
    bar->addWidget(m_copy);
    bar->addWidget(m_otherHooks);
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_rejected);
    setTotals(StoreTotals{});
}

void StatusBarPanel::setPublicBaseUrl(const QUrl &base)
{
    m_publicBase = base;
    showUrl();
}

void StatusBarPanel::setHooks(const QList<Hook> &hooks)
{
    const std::optional<Hook> calling = HookRepository::callingHook(hooks, EventCatalogue::CompletedAll);
    m_callingPath = calling ? calling->path() : QString();
    const QString shown = m_callingPath.isEmpty() ? m_status.hookPath : m_callingPath;
    m_otherActive = 0;
    for (const Hook &hook : hooks) {
        if (!hook.isRetired() && hook.path() != shown)
            ++m_otherActive;
    }
    //: Status bar button beside the hook URL; it opens the Subscriptions tab.
    m_otherHooks->setText(tr("+%Ln other active hook(s)", nullptr, m_otherActive));
    m_otherHooks->setToolTip(tr("The URL on the left is the one TagMango calls with attendees. "
                                "HookDesk also answers %Ln other active hook(s): drafts that were never "
                                "registered, or other events. The Subscriptions tab lists them.",
                                nullptr, m_otherActive));
    showUrl();
}

void StatusBarPanel::showUrl()
{
    ListenerStatus listener = m_status;
    m_otherHooks->setVisible(listener.listening && m_otherActive > 0);
    if (!listener.listening)
        return;
    if (!m_callingPath.isEmpty())
        listener.hookPath = m_callingPath;
    if (m_publicBase.isValid() && !m_publicBase.isEmpty() && !HookUrl::isPrivate(m_publicBase)) {
        m_url = HookUrl::join(m_publicBase, listener.hookPath).toString();
        m_hookUrl->setText(m_url);
        m_hookUrl->setToolTip(tr("The hook URL TagMango calls: your public address followed by %1. "
                                 "Your tunnel passes the calls on to %2.")
                                      .arg(listener.hookPath, listener.localHookUrl()));
        m_copy->setText(tr("Copy URL"));
        m_copy->setToolTip(tr("Copy the URL to register with TagMango"));
    } else {
        m_url = listener.localHookUrl();
        m_hookUrl->setText(m_url);
        m_hookUrl->setToolTip(tr("The local hook URL, reachable only from this computer. TagMango reaches "
                                 "it through a tunnel: enter the tunnel's public address (first-run page, "
                                 "Subscriptions tab or Settings) to see and copy the URL to register."));
        //: Status bar button; the URL works only on this computer.
        m_copy->setText(tr("Copy local URL"));
        m_copy->setToolTip(tr("Copies the local URL, for testing on this computer. TagMango cannot call it."));
    }
}

void StatusBarPanel::setListener(const ListenerStatus &listener)
{
    m_status = listener;
    m_listener->setStyleSheet(QString());
    if (listener.listening) {
        // The hook URL beside it names the address; the bar has no room for it twice at 1024 px.
        m_listener->setText(tr("● Listening"));
        //: %1 is a local address such as http://127.0.0.1:8787
        m_listener->setToolTip(tr("HookDesk accepts TagMango's webhook calls at %1.").arg(listener.localBaseUrl));
        showUrl();
    } else {
        //: %1 is the reason, e.g. the port is already in use.
        m_listener->setText(tr("✕ Not listening: %1").arg(listener.error));
        m_listener->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_url.clear();
    }
    m_hookUrl->setVisible(listener.listening);
    m_copy->setVisible(listener.listening);
    m_otherHooks->setVisible(listener.listening && m_otherActive > 0);
    m_listener->setAccessibleName(listener.listening ? m_listener->toolTip() : m_listener->text());
}

void StatusBarPanel::setTotals(const StoreTotals &totals)
{
    const auto count = [](qint64 n) { return int(std::min<qint64>(n, std::numeric_limits<int>::max())); };
    if (totals.attendees == 0) {
        m_counts->setText(tr("No attendees yet"));
    } else {
        //: %1 is "N attendees", %2 is "N webinars": "120 attendees in 4 webinars".
        m_counts->setText(tr("%1 in %2", "attendees in webinars")
                                  .arg(tr("%Ln attendee(s)", nullptr, count(totals.attendees)),
                                       tr("%Ln webinar(s)", nullptr, count(totals.webinars))));
    }
    //: Webhook requests the listener refused since midnight.
    m_rejected->setText(tr("%Ln rejected today", nullptr, count(totals.rejectedSince)));
    m_counts->setAccessibleName(m_counts->text());
    m_rejected->setAccessibleName(m_rejected->text());
}

QString StatusBarPanel::countsText() const
{
    return m_counts->text();
}

QString StatusBarPanel::rejectedText() const
{
    return m_rejected->text();
}

} // namespace hookdesk
