// SPDX-License-Identifier: GPL-3.0-or-later
#include "HookDirectory.h"

namespace hookdesk {

std::shared_ptr<const HookDirectory::Snapshot> HookDirectory::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void HookDirectory::publish(const QList<Hook> &hooks)
{
    auto next = std::make_shared<Snapshot>();
    next->reserve(hooks.size());
    for (const Hook &hook : hooks)
        next->insert(hook.token, hook);
    std::lock_guard lock(m_mutex);
    m_snapshot = std::move(next);
}

} // namespace hookdesk
