// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StatusBarPanel.h"

#include "attendees/AttendeeActions.h"
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
    //: Status bar button that copies the hook URL.
    m_copy->setText(tr("Copy URL"));
    m_copy->setAccessibleName(tr("Copy the hook URL"));
    m_copy->setAutoRaise(true);

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
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_rejected);
    setTotals(StoreTotals{});
}

void StatusBarPanel::setPublicBaseUrl(const QUrl &base)
{
    m_publicBase = base;
    showUrl();
}

void StatusBarPanel::showUrl()
{
    const ListenerStatus &listener = m_status;
    if (!listener.listening)
        return;
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
        //: %1 is a local address such as http://127.0.0.1:8787
        m_listener->setText(tr("● Listening on %1").arg(listener.localBaseUrl));
        m_listener->setToolTip(tr("HookDesk accepts TagMango's webhook calls at this address."));
        showUrl();
    } else {
        //: %1 is the reason, e.g. the port is already in use.
        m_listener->setText(tr("✕ Not listening: %1").arg(listener.error));
        m_listener->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_url.clear();
    }
    m_hookUrl->setVisible(listener.listening);
    m_copy->setVisible(listener.listening);
    m_listener->setAccessibleName(m_listener->text());
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
