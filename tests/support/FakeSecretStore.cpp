// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSecretStore.h"

namespace hookdesk::test {

void FakeSecretStore::read(Callback done)
{
    if (done)
        done(answer);
}

void FakeSecretStore::write(const QString &, Callback done)
{
    ++writes;
    if (done)
        done(answer);
}

void FakeSecretStore::remove(Callback done)
{
    if (done)
        done(answer);
}

} // namespace hookdesk::test
