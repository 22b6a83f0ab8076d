// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SingleInstance.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

#include <unistd.h>

namespace hookdesk {
namespace {

constexpr int AnswerTimeoutMs = 3000;
const QByteArray RaiseRequest = "raise\n";
const QByteArray RaiseAnswer = "raised\n";

QString canonicalPath(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? file.absolutePath() : folder).filePath(file.fileName());
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent), m_lock(canonicalPath(databasePath) + QStringLiteral(".lock"))
{
    // Per user and per database: the same file opened twice, by whatever path.
    const QByteArray key = QCryptographicHash::hash(canonicalPath(databasePath).toUtf8(),
                                                    QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24);
    m_serverName = QStringLiteral("hookdesk-%1-%2").arg(::getuid()).arg(QString::fromLatin1(key));
    // Held for as long as the window is open: never stale by age, only when
    // the process that holds it is gone.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

SingleInstance::Claim SingleInstance::claim()
{
    if (m_lock.tryLock(0)) {
        listen();
        return Claim::First;
    }
    QString host;
    QString application;
    m_lock.getLockInfo(&m_otherPid, &host, &application);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(AnswerTimeoutMs)) {
        socket.write(RaiseRequest);
        socket.flush();
        while (socket.bytesAvailable() < RaiseAnswer.size() && socket.waitForReadyRead(AnswerTimeoutMs)) {
        }
        if (socket.readAll() == RaiseAnswer)
            return Claim::OtherRaised;
    }
    qCWarning(lcUi) << "another HookDesk (process" << m_otherPid
                    << ") holds the database and did not answer:" << socket.errorString();
    return Claim::OtherUnreachable;
}

void SingleInstance::listen()
{
    // A server left by a crashed holder would refuse the name.
    QLocalServer::removeServer(m_serverName);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_serverName)) {
        qCWarning(lcUi) << "cannot listen for a second HookDesk:" << m_server.errorString();
        return;
    }
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine() || socket->readLine(64) != RaiseRequest)
                    return;
                qCInfo(lcUi) << "another HookDesk was started on this database; showing the window";
                emit raiseRequested();
                socket->write(RaiseAnswer);
                socket->flush();
            });
        }
    });
}

} // namespace hookdesk
