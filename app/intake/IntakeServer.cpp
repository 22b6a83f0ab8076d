// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeServer.h"

#include "JsonAnswer.h"
#include "WireText.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/StoreWriter.h"
#include "tagmango/EventCatalogue.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hookdesk {
namespace {

bool isSecretHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "proxy-authorization"
            || lowerName == "cookie" || lowerName == "x-api-key"
            || lowerName.contains("token") || lowerName.contains("secret")
            || lowerName.contains("signature") || lowerName.contains("key");
}

// Headers for the delivery log, with secret values masked: those named like a
// secret, and always the hook's own verification header whatever its name
// (wrong guesses included).
QByteArray headersForLog(const QHttpServerRequest &request, const QByteArray &hookSecretHeader)
{
    const QByteArray hookHeader = hookSecretHeader.toLower();
    QJsonObject object;
    for (const auto &header : request.headers()) {
        const QByteArray name = header.first.toLower();
        const QString key = QString::fromLatin1(name);
        const bool secret = isSecretHeader(name) || (!hookHeader.isEmpty() && name == hookHeader);
        const QString value = secret ? QStringLiteral("***") : QString::fromUtf8(header.second.left(1024));
        const QString previous = object.value(key).toString();
        object.insert(key, previous.isEmpty() ? value : previous + QStringLiteral(", ") + value);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A path segment that looks like a hook token: long, in the base64url alphabet.
bool looksLikeToken(QStringView segment)
{
    if (segment.size() < 16)
        return false;
    for (QChar c : segment) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                || u == '-' || u == '_' || u == '%' || u == '=';
        if (!ok)
            return false;
    }
    return true;
}

// Tokens are secrets: the log keeps enough of any token-looking segment, wherever
// it is in the path, to recognise it, no more.
QString pathForLog(const QString &path)
{
    QStringList segments = path.left(512).split(u'/');
    for (QString &segment : segments) {
        if (looksLikeToken(segment))
            segment = segment.left(6) + QStringLiteral("…");
    }
    return segments.join(u'/').left(256);
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("OTHER");
    }
}

bool isJsonContentType(const QByteArray &value)
{
    QByteArray type = value;
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

QByteArray storedAnswer(const QString &status, bool close)
{
    JsonAnswer answer = JsonAnswer::ok(200, status);
    answer.close = close;
    return answer.serialize();
}

bool wantsClose(const QHttpServerRequest &request)
{
    return request.value("connection").toLower().contains("close");
}

// What every delivery-log row has, whoever answered the request.
DeliveryRecord logRow(const QDateTime &receivedAt, const QHostAddress &remote, const QString &method,
                      const QString &path, int status, DeliveryOutcome outcome, const QString &reason)
{
    DeliveryRecord delivery;
    delivery.receivedAt = receivedAt;
    delivery.remote = remote.toString();
    delivery.method = method;
    delivery.path = pathForLog(path);
    delivery.status = status;
    delivery.outcome = outcome;
    delivery.reason = reason;
    return delivery;
}

} // namespace

IntakeServer::IntakeServer(StoreWriter *writer, HookDirectory *hooks, IntakeStats *stats,
                           QObject *parent)
    : QObject(parent), m_writer(writer), m_hooks(hooks), m_stats(stats)
{
    m_server.route(QStringLiteral("/hooks/<arg>"),
                   [this](const QString &token, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                       handleHook(token, request, std::move(responder));
                   });
    m_server.route(QStringLiteral("/healthz"),
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       if (request.method() != QHttpServerRequest::Method::Get
                           && request.method() != QHttpServerRequest::Method::Head) {
                           JsonAnswer answer = JsonAnswer::error(405, WireText::english(QT_TRANSLATE_NOOP("WireText", "use GET")));
                           answer.addHeader("Allow", "GET, HEAD");
                           refuse(request, responder, std::move(answer));
                           return;
                       }
                       JsonAnswer answer = JsonAnswer::ok(200, QStringLiteral("ok"));
                       answer.close = wantsClose(request);
                       // Health checks are frequent and carry no data: not logged.
                       // (The guard leaves the body out for HEAD.)
                       send(responder.socket(), answer);
                   });
    m_server.setMissingHandler([this](const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
        refuse(request, responder, JsonAnswer::error(404, WireText::english(QT_TRANSLATE_NOOP("WireText", "no such endpoint"))));
    });
}

IntakeServer::~IntakeServer() = default;

bool IntakeServer::listen(const Options &options, QString *error)
{
    m_options = options;
    m_parser = PayloadParser(options.maxFieldLength);
    auto *guard = new ConnectionGuard(options.limits, this);
    if (!guard->listen(options.address, options.port)) {
        m_listenError = guard->serverError();
        *error = tr("cannot listen on %1:%2: %3")
                         .arg(options.address.toString())
                         .arg(options.port)
                         .arg(guard->errorString());
        delete guard;
        return false;
    }
    connect(guard, &ConnectionGuard::refused, this, &IntakeServer::logRefusal);
    connect(guard, &ConnectionGuard::connectionShed, this, [this] { ++m_stats->shed; });
    m_server.bind(guard);
    m_guard = guard;
    qCInfo(lcIntake).noquote() << "listening on" << options.address.toString() << guard->serverPort();
    return true;
}

