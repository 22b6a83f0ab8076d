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
    case QKeychain::AccessDenied:
        result.message = tr("The system keychain refused access to the API key (%1), so HookDesk "
                            "cannot keep it there.")
                                 .arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.message = tr("No system keychain is available on this computer, so HookDesk "
                            "cannot keep the API key safely between sessions.");
        break;
    default:
        result.message = tr("The system keychain could not be used (it reported: %1), so "
                            "HookDesk cannot keep the API key safely between sessions.")
                                 .arg(detail.isEmpty() ? tr("no reason given") : detail);
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
