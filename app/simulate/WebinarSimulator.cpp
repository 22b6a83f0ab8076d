// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebinarSimulator.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "tagmango/EventCatalogue.h"

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

int WebinarSimulator::Tally::answered() const
{
    return accepted() + refusedCount();
}

int WebinarSimulator::Tally::refusedCount() const
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

QString WebinarSimulator::eventOf(Phase phase)
{
    switch (phase) {
    case Phase::Registrations:
        return QStringLiteral("webinar.created.single");
    case Phase::Reminders:
        return QStringLiteral("webinar.reminder.all");
    case Phase::Attendance:
        break;
    }
    return EventCatalogue::CompletedAll;
}

bool WebinarSimulator::start(const Options &options, QString *error)
{
    if (m_running) {
        *error = tr("a simulation is already running");
        return false;
    }
    QList<QUrl> urls{options.hookUrl};
    if (options.wholeWebinar)
        urls << options.registrationHook.url << options.reminderHook.url;
    for (const QUrl &url : std::as_const(urls)) {
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            *error = tr("'%1' is not an http or https URL").arg(url.toString());
            return false;
        }
    }
    if (options.count < 1 || options.concurrency < 1) {
        *error = tr("the number of attendees and of parallel requests must be at least 1");
        return false;
    }
    if (options.wholeWebinar
        && (options.showUpPercent < 0 || options.showUpPercent > 100 || options.walkIns < 0)) {
        *error = tr("the show-up share must be 0 to 100 %, the walk-ins 0 or more");
        return false;
    }
    m_options = options;
    const QString webinarId = options.webinarId.isEmpty()
            ? SimulatedAttendees::newWebinarId(Clock::currentDateTime())
            : options.webinarId;
    m_attendees.emplace(webinarId, options.webinarTitle.isEmpty() ? defaultTitle() : options.webinarTitle);
    m_result = Result{};
    m_result.webinarId = webinarId;
    m_result.wholeWebinar = options.wholeWebinar;

    m_stages.clear();
    const SimulatedAttendees *people = &*m_attendees;
    const Target completion{options.hookUrl, options.verification};
    if (!options.wholeWebinar) {
        m_stages.push_back({Phase::Attendance, completion, options.count,
                            [people](int i) { return people->payload(i); }});
    } else {
        const int registrants = options.count;
        const QList<int> attending = SimulatedAttendees::attendingIndices(registrants, options.showUpPercent);
        m_result.registrants = registrants;
        m_result.attended = int(attending.size());
        m_result.walkIns = options.walkIns;
        m_stages.push_back({Phase::Registrations, options.registrationHook, registrants,
                            [people](int i) { return people->bookingPayload(i); }});
        // Round after round, as hours apart: everyone's 1-day reminder, then the
        // 30- and 15-minute ones.
        for (int round = 0; round < ReminderRounds; ++round) {
            m_stages.push_back({Phase::Reminders, options.reminderHook, registrants,
                                [people](int i) { return people->reminderPayload(i); }});
        }
        // Walk-ins take the indices after the registrants': people nobody registered.
        m_stages.push_back({Phase::Attendance, completion, int(attending.size()) + options.walkIns,
                            [people, attending, registrants](int i) {
                                if (i >= attending.size())
                                    return people->payload(registrants + i - int(attending.size()));
                                // Every third attendee types the address differently than at booking.
                                return i % 3 == 1 ? people->payloadWithVariedEmail(attending.at(i))
                                                  : people->payload(attending.at(i));
                            }});
    }
    for (const Stage &stage : m_stages) {
        tallyOf(stage.phase).total += stage.count;
        m_result.total += stage.count;
    }
    m_stage = 0;
    m_stageNext = 0;
    m_stageDone = 0;
    m_next = 0;
    m_done = 0;
    m_running = true;

    const int pools = (std::min(options.concurrency, m_result.total) + ConnectionsPerManager - 1)
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
    qCDebug(lcCli) << "simulating" << m_result.total << "calls of" << webinarId;
    sendNext();
    return true;
}

WebinarSimulator::Tally &WebinarSimulator::tallyOf(Phase phase)
{
    switch (phase) {
    case Phase::Registrations:
        return m_result.registrations;
    case Phase::Reminders:
        return m_result.reminders;
    case Phase::Attendance:
        break;
    }
    return m_result.attendance;
}

void WebinarSimulator::sendNext()
{
    // Phases follow each other as they do in time: the next starts once every
    // call of this one has its answer.
    while (m_stage < m_stages.size() && m_stageDone == m_stages[m_stage].count) {
        ++m_stage;
        m_stageNext = 0;
        m_stageDone = 0;
    }
    if (m_stage == m_stages.size())
        return;
    const Stage &stage = m_stages[m_stage];
    const int inFlight = int(m_replies.size());
    int room = std::min(m_options.concurrency - inFlight, stage.count - m_stageNext);
    while (room-- > 0) {
        // The pool with the fewest requests in flight (each has six connections).
        int best = 0;
        for (int i = 1; i < int(m_pools.size()); ++i) {
            if (m_pools[size_t(i)].inFlight < m_pools[size_t(best)].inFlight)
                best = i;
        }
        Pool &pool = m_pools[size_t(best)];
        QNetworkRequest request(stage.target.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("User-Agent", "HookDesk-Simulator");
        request.setTransferTimeout(m_options.timeoutMs);
        const QByteArray body = stage.body(m_stageNext);
        const VerificationPolicy &verification = stage.target.verification;
        if (!verification.headerName.isEmpty())
            request.setRawHeader(verification.headerName, verification.headerSecret);
        if (!verification.hmacSecret.isEmpty()) {
            // Unique over the whole run: a webhook-id seen before is a replay.
            const QByteArray id = m_result.webinarId.toUtf8() + '-' + QByteArray::number(m_next);
            const qint64 timestamp = Clock::currentSecsSinceEpoch();
            request.setRawHeader("webhook-id", id);
            request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
            request.setRawHeader("webhook-signature",
                                 RequestVerifier::sign(verification.hmacSecret, id, timestamp, body));
        }
        ++m_next;
        ++m_stageNext;
        QNetworkReply *reply = pool.manager->post(request, body);
        ++pool.inFlight;
        m_replies.append(reply);
        const Phase phase = stage.phase;
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, best, phase] { handleReply(reply, best, phase); });
    }
}

namespace {

void count(WebinarSimulator::Tally &tally, QNetworkReply *reply, const QVariant &status, const QByteArray &body)
{
    if (!status.isValid()) {
        ++tally.errors;
        if (tally.firstError.isEmpty())
            tally.firstError = reply->errorString();
    } else if (status.toInt() >= 200 && status.toInt() < 300) {
        const QString answer = QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
        if (answer == QLatin1String("stored"))
            ++tally.stored;
        else if (answer == QLatin1String("duplicate"))
            ++tally.duplicates;
        else
            ++tally.otherAccepted;
    } else {
        ++tally.refused[status.toInt()];
        if (tally.firstError.isEmpty()) {
            const QString reason = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
            tally.firstError = QStringLiteral("%1 %2").arg(status.toInt()).arg(reason).trimmed();
        }
    }
}

} // namespace

void WebinarSimulator::handleReply(QNetworkReply *reply, int pool, Phase phase)
{
    m_replies.removeOne(reply);
    --m_pools[size_t(pool)].inFlight;
    reply->deleteLater();
    if (!m_running)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    count(m_result, reply, status, body);
    count(tallyOf(phase), reply, status, body);
    ++m_done;
    ++m_stageDone;
    emit progress(m_done, m_result.total);
    if (m_done == m_result.total)
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
