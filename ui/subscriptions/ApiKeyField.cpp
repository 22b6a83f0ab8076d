// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions/ApiKeyField.h"

#include "core/SecretStore.h"
#include "core/SessionSecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {
namespace {

// The keychain library's own words, for whoever needs to dig further.
QString keychainDetail(const SecretResult &result)
{
    return result.detail.isEmpty()
                   ? QString()
                   : ApiKeyField::tr("The system keychain reported: %1").arg(result.detail);
}

} // namespace

ApiKeyField::ApiKeyField(SecretStore *keychain, QWidget *parent)
    : QWidget(parent), m_keychain(keychain)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("Paste the key from TagMango → Platform Integrations"));
    // No undo history or drag: the key should leave no copies behind.
    m_edit->setDragEnabled(false);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(QStringLiteral("showKeyButton"));
    m_show->setCheckable(true);
    m_forget = new QPushButton(tr("Forget key"), this);
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    m_sessionOnly = new QPushButton(tr("Keep the key for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnly->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    row->addWidget(m_forget);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_sessionOnly, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(statusRow);

    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, &ApiKeyField::keyEdited);
    connect(m_sessionOnly, &QPushButton::clicked, this, &ApiKeyField::keepForSession);
    connect(m_forget, &QPushButton::clicked, this, &ApiKeyField::forget);

    setKeeping(Keeping::Loading, tr("Looking for a saved key in the system keychain…"));
    const QPointer<ApiKeyField> self(this);
    m_keychain->read([this, self](const SecretResult &result) {
        if (!self)
            return;
        switch (result.status) {
        case SecretResult::Status::Ok:
            if (m_edit->text().isEmpty())
                m_edit->setText(result.secret);
            setKeeping(Keeping::Keychain, tr("Saved in the system keychain."));
            break;
        case SecretResult::Status::NotFound:
            setKeeping(Keeping::Keychain, tr("HookDesk saves the key in the system keychain once "
                                             "TagMango accepts it."));
            break;
        case SecretResult::Status::Unavailable:
            m_keychainProblem = result.message;
            m_status->setToolTip(keychainDetail(result));
            setKeeping(Keeping::NotKept, QString());
            break;
        }
    });
}

ApiKeyField::~ApiKeyField() = default;

QString ApiKeyField::key() const
{
    return m_edit->text().trimmed();
}

SecretStore *ApiKeyField::activeStore() const
{
    switch (m_keeping) {
    case Keeping::Keychain: return m_keychain;
    case Keeping::Session: return m_session.get();
    case Keeping::Loading:
    case Keeping::NotKept: break;
    }
    return nullptr;
}

void ApiKeyField::setKeeping(Keeping keeping, const QString &status)
{
    m_keeping = keeping;
    if (keeping == Keeping::NotKept) {
        m_status->setText(tr("%1 You can keep it in memory until HookDesk quits; otherwise it is "
                             "used once and then cleared from this form.")
                                  .arg(m_keychainProblem));
        m_sessionOnly->show();
    } else {
        m_status->setText(status);
        m_status->setToolTip(QString());
        m_sessionOnly->hide();
    }
    m_forget->setEnabled(keeping == Keeping::Keychain || keeping == Keeping::Session);
}

void ApiKeyField::keepForSession()
{
    if (key().isEmpty()) {
        // Nothing to keep: say so, and leave the choice open for when there is a key.
        m_status->setText(tr("%1 The API key field is empty, so there is nothing to keep yet: "
                             "paste the key from TagMango (Platform Integrations) into it, then "
                             "press “%2” again.")
                                  .arg(m_keychainProblem, m_sessionOnly->text()));
        m_edit->setFocus();
        return;
    }
    m_session = std::make_unique<SessionSecretStore>();
    m_session->write(key(), {});
    setKeeping(Keeping::Session, tr("Kept for this session only: HookDesk forgets the key when it "
                                    "quits."));
}

void ApiKeyField::forget()
{
    m_edit->clear();
    SecretStore *store = activeStore();
    if (!store)
        return;
    const QPointer<ApiKeyField> self(this);
    const bool keychain = m_keeping == Keeping::Keychain;
    store->remove([this, self, keychain](const SecretResult &result) {
        if (!self)
            return;
        if (!result.isOk())
            m_status->setText(result.message.isEmpty()
                                      ? tr("The key could not be removed from the keychain.")
                                      : result.message);
        else
            m_status->setText(keychain ? tr("Removed from the system keychain.")
                                       : tr("Forgotten."));
    });
}

void ApiKeyField::keyWasUsed(Verdict verdict)
{
    if (verdict == Verdict::Refused) {
        m_status->setText(tr("TagMango refused this key. Paste the key from your TagMango "
                             "dashboard (Platform Integrations)."));
        return;
    }
    if (m_keeping == Keeping::NotKept) {
        // The person did not choose to keep it: used once, then gone. A key
        // that did not get through stays, so trying again needs no re-typing.
        if (verdict == Verdict::Accepted)
            m_edit->clear();
        return;
    }
    SecretStore *store = activeStore();
    if (verdict != Verdict::Accepted || !store || key().isEmpty())
        return;
    const QPointer<ApiKeyField> self(this);
    const bool keychain = m_keeping == Keeping::Keychain;
    store->write(key(), [this, self, keychain](const SecretResult &result) {
        if (!self)
            return;
        if (result.isOk()) {
            m_status->setText(keychain ? tr("Saved in the system keychain.")
                                       : tr("Kept for this session only: HookDesk forgets the "
                                            "key when it quits."));
            return;
        }
        // Reading worked but writing did not: keep the key in the form, say why.
        m_keychainProblem = result.message;
        m_status->setToolTip(keychainDetail(result));
        m_keeping = Keeping::NotKept;
        m_status->setText(tr("%1 You can keep it in memory until HookDesk quits.")
                                  .arg(m_keychainProblem));
        m_sessionOnly->show();
        m_forget->setEnabled(false);
    });
}

} // namespace hookdesk
