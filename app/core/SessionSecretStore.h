// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace hookdesk {

// Keeps the secret in memory until HookDesk quits: the person's choice when no
// system keychain is available.
class SessionSecretStore final : public SecretStore
{
public:
    SessionSecretStore() = default;
    ~SessionSecretStore() override;
    SessionSecretStore(const SessionSecretStore &) = delete;
    SessionSecretStore &operator=(const SessionSecretStore &) = delete;

    void read(Callback done) override;
    void write(const QString &secret, Callback done) override;
    void remove(Callback done) override;
    bool isPersistent() const override { return false; }

private:
    void wipe();

    QString m_secret;
};

} // namespace hookdesk
