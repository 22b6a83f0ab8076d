// SPDX-License-Identifier: GPL-3.0-or-later
#include "BurstNotifier.h"

#include "core/Clock.h"

namespace hookdesk {
namespace {

const QString refusedKey = QStringLiteral("refused");

} // namespace

BurstNotifier::BurstNotifier(QObject *parent)
    : BurstNotifier(Options{}, [] { return hookdesk::Clock::currentMSecsSinceEpoch(); }, parent)
{
}

BurstNotifier::BurstNotifier(const Options &options, Clock clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(std::move(clock))
{
    qRegisterMetaType<hookdesk::BurstNotification>();
    if (m_options.tickIntervalMs > 0) {
        m_timer.setInterval(m_options.tickIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &BurstNotifier::tick);
    }
}

void BurstNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_bursts.clear();
        m_timer.stop();
    }
}

void BurstNotifier::addCommit(const CommitSummary &summary)
{
    if (!m_enabled)
        return;
    for (auto it = summary.storedPerWebinar.cbegin(); it != summary.storedPerWebinar.cend(); ++it) {
        if (it.value() > 0)
            add(QStringLiteral("w:") + it.key(), BurstNotification::Kind::Attendees, it.key(),
                summary.webinarTitles.value(it.key()), it.value());
    }
    if (summary.rejected > 0)
        add(refusedKey, BurstNotification::Kind::Refused, QString(), QString(), summary.rejected);
}

void BurstNotifier::add(const QString &key, BurstNotification::Kind kind, const QString &webinarId,
                        const QString &title, qint64 count)
{
    const qint64 now = m_clock();
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    auto it = m_bursts.find(key);
    if (it == m_bursts.end()) {
        Burst burst;
        burst.notification.kind = kind;
        burst.notification.webinarId = webinarId;
        burst.notification.isTest = AttendeeRecord::isTestWebinarId(webinarId);
        burst.notification.firstAt = wall;
        burst.startedMs = now;
        it = m_bursts.insert(key, burst);
    }
    Burst &burst = it.value();
    burst.notification.count += count;
    burst.notification.lastAt = wall;
    if (!title.isEmpty())
        burst.notification.webinarTitle = title;
    burst.lastMs = now;
    if (m_options.tickIntervalMs > 0 && !m_timer.isActive())
        m_timer.start();
}

void BurstNotifier::tick()
{
    const qint64 now = m_clock();
    QList<BurstNotification> due;
    for (auto it = m_bursts.begin(); it != m_bursts.end();) {
        const Burst &burst = it.value();
        const bool ended = now - burst.lastMs >= m_options.quietMs
                || now - burst.startedMs >= m_options.maxDelayMs;
        const auto last = m_lastNotified.constFind(it.key());
        const bool spaced = last == m_lastNotified.constEnd() || now - *last >= m_options.minGapMs;
        if (ended && spaced) {
            due.append(burst.notification);
            m_lastNotified.insert(it.key(), now);
            it = m_bursts.erase(it);
        } else {
            ++it;
        }
    }
    // A notification older than the gap no longer holds anything back.
    for (auto it = m_lastNotified.begin(); it != m_lastNotified.end();) {
        if (now - it.value() >= m_options.minGapMs && !m_bursts.contains(it.key()))
            it = m_lastNotified.erase(it);
        else
            ++it;
    }
    if (m_bursts.isEmpty())
        m_timer.stop();
    // Oldest burst first, so the user reads them in the order they happened.
    std::sort(due.begin(), due.end(), [](const BurstNotification &a, const BurstNotification &b) {
        return a.firstAt < b.firstAt;
    });
    for (const BurstNotification &notification : std::as_const(due))
        emit notify(notification);
}

} // namespace hookdesk
