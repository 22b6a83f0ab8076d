// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagMangoClient.h"

#include "HookUrl.h"
#include "core/AppInfo.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace hookdesk {
namespace {

// Same context as TagMangoClient::tr(), so translators see one class.
// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::TagMangoClient)
};

const char *const subscribePath = "/api/v1/integration/webhook/webhook";

// A key echoed back by a server must not end up in the database or on screen.
QByteArray maskKey(QByteArray body, const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    if (utf8.size() >= 4)
        body.replace(utf8, "[API key removed]");
    return body;
}

QString oneLine(QString text, int maxLength)
{
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

// Words for a reply that has an HTTP status.
void describeStatus(SubscribeResult &result, const QString &event, const QUrl &location)
{
    const int status = result.httpStatus;
    const QString server = result.serverMessage.isEmpty()
            ? Text::tr("no message")
            : QStringLiteral("“%1”").arg(result.serverMessage);
    if (status >= 200 && status < 300) {
        result.outcome = SubscribeResult::Outcome::Created;
        result.message = Text::tr("Created: TagMango accepted the subscription (HTTP %1) and will send "
                                  "%2 calls to this hook URL.")
                                 .arg(status)
                                 .arg(event);
    } else if (status == 401 || status == 403) {
        result.outcome = SubscribeResult::Outcome::KeyRefused;
        result.message = Text::tr("Key refused: TagMango did not accept the API key (HTTP %1, %2). Copy "
                                  "the key again from your TagMango dashboard under Platform "
                                  "Integrations; nothing was registered.")
                                 .arg(status)
                                 .arg(server);
    } else if (status >= 300 && status < 400) {
        result.outcome = SubscribeResult::Outcome::Rejected;
        result.message = Text::tr("Rejected: the API answered with a redirect (HTTP %1) to %2 instead "
                                  "of taking the request. Check the TagMango API address in the "
                                  "settings; nothing was registered.")
                                 .arg(status)
                                 .arg(location.isEmpty() ? Text::tr("an unnamed address")
                                                         : location.toDisplayString());
    } else if (status >= 400 && status < 500) {
        result.outcome = SubscribeResult::Outcome::Rejected;
        result.message = Text::tr("Rejected: TagMango refused the request (HTTP %1): %2.")
                                 .arg(status)
                                 .arg(server);
    } else if (status >= 500) {
        result.outcome = SubscribeResult::Outcome::ServerError;
        result.message = Text::tr("Server error: TagMango's server failed (HTTP %1, %2). It may or may "
                                  "not have registered the hook; try again in a few minutes.")
                                 .arg(status)
                                 .arg(server);
    } else {
        result.outcome = SubscribeResult::Outcome::Rejected;
        result.message = Text::tr("Rejected: the API gave an answer HookDesk does not understand "
                                  "(HTTP %1).")
                                 .arg(status);
    }
}

// Words for a reply without an HTTP status: the request never got an answer.
void describeTransportError(SubscribeResult &result, QNetworkReply::NetworkError error,
                            const QString &errorText, bool timedOut, int timeoutMs,
                            const QString &host)
{
    if (timedOut || error == QNetworkReply::TimeoutError) {
        result.outcome = SubscribeResult::Outcome::Timeout;
        result.message = Text::tr("Timeout: %1 did not answer within %Ln second(s). The hook may or may "
                                  "not be registered; check your connection and try again.",
                                  nullptr, qMax(1, timeoutMs / 1000))
                                 .arg(host);
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        result.outcome = SubscribeResult::Outcome::TlsFailure;
        result.message = Text::tr("TLS failure: the secure connection to %1 could not be established "
                                  "(%2). Check the computer's date and time, and whether something on "
                                  "your network intercepts HTTPS; nothing was sent.")
                                 .arg(host, errorText);
        return;
    }
    result.outcome = SubscribeResult::Outcome::Unreachable;
    result.message = Text::tr("Unreachable: HookDesk could not reach %1 (%2). Check your internet "
                              "connection and the TagMango API address; nothing was registered.")
                             .arg(host, errorText);
}

} // namespace

QString SubscribeResult::recordedBody() const
{
    if (httpStatus != 0)
        return QString::fromUtf8(body);
    return QStringLiteral("(no answer) ") + message;
}

QString SubscribeResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Created: return QStringLiteral("created");
    case Outcome::KeyRefused: return QStringLiteral("key-refused");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::ServerError: return QStringLiteral("server-error");
    case Outcome::Unreachable: return QStringLiteral("unreachable");
    case Outcome::TlsFailure: return QStringLiteral("tls-failure");
    case Outcome::Timeout: return QStringLiteral("timeout");
    }
    return QString();
}

QUrl TagMangoClient::defaultApiBase()
{
    return QUrl(QStringLiteral("https://api-prod-new.tagmango.com"));
}

