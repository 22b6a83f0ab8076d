// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StoreWatcher.h"

#include "store/StoreWriter.h"

namespace hookdesk {

StoreWatcher::StoreWatcher(StoreWriter *writer, int intervalMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::changed);
    if (writer) {
        // Emitted on the writer thread: queued, so the slot runs here.
        connect(writer, &StoreWriter::committed, this, [this] {
            ++m_commits;
            poke();
        }, Qt::QueuedConnection);
    }
}

void StoreWatcher::poke()
{
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace hookdesk
