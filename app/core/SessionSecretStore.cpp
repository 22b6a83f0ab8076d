// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSecretStore.h"

namespace hookdesk {

SessionSecretStore::~SessionSecretStore()
{
    wipe();
}

void SessionSecretStore::read(Callback done)
{
    SecretResult result;
    result.status = m_secret.isEmpty() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
    result.secret = m_secret;
    if (done)
        done(result);
}

void SessionSecretStore::write(const QString &secret, Callback done)
{
    wipe();
    m_secret = secret;
    if (done)
        done(SecretResult{SecretResult::Status::Ok, QString(), QString(), QString()});
}

void SessionSecretStore::remove(Callback done)
{
    wipe();
    if (done)
        done(SecretResult{SecretResult::Status::Ok, QString(), QString(), QString()});
}

void SessionSecretStore::wipe()
{
    // Overwrite before letting go, so the key does not linger in freed memory
    // (only if this is the last copy; QString shares its data).
    if (!m_secret.isEmpty() && !m_secret.isDetached())
        m_secret.clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
}

} // namespace hookdesk
