// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QObject>

namespace hookdesk {

// The system keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager). Insecure fallback is off: without a
// keychain the secret is not kept in a plain file; read and write then report
// Unavailable with a plain sentence, and the caller may offer a session-only store.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    // HookDesk keeps its TagMango API key as service "hookdesk", key "tagmango-api-key".
    static constexpr const char *DefaultService = "hookdesk";
    static constexpr const char *TagMangoApiKey = "tagmango-api-key";

    explicit KeychainSecretStore(const QString &service = QLatin1String(DefaultService),
                                 const QString &key = QLatin1String(TagMangoApiKey),
                                 QObject *parent = nullptr);

    void read(Callback done) override;
    void write(const QString &secret, Callback done) override;
    void remove(Callback done) override;
    bool isPersistent() const override { return true; }

    enum class Operation { Read, Write, Remove };
    // Maps a QtKeychain error code and its text to a result with a sentence for people.
    static SecretResult resultFor(int keychainError, const QString &detail, Operation operation);

private:
    QString m_service;
    QString m_key;
};

} // namespace hookdesk
