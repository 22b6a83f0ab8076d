// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>

namespace hookdesk {
class StoreWriter;
}

namespace hookdesk::test {

// Holds the writer thread in a task until released (or destroyed); returns from
// the constructor once the thread is held, so whatever is submitted from then on
// stays queued, and is written as one batch after release().
class WriterHold
{
public:
    explicit WriterHold(StoreWriter &writer);
    ~WriterHold();
    WriterHold(const WriterHold &) = delete;
    WriterHold &operator=(const WriterHold &) = delete;

    void release();

private:
    std::promise<void> m_release;
    bool m_released = false;
};

} // namespace hookdesk::test