quint16 IntakeServer::port() const
{
    return m_guard ? m_guard->serverPort() : 0;
}

void IntakeServer::stopListening()
{
    if (m_guard)
        m_guard->close();
}

qint64 IntakeServer::unsentBytes() const
{
    return m_guard ? m_guard->unsentBytes() : 0;
}

void IntakeServer::send(QTcpSocket *socket, const JsonAnswer &answer)
{
    send(socket, answer.serialize(), answer.close);
}

void IntakeServer::send(QTcpSocket *socket, const QByteArray &response, bool close)
{
    // Through the guard, which keeps answers in request order on the connection.
    if (socket)
        ConnectionGuard::respond(socket, response, close);
}

void IntakeServer::completed(std::vector<std::pair<quint64, WriteOutcome>> &&outcomes)
{
    auto shared = std::make_shared<std::vector<std::pair<quint64, WriteOutcome>>>(std::move(outcomes));
    QMetaObject::invokeMethod(
            this,
            [this, shared] {
                // One commit that met a locked or full database fails every request
                // in it: one warning per distinct error, not one per sender.
                std::vector<std::pair<QString, int>> unavailable;
                for (const auto &[ticket, outcome] : *shared) {
                    if (!answerPending(ticket, outcome))
                        continue;
                    auto same = std::find_if(unavailable.begin(), unavailable.end(),
                                             [&outcome = outcome](const auto &seen) { return seen.first == outcome.error; });
                    if (same == unavailable.end())
                        unavailable.emplace_back(outcome.error, 1);
                    else
                        ++same->second;
                }
                for (const auto &[error, requests] : unavailable)
                    warnUnavailable(requests, error);
            },
            Qt::QueuedConnection);
}

void IntakeServer::refuse(const QHttpServerRequest &request, QHttpServerResponder &responder,
                          JsonAnswer answer, const Hook *hook, const QDateTime &receivedAt)
{
    answer.close = answer.close || wantsClose(request);
    send(responder.socket(), answer);
    if (answer.status >= 500)
        ++m_stats->failed;
    else
        ++m_stats->refused;
    m_writer->submit(WriteRequest{
            std::nullopt, deliveryFor(request, hook, receivedAt, answer.status, DeliveryOutcome::Rejected, answer.reason), {}});
}

DeliveryRecord IntakeServer::deliveryFor(const QHttpServerRequest &request, const Hook *hook,
                                         const QDateTime &receivedAt, int status,
                                         DeliveryOutcome outcome, const QString &reason)
{
    DeliveryRecord delivery = logRow(receivedAt, request.remoteAddress(), methodName(request),
                                     request.url().path(), status, outcome, reason);
    delivery.subscriptionId = hook ? hook->id : 0;
    delivery.headersJson = headersForLog(request, hook ? hook->verifyHeader : QByteArray());
    delivery.body = request.body();
    delivery.bodySize = delivery.body.size();
    return delivery;
}

void IntakeServer::logRefusal(const QHostAddress &remote, const QByteArray &method,
                              const QByteArray &target, int status, const QString &reason)
{
    if (status >= 500)
        ++m_stats->failed;
    else
        ++m_stats->refused;
    m_writer->submit(WriteRequest{std::nullopt,
                                  logRow(Clock::currentDateTimeUtc(), remote, QString::fromLatin1(method.left(16)),
                                         QString::fromLatin1(target), status, DeliveryOutcome::Rejected, reason),
                                  {}});
}

std::optional<JsonAnswer> IntakeServer::refusalFor(const QHttpServerRequest &request, const Hook *hook,
                                                   const QDateTime &receivedAt, QByteArray *webhookId,
                                                   ParseResult *parsed,
                                                   RegistrationParse *registrations) const
{
    if (!hook)
        return JsonAnswer::error(404, WireText::english(QT_TRANSLATE_NOOP("WireText", "unknown hook")));
    if (hook->isRetired())
        return JsonAnswer::error(410, WireText::english(QT_TRANSLATE_NOOP("WireText", "this hook has been retired; stop sending to it")));
    if (request.method() != QHttpServerRequest::Method::Post) {
        JsonAnswer answer = JsonAnswer::error(405, WireText::english(QT_TRANSLATE_NOOP("WireText", "use POST")));
        answer.addHeader("Allow", "POST");
        return answer;
    }
    const VerificationPolicy policy{hook->verifyHeader, hook->verifyHeaderSecret, hook->hmacSecret};
    if (!policy.isEmpty()) {
        const auto verdict = RequestVerifier::verify(policy, request.headers(), request.body(), receivedAt);
        if (verdict.verdict == RequestVerifier::Verdict::Refused) {
            // The sender learns nothing about which rule failed; the log does.
            JsonAnswer answer = JsonAnswer::error(401, WireText::english(QT_TRANSLATE_NOOP("WireText", "unauthorized")));
            answer.reason = verdict.reason;
            return answer;
        }
        // A replay is recognised by the writer, in the transaction that would store it.
        *webhookId = verdict.webhookId;
    }
    if (!isJsonContentType(request.value("content-type")))
        return JsonAnswer::error(415, WireText::english(QT_TRANSLATE_NOOP("WireText", "Content-Type must be application/json")));
    // The hook's event decides how the payload is read.
    if (PayloadParser::isRegistrationEvent(hook->event)) {
        *registrations = m_parser.parseRegistrations(request.body(), hook->event, receivedAt);
        if (!registrations->ok) {
            JsonAnswer answer = JsonAnswer::error(registrations->status, registrations->error,
                                                  registrations->field);
            answer.reason = WireText::withField(registrations->field, registrations->error);
            return answer;
        }
        return std::nullopt;
    }
    *parsed = m_parser.parse(request.body());
    if (!parsed->ok) {
        JsonAnswer answer = JsonAnswer::error(parsed->status, parsed->error, parsed->field);
        answer.reason = WireText::withField(parsed->field, parsed->error);
        return answer;
    }
    return std::nullopt;
}

