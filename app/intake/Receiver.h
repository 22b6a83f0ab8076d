// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeService.h"
#include "store/HookDirectory.h"
#include "store/StoreWriter.h"

namespace hookdesk {

// A running listener, composed the one way both `hookdesk serve` and the window
// use: the hook directory, the store's writer thread and the intake thread in
// front of it. Open the store first, then listen; stop() (or the destructor)
// answers what is in flight before the writer stops.
class Receiver
{
public:
    Receiver();
    ~Receiver();
    Receiver(const Receiver &) = delete;
    Receiver &operator=(const Receiver &) = delete;

    // Opens (creating or migrating) the database and starts the writer thread.
    bool openStore(const StoreWriter::Options &options, QString *error);
    // Starts the intake thread; on failure *error says why and listenError() tells
    // the kind (e.g. address in use) for ListenAdvice.
    bool listen(const IntakeServer::Options &options, QString *error);
    QAbstractSocket::SocketError listenError() const { return m_intake.listenError(); }
    bool isListening() const { return m_intake.isRunning(); }
    // The port it really listens on (after port 0), or 0.
    quint16 port() const { return m_intake.isRunning() ? m_intake.port() : 0; }
    // http://ADDR:PORT, an IPv6 address in brackets.
    static QString httpUrl(const QHostAddress &address, quint16 port);
    // The address this computer reaches a listener on `address` at: a listener on
    // every address (0.0.0.0, ::) is reached on the loopback one.
    static QString localBaseUrl(const QHostAddress &address, quint16 port);
    // localBaseUrl() of the running listener; empty when not listening.
    QString localBaseUrl() const;
    // httpUrl() of the address it is bound to; empty when not listening.
    QString boundUrl() const;
    // Hooks that are not retired.
    int activeHookCount() const;
    void stop();

    HookDirectory *hooks() { return &m_hooks; }
    StoreWriter *writer() { return &m_writer; }
    IntakeService *intake() { return &m_intake; }

private:
    HookDirectory m_hooks;
    StoreWriter m_writer;
    IntakeService m_intake;
    QHostAddress m_address;
};

} // namespace hookdesk
