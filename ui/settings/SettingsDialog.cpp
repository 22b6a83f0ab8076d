// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "store/PhoneNumber.h"
#include "core/SecretStore.h"
#include "intake/ListenerRanges.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace hookdesk {
namespace {

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setObjectName(name);
    return box;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
            && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

} // namespace

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("hi"), QStringLiteral("हिन्दी")}};
}

SettingsDialog::SettingsDialog(AppSettings *settings, SecretStore *keychain, const QString &trayUnavailable,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_keychain(keychain)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("HookDesk settings"));

    // Listener
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("settingsAddress"));
    m_address->setEditable(true);
    m_address->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0")});
    m_address->setToolTip(tr("127.0.0.1: this computer only (a tunnel forwards TagMango's calls). "
                             "0.0.0.0: every network this computer is on."));
    m_port = spin(this, ListenerRanges::port.min, ListenerRanges::port.max, QString(), QStringLiteral("settingsPort"));
    m_port->setGroupSeparatorShown(false);
    m_publicUrl = new QLineEdit(this);
    m_publicUrl->setObjectName(QStringLiteral("settingsPublicUrl"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://quiet-river-4821.trycloudflare.com"));
    m_publicUrl->setToolTip(tr("The https address your tunnel gives this computer; HookDesk adds the "
                               "hook path to it when you register with TagMango."));
    auto *listener = new QGroupBox(tr("Listener"), this);
    auto *listenerForm = new QFormLayout(listener);
    listenerForm->addRow(tr("&Address:"), m_address);
    listenerForm->addRow(tr("&Port:"), m_port);
    listenerForm->addRow(tr("Public &URL (tunnel):"), m_publicUrl);

    // Limits
    m_maxBodyKiB = spin(this, ListenerRanges::maxBodyBytes.min / 1024,
                        ListenerRanges::maxBodyBytes.max / 1024, tr(" KiB"), QStringLiteral("settingsMaxBody"));
    m_maxHeaderKiB = spin(this, ListenerRanges::maxHeaderBytes.min / 1024,
                          ListenerRanges::maxHeaderBytes.max / 1024, tr(" KiB"), QStringLiteral("settingsMaxHeader"));
    m_idleSeconds = spin(this, ListenerRanges::idleTimeoutSeconds.min,
                         ListenerRanges::idleTimeoutSeconds.max, tr(" s"), QStringLiteral("settingsIdleTimeout"));
    m_maxConnections = spin(this, ListenerRanges::maxConnections.min,
                            ListenerRanges::maxConnections.max, QString(), QStringLiteral("settingsMaxConnections"));
    auto *limits = new QGroupBox(tr("Limits per request"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Largest &body:"), m_maxBodyKiB);
    limitsForm->addRow(tr("Largest &headers:"), m_maxHeaderKiB);
    limitsForm->addRow(tr("&Idle or slow client closed after:"), m_idleSeconds);
    limitsForm->addRow(tr("&Connections at once:"), m_maxConnections);

    // Delivery log
    m_retentionRows = spin(this, 1000, 10'000'000, tr(" requests"), QStringLiteral("settingsRetentionRows"));
    m_retentionRows->setSingleStep(10000);
    m_retentionDays = spin(this, 1, 3650, tr(" days"), QStringLiteral("settingsRetentionDays"));
    auto *retention = new QGroupBox(tr("Delivery log"), this);
    auto *retentionForm = new QFormLayout(retention);
    retentionForm->addRow(tr("Keep at &most:"), m_retentionRows);
    retentionForm->addRow(tr("Keep for at most:"), m_retentionDays);
    m_phoneRegion = new QLineEdit(this);
    m_phoneRegion->setObjectName(QStringLiteral("settingsPhoneRegion"));
    m_phoneRegion->setMaxLength(2);
    m_phoneRegion->setToolTip(tr("A two-letter country code such as IN, US or GB. Numbers typed without "
                                 "+country code are read as numbers of this country, for the E.164 "
                                 "column (exports for WhatsApp and SMS) and for finding a number typed "
                                 "in any form. Applies to attendees received after HookDesk restarts."));
    retentionForm->addRow(tr("&Phone numbers without a country code are from:"), m_phoneRegion);
    retention->setToolTip(tr("Every request is logged with its headers and the start of its body; "
                             "older entries are deleted once either bound is reached. Attendees are "
                             "never deleted by this."));

    // Desktop
    m_notifications = new QCheckBox(tr("&Notify me of each webinar's attendees and of refused requests"), this);
    m_notifications->setObjectName(QStringLiteral("settingsNotifications"));
    m_closeToTray = new QCheckBox(tr("&Keep listening in the tray when the window is closed"), this);
    m_closeToTray->setObjectName(QStringLiteral("settingsCloseToTray"));
    if (!trayUnavailable.isEmpty()) {
        m_closeToTray->setEnabled(false);
        m_closeToTray->setToolTip(trayUnavailable);
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopForm = new QFormLayout(desktop);
    desktopForm->addRow(m_notifications);
    desktopForm->addRow(m_closeToTray);
    desktopForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time HookDesk starts."), this);
    languageNote->setWordWrap(true);
    desktopForm->addRow(QString(), languageNote);

    // Keychain
    m_keychainState = new QLabel(this);
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    m_keychainState->setWordWrap(true);
    auto *keychainBox = new QGroupBox(tr("TagMango API key"), this);
    auto *keychainLayout = new QVBoxLayout(keychainBox);
    keychainLayout->addWidget(m_keychainState);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(listener);
    left->addWidget(limits);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(retention);
    right->addWidget(desktop);
    right->addWidget(keychainBox);
    right->addStretch();
    columns->addLayout(left);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load();
    connect(m_address, &QComboBox::currentTextChanged, this, &SettingsDialog::validate);
    connect(m_publicUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_phoneRegion, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    probeKeychain();
}

void SettingsDialog::load()
{
    const int address = m_address->findText(m_settings->listenAddress());
    if (address >= 0)
        m_address->setCurrentIndex(address);
    else
        m_address->setEditText(m_settings->listenAddress());
    m_port->setValue(m_settings->listenPort());
    m_publicUrl->setText(m_settings->publicBaseUrl().toString());
    m_maxBodyKiB->setValue(int(m_settings->maxBodyBytes() / 1024));
    m_maxHeaderKiB->setValue(int(m_settings->maxHeaderBytes() / 1024));
    m_idleSeconds->setValue(m_settings->idleTimeoutSeconds());
    m_maxConnections->setValue(m_settings->maxConnections());
    m_retentionRows->setValue(int(m_settings->deliveryRetentionRows()));
    m_retentionDays->setValue(m_settings->deliveryRetentionDays());
    m_phoneRegion->setText(m_settings->phoneRegion());
    m_notifications->setChecked(m_settings->notificationsEnabled());
    m_closeToTray->setChecked(m_closeToTray->isEnabled() && m_settings->closeToTray());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
}

QString SettingsDialog::problem() const
{
    if (QHostAddress(m_address->currentText().trimmed()).isNull())
        return tr("The listen address “%1” is not an IP address: use 127.0.0.1 (this computer only) or "
                  "0.0.0.0 (every network).")
                .arg(m_address->currentText().trimmed());
    const QString region = m_phoneRegion->text().trimmed().toUpper();
    if (!PhoneNumber::isKnownRegion(region))
        return tr("“%1” is not a two-letter country code for phone numbers: use one such as IN, US or GB.")
                .arg(m_phoneRegion->text().trimmed());
    const QString url = m_publicUrl->text().trimmed();
    if (!url.isEmpty() && !isWebUrl(url))
        return tr("The public URL must be an https:// (or http://) address, such as "
                  "https://quiet-river-4821.trycloudflare.com.");
    return QString();
}

void SettingsDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(text.isEmpty());
}

bool SettingsDialog::apply(Changes *out)
{
    if (!problem().isEmpty()) {
        validate();
        return false;
    }
    Changes changes;
    const QString address = QHostAddress(m_address->currentText().trimmed()).toString();
    const auto set = [](bool *changed, auto current, auto wanted, auto setter) {
        if (current != wanted) {
            setter(wanted);
            *changed = true;
        }
    };
    AppSettings *s = m_settings;
    set(&changes.listener, s->listenAddress(), address, [s](const QString &v) { s->setListenAddress(v); });
    set(&changes.listener, s->listenPort(), quint16(m_port->value()), [s](quint16 v) { s->setListenPort(v); });
    set(&changes.listener, s->maxBodyBytes(), qint64(m_maxBodyKiB->value()) * 1024,
        [s](qint64 v) { s->setMaxBodyBytes(v); });
    set(&changes.listener, s->maxHeaderBytes(), qint64(m_maxHeaderKiB->value()) * 1024,
        [s](qint64 v) { s->setMaxHeaderBytes(v); });
    set(&changes.listener, s->idleTimeoutSeconds(), m_idleSeconds->value(), [s](int v) { s->setIdleTimeoutSeconds(v); });
    set(&changes.listener, s->maxConnections(), m_maxConnections->value(), [s](int v) { s->setMaxConnections(v); });
    set(&changes.publicUrl, s->publicBaseUrl(), QUrl(m_publicUrl->text().trimmed()),
        [s](const QUrl &v) { s->setPublicBaseUrl(v); });
    set(&changes.retention, s->deliveryRetentionRows(), qint64(m_retentionRows->value()),
        [s](qint64 v) { s->setDeliveryRetentionRows(v); });
    set(&changes.phoneRegion, s->phoneRegion(), m_phoneRegion->text().trimmed().toUpper(),
        [s](const QString &v) { s->setPhoneRegion(v); });
    set(&changes.retention, s->deliveryRetentionDays(), m_retentionDays->value(),
        [s](int v) { s->setDeliveryRetentionDays(v); });
    set(&changes.desktop, s->notificationsEnabled(), m_notifications->isChecked(),
        [s](bool v) { s->setNotificationsEnabled(v); });
    if (m_closeToTray->isEnabled())
        set(&changes.desktop, s->closeToTray(), m_closeToTray->isChecked(), [s](bool v) { s->setCloseToTray(v); });
    set(&changes.language, s->language(), m_language->currentData().toString(),
        [s](const QString &v) { s->setLanguage(v); });
    s->sync();
    if (out)
        *out = changes;
    emit applied(changes);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString SettingsDialog::keychainText() const
{
    return m_keychainState->text();
}

void SettingsDialog::probeKeychain()
{
    if (!m_keychain) {
        m_keychainState->setText(tr("No keychain is configured."));
        return;
    }
    m_keychainState->setText(tr("Checking the system keychain…"));
    QPointer<SettingsDialog> self(this);
    m_keychain->read([self](const SecretResult &result) {
        if (!self)
            return;
        QString text;
        switch (result.status) {
        case SecretResult::Status::Ok:
            text = tr("✔ The system keychain works, and your TagMango API key is stored there.");
            break;
        case SecretResult::Status::NotFound:
            text = tr("✔ The system keychain works. No API key is stored yet; HookDesk asks for it "
                      "when you register a hook with TagMango.");
            break;
        case SecretResult::Status::Unavailable:
            text = tr("✕ %1 An API key you enter is kept only until HookDesk quits.").arg(result.message);
            break;
        }
        self->m_keychainState->setText(text);
    });
}

} // namespace hookdesk
