// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingReplies.h"

#include "intake/RequestVerifier.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookdesk {

class SqliteDatabase;
class StoreAccess;

struct PublicUrlCheckResult
{
    enum class Outcome {
        CameBack,        // answered 200 and the test attendee is in this database
        NotHere,         // answered 200, but the attendee is not in this database
        HookUnknown,     // 404: the address reaches a server that does not know the hook
        HookRetired,     // 410
        Unauthorized,    // 401 from HookDesk: the hook's header or signature check refused it
        TunnelError,     // 502/503/504 and other answers from a tunnel or proxy
        UnexpectedAnswer,
        Unreachable,
        TlsFailure,
        Timeout,
    };

    Outcome outcome = Outcome::Unreachable;
    int httpStatus = 0;
    QByteArray body;
    QString webinarId;    // of the test attendee
    bool localOnly = false; // the address is one only this computer or network can reach
    QString message;      // for people

    bool cameBack() const { return outcome == Outcome::CameBack; }
};

// "Check my public URL": sends one test attendee from this computer to the public
// hook URL, out through the internet and back in through the tunnel, and looks
// for it in the database. The test attendee is marked as test data (is_test = 1)
// and is recognisable by its email and webinar ID, so removeCheckData() finds it.
class PublicUrlCheck : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PublicUrlCheckResult &)>;

    static constexpr int DefaultTimeoutMs = 30000;
    static QString checkEmail();       // hookdesk-check@example.invalid
    static QString webinarIdPrefix();  // hookdesk-check-

    // The test attendee's payload, shaped like a webinar.completed.all call.
    static QByteArray testPayload(const QString &webinarId);
    // Marks the check's attendee as test data; returns rows marked (0: not here).
    static int markCheckData(SqliteDatabase &db, const QString &webinarId, QString *error);
    // Whether a call carrying `webinarId` reached the delivery log (for hooks of
    // events that HookDesk only logs).
    static bool deliveryLogged(SqliteDatabase &db, const QString &webinarId, QString *error);
    // Deletes every check attendee; returns how many.
    static int removeCheckData(SqliteDatabase &db, QString *error);

    PublicUrlCheck(QNetworkAccessManager *network, StoreAccess *store, QObject *parent = nullptr);
    ~PublicUrlCheck() override;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Posts the test attendee to `hookUrl`, meeting the hook's verification policy
    // (secret header, Standard Webhooks signature) the way a sender would; `done`
    // runs once on this object's thread.
    void run(const QUrl &hookUrl, const VerificationPolicy &policy, Callback done);
    void run(const QUrl &hookUrl, Callback done) { run(hookUrl, {}, std::move(done)); }
    // Deletes the attendees earlier checks left; `done(removed, error)`.
    void removeCheckData(std::function<void(int, const QString &)> done);

private:
    void verify(PublicUrlCheckResult result, const QString &answerStatus, const QUrl &hookUrl,
                const Callback &done);

    PendingReplies m_running; // aborts what is in flight, without callbacks, on destruction
    QNetworkAccessManager *m_network;
    StoreAccess *m_store;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace hookdesk
