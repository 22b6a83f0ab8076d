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

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookdesk {

// Plays a webinar's end: sends `count` attendees to a hook URL through real
// HTTP, with up to `concurrency` requests in flight, as TagMango does after a
// webinar. The attendees belong to a "hookdesk-sim-…" webinar, which HookDesk
// stores as test data.
//
// With `wholeWebinar`, it plays the whole webinar instead, one phase after the
// other: `count` registrations (webinar.created.single), the three reminder
// rounds to every registrant (webinar.reminder.all: 1 day, 30 and 15 minutes
// before; sent back to back), then the completion calls of the registrants who
// showed up and of a few walk-ins who never registered.
class WebinarSimulator : public QObject
{
    Q_OBJECT
public:
    // A hook to send to and what it demands beyond its token.
    struct Target
    {
        QUrl url;
        VerificationPolicy verification;
    };

    enum class Phase { Registrations, Reminders, Attendance };
    static constexpr int ReminderRounds = 3;

    struct Options
    {
        QUrl hookUrl;         // http(s)://host:port/hooks/<token>, webinar.completed.all
        int count = 1000;     // attendees; with wholeWebinar, registrants
        int concurrency = 64;
        QString webinarId;    // "" for SimulatedAttendees::newWebinarId(now)
        QString webinarTitle; // "" for "Simulated webinar"
        int timeoutMs = 30000; // per request
        // What the hook demands beyond its token (from its row in the database):
        // each request then carries the header secret and a signature.
        VerificationPolicy verification;

        bool wholeWebinar = false;
        Target registrationHook; // webinar.created.single
        Target reminderHook;     // webinar.reminder.all
        int showUpPercent = 60;  // of the registrants, who attend
        int walkIns = 5;         // attendees who never registered
    };

    // How the listener answered a set of calls.
    struct Tally
    {
        int total = 0;             // calls to send
        int stored = 0;
        int duplicates = 0;
        int otherAccepted = 0;     // 2xx without stored/duplicate (e.g. "logged")
        QMap<int, int> refused;    // HTTP status -> requests answered with it
        int errors = 0;            // no HTTP answer at all
        QString firstError;

        int answered() const;
        int refusedCount() const;
        int accepted() const { return stored + duplicates + otherAccepted; }
    };

    // The counts of every call sent; with a whole webinar also per phase.
    struct Result : Tally
    {
        QString webinarId;
        qint64 elapsedMs = 0;
        bool cancelled = false;
        bool wholeWebinar = false;
        Tally registrations;
        Tally reminders;
        Tally attendance;
        int registrants = 0;
        int attended = 0; // registrants who attended
        int walkIns = 0;

        // Every call was taken (stored, duplicate or otherwise accepted).
        bool ok() const { return !cancelled && errors == 0 && refused.isEmpty(); }
    };

    explicit WebinarSimulator(QObject *parent = nullptr);
    ~WebinarSimulator() override;

    // False with `error` set if the options are unusable; otherwise progress()
    // and finally finished() follow.
    bool start(const Options &options, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    // Calls the running (or last) simulation sends in all.
    int callCount() const { return m_result.total; }

    static QString defaultTitle();
    // The event of the hook a phase is sent to: webinar.created.single,
    // webinar.reminder.all, webinar.completed.all.
    static QString eventOf(Phase phase);

signals:
    void progress(int done, int total);
    void finished(const hookdesk::WebinarSimulator::Result &result);

private:
    // One phase's calls: call i goes to `target` with body(i).
    struct Stage
    {
        Phase phase;
        Target target;
        int count = 0;
        std::function<QByteArray(int)> body;
    };

    void sendNext();
    void handleReply(QNetworkReply *reply, int pool, Phase phase);
    void finish();
    Tally &tallyOf(Phase phase);

    struct Pool
    {
        QNetworkAccessManager *manager = nullptr;
        int inFlight = 0;
    };

    Options m_options;
    std::optional<SimulatedAttendees> m_attendees;
    std::vector<Stage> m_stages;
    size_t m_stage = 0;
    int m_stageNext = 0;  // next call of the current stage
    int m_stageDone = 0;  // calls of the current stage answered
    std::vector<Pool> m_pools;
    QList<QNetworkReply *> m_replies;
    QElapsedTimer m_elapsed;
    Result m_result;
    int m_next = 0;       // calls sent, over all stages
    int m_done = 0;
    bool m_running = false;
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::WebinarSimulator::Result)