QUrl TagMangoClient::subscribeEndpoint(const QUrl &apiBase)
{
    QUrl url = apiBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String(subscribePath));
    return url;
}

QByteArray TagMangoClient::subscribeBody(const SubscribeRequest &request)
{
    QJsonObject body{{QStringLiteral("hookUrl"), request.hookUrl},
                     {QStringLiteral("event"), request.event}};
    // Leaving the filter out is how TagMango means "every webinar".
    if (!request.webinar.trimmed().isEmpty())
        body.insert(QStringLiteral("webinar"), request.webinar.trimmed());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString TagMangoClient::extractServerMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const char *key : {"message", "error_description", "error", "msg", "detail",
                                "errors"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString() && !value.toString().trimmed().isEmpty())
                return oneLine(value.toString(), 300);
            if (value.isArray()) { // e.g. a list of validation messages
                QStringList parts;
                for (const QJsonValue &item : value.toArray()) {
                    if (item.isString())
                        parts.append(item.toString());
                    else if (item.isObject()
                             && item.toObject().value(QStringLiteral("message")).isString())
                        parts.append(item.toObject().value(QStringLiteral("message")).toString());
                }
                if (!parts.isEmpty())
                    return oneLine(parts.join(QStringLiteral("; ")), 300);
            }
            if (value.isObject()) {
                const QJsonValue inner = value.toObject().value(QStringLiteral("message"));
                if (inner.isString())
                    return oneLine(inner.toString(), 300);
            }
        }
        return QString();
    }
    if (document.isArray() || document.isObject())
        return QString();
    const QString text = QString::fromUtf8(body).trimmed();
    // An HTML error page says nothing a person can use in one line.
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return QString();
    return oneLine(text, 300);
}

bool TagMangoClient::checkApiKey(const QString &key, QString *error)
{
    if (key.trimmed().isEmpty()) {
        *error = Text::tr("Enter your TagMango API key. You find it in the TagMango dashboard under "
                          "Platform Integrations.");
        return false;
    }
    // Surrounding blanks come with copy and paste and are trimmed when sending.
    for (const QChar c : key.trimmed()) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            *error = Text::tr("The API key contains spaces or characters a key cannot have. Copy it "
                              "again from the TagMango dashboard.");
            return false;
        }
    }
    return true;
}

TagMangoClient::TagMangoClient(QNetworkAccessManager *network, const QUrl &apiBase, QObject *parent)
    : QObject(parent), m_running(this), m_network(network), m_apiBase(apiBase)
{
}

TagMangoClient::~TagMangoClient() = default;

void TagMangoClient::subscribe(const SubscribeRequest &request, Callback done)
{
    const QUrl endpoint = subscribeEndpoint(m_apiBase);
    const QString apiKey = request.apiKey.trimmed();
    QNetworkRequest http(endpoint);
    http.setRawHeader("accept", "application/json");
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("x-api-key", apiKey.toUtf8());
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArray("HookDesk/" + AppInfo::version().toUtf8()));
    // A POST must not silently turn into a GET at another address.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                      QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    qCInfo(lcTagMango).noquote() << "subscribing" << HookUrl::forLog(QUrl(request.hookUrl))
                                 << "to" << request.event
                                 << (request.webinar.trimmed().isEmpty()
                                             ? QStringLiteral("for every webinar")
                                             : QStringLiteral("for webinar ") + request.webinar.trimmed())
                                 << "at" << endpoint.toDisplayString();

    QNetworkReply *reply = m_network->post(http, subscribeBody(request));
    const std::shared_ptr<const bool> timedOut = m_running.track(reply, m_timeoutMs);

    const QString event = request.event;
    const QString host = endpoint.host();
    const int timeoutMs = m_timeoutMs;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, done = std::move(done), apiKey, event, host, timeoutMs] {
                m_running.finished(reply);
                reply->deleteLater();
                SubscribeResult result;
                result.httpStatus = *timedOut
                        ? 0
                        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (result.httpStatus != 0) {
                    result.body = maskKey(reply->read(MaxBodyBytes), apiKey);
                    result.serverMessage = extractServerMessage(result.body);
                    describeStatus(result, event,
                                   reply->header(QNetworkRequest::LocationHeader).toUrl());
                } else {
                    describeTransportError(result, reply->error(),
                                           QString::fromUtf8(maskKey(reply->errorString().toUtf8(),
                                                                     apiKey)),
                                           *timedOut, timeoutMs, host);
                }
                qCInfo(lcTagMango).noquote()
                        << "subscribe answered: HTTP" << result.httpStatus << result.outcomeName();
                qCDebug(lcTagMango).noquote() << "subscribe answer body:" << result.body;
                if (done)
                    done(result);
            });
}

} // namespace hookdesk
