// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebinarSimulator.h"

#include "core/Clock.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hookdesk {
namespace {

// Qt opens at most six HTTP/1.1 connections per host and manager; more
// concurrency needs more managers.
constexpr int ConnectionsPerManager = 6;

} // namespace

int WebinarSimulator::Result::answered() const
{
    return stored + duplicates + otherAccepted + refusedCount();
}

int WebinarSimulator::Result::refusedCount() const
{
    int n = 0;
    for (const int count : refused)
        n += count;
    return n;
}

WebinarSimulator::WebinarSimulator(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hookdesk::WebinarSimulator::Result>();
}

WebinarSimulator::~WebinarSimulator()
{
    cancel();
}

QString WebinarSimulator::defaultTitle()
{
    return tr("Simulated webinar");
}

bool WebinarSimulator::start(const Options &options, QString *error)
{
    if (m_running) {
        *error = tr("a simulation is already running");
        return false;
    }
    const QString scheme = options.hookUrl.scheme().toLower();
    if (!options.hookUrl.isValid() || options.hookUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("'%1' is not an http or https URL").arg(options.hookUrl.toString());
        return false;
    }
    if (options.count < 1 || options.concurrency < 1) {
        *error = tr("the number of attendees and of parallel requests must be at least 1");
        return false;
    }
    m_options = options;
    const QString webinarId = options.webinarId.isEmpty()
            ? SimulatedAttendees::newWebinarId(Clock::currentDateTime())
            : options.webinarId;
    m_attendees.emplace(webinarId, options.webinarTitle.isEmpty() ? defaultTitle() : options.webinarTitle);
    m_result = Result{};
    m_result.webinarId = webinarId;
    m_result.total = options.count;
    m_next = 0;
    m_done = 0;
    m_running = true;

    const int pools = (std::min(options.concurrency, options.count) + ConnectionsPerManager - 1)
            / ConnectionsPerManager;
    for (int i = 0; i < pools; ++i) {
        Pool pool;
        pool.manager = new QNetworkAccessManager(this);
        // A local listener has nothing to do with the desktop's proxy settings.
        pool.manager->setProxy(QNetworkProxy::NoProxy);
        pool.manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_pools.push_back(pool);
    }
    m_elapsed.start();
    qCDebug(lcCli) << "simulating" << options.count << "attendees of" << webinarId;
    sendNext();
    return true;
}

void WebinarSimulator::sendNext()
{
    const int inFlight = int(m_replies.size());
    int room = std::min(m_options.concurrency - inFlight, m_options.count - m_next);
    while (room-- > 0) {
        // The pool with the fewest requests in flight (each has six connections).
        int best = 0;
        for (int i = 1; i < int(m_pools.size()); ++i) {
            if (m_pools[size_t(i)].inFlight < m_pools[size_t(best)].inFlight)
                best = i;
        }
        Pool &pool = m_pools[size_t(best)];
        QNetworkRequest request(m_options.hookUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("User-Agent", "HookDesk-Simulator");
        request.setTransferTimeout(m_options.timeoutMs);
        const QByteArray body = m_attendees->payload(m_next);
        const VerificationPolicy &verification = m_options.verification;
        if (!verification.headerName.isEmpty())
            request.setRawHeader(verification.headerName, verification.headerSecret);
        if (!verification.hmacSecret.isEmpty()) {
            const QByteArray id = m_result.webinarId.toUtf8() + '-' + QByteArray::number(m_next);
            const qint64 timestamp = Clock::currentSecsSinceEpoch();
            request.setRawHeader("webhook-id", id);
            request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
            request.setRawHeader("webhook-signature",
                                 RequestVerifier::sign(verification.hmacSecret, id, timestamp, body));
        }
        ++m_next;
        QNetworkReply *reply = pool.manager->post(request, body);
        ++pool.inFlight;
        m_replies.append(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, best] { handleReply(reply, best); });
    }
}

void WebinarSimulator::handleReply(QNetworkReply *reply, int pool)
{
    m_replies.removeOne(reply);
    --m_pools[size_t(pool)].inFlight;
    reply->deleteLater();
    if (!m_running)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        ++m_result.errors;
        if (m_result.firstError.isEmpty())
            m_result.firstError = reply->errorString();
    } else if (status.toInt() >= 200 && status.toInt() < 300) {
        const QString answer = QJsonDocument::fromJson(reply->readAll()).object()
                                       .value(QStringLiteral("status")).toString();
        if (answer == QLatin1String("stored"))
            ++m_result.stored;
        else if (answer == QLatin1String("duplicate"))
            ++m_result.duplicates;
        else
            ++m_result.otherAccepted;
    } else {
        ++m_result.refused[status.toInt()];
        if (m_result.firstError.isEmpty()) {
            const QString reason = QJsonDocument::fromJson(reply->readAll()).object()
                                           .value(QStringLiteral("error")).toString();
            m_result.firstError = QStringLiteral("%1 %2").arg(status.toInt()).arg(reason).trimmed();
        }
    }
    ++m_done;
    emit progress(m_done, m_options.count);
    if (m_done == m_options.count)
        finish();
    else
        sendNext();
}

void WebinarSimulator::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    m_running = false;
    const QList<QNetworkReply *> replies = m_replies;
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_running = true; // finish() expects a run to end
    finish();
}

void WebinarSimulator::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.elapsedMs = m_elapsed.elapsed();
    for (Pool &pool : m_pools)
        pool.manager->deleteLater();
    m_pools.clear();
    m_replies.clear();
    emit finished(m_result);
}

} // namespace hookdesk
