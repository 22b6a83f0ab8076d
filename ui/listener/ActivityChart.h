// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliveryQuery.h"

#include <QChartView>
#include <QList>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace hookdesk {

// Requests per minute over the last hour, accepted and refused stacked, so a
// webinar's burst and a run of refusals stand out at a glance.
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    // One entry per minute, oldest first (DeliveryQuery::perMinute).
    void setMinutes(const QList<MinuteCount> &minutes);
    const QList<MinuteCount> &minutes() const { return m_minutes; }
    int acceptedTotal() const;
    int refusedTotal() const;

private:
    QList<MinuteCount> m_minutes;
    QBarSet *m_accepted;
    QBarSet *m_refused;
    QStackedBarSeries *m_series;
    QCategoryAxis *m_time;
    QValueAxis *m_count;
};

} // namespace hookdesk
