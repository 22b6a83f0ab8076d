// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace hookdesk::test {

// A device that takes `capacity` bytes and then fails, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    int writeCalls = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        ++writeCalls;
        if (len > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_capacity -= len;
        return len;
    }

private:
    qint64 m_capacity;
};

} // namespace hookdesk::test
