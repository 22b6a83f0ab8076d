// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>

#include <memory>

class QNetworkReply;
class QObject;

namespace hookdesk {

// The replies an object (TagMangoClient, PublicUrlCheck) has in flight, each with
// an overall deadline: a server that trickles bytes must not hold a form forever.
// Destroying the set aborts what is still running without calling back into its
// owner, which is being destroyed.
class PendingReplies
{
public:
    explicit PendingReplies(QObject *owner) : m_owner(owner) {}
    ~PendingReplies();
    PendingReplies(const PendingReplies &) = delete;
    PendingReplies &operator=(const PendingReplies &) = delete;

    // Adopts `reply` (the owner becomes its parent) and aborts it after
    // timeoutMs. The flag turns true when it was the deadline that aborted it.
    std::shared_ptr<const bool> track(QNetworkReply *reply, int timeoutMs);
    // Call from the reply's finished handler.
    void finished(QNetworkReply *reply);

private:
    QObject *m_owner;
    QList<QPointer<QNetworkReply>> m_running;
};

} // namespace hookdesk
