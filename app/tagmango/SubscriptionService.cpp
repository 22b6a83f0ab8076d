// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionService.h"

#include "EventCatalogue.h"
#include "HookUrl.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QPointer>

namespace hookdesk {
namespace {

struct Added
{
    std::optional<Hook> hook;
    QString error;
};

} // namespace

QString SubscriptionOutcome::message() const
{
    if (!error.isEmpty())
        return answer ? answer->message + QLatin1Char(' ') + error : error;
    return answer ? answer->message : QString();
}

SubscriptionService::SubscriptionService(StoreAccess *store, TagMangoClient *client,
                                         QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
}

bool SubscriptionService::validate(const Request &request, QUrl *base, QString *error)
{
    return validateTarget(request, base, error) && TagMangoClient::checkApiKey(request.apiKey, error);
}

bool SubscriptionService::validateTarget(const Request &request, QUrl *base, QString *error)
{
    if (!HookUrl::parseBase(request.publicBase, base, error))
        return false;
    if (!EventCatalogue::isKnown(request.event)) {
        *error = tr("“%1” is not a webinar event HookDesk knows; choose one of %2.")
                         .arg(request.event, EventCatalogue::webinarEvents().join(QStringLiteral(", ")));
        return false;
    }
    const QString webinar = request.webinar.trimmed();
    for (const QChar c : webinar) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            *error = tr("A webinar ID has no spaces; copy it again from TagMango, or leave the "
                        "field empty for every webinar.");
            return false;
        }
    }
    return true;
}

void SubscriptionService::subscribe(const Request &request, Callback done)
{
    QUrl base;
    QString error;
    if (!validate(request, &base, &error)) {
        SubscriptionOutcome outcome;
        outcome.error = error;
        done(outcome);
        return;
    }
    const QString token = request.token.isEmpty() ? HookRepository::newToken() : request.token;
    const QString event = request.event;
    const QString webinar = request.webinar.trimmed();
    m_store->query<Added>(
            [token, event, webinar](SqliteDatabase &db) {
                Added added;
                HookRepository::HookOptions options;
                options.event = event;
                options.webinarFilter = webinar;
                added.hook = HookRepository::addWithToken(db, token, options, &added.error);
                return added;
            },
            this,
            [this, base, apiKey = request.apiKey, done = std::move(done)](Added added) {
                if (!added.hook) {
                    SubscriptionOutcome outcome;
                    outcome.error = tr("HookDesk could not create the hook, so nothing was sent: "
                                       "%1")
                                            .arg(added.error);
                    done(outcome);
                    return;
                }
                send(*added.hook, base, apiKey, done);
            });
}

void SubscriptionService::registerHook(const Hook &hook, const QString &publicBase,
                                       const QString &apiKey, Callback done)
{
    Request request{publicBase, hook.event, hook.webinarFilter, apiKey, hook.token};
    QUrl base;
    QString error;
    bool ok = false;
    if (hook.isRetired())
        error = tr("This hook is retired; it answers 410 Gone and cannot be registered again. "
                   "Subscribe anew instead.");
    else
        ok = validate(request, &base, &error);
    if (!ok) {
        SubscriptionOutcome outcome;
        outcome.hook = hook;
        outcome.error = error;
        done(outcome);
        return;
    }
    send(hook, base, apiKey, std::move(done));
}

void SubscriptionService::send(const Hook &hook, const QUrl &base, const QString &apiKey,
                               Callback done)
{
    SubscribeRequest request;
    request.hookUrl = HookUrl::join(base, hook.path()).toString(QUrl::FullyEncoded);
    request.event = hook.event;
    request.webinar = hook.webinarFilter;
    request.apiKey = apiKey;
    const QString apiBase = m_client->apiBase().toString();
    // The client may outlive this service (they are separate objects).
    const QPointer<SubscriptionService> self(this);
    m_client->subscribe(request, [this, self, hook, hookUrl = request.hookUrl, apiBase,
                                  done = std::move(done)](const SubscribeResult &answer) {
        if (!self)
            return;
        struct Recorded
        {
            std::optional<Hook> hook;
            QString error;
        };
        const int status = answer.httpStatus;
        const QString body = answer.recordedBody();
        m_store->query<Recorded>(
                [id = hook.id, token = hook.token, hookUrl, apiBase, status,
                 body](SqliteDatabase &db) {
                    Recorded recorded;
                    if (HookRepository::recordRegistration(db, id, hookUrl, apiBase, status, body,
                                                           &recorded.error))
                        recorded.hook = HookRepository::findByToken(db, token);
                    return recorded;
                },
                this,
                [hook, answer, done](Recorded recorded) {
                    SubscriptionOutcome outcome;
                    outcome.hook = recorded.hook ? *recorded.hook : hook;
                    outcome.answer = answer;
                    if (!recorded.error.isEmpty())
                        outcome.error = tr("HookDesk could not write the answer down: %1")
                                                .arg(recorded.error);
                    done(outcome);
                });
    });
}

void SubscriptionService::retire(const QString &token,
                                 std::function<void(bool, const QString &)> done)
{
    m_store->query<QString>(
            [token](SqliteDatabase &db) {
                QString error;
                if (!HookRepository::retire(db, token, &error) && error.isEmpty())
                    error = tr("the hook could not be retired");
                return error;
            },
            this, [done = std::move(done)](QString error) { done(error.isEmpty(), error); });
}

void SubscriptionService::list(std::function<void(const QList<Hook> &, const QString &)> done)
{
    struct Listed
    {
        QList<Hook> hooks;
        QString error;
    };
    m_store->query<Listed>(
            [](SqliteDatabase &db) {
                Listed listed;
                listed.hooks = HookRepository::list(db, &listed.error);
                return listed;
            },
            this, [done = std::move(done)](Listed listed) { done(listed.hooks, listed.error); });
}

} // namespace hookdesk
