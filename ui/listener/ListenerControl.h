// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"
#include "intake/IntakeServer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hookdesk {

class AppSettings;
class IntakeService;

// Starts and stops the listener, and moves it to another address or port,
// while HookDesk runs. A port that is taken (or an address this computer does
// not have) is explained with what to do; HookDesk then keeps listening where
// it was, if it was. A working address and port are remembered for next time.
class ListenerControl : public QWidget
{
    Q_OBJECT
public:
    // `initial`: what happened when HookDesk started the listener.
    ListenerControl(IntakeService *intake, AppSettings *settings, const QString &hookPath,
                    const ListenerStatus &initial, QWidget *parent = nullptr);

    ListenerStatus status() const { return m_status; }
    // The message under the controls (the reason and advice after a failure).
    QString message() const;

    void setAddress(const QString &address);
    void setPort(quint16 port);
    // Listens on the address and port in the fields; false (with the message
    // shown) if that fails.
    bool start();
    void stop();
    // Starts again with the settings' limits and the fields' address and port
    // (after the settings changed).
    bool restart();

signals:
    void statusChanged(const hookdesk::ListenerStatus &status);

private:
    bool listenOn(const IntakeServer::Options &options, QString *failure);
    IntakeServer::Options optionsFromFields(bool *valid) const;
    void showStatus(const QString &problem = QString());
    void fieldsChanged();

    IntakeService *m_intake;
    AppSettings *m_settings;
    QString m_hookPath;
    ListenerStatus m_status;
    IntakeServer::Options m_running; // valid while listening
    QComboBox *m_address;
    QSpinBox *m_port;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_state;
    QLabel *m_message;
    QString m_problem; // why the last start failed, and what to do
};

} // namespace hookdesk
