// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingReplies.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookdesk {

// What the subscribe call sends (TagMango's documented fields).
struct SubscribeRequest
{
    QString hookUrl;
    QString event;
    QString webinar; // empty: every webinar; left out of the body then
    QString apiKey;  // sent as x-api-key; never logged, stored or shown
};

// What came of a subscribe call, in words and in raw form.
struct SubscribeResult
{
    enum class Outcome {
        Created,     // 2xx
        KeyRefused,  // 401, 403
        Rejected,    // any other 3xx or 4xx, with the server's message
        ServerError, // 5xx
        Unreachable, // no connection, no name, connection dropped
        TlsFailure,  // the HTTPS handshake or certificate check failed
        Timeout,     // no complete answer within the timeout
    };

    Outcome outcome = Outcome::Unreachable;
    int httpStatus = 0;    // 0: no answer
    QByteArray body;       // as received (capped), with the API key masked if echoed
    QString serverMessage; // the server's own words, when the body has them
    QString message;       // one or two sentences for people

    bool isCreated() const { return outcome == Outcome::Created; }
    // created, key-refused, rejected, server-error, unreachable, tls-failure, timeout
    QString outcomeName() const;
    // Stored with the hook: the raw body, or the reason when nothing came back.
    QString recordedBody() const;
};

// Talks to TagMango's integration API. Lives on one thread; the network manager
// must outlive it. Callbacks of calls still running when it is destroyed are
// not called.
class TagMangoClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SubscribeResult &)>;

    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 MaxBodyBytes = 64 * 1024;

    // https://api-prod-new.tagmango.com, as documented.
    static QUrl defaultApiBase();
    // {apiBase}/api/v1/integration/webhook/webhook (keeps a path in the base).
    static QUrl subscribeEndpoint(const QUrl &apiBase);
    // {"event":…,"hookUrl":…[,"webinar":…]}: exactly the documented fields.
    static QByteArray subscribeBody(const SubscribeRequest &request);
    // Pulls a readable message out of an error body (JSON "message", "error", … or
    // short plain text); empty if there is none.
    static QString extractServerMessage(const QByteArray &body);
    // False with a sentence when the key cannot be sent as a header.
    static bool checkApiKey(const QString &key, QString *error);

    explicit TagMangoClient(QNetworkAccessManager *network, const QUrl &apiBase = defaultApiBase(),
                            QObject *parent = nullptr);
    ~TagMangoClient() override;

    QUrl apiBase() const { return m_apiBase; }
    void setApiBase(const QUrl &apiBase) { m_apiBase = apiBase; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // POST {apiBase}/api/v1/integration/webhook/webhook; `done` runs once, on this
    // object's thread, with the outcome.
    void subscribe(const SubscribeRequest &request, Callback done);

private:
    PendingReplies m_running; // aborts what is in flight, without callbacks, on destruction
    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace hookdesk
