// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriterStoreAccess.h"

#include "HookDirectory.h"
#include "HookRepository.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QPointer>

namespace hookdesk {

void WriterStoreAccess::run(Task task, QObject *context, std::function<void()> then)
{
    // The answer is posted to the application object, which outlives every
    // window; the guard is read on the main thread only, where `context` lives,
    // so a context destroyed meanwhile is noticed without a race.
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_writer->runTask([task = std::move(task), guard, hasContext, hooks = m_hooks,
                       then = std::move(then)](SqliteDatabase &db) {
        task(db);
        // The writer reloads hooks after its tasks too, but only once this task
        // has returned; publishing here orders it before `then`.
        if (hooks) {
            QString error;
            const QList<Hook> list = HookRepository::list(db, &error);
            if (error.isEmpty())
                hooks->publish(list);
        }
        if (!then)
            return;
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, hasContext, then] {
                    if (!hasContext || guard)
                        then();
                },
                Qt::QueuedConnection);
    });
}

} // namespace hookdesk
