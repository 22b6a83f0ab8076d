// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendeeQuery.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace hookdesk {

// Answers attendee queries off the calling thread, so a slow one (a count over a
// million rows, a two-letter term that scans) never stalls the window. Pages and
// counts run on two threads with a read-only connection each, so a long count
// does not hold up the rows the user is looking at.
//
// Every request carries a generation (the caller's number for "this filter and
// this order"). supersede(g) drops queued work of older generations and
// interrupts the one running, so typing quickly does not build a backlog.
// Results arrive as signals on the thread that owns the reader.
class AttendeeReader : public QObject
{
    Q_OBJECT
public:
    explicit AttendeeReader(const QString &databasePath, QObject *parent = nullptr);
    ~AttendeeReader() override;

    void fetchPage(quint64 generation, const AttendeeFilter &filter, const AttendeeOrder &order,
                   qint64 offset, int limit, qint64 knownCount);
    void fetchCount(quint64 generation, const AttendeeFilter &filter);
    void supersede(quint64 generation);

signals:
    // `error` is set when the query failed (rows are then empty).
    void pageFetched(quint64 generation, qint64 offset, const QList<hookdesk::AttendeeRow> &rows,
                     const QString &error);
    void countFetched(quint64 generation, qint64 count, const QString &error);

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
