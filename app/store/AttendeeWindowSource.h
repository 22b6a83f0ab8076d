// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendeeQuery.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace hookdesk {

// What one read transaction saw. Everything in it comes from the same SQLite
// snapshot, so rows and counts tagged with the same epoch agree with each other.
struct AttendeeSnapshot
{
    // Orders the reads: a larger epoch saw everything a smaller one saw (and
    // maybe more); equal epochs saw identical data. 0: nothing read yet.
    quint64 epoch = 0;
    qint64 maxId = 0;      // the newest attendee's id
    qint64 total = -1;     // every attendee
    qint64 count = -1;     // attendees the filter lets through; -1: not counted in this read
    // Set with `count` when the request named a baseline: how many attendees
    // (of the filter / of all) have an id above it, i.e. arrived after it.
    qint64 baselineId = -1;
    qint64 newer = -1;
    qint64 newerAll = -1;
};

// One read: rows [offset, offset + limit) of a filter in an order, and what the
// snapshot it was read in says about the whole.
struct AttendeeWindowRequest
{
    enum class Lane { Pages, Counts };  // pages never wait behind a long count
    enum class Counting {
        Never,     // the first rows of a new query, as fast as possible
        Always,    // a refresh: the count and the rows of one snapshot
        IfChanged, // count only when the snapshot is not `known` any more
    };

    quint64 generation = 0;
    AttendeeFilter filter;
    AttendeeOrder order;
    qint64 offset = 0;
    int limit = 0;
    Lane lane = Lane::Pages;
    Counting counting = Counting::IfChanged;
    // The snapshot the caller shows: its epoch for IfChanged, its count for
    // reading far pages from the end, its maxId as the baseline of `newer`.
    AttendeeSnapshot known;
};

struct AttendeeWindow
{
    AttendeeWindowRequest request;
    AttendeeSnapshot snapshot;
    QList<AttendeeRow> rows;   // from request.offset on
    QString error;             // set when the read failed (rows are then empty)
};

// Where the attendee table's rows come from: AttendeeReader in the application,
// a scripted fake in tests (which decides in which order answers arrive).
// Answers come as windowFetched() on the source's thread. supersede(g) says
// that nothing of generations older than g is wanted any more.
class AttendeeWindowSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void fetchWindow(const AttendeeWindowRequest &request) = 0;
    virtual void supersede(quint64 generation) = 0;

signals:
    void windowFetched(const hookdesk::AttendeeWindow &window);
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::AttendeeWindow)
