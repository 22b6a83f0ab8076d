// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionGuard.h"
#include "PayloadParser.h"
#include "RequestVerifier.h"
#include "core/Clock.h"
#include "core/AppInfo.h"
#include "store/StoreWriter.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <atomic>
#include <optional>
#include <unordered_map>

namespace hookdesk {

class HookDirectory;
struct Hook;
struct JsonAnswer;

// Counters any thread may read (the GUI's status bar, the headless log).
struct IntakeStats
{
    std::atomic<qint64> stored{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<qint64> refused{0};   // 4xx answers
    std::atomic<qint64> failed{0};    // 503 answers
    std::atomic<qint64> shed{0};      // connections closed to make room for new ones
};

// The webhook routes on top of QHttpServer. Lives on the intake thread: it
// verifies and parses a call, hands the attendee to the writer, and answers only
// when the writer reports the commit. It never touches the database.
class IntakeServer : public QObject, public WriteCompletionSink
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = AppInfo::DefaultPort;
        ConnectionGuard::Limits limits;
        int maxFieldLength = PayloadParser::DefaultMaxFieldLength;
        int retryAfterSeconds = 5;
    };

    IntakeServer(StoreWriter *writer, HookDirectory *hooks, IntakeStats *stats,
                 QObject *parent = nullptr);
    ~IntakeServer() override;

    bool listen(const Options &options, QString *error);
    // Why the last listen() failed (e.g. AddressInUseError).
    QAbstractSocket::SocketError listenError() const { return m_listenError; }
    quint16 port() const;
    // Stops accepting connections; requests in flight still get their answer.
    void stopListening();
    int pendingCount() const { return int(m_pending.size()); }
    qint64 unsentBytes() const;

    // WriteCompletionSink: called on the writer thread once per commit.
    void completed(std::vector<std::pair<quint64, WriteOutcome>> &&outcomes) override;

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool close = false;
    };

    void handleHook(const QString &token, const QHttpServerRequest &request,
                    QHttpServerResponder &&responder);
    // Why a call to `hook` (null: no such hook) is refused, or nothing when it is to
    // be written; then `webhookId` and `parsed` are filled in.
    std::optional<JsonAnswer> refusalFor(const QHttpServerRequest &request, const Hook *hook,
                                         const QDateTime &receivedAt, QByteArray *webhookId,
                                         ParseResult *parsed, RegistrationParse *registrations) const;
    // Answers a routed request at once (4xx) and logs it with the answer's reason.
    void refuse(const QHttpServerRequest &request, QHttpServerResponder &responder, JsonAnswer answer,
                const Hook *hook = nullptr, const QDateTime &receivedAt = Clock::currentDateTimeUtc());
    // True when the answer was a 503 (the caller logs those once per commit).
    bool answerPending(quint64 ticket, const WriteOutcome &outcome);
    void warnUnavailable(int requests, const QString &error);
    void logRefusal(const QHostAddress &remote, const QByteArray &method, const QByteArray &target,
                    int status, const QString &reason);
    // The delivery-log row of a routed request, whole, built once its answer is decided.
    static DeliveryRecord deliveryFor(const QHttpServerRequest &request, const Hook *hook,
                                      const QDateTime &receivedAt, int status, DeliveryOutcome outcome,
                                      const QString &reason);
    static void send(QTcpSocket *socket, const JsonAnswer &answer);
    static void send(QTcpSocket *socket, const QByteArray &response, bool close);

    StoreWriter *m_writer;
    HookDirectory *m_hooks;
    IntakeStats *m_stats;
    QHttpServer m_server;
    QPointer<ConnectionGuard> m_guard;
    PayloadParser m_parser;
    Options m_options;
    quint64 m_nextTicket = 1;
    std::unordered_map<quint64, Pending> m_pending;
    QAbstractSocket::SocketError m_listenError = QAbstractSocket::UnknownSocketError;
};

} // namespace hookdesk
