// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TagMangoClient.h"
#include "store/HookRepository.h"

#include <QObject>

#include <functional>
#include <optional>

namespace hookdesk {

class StoreAccess;

// What came of subscribing: the hook (kept even when TagMango said no, so the
// person can register it again or retire it), TagMango's answer if it was asked,
// and any problem before or after asking.
struct SubscriptionOutcome
{
    std::optional<Hook> hook;
    std::optional<SubscribeResult> answer;
    QString error; // invalid input or a database problem

    bool isCreated() const { return answer && answer->isCreated() && error.isEmpty(); }
    // The sentence to show: the error, or TagMango's answer in words.
    QString message() const;
};

// Subscribing from a form or the command line: creates the receiving hook,
// registers base + /hooks/<token> with TagMango, and records the raw answer with
// the hook. A failed registration keeps the hook (active, unregistered): the
// same URL can be registered again, and nothing is lost if TagMango did register
// it despite an error or a timeout.
class SubscriptionService : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString publicBase; // the tunnel or server address, as typed
        QString event;
        QString webinar;    // empty: every webinar
        QString apiKey;
        QString token;      // optional: the token already shown in a preview
    };
    using Callback = std::function<void(const SubscriptionOutcome &)>;

    SubscriptionService(StoreAccess *store, TagMangoClient *client, QObject *parent = nullptr);

    // Checks a request without sending it; on success *base is the parsed address.
    static bool validate(const Request &request, QUrl *base, QString *error);
    // The same, leaving out the API key (asked for last on the command line).
    static bool validateTarget(const Request &request, QUrl *base, QString *error);

    // Creates a hook and registers it. `done` runs once on this object's thread.
    void subscribe(const Request &request, Callback done);
    // Registers an existing, active hook again (same token), e.g. after a failure
    // or when the tunnel address changed.
    void registerHook(const Hook &hook, const QString &publicBase, const QString &apiKey,
                      Callback done);
    // From now on the hook answers 410 Gone.
    void retire(const QString &token, std::function<void(bool, const QString &)> done);
    void list(std::function<void(const QList<Hook> &, const QString &)> done);

    TagMangoClient *client() const { return m_client; }

private:
    void send(const Hook &hook, const QUrl &base, const QString &apiKey, Callback done);

    StoreAccess *m_store;
    TagMangoClient *m_client;
};

} // namespace hookdesk
