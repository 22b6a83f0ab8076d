// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreAccess.h"

namespace hookdesk {

class HookDirectory;
class StoreWriter;

// Hands tasks to the writer thread (StoreWriter::runTask), so the GUI never
// blocks on a write. With the listener's HookDirectory given, hook changes are
// published before `then` runs: a hook just created answers at once. `then`
// runs on the main thread; contexts must live there.
class WriterStoreAccess final : public StoreAccess
{
public:
    explicit WriterStoreAccess(StoreWriter *writer, HookDirectory *hooks = nullptr)
        : m_writer(writer), m_hooks(hooks)
    {
    }

    void run(Task task, QObject *context, std::function<void()> then) override;

private:
    StoreWriter *m_writer;
    HookDirectory *m_hooks;
};

} // namespace hookdesk
