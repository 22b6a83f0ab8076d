// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hookdesk::EventCatalogue {

// The event HookDesk turns into attendees.
inline const QString CompletedAll = QStringLiteral("webinar.completed.all");

// The webinar events TagMango documents (../shared/reference/tagmango-platform-notes.md).
QStringList webinarEvents();
bool isKnown(const QString &event);
// A sentence for people: when TagMango sends it and what HookDesk does with it.
QString describe(const QString &event);

} // namespace hookdesk::EventCatalogue
