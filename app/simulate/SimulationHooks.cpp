// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulationHooks.h"

#include <QCoreApplication>

namespace hookdesk::SimulationHooks {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SimulationHooks)
};

} // namespace

std::optional<Hook> newestActive(SqliteDatabase &db, const QString &event, QString *error)
{
    const QList<Hook> hooks = HookRepository::list(db, error);
    for (auto it = hooks.crbegin(); it != hooks.crend(); ++it) {
        if (!it->isRetired() && it->event == event)
            return *it;
    }
    return std::nullopt;
}

Found findOrAdd(SqliteDatabase &db, const QString &event, QString *error)
{
    error->clear();
    Found found;
    found.hook = newestActive(db, event, error);
    if (found.hook || !error->isEmpty())
        return found;
    found.hook = HookRepository::add(db, event, QString(), error);
    if (!found.hook) {
        *error = Text::tr("cannot add a %1 hook: %2").arg(event, *error);
        return found;
    }
    found.added = true;
    return found;
}

WholeWebinar findOrAddWholeWebinar(SqliteDatabase &db)
{
    WholeWebinar hooks;
    hooks.registrations = findOrAdd(db, WebinarSimulator::eventOf(WebinarSimulator::Phase::Registrations),
                                    &hooks.error);
    if (hooks.registrations.hook)
        hooks.reminders = findOrAdd(db, WebinarSimulator::eventOf(WebinarSimulator::Phase::Reminders), &hooks.error);
    return hooks;
}

WebinarSimulator::Target targetOf(const QUrl &base, const Hook &hook)
{
    QUrl url = base;
    url.setPath(hook.path());
    url.setQuery(QString());
    url.setFragment(QString());
    return {url, {hook.verifyHeader, hook.verifyHeaderSecret, hook.hmacSecret}};
}

} // namespace hookdesk::SimulationHooks
