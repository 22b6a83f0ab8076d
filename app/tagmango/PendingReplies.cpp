// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingReplies.h"

#include <QNetworkReply>
#include <QTimer>

namespace hookdesk {

PendingReplies::~PendingReplies()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_running)) {
        if (reply) {
            reply->disconnect(m_owner);
            reply->abort();
            delete reply.data();
        }
    }
}

std::shared_ptr<const bool> PendingReplies::track(QNetworkReply *reply, int timeoutMs)
{
    reply->setParent(m_owner);
    m_running.append(reply);
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    return timedOut;
}

void PendingReplies::finished(QNetworkReply *reply)
{
    m_running.removeAll(reply);
}

} // namespace hookdesk
