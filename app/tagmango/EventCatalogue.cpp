// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventCatalogue.h"

#include <QCoreApplication>

namespace hookdesk::EventCatalogue {

QStringList webinarEvents()
{
    return {CompletedAll,
            QStringLiteral("webinar.reminder.all"),
            QStringLiteral("webinar.reminder.1day"),
            QStringLiteral("webinar.reminder.15min"),
            QStringLiteral("webinar.created.single"),
            QStringLiteral("webinar.created.recurring")};
}

bool isKnown(const QString &event)
{
    return webinarEvents().contains(event);
}

QString describe(const QString &event)
{
    if (event == CompletedAll)
        return QCoreApplication::translate("EventCatalogue",
                                           "15 minutes after a webinar ends, once per attendee; "
                                           "HookDesk keeps each attendee");
    if (event.startsWith(QLatin1String("webinar.reminder.")))
        return QCoreApplication::translate("EventCatalogue",
                                           "before a webinar starts; kept in the delivery log");
    if (event.startsWith(QLatin1String("webinar.created.")))
        return QCoreApplication::translate("EventCatalogue",
                                           "when someone registers; kept in the delivery log");
    return QString();
}

} // namespace hookdesk::EventCatalogue
