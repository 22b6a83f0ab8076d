// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatedAttendees.h"
#include "intake/RequestVerifier.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookdesk {

// Plays a webinar's end: sends `count` attendees to a hook URL through real
// HTTP, with up to `concurrency` requests in flight, as TagMango does after a
// webinar. The attendees belong to a "hookdesk-sim-…" webinar, which HookDesk
// stores as test data.
class WebinarSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl hookUrl;         // http(s)://host:port/hooks/<token>
        int count = 1000;
        int concurrency = 64;
        QString webinarId;    // "" for SimulatedAttendees::newWebinarId(now)
        QString webinarTitle; // "" for "Simulated webinar"
        int timeoutMs = 30000; // per request
        // What the hook demands beyond its token (from its row in the database):
        // each request then carries the header secret and a signature.
        VerificationPolicy verification;
    };

    struct Result
    {
        QString webinarId;
        int total = 0;
        int stored = 0;
        int duplicates = 0;
        int otherAccepted = 0;     // 2xx without stored/duplicate (e.g. "logged")
        QMap<int, int> refused;    // HTTP status -> requests answered with it
        int errors = 0;            // no HTTP answer at all
        QString firstError;
        qint64 elapsedMs = 0;
        bool cancelled = false;

        int answered() const;
        int refusedCount() const;
        // Every attendee was taken (stored or duplicate).
        bool ok() const { return !cancelled && errors == 0 && refused.isEmpty(); }
    };

    explicit WebinarSimulator(QObject *parent = nullptr);
    ~WebinarSimulator() override;

    // False with `error` set if the options are unusable; otherwise progress()
    // and finally finished() follow.
    bool start(const Options &options, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

    static QString defaultTitle();

signals:
    void progress(int done, int total);
    void finished(const hookdesk::WebinarSimulator::Result &result);

private:
    void sendNext();
    void handleReply(QNetworkReply *reply, int pool);
    void finish();

    struct Pool
    {
        QNetworkAccessManager *manager = nullptr;
        int inFlight = 0;
    };

    Options m_options;
    std::optional<SimulatedAttendees> m_attendees;
    std::vector<Pool> m_pools;
    QList<QNetworkReply *> m_replies;
    QElapsedTimer m_elapsed;
    Result m_result;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::WebinarSimulator::Result)
