// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HookRepository.h"

#include <QHash>
#include <QList>

#include <memory>
#include <mutex>

namespace hookdesk {

// The hooks the listener knows, as an immutable snapshot that any thread may
// read. The writer thread publishes a new snapshot whenever the subscriptions
// table changes (in this process or another), so the intake thread never touches
// the database.
class HookDirectory
{
public:
    using Snapshot = QHash<QString, Hook>; // token -> hook

    std::shared_ptr<const Snapshot> snapshot() const;
    void publish(const QList<Hook> &hooks);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot = std::make_shared<Snapshot>();
};

} // namespace hookdesk
