// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace hookdesk {

// Placeholder window until the attendee browser lands: listener state and the
// hook URL to register.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct ListenerState
    {
        bool listening = false;
        QString hookUrl;
        QString error;
        QString databasePath;
    };

    explicit MainWindow(const ListenerState &state, QWidget *parent = nullptr);

private:
    QLabel *m_status = nullptr;
};

} // namespace hookdesk
