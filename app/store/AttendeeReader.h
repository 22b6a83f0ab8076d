// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendeeWindowSource.h"

#include <QString>
#include <QThread>

#include <memory>

namespace hookdesk {

// Answers attendee window requests off the calling thread, so a slow one (a count
// over a million rows, a two-letter term that scans) never stalls the window.
// The two lanes (pages, counts) run on two threads with a read-only connection
// each, so a long count does not hold up the rows the user is looking at.
//
// Each request is one read transaction: its rows, the count (when asked) and
// the rest of its AttendeeSnapshot come from one SQLite snapshot (WAL mode).
// Snapshots get epochs that order them across both connections: the epoch and
// the snapshot are taken together under one lock, and a connection that has
// seen no commit since its last read (PRAGMA data_version) keeps the epoch.
//
// Every request carries a generation (the caller's number for "this filter and
// this order"). supersede(g) drops queued work of older generations and
// interrupts the one running, so typing quickly does not build a backlog.
// Results arrive as windowFetched() on the thread that owns the reader.
class AttendeeReader : public AttendeeWindowSource
{
    Q_OBJECT
public:
    explicit AttendeeReader(const QString &databasePath, QObject *parent = nullptr);
    ~AttendeeReader() override;

    void fetchWindow(const AttendeeWindowRequest &request) override;
    void supersede(quint64 generation) override;

private:
    class Worker;
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QThread m_pageThread;
    QThread m_countThread;
    Worker *m_pageWorker = nullptr;
    Worker *m_countWorker = nullptr;
};

} // namespace hookdesk
