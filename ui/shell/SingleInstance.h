// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

namespace hookdesk {

// One window per database. The first HookDesk to open a database holds a lock
// file beside it (QLockFile: a crashed holder's lock is taken over) and listens
// on a local socket named after the database; a second one started on the same
// database asks it to bring its window forward and then leaves, instead of
// opening a window that could only report "address in use".
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Claim {
        First,          // this process holds the database now
        OtherRaised,    // another HookDesk has it and brought its window forward
        OtherUnreachable // another HookDesk has it but did not answer
    };

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    Claim claim();
    // The process that holds the lock, once claim() said it is another one (0 if unknown).
    qint64 otherProcessId() const { return m_otherPid; }

signals:
    // Another HookDesk was started on this database: show the window.
    void raiseRequested();

private:
    void listen();

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer m_server;
    qint64 m_otherPid = 0;
};

} // namespace hookdesk
