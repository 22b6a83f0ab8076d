// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreAccess.h"

namespace hookdesk {

class StoreWriter;

// Hands tasks to the writer thread (StoreWriter::runTask), so the GUI never
// blocks on a write and the listener learns about hook changes at once (the
// writer reloads its hooks after every task). `then` runs on the main thread;
// contexts must live there.
class WriterStoreAccess final : public StoreAccess
{
public:
    explicit WriterStoreAccess(StoreWriter *writer) : m_writer(writer) { }

    void run(Task task, QObject *context, std::function<void()> then) override;

private:
    StoreWriter *m_writer;
};

} // namespace hookdesk
