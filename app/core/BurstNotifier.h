// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace hookdesk {

// One thing worth telling the user, covering a whole burst.
struct BurstNotification
{
    enum class Kind {
        Attendees, // new attendees of one webinar
        Refused,   // refused requests, whatever their hook
    };
    Kind kind = Kind::Attendees;
    QString webinarId;    // Attendees only
    QString webinarTitle; // Attendees only; "" if the payloads carried none
    bool isTest = false;  // a webinar HookDesk made up (simulation, URL check)
    qint64 count = 0;
    QDateTime firstAt;    // UTC wall-clock time of the first and last commit of the burst
    QDateTime lastAt;
};

// Turns the writer's commits (hundreds a second during a webinar's burst) into a
// few notifications: one per webinar burst ("248 attendees received") and one
// per run of refused requests. A burst ends after `quietMs` without news for
// it; a burst that never pauses is reported after `maxDelayMs` and continues as
// a new one; and two notifications for the same webinar (or two about refused
// requests) are at least `minGapMs` apart, so a steady trickle never becomes a
// stream of pop-ups.
//
// Time comes from an injectable clock, and tick() decides what is due, so tests
// drive it deterministically; the app lets a timer call tick().
class BurstNotifier : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct Options
    {
        int quietMs = 10000;
        int maxDelayMs = 120000;
        int minGapMs = 60000;
        int tickIntervalMs = 1000; // 0: no timer, the owner calls tick()
    };

    explicit BurstNotifier(QObject *parent = nullptr);
    BurstNotifier(const Options &options, Clock clock, QObject *parent = nullptr);

    // Off: pending bursts are dropped and commits ignored until turned on again.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void addCommit(const CommitSummary &summary);
    // Emits every notification that is due now.
    void tick();
    // Bursts not yet reported.
    int pendingCount() const { return int(m_bursts.size()); }

signals:
    void notify(const hookdesk::BurstNotification &notification);

private:
    struct Burst
    {
        BurstNotification notification;
        qint64 startedMs = 0;
        qint64 lastMs = 0;
    };

    void add(const QString &key, BurstNotification::Kind kind, const QString &webinarId,
             const QString &title, qint64 count);

    Options m_options;
    Clock m_clock;
    QTimer m_timer;
    bool m_enabled = true;
    QHash<QString, Burst> m_bursts;         // key: "w:" + webinar id, or "refused"
    QHash<QString, qint64> m_lastNotified;  // key -> clock time of its last notification
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::BurstNotification)
