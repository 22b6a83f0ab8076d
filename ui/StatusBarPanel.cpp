// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBarPanel.h"

#include "AttendeeActions.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

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

void StatusBarPanel::setListener(const ListenerStatus &listener)
{
    m_listener->setStyleSheet(QString());
    if (listener.listening) {
        m_listener->setText(tr("● Listening on %1").arg(listener.localBaseUrl));
        m_listener->setToolTip(tr("HookDesk accepts TagMango's webhook calls at this address."));
        m_hookUrl->setText(listener.localHookUrl());
        m_hookUrl->setToolTip(tr("The local hook URL. TagMango reaches it through a tunnel: register "
                                 "the tunnel's https address followed by %1.")
                                      .arg(listener.hookPath));
        m_url = listener.localHookUrl();
    } else {
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
    const QLocale locale;
    if (totals.attendees == 0)
        m_counts->setText(tr("No attendees yet"));
    else if (totals.attendees == 1)
        m_counts->setText(tr("1 attendee in 1 webinar"));
    else if (totals.webinars == 1)
        m_counts->setText(tr("%1 attendees in 1 webinar").arg(locale.toString(totals.attendees)));
    else
        m_counts->setText(tr("%1 attendees in %2 webinars")
                                  .arg(locale.toString(totals.attendees), locale.toString(totals.webinars)));
    m_rejected->setText(tr("%1 rejected today").arg(locale.toString(totals.rejectedSince)));
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
