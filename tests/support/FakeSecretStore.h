// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretStore.h"

namespace hookdesk::test {

// A keychain that gives every call the answer it is told, and counts the writes.
class FakeSecretStore final : public SecretStore
{
public:
    void read(Callback done) override;
    void write(const QString &secret, Callback done) override;
    void remove(Callback done) override;
    bool isPersistent() const override { return true; }

    SecretResult answer; // Unavailable unless told otherwise
    int writes = 0;
};

} // namespace hookdesk::test
