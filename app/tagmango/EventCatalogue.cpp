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
    if (event == QLatin1String("webinar.reminder.all"))
        return QCoreApplication::translate("EventCatalogue",
                                           "1 day, 30 minutes and 15 minutes before a session, once per "
                                           "registrant; HookDesk keeps who registered, to count no-shows");
    if (event == QLatin1String("webinar.reminder.1day"))
        return QCoreApplication::translate("EventCatalogue",
                                           "1 day before a session, once per registrant; HookDesk keeps "
                                           "who registered");
    if (event == QLatin1String("webinar.reminder.15min"))
        return QCoreApplication::translate("EventCatalogue",
                                           "15 minutes before a session, once per registrant; HookDesk "
                                           "keeps who registered (people who register late get only this one)");
    if (event.startsWith(QLatin1String("webinar.created.")))
        return QCoreApplication::translate("EventCatalogue",
                                           "when someone books, or the webinar is created or moved, once "
                                           "per participant with every session; HookDesk keeps who "
                                           "registered and each session's times");
    return QString();
}

} // namespace hookdesk::EventCatalogue
