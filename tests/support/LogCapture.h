// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace hookdesk::test {

// Records every message logged while it exists, from whichever thread logs it,
// and still passes each one on to the handler installed before (QTest's).
// Installs itself in the constructor and puts the previous handler back in the
// destructor; one at a time.
class LogCapture
{
public:
    struct Message
    {
        QtMsgType type = QtDebugMsg;
        QString category;
        QString text;
    };

    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    // Every message as "category text", one a line, for assertions and their output.
    QString text() const;
    bool contains(const QString &text) const;
    // The messages of one type and category that contain `text`.
    QStringList lines(QtMsgType type, const QString &category, const QString &text) const;

private:
    QList<Message> messages() const;
};

} // namespace hookdesk::test
