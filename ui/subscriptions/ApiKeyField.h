// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookdesk {

class SecretStore;
class SessionSecretStore;

// The TagMango API key: a masked field that knows where the key is kept. It is
// read from the keychain on start, saved there once TagMango accepts it, and
// never written anywhere else. Without a usable keychain it says so and lets the
// person keep the key in memory for this session; if they do not, the key is
// used once and the field is emptied.
class ApiKeyField : public QWidget
{
    Q_OBJECT
public:
    // `keychain` (usually a KeychainSecretStore) must outlive this widget.
    explicit ApiKeyField(SecretStore *keychain, QWidget *parent = nullptr);
    ~ApiKeyField() override;

    QString key() const;
    // Where the key is kept now.
    enum class Keeping { Loading, Keychain, Session, NotKept };
    Keeping keeping() const { return m_keeping; }

    // After a request with key(): accepted keys are kept where the person chose;
    // a refused key is flagged; with nowhere to keep it, the field is emptied.
    enum class Verdict { Accepted, Refused, Unknown };
    void keyWasUsed(Verdict verdict);

signals:
    void keyEdited();

private:
    void setKeeping(Keeping keeping, const QString &status);
    void keepForSession();
    void forget();
    SecretStore *activeStore() const;

    SecretStore *m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    Keeping m_keeping = Keeping::Loading;
    QString m_keychainProblem;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hookdesk
