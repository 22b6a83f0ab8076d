// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeServer.h"

#include <QObject>
#include <QThread>

namespace hookdesk {

// Runs an IntakeServer on its own thread. Start, stop and port are called from
// the owning (GUI or main) thread and block briefly.
class IntakeService : public QObject
{
    Q_OBJECT
public:
    IntakeService(StoreWriter *writer, HookDirectory *hooks, QObject *parent = nullptr);
    ~IntakeService() override;

    bool start(const IntakeServer::Options &options, QString *error);
    // Why the last start() could not listen (e.g. AddressInUseError).
    QAbstractSocket::SocketError listenError() const { return m_listenError; }
    // Stops accepting, waits (up to drainTimeoutMs) until every request in flight
    // has its answer written, then stops the thread.
    void stop(int drainTimeoutMs = 10000);
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    const IntakeStats &stats() const { return m_stats; }

private:
    StoreWriter *m_writer;
    HookDirectory *m_hooks;
    IntakeStats m_stats;
    QThread m_thread;
    IntakeServer *m_server = nullptr;
    quint16 m_port = 0;
    QAbstractSocket::SocketError m_listenError = QAbstractSocket::UnknownSocketError;
};

} // namespace hookdesk
