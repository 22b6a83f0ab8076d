// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace hookdesk {

class StoreWriter;

// Turns the writer's commits (up to hundreds a second in a burst) into at most
// one changed() per interval, so views refresh a few times a second, never once
// per row.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(StoreWriter *writer, int intervalMs = 250, QObject *parent = nullptr);

    // Something changed outside a commit (a delete task): refresh soon.
    void poke();
    int commitsSeen() const { return m_commits; }

signals:
    void changed();

private:
    QTimer m_timer;
    int m_commits = 0;
};

} // namespace hookdesk
