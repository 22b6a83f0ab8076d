// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicUrlCheck.h"

#include "core/Clock.h"
#include "HookUrl.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "store/SqliteDatabase.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <memory>

namespace hookdesk {
namespace {

// Same context as PublicUrlCheck::tr(), so translators see one class.
// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::PublicUrlCheck)
};

using Outcome = PublicUrlCheckResult::Outcome;

// HookDesk's listener answers every error with {"error": "..."}; a tunnel's own
// error pages are HTML or plain text.
QString hookDeskError(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().value(QStringLiteral("error")).toString()
                               : QString();
}

void describeAnswer(PublicUrlCheckResult &result, const QString &address)
{
    const int status = result.httpStatus;
    const QString fromHookDesk = hookDeskError(result.body);
    if (status == 404 && !fromHookDesk.isEmpty()) {
        result.outcome = Outcome::HookUnknown;
        result.message = Text::tr("The address reaches a HookDesk that does not know this hook (HTTP "
                                  "404). The tunnel may lead to another HookDesk, or the hook belongs "
                                  "to another database.");
    } else if (status == 401 && !fromHookDesk.isEmpty()) {
        result.outcome = Outcome::Unauthorized;
        result.message = Text::tr("The hook reached HookDesk but refused the test attendee (HTTP 401): "
                                  "its secret header or signature check did not pass. The tunnel "
                                  "works; check the hook's verification settings.");
    } else if (status == 410) {
        result.outcome = Outcome::HookRetired;
        result.message = Text::tr("The hook is retired and answered 410 Gone. Check an active hook "
                                  "instead.");
    } else if (fromHookDesk.isEmpty() && (status == 404 || status == 502 || status == 503
                                          || status == 504 || status >= 520)) {
        result.outcome = Outcome::TunnelError;
        result.message = Text::tr("%1 answered HTTP %2, but not from HookDesk: the tunnel or proxy "
                                  "could not pass the call on. Is the tunnel running, and does it "
                                  "forward to HookDesk's listener (127.0.0.1:%3 unless you changed "
                                  "it)?")
                                 .arg(address)
                                 .arg(status)
                                 .arg(AppInfo::DefaultPort);
    } else if (status >= 300 && status < 400) {
        result.outcome = Outcome::UnexpectedAnswer;
        result.message = Text::tr("%1 answered with a redirect (HTTP %2). TagMango posts to the exact "
                                  "address it is given, so use the address the redirect leads to "
                                  "(often https:// instead of http://).")
                                 .arg(address)
                                 .arg(status);
    } else {
        result.outcome = Outcome::UnexpectedAnswer;
        result.message = Text::tr("%1 answered HTTP %2 (%3), which is not how HookDesk answers a valid "
                                  "attendee.")
                                 .arg(address)
                                 .arg(status)
                                 .arg(fromHookDesk.isEmpty()
                                              ? QString::fromUtf8(result.body.left(200)).simplified()
                                              : fromHookDesk);
    }
}

} // namespace

QString PublicUrlCheck::checkEmail()
{
    return QStringLiteral("hookdesk-check@example.invalid");
}

QString PublicUrlCheck::webinarIdPrefix()
{
    return QStringLiteral("hookdesk-check-");
}

QByteArray PublicUrlCheck::testPayload(const QString &webinarId)
{
    const QJsonObject payload{
            {QStringLiteral("name"), Text::tr("HookDesk public URL check")},
            {QStringLiteral("email"), checkEmail()},
            {QStringLiteral("phone"), QString()},
            {QStringLiteral("webinar"), Text::tr("HookDesk public URL check (test data)")},
            {QStringLiteral("webinarId"), webinarId},
            {QStringLiteral("webinarLink"), QStringLiteral("https://example.invalid/hookdesk-check")},
            // The same session as a booking lists it: one payload that every
            // kind of hook reads (completion, reminder and booking).
            {QStringLiteral("callList"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("webinar"), Text::tr("HookDesk public URL check (test data)")},
                     {QStringLiteral("webinarId"), webinarId},
             }}},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

