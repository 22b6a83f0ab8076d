// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace hookdesk {
namespace {

template <typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file in place of a keychain.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, const QString &key,
                                         QObject *parent)
    : QObject(parent), m_service(service), m_key(key)
{
}

SecretResult KeychainSecretStore::resultFor(int keychainError, const QString &detail,
                                            Operation operation)
{
    SecretResult result;
    // The library's own words ("Unknown error", a D-Bus message) help someone
    // debugging, not the person at the desk: a detail beside the sentence.
    result.detail = detail;
    switch (keychainError) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the wanted state.
        result.status = operation == Operation::Remove ? SecretResult::Status::Ok
                                                       : SecretResult::Status::NotFound;
        return result;
    case QKeychain::AccessDeniedByUser:
        result.message = tr("You declined HookDesk's request to use the system keychain, so it "
                            "cannot keep the API key there. To keep it, restart HookDesk and "
                            "allow the request when your desktop asks.");
        break;
    case QKeychain::AccessDenied:
        result.message = tr("The system keychain is locked or does not let HookDesk in, so it "
                            "cannot keep the API key there. Unlock the keychain (it usually "
                            "unlocks when you log in to your desktop), then restart HookDesk.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.message = tr("The system keychain did not let HookDesk delete the saved API key. "
                            "Remove the entry named \"hookdesk\" with your keychain's own program "
                            "(Passwords and Keys, KWalletManager).");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.message = tr("HookDesk found no system keychain to keep the API key in: no "
                            "Secret Service (GNOME Keyring, KeePassXC) or KWallet is running. "
                            "Install or start one in your desktop session, then restart "
                            "HookDesk.");
        break;
    default:
        // QtKeychain says "Unknown error" when nothing answers on the session bus,
        // which is what a desktop without a keychain service looks like.
        result.message = tr("HookDesk could not reach a system keychain to keep the API key in. "
                            "This usually means no Secret Service (GNOME Keyring, KeePassXC) or "
                            "KWallet is running in your desktop session. Install or start one, "
                            "then restart HookDesk.");
        break;
    }
    result.status = SecretResult::Status::Unavailable;
    return result;
}

void KeychainSecretStore::read(Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, m_key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(j);
        SecretResult result = resultFor(reader->error(), reader->errorString(), Operation::Read);
        if (result.isOk())
            result.secret = reader->textData();
        else if (result.status == SecretResult::Status::Unavailable)
            qCInfo(lcTagMango).noquote() << "keychain unavailable:" << reader->errorString();
        if (done)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, m_key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const SecretResult result = resultFor(j->error(), j->errorString(), Operation::Write);
        if (!result.isOk())
            qCInfo(lcTagMango).noquote() << "keychain write failed:" << j->errorString();
        if (done)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, m_key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(resultFor(j->error(), j->errorString(), Operation::Remove));
    });
    job->start();
}

} // namespace hookdesk