void IntakeServer::handleHook(const QString &token, const QHttpServerRequest &request,
                              QHttpServerResponder &&responder)
{
    const QDateTime receivedAt = Clock::currentDateTimeUtc();
    const auto hooks = m_hooks->snapshot();
    const auto found = hooks->constFind(token);
    const Hook *hook = found != hooks->constEnd() ? &*found : nullptr;
    QByteArray webhookId;
    ParseResult parsed;
    RegistrationParse registrations;
    if (std::optional<JsonAnswer> refusal = refusalFor(request, hook, receivedAt, &webhookId, &parsed,
                                                       &registrations)) {
        refuse(request, responder, std::move(*refusal), hook, receivedAt);
        return;
    }

    const quint64 ticket = m_nextTicket++;
    WriteRequest write;
    // webinar.completed.all carries an attendee of a finished webinar, reminders
    // and bookings registrations; other events are kept in the delivery log (the
    // writer says whether something new was stored or a replay recognised).
    if (hook->event == EventCatalogue::CompletedAll)
        write.attendee = std::move(parsed.attendee);
    else
        write.registrations = std::move(registrations.registrations);
    write.delivery = deliveryFor(request, hook, receivedAt, 200, DeliveryOutcome::Logged, QString());
    write.sink = this;
    write.ticket = ticket;
    write.webhookId = webhookId;
    // Any replay of this id fails the timestamp check well before this.
    write.webhookIdExpiresAt = Clock::currentDateTimeUtc().addSecs(2 * RequestVerifier::ToleranceSeconds);

    QPointer<QTcpSocket> socket(responder.socket());
    const bool close = wantsClose(request);
    m_pending.emplace(ticket, Pending{std::move(responder), socket, close});
    if (!m_writer->submit(std::move(write))) {
        WriteOutcome busy;
        busy.error = WireText::english(QT_TRANSLATE_NOOP("WireText", "the store is not accepting writes"));
        if (answerPending(ticket, busy))
            warnUnavailable(1, busy.error);
    }
}

void IntakeServer::warnUnavailable(int requests, const QString &error)
{
    qCWarning(lcIntake).noquote() << QStringLiteral("answering 503 to %1 request(s):").arg(requests) << error;
}

bool IntakeServer::answerPending(quint64 ticket, const WriteOutcome &outcome)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return false;
    // The common answers are the same bytes every time: serialise them once.
    static const QByteArray stored[2] = {storedAnswer(QStringLiteral("stored"), false),
                                         storedAnswer(QStringLiteral("stored"), true)};
    static const QByteArray duplicate[2] = {storedAnswer(QStringLiteral("duplicate"), false),
                                            storedAnswer(QStringLiteral("duplicate"), true)};
    const bool close = it->second.close;
    QByteArray response;
    JsonAnswer answer;
    switch (outcome.kind) {
    case WriteOutcome::Kind::Stored:
        ++m_stats->stored;
        response = stored[close];
        break;
    case WriteOutcome::Kind::Duplicate:
        ++m_stats->duplicates;
        response = duplicate[close];
        break;
    case WriteOutcome::Kind::Logged:
    case WriteOutcome::Kind::Rejected: // not for a request the listener accepted
        answer = JsonAnswer::ok(200, QStringLiteral("logged"));
        break;
    case WriteOutcome::Kind::Failed:
        ++m_stats->failed;
        answer = JsonAnswer::error(503, WireText::english(QT_TRANSLATE_NOOP("WireText", "storage unavailable; retry later")));
        answer.addHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        break;
    }
    if (response.isEmpty()) {
        answer.close = close;
        response = answer.serialize();
    }
    // The client may have gone while we waited for the commit: in Qt 6.4 writing
    // to its deleted socket would be a use-after-free.
    QTcpSocket *socket = it->second.socket.data();
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        send(socket, response, close);
    else
        qCDebug(lcIntake) << "client left before its answer";
    m_pending.erase(it);
    return outcome.kind == WriteOutcome::Kind::Failed;
}

} // namespace hookdesk