int PublicUrlCheck::markCheckData(SqliteDatabase &db, const QString &webinarId, QString *error)
{
    SqliteStatement update(db, QStringLiteral("UPDATE attendees SET is_test = 1 "
                                              "WHERE webinar_id = ? AND email_norm = ?"));
    update.bind(1, webinarId);
    update.bind(2, checkEmail());
    if (!update.run()) {
        *error = db.lastError().message;
        return 0;
    }
    const int attendees = int(db.changes());
    // A reminder or booking hook keeps the check as a registration (test data by its id).
    SqliteStatement registered(db, QStringLiteral("SELECT count(*) FROM registrations "
                                                  "WHERE webinar_id = ? AND email_norm = ?"));
    registered.bind(1, webinarId);
    registered.bind(2, checkEmail());
    if (!registered.next()) {
        *error = db.lastError().message;
        return 0;
    }
    return attendees + int(registered.int64(0));
}

bool PublicUrlCheck::deliveryLogged(SqliteDatabase &db, const QString &webinarId, QString *error)
{
    // Only recent rows: the check's call was logged moments ago.
    SqliteStatement select(db, QStringLiteral(
            "SELECT count(*) FROM deliveries WHERE id > (SELECT coalesce(max(id), 0) - 1000 "
            "FROM deliveries) AND instr(CAST(body AS TEXT), ?) > 0"));
    select.bind(1, webinarId);
    if (!select.next()) {
        *error = db.lastError().message;
        return false;
    }
    return select.int64(0) > 0;
}

int PublicUrlCheck::removeCheckData(SqliteDatabase &db, QString *error)
{
    // Matches by the check's own email and webinar prefix, marked or not (a crash
    // between storing and marking must not leave a stray test attendee). A
    // reminder or booking hook kept the check as a registration.
    int removed = 0;
    for (const char *table : {"attendees", "registrations"}) {
        SqliteStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE email_norm = ? "
                                                  "AND substr(webinar_id, 1, ?) = ?")
                                           .arg(QLatin1String(table)));
        remove.bind(1, checkEmail());
        remove.bind(2, int(webinarIdPrefix().size()));
        remove.bind(3, webinarIdPrefix());
        if (!remove.run()) {
            *error = db.lastError().message;
            return removed;
        }
        removed += int(db.changes());
    }
    return removed;
}

PublicUrlCheck::PublicUrlCheck(QNetworkAccessManager *network, StoreAccess *store, QObject *parent)
    : QObject(parent), m_running(this), m_network(network), m_store(store)
{
}

PublicUrlCheck::~PublicUrlCheck() = default;

void PublicUrlCheck::run(const QUrl &hookUrl, const VerificationPolicy &policy, Callback done)
{
    const QString webinarId = webinarIdPrefix()
            + QString::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray payload = testPayload(webinarId);
    QNetworkRequest http(hookUrl);
    if (!policy.headerName.isEmpty())
        http.setRawHeader(policy.headerName, policy.headerSecret);
    if (!policy.hmacSecret.isEmpty()) {
        const QByteArray id = "msg_" + webinarId.toLatin1();
        const qint64 timestamp = Clock::currentSecsSinceEpoch();
        http.setRawHeader("webhook-id", id);
        http.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
        http.setRawHeader("webhook-signature",
                          RequestVerifier::sign(policy.hmacSecret, id, timestamp, payload));
    }
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArray("HookDesk-check/" + AppInfo::version().toUtf8()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                      QNetworkRequest::AlwaysNetwork);
    qCInfo(lcTagMango).noquote() << "checking public URL" << HookUrl::forLog(hookUrl);

    QNetworkReply *reply = m_network->post(http, payload);
    const std::shared_ptr<const bool> timedOut = m_running.track(reply, m_timeoutMs);

    const int timeoutMs = m_timeoutMs;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, hookUrl, webinarId, timeoutMs, done = std::move(done)] {
                m_running.finished(reply);
                reply->deleteLater();
                PublicUrlCheckResult result;
                result.webinarId = webinarId;
                result.localOnly = HookUrl::isPrivate(hookUrl);
                const QString address = hookUrl.host();
                result.httpStatus = *timedOut
                        ? 0
                        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (result.httpStatus == 200) {
                    result.body = reply->read(64 * 1024);
                    const QString answer = QJsonDocument::fromJson(result.body)
                                                   .object()
                                                   .value(QStringLiteral("status"))
                                                   .toString();
                    verify(result, answer, hookUrl, done);
                    return;
                }
                if (result.httpStatus != 0) {
                    result.body = reply->read(64 * 1024);
                    describeAnswer(result, address);
                } else if (*timedOut || reply->error() == QNetworkReply::TimeoutError) {
                    result.outcome = Outcome::Timeout;
                    result.message = Text::tr("No answer from %1 within %Ln second(s). Is the tunnel "
                                              "running, and is HookDesk listening?",
                                              nullptr, qMax(1, timeoutMs / 1000))
                                             .arg(address);
                } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
                    result.outcome = Outcome::TlsFailure;
                    result.message = Text::tr("The secure connection to %1 failed (%2). TagMango would "
                                              "fail the same way; check the tunnel's certificate.")
                                             .arg(address, reply->errorString());
                } else {
                    result.outcome = Outcome::Unreachable;
                    result.message = Text::tr("HookDesk could not reach %1 (%2). Is the tunnel running, "
                                              "and is the address current? Free tunnel addresses "
                                              "change each time the tunnel restarts.")
                                             .arg(address, reply->errorString());
                }
                qCInfo(lcTagMango).noquote() << "public URL check: HTTP" << result.httpStatus
                                             << "(no attendee came back)";
                done(result);
            });
}

