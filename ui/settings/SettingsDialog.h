// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hookdesk {

class AppSettings;
class SecretStore;

// Every preference in one dialog, read from and written to AppSettings (which
// validates each key). What can change while HookDesk runs does so at once:
// the listener moves, retention and notifications apply from now on; the
// language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // What apply() changed, for the owner to act on.
    struct Changes
    {
        bool listener = false;   // address, port or limits: restart the listener
        bool retention = false;
        bool desktop = false;    // notifications or close-to-tray
        bool language = false;
        bool publicUrl = false;
        bool phoneRegion = false; // intake reads it when HookDesk starts
    };

    // `keychain` (may be null) is probed to show whether the API key can be kept
    // in the system keychain. `trayUnavailable`: why close-to-tray cannot be
    // offered ("" when it can).
    SettingsDialog(AppSettings *settings, SecretStore *keychain, const QString &trayUnavailable,
                   QWidget *parent = nullptr);

    // Writes the fields to the settings; false (nothing written) if a field is invalid.
    bool apply(Changes *changes = nullptr);
    // Why the fields cannot be saved ("" when they can).
    QString problem() const;
    QString keychainText() const;

    // The languages offered: code ("" = system) and name, in its own script.
    static QList<QPair<QString, QString>> languages();

signals:
    void applied(const hookdesk::SettingsDialog::Changes &changes);

protected:
    void accept() override;

private:
    void load();
    void validate();
    void probeKeychain();

    AppSettings *m_settings;
    SecretStore *m_keychain;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLineEdit *m_publicUrl;
    QSpinBox *m_maxBodyKiB;
    QSpinBox *m_maxHeaderKiB;
    QSpinBox *m_idleSeconds;
    QSpinBox *m_maxConnections;
    QSpinBox *m_retentionRows;
    QSpinBox *m_retentionDays;
    QLineEdit *m_phoneRegion;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QComboBox *m_language;
    QLabel *m_keychainState;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hookdesk
