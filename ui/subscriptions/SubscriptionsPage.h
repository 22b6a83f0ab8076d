// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HookRepository.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace hookdesk {

class ApiKeyField;
class PublicUrlCheck;
class SecretStore;
class StoreAccess;
class SubscriptionTable;
class SubscriptionService;
class TagMangoClient;

// Subscribing with TagMango from a form: API key, public address, event and
// webinar; the hook URL is shown (and copyable) before anything is sent. Below,
// every hook with its registration state, retire, register again, and "Check my
// public URL". Settings (API address, public address) come in through setters;
// edits go out through signals, so the page reads no settings itself.
class SubscriptionsPage : public QWidget
{
    Q_OBJECT
public:
    struct Dependencies
    {
        QNetworkAccessManager *network = nullptr;
        StoreAccess *store = nullptr;   // GUI: a WriterStoreAccess on the listener's writer
        SecretStore *secrets = nullptr; // GUI: a KeychainSecretStore
    };
    // Asks a yes/no question; tests answer it without a dialog.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    explicit SubscriptionsPage(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~SubscriptionsPage() override;

    QUrl apiBaseUrl() const;
    void setApiBaseUrl(const QUrl &url);
    QString publicBaseUrl() const;
    void setPublicBaseUrl(const QString &base);
    // Timeout of the API call and of the public URL check (default 30 s).
    void setTimeoutMs(int timeoutMs);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The hook URL the form would register now (empty if the address is invalid).
    QString previewUrl() const;

public slots:
    // Reloads the list (delivery counts change as calls arrive).
    void refresh();

signals:
    void apiBaseUrlEdited(const QUrl &url);
    void publicBaseUrlEdited(const QString &base);
    // A hook was created, registered or retired.
    void subscriptionsChanged();
    // Check attendees were added or removed: attendee views may want to refresh.
    void testDataChanged();
    // The list was reloaded (tests wait for this).
    void refreshed();
    // The hooks as just read (every event, retired ones too).
    void hooksListed(const QList<hookdesk::Hook> &hooks);

private:
    QWidget *buildForm();
    QWidget *buildList();
    void updatePreview();
    void updateButtons();
    void subscribe();
    void registerAgain();
    void retire();
    void checkPublicUrl();
    void removeCheckData();
    void showSelectedDetails();
    const Hook *selectedHook() const;
    void applyApiBase();

    SubscriptionService *m_service = nullptr;
    TagMangoClient *m_client = nullptr;
    PublicUrlCheck *m_check = nullptr;
    Confirm m_confirm;
    QString m_previewToken;
    bool m_busy = false;
    bool m_checking = false;

    ApiKeyField *m_key = nullptr;
    QLineEdit *m_publicBase = nullptr;
    QLabel *m_publicBaseHint = nullptr;
    QComboBox *m_event = nullptr;
    QLabel *m_eventHint = nullptr;
    QLineEdit *m_webinar = nullptr;
    QLineEdit *m_preview = nullptr;
    QPushButton *m_copy = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QPushButton *m_subscribe = nullptr;
    QLabel *m_result = nullptr;
    SubscriptionTable *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_registerAgain = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_removeCheckData = nullptr;
    QLabel *m_checkResult = nullptr;
};

} // namespace hookdesk