void PublicUrlCheck::verify(PublicUrlCheckResult result, const QString &answerStatus,
                            const QUrl &hookUrl, const Callback &done)
{
    struct Found
    {
        bool found = false;
        QString error;
    };
    const QString webinarId = result.webinarId;
    const bool attendee = answerStatus == QLatin1String("stored")
            || answerStatus == QLatin1String("duplicate");
    if (!attendee && answerStatus != QLatin1String("logged")) {
        result.outcome = Outcome::UnexpectedAnswer;
        result.message = Text::tr("%1 answered HTTP 200, but not the way HookDesk answers (%2). "
                                  "Something other than HookDesk is listening at that address.")
                                 .arg(hookUrl.host(),
                                      QString::fromUtf8(result.body.left(200)).simplified());
        done(result);
        return;
    }
    m_store->query<Found>(
            [webinarId, attendee](SqliteDatabase &db) {
                Found found;
                found.found = attendee ? markCheckData(db, webinarId, &found.error) > 0
                                       : deliveryLogged(db, webinarId, &found.error);
                return found;
            },
            this,
            [result, hookUrl, attendee, done](Found found) mutable {
                if (found.found) {
                    result.outcome = Outcome::CameBack;
                    result.message = attendee
                            ? Text::tr("It works: the test attendee went out to %1 and came back into "
                                       "HookDesk through it. It is kept as test data until you remove "
                                       "it.")
                                      .arg(hookUrl.host())
                            : Text::tr("It works: the test call went out to %1 and came back into "
                                       "HookDesk's delivery log through it.")
                                      .arg(hookUrl.host());
                    if (result.localOnly)
                        result.message += QLatin1Char(' ')
                                + Text::tr("But %1 is an address only this computer or network can "
                                           "reach, so TagMango cannot use it: use your tunnel's public "
                                           "address.")
                                          .arg(hookUrl.host());
                } else {
                    result.outcome = Outcome::NotHere;
                    result.message = found.error.isEmpty()
                            ? Text::tr("%1 accepted the test attendee, but it did not arrive in this "
                                       "HookDesk's database: the address leads to another HookDesk. "
                                       "Point the tunnel at this computer.")
                                      .arg(hookUrl.host())
                            : Text::tr("%1 accepted the test attendee, but HookDesk could not look for "
                                       "it: %2")
                                      .arg(hookUrl.host(), found.error);
                }
                qCInfo(lcTagMango).noquote() << "public URL check:"
                                             << (found.found ? "came back" : "not here");
                done(result);
            });
}

void PublicUrlCheck::removeCheckData(std::function<void(int, const QString &)> done)
{
    struct Removed
    {
        int count = 0;
        QString error;
    };
    m_store->query<Removed>(
            [](SqliteDatabase &db) {
                Removed removed;
                removed.count = removeCheckData(db, &removed.error);
                return removed;
            },
            this, [done = std::move(done)](Removed removed) { done(removed.count, removed.error); });
}

} // namespace hookdesk
