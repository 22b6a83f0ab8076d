// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/ActivityChart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>


namespace hookdesk {
namespace {

// A round upper bound for the count axis: 5, 10, 20, 25, 50, 100, 200, 250, ...
int niceCeiling(int value)
{
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (const int tenths : {10, 20, 25, 50}) {
            if (tenths * magnitude % 10 != 0)
                continue;
            const qint64 bound = tenths * magnitude / 10;
            if (bound >= 5 && bound >= value)
                return int(bound);
        }
    }
}

} // namespace

ActivityChart::ActivityChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Requests per minute over the last hour"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);

    m_accepted = new QBarSet(tr("Accepted"));
    m_accepted->setColor(QColor(0x2e, 0x7d, 0x32));
    m_accepted->setBorderColor(QColor(0x2e, 0x7d, 0x32));
    m_refused = new QBarSet(tr("Refused"));
    m_refused->setColor(QColor(0xc6, 0x28, 0x28));
    m_refused->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_series = new QStackedBarSeries;
    m_series->append(m_accepted);
    m_series->append(m_refused);
    m_series->setBarWidth(0.8);

    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->setTitle(tr("Requests per minute, last hour"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    m_time = new QCategoryAxis;
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_time->setGridLineVisible(false);
    m_count = new QValueAxis;
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setRange(0, 5);
    m_count->setTickCount(6);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_count);
    // QChartView starts with a chart of its own and only releases it on
    // setChart(): delete it, or it leaks.
    QChart *initial = this->chart();
    setChart(chart);
    delete initial;
}

void ActivityChart::setMinutes(const QList<MinuteCount> &minutes)
{
    m_minutes = minutes;
    QList<qreal> accepted;
    QList<qreal> refused;
    int highest = 0;
    for (const MinuteCount &m : minutes) {
        accepted.append(m.accepted);
        refused.append(m.refused);
        highest = std::max(highest, m.accepted + m.refused);
    }
    // Replacing the values in place keeps the chart from rebuilding its items.
    if (m_accepted->count() == accepted.size()) {
        for (int i = 0; i < accepted.size(); ++i) {
            m_accepted->replace(i, accepted[i]);
            m_refused->replace(i, refused[i]);
        }
    } else {
        m_accepted->remove(0, m_accepted->count());
        m_refused->remove(0, m_refused->count());
        m_accepted->append(accepted);
        m_refused->append(refused);
    }
    const int top = niceCeiling(std::max(highest, 1));
    m_count->setRange(0, top);
    m_count->setTickCount(top <= 5 ? top + 1 : 6);

    // Labels on the whole ten minutes, in local time.
    const QStringList labels = m_time->categoriesLabels();
    for (const QString &label : labels)
        m_time->remove(label);
    m_time->setRange(-0.5, std::max<qreal>(0.5, qreal(minutes.size()) - 0.5));
    for (int i = 0; i < minutes.size(); ++i) {
        const QDateTime local = minutes[i].minute.toLocalTime();
        if (local.time().minute() % 10 == 0)
            m_time->append(local.toString(QStringLiteral("HH:mm")), i);
    }
}

int ActivityChart::acceptedTotal() const
{
    int n = 0;
    for (const MinuteCount &m : m_minutes)
        n += m.accepted;
    return n;
}

int ActivityChart::refusedTotal() const
{
    int n = 0;
    for (const MinuteCount &m : m_minutes)
        n += m.refused;
    return n;
}

} // namespace hookdesk
