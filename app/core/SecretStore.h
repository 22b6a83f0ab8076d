// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace hookdesk {

// What a secret store said.
struct SecretResult
{
    enum class Status {
        Ok,          // read, written or removed
        NotFound,    // nothing stored yet
        Unavailable, // the store cannot be used (no keychain service, access denied, ...)
    };

    Status status = Status::Unavailable;
    QString secret;  // set by a successful read
    QString message; // for people, when status is Unavailable
    QString detail;  // the keychain library's own words, for a tooltip or a log

    bool isOk() const { return status == Status::Ok; }
};

// Where one secret (the TagMango API key) is kept. Implementations never write
// the secret to settings files or logs. Callbacks may run before the call
// returns, and are dropped if the store is destroyed first.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore() = default;

    virtual void read(Callback done) = 0;
    virtual void write(const QString &secret, Callback done) = 0;
    virtual void remove(Callback done) = 0;
    // True if the secret survives quitting HookDesk.
    virtual bool isPersistent() const = 0;
};

} // namespace hookdesk
