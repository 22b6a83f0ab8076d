// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriterHold.h"

#include "store/StoreWriter.h"

#include <memory>

namespace hookdesk::test {

WriterHold::WriterHold(StoreWriter &writer)
{
    std::shared_future<void> released = m_release.get_future().share();
    auto held = std::make_shared<std::promise<void>>();
    std::future<void> isHeld = held->get_future();
    writer.runTask([released, held](SqliteDatabase &) {
        held->set_value();
        released.wait();
    });
    isHeld.wait();
}

WriterHold::~WriterHold()
{
    release();
}

void WriterHold::release()
{
    if (!m_released)
        m_release.set_value();
    m_released = true;
}

} // namespace hookdesk::test
