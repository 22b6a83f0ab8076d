// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions/SubscriptionsPage.h"

#include "subscriptions/ApiKeyField.h"
#include "subscriptions/SubscriptionTable.h"
#include "tagmango/EventCatalogue.h"
#include "tagmango/HookUrl.h"
#include "tagmango/PublicUrlCheck.h"
#include "tagmango/SubscriptionService.h"
#include "tagmango/TagMangoClient.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hookdesk {

SubscriptionsPage::SubscriptionsPage(const Dependencies &dependencies, QWidget *parent)
    : QWidget(parent), m_previewToken(HookRepository::newToken())
{
    m_client = new TagMangoClient(dependencies.network, TagMangoClient::defaultApiBase(), this);
    m_service = new SubscriptionService(dependencies.store, m_client, this);
    m_check = new PublicUrlCheck(dependencies.network, dependencies.store, this);
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    m_key = new ApiKeyField(dependencies.secrets, this);

    // On a small screen (1024x600) the form and the list do not both fit: the
    // page scrolls instead of squeezing rows, cutting sentences and buttons.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("subscriptionsContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildForm());
    contentLayout->addWidget(buildList(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("subscriptionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    updatePreview();
    updateButtons();
    refresh();
}

SubscriptionsPage::~SubscriptionsPage() = default;

QWidget *SubscriptionsPage::buildForm()
{
    auto *box = new QGroupBox(tr("Subscribe a new hook with TagMango"), this);
    auto *form = new QFormLayout(box);

    form->addRow(tr("TagMango API key:"), m_key);

    m_publicBase = new QLineEdit(box);
    m_publicBase->setObjectName(QStringLiteral("publicBaseEdit"));
    m_publicBase->setPlaceholderText(QStringLiteral("https://example.trycloudflare.com"));
    m_publicBaseHint = new QLabel(box);
    m_publicBaseHint->setObjectName(QStringLiteral("publicBaseHint"));
    m_publicBaseHint->setWordWrap(true);
    auto *publicColumn = new QVBoxLayout;
    publicColumn->addWidget(m_publicBase);
    publicColumn->addWidget(m_publicBaseHint);
    form->addRow(tr("Public address:"), publicColumn);

    m_event = new QComboBox(box);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    for (const QString &event : EventCatalogue::webinarEvents())
        m_event->addItem(event, event);
    m_event->setCurrentIndex(m_event->findData(EventCatalogue::CompletedAll));
    m_eventHint = new QLabel(box);
    m_eventHint->setWordWrap(true);
    auto *eventColumn = new QVBoxLayout;
    eventColumn->addWidget(m_event);
    eventColumn->addWidget(m_eventHint);
    form->addRow(tr("Event:"), eventColumn);

    m_webinar = new QLineEdit(box);
    m_webinar->setObjectName(QStringLiteral("webinarEdit"));
    m_webinar->setPlaceholderText(tr("Leave empty for every webinar"));
    form->addRow(tr("Webinar ID:"), m_webinar);

    m_preview = new QLineEdit(box);
    m_preview->setObjectName(QStringLiteral("hookUrlPreview"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Enter the public address to see the hook URL"));
    m_copy = new QPushButton(tr("Copy"), box);
    m_copy->setObjectName(QStringLiteral("copyHookUrlButton"));
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview, 1);
    previewRow->addWidget(m_copy);
    form->addRow(tr("Hook URL:"), previewRow);

    m_apiBase = new QLineEdit(TagMangoClient::defaultApiBase().toString(), box);
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setToolTip(tr("Where HookDesk sends the subscription. Change it only for TagMango's "
                             "staging service or a test server."));
    form->addRow(tr("TagMango API address:"), m_apiBase);

    m_subscribe = new QPushButton(tr("Subscribe"), box);
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribe->setDefault(true);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("subscribeResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_subscribe, 0, Qt::AlignTop);
    actionRow->addWidget(m_result, 1);
    form->addRow(actionRow);

    connect(m_publicBase, &QLineEdit::textChanged, this, &SubscriptionsPage::updatePreview);
    connect(m_publicBase, &QLineEdit::editingFinished, this, [this] {
        QUrl base;
        QString error;
        emit publicBaseUrlEdited(HookUrl::parseBase(m_publicBase->text(), &base, &error)
                                         ? base.toString()
                                         : m_publicBase->text().trimmed());
    });
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        m_eventHint->setText(EventCatalogue::describe(m_event->currentData().toString()));
    });
    m_eventHint->setText(EventCatalogue::describe(EventCatalogue::CompletedAll));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_preview->text());
        m_result->setText(tr("Hook URL copied. It holds a secret token: share it only with "
                             "TagMango."));
    });
    connect(m_apiBase, &QLineEdit::editingFinished, this, &SubscriptionsPage::applyApiBase);
    connect(m_subscribe, &QPushButton::clicked, this, &SubscriptionsPage::subscribe);
    return box;
}

QWidget *SubscriptionsPage::buildList()
{
    auto *box = new QGroupBox(tr("Subscriptions"), this);
    auto *layout = new QVBoxLayout(box);

    m_table = new SubscriptionTable(box);
    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    // Room for the header and a few hooks even when the page has to scroll.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 4 * m_table->verticalHeader()->defaultSectionSize()
                              + 2 * m_table->frameWidth());
    layout->addWidget(m_table, 1);

    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("subscriptionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_registerAgain = new QPushButton(tr("Register again"), box);
    m_registerAgain->setObjectName(QStringLiteral("registerAgainButton"));
    m_registerAgain->setToolTip(tr("Send this hook's URL to TagMango again, with the public "
                                   "address above (e.g. after your tunnel address changed)."));
    m_retire = new QPushButton(tr("Retire…"), box);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_retire->setToolTip(tr("From now on the hook answers 410 Gone, which asks TagMango to stop "
                            "sending to it."));
    m_checkButton = new QPushButton(tr("Check my public URL"), box);
    m_checkButton->setObjectName(QStringLiteral("checkPublicUrlButton"));
    m_checkButton->setToolTip(tr("Send a test attendee to the public address of the selected "
                                 "hook and see whether it comes back in through your tunnel."));
    m_removeCheckData = new QPushButton(tr("Remove check data"), box);
    m_removeCheckData->setObjectName(QStringLiteral("removeCheckDataButton"));
    m_removeCheckData->setToolTip(tr("Delete the test attendees that checks left behind."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_registerAgain);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_removeCheckData);
    layout->addLayout(buttons);

    m_checkResult = new QLabel(box);
    m_checkResult->setObjectName(QStringLiteral("checkResultLabel"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checkResult);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelectedDetails();
        updateButtons();
    });
    connect(m_registerAgain, &QPushButton::clicked, this, &SubscriptionsPage::registerAgain);
    connect(m_retire, &QPushButton::clicked, this, &SubscriptionsPage::retire);
    connect(m_checkButton, &QPushButton::clicked, this, &SubscriptionsPage::checkPublicUrl);
    connect(m_removeCheckData, &QPushButton::clicked, this, &SubscriptionsPage::removeCheckData);
    return box;
}

QUrl SubscriptionsPage::apiBaseUrl() const
{
    return m_client->apiBase();
}

void SubscriptionsPage::setApiBaseUrl(const QUrl &url)
{
    m_client->setApiBase(url);
    m_apiBase->setText(url.toString());
}

QString SubscriptionsPage::publicBaseUrl() const
{
    return m_publicBase->text().trimmed();
}

void SubscriptionsPage::setPublicBaseUrl(const QString &base)
{
    m_publicBase->setText(base);
}

void SubscriptionsPage::setTimeoutMs(int timeoutMs)
{
    m_client->setTimeoutMs(timeoutMs);
    m_check->setTimeoutMs(timeoutMs);
}

QString SubscriptionsPage::previewUrl() const
{
    return m_preview->text();
}

void SubscriptionsPage::applyApiBase()
{
    const QUrl url(m_apiBase->text().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        m_result->setText(tr("The TagMango API address must be a web address such as %1; HookDesk "
                             "keeps using %2.")
                                  .arg(TagMangoClient::defaultApiBase().toString(),
                                       m_client->apiBase().toString()));
        return;
    }
    if (url == m_client->apiBase())
        return;
    m_client->setApiBase(url);
    emit apiBaseUrlEdited(url);
}

void SubscriptionsPage::updatePreview()
{
    QUrl base;
    QString error;
    const QString typed = m_publicBase->text().trimmed();
    if (!HookUrl::parseBase(typed, &base, &error)) {
        m_preview->clear();
        m_publicBaseHint->setText(typed.isEmpty()
                                          ? tr("The address of your tunnel (cloudflared, ngrok) or "
                                               "server that forwards to HookDesk. TagMango posts "
                                               "to it.")
                                          : error);
    } else {
        m_preview->setText(HookUrl::join(base, QStringLiteral("/hooks/") + m_previewToken)
                                   .toString(QUrl::FullyEncoded));
        m_publicBaseHint->setText(
                HookUrl::isPrivate(base)
                        ? tr("%1 can be reached only from this computer or network; TagMango's "
                             "servers cannot post to it. Use your tunnel's public address.")
                                  .arg(base.host())
                        : tr("TagMango will post each attendee to the hook URL below."));
    }
    updateButtons();
}

void SubscriptionsPage::updateButtons()
{
    const Hook *hook = selectedHook();
    const bool active = hook && !hook->isRetired();
    m_subscribe->setEnabled(!m_busy);
    m_copy->setEnabled(!m_preview->text().isEmpty());
    m_registerAgain->setEnabled(!m_busy && active);
    m_retire->setEnabled(!m_busy && active);
    m_checkButton->setEnabled(!m_checking && active);
    m_removeCheckData->setEnabled(!m_checking);
}

const Hook *SubscriptionsPage::selectedHook() const
{
    return m_table->selectedHook();
}

void SubscriptionsPage::subscribe()
{
    m_busy = true;
    updateButtons();
    m_result->setText(tr("Sending the subscription to TagMango…"));
    SubscriptionService::Request request{m_publicBase->text(), m_event->currentData().toString(),
                                         m_webinar->text(), m_key->key(), m_previewToken};
    const QPointer<SubscriptionsPage> self(this);
    m_service->subscribe(request, [this, self](const SubscriptionOutcome &outcome) {
        if (!self)
            return;
        m_busy = false;
        QString text = outcome.message();
        if (outcome.hook) {
            // That token is taken now; the next subscription gets a new one.
            m_previewToken = HookRepository::newToken();
            updatePreview();
            if (!outcome.isCreated())
                text += QLatin1Char(' ')
                        + tr("Nothing was registered: TagMango goes on calling the hook URL it "
                             "had. The new URL stays in the list below as a draft: fix the "
                             "problem and choose “Register again”, or retire it.");
            emit subscriptionsChanged();
        }
        if (outcome.answer) {
            m_key->keyWasUsed(outcome.answer->isCreated() ? ApiKeyField::Verdict::Accepted
                              : outcome.answer->outcome == SubscribeResult::Outcome::KeyRefused
                                      ? ApiKeyField::Verdict::Refused
                                      : ApiKeyField::Verdict::Unknown);
        }
        m_result->setText(text);
        updateButtons();
        refresh();
    });
}

void SubscriptionsPage::registerAgain()
{
    const Hook *selected = selectedHook();
    if (!selected)
        return;
    const Hook hook = *selected;
    m_busy = true;
    updateButtons();
    m_result->setText(tr("Sending the hook to TagMango again…"));
    const QPointer<SubscriptionsPage> self(this);
    m_service->registerHook(hook, m_publicBase->text(), m_key->key(),
                            [this, self](const SubscriptionOutcome &outcome) {
                                if (!self)
                                    return;
                                m_busy = false;
                                m_result->setText(outcome.message());
                                if (outcome.answer) {
                                    m_key->keyWasUsed(
                                            outcome.answer->isCreated()
                                                    ? ApiKeyField::Verdict::Accepted
                                            : outcome.answer->outcome
                                                            == SubscribeResult::Outcome::KeyRefused
                                                    ? ApiKeyField::Verdict::Refused
                                                    : ApiKeyField::Verdict::Unknown);
                                    emit subscriptionsChanged();
                                }
                                updateButtons();
                                refresh();
                            });
}

void SubscriptionsPage::retire()
{
    const Hook *selected = selectedHook();
    if (!selected || selected->isRetired())
        return;
    const QString token = selected->token;
    const QString shown = selected->hookUrl.isEmpty() ? selected->path() : selected->hookUrl;
    if (!m_confirm(tr("Retire this hook?"),
                   tr("From now on %1 answers every call with 410 Gone, which asks TagMango to "
                      "stop sending to it. Attendees already received stay. This cannot be "
                      "undone; you can subscribe a new hook at any time.")
                           .arg(shown)))
        return;
    m_busy = true;
    updateButtons();
    const QPointer<SubscriptionsPage> self(this);
    m_service->retire(token, [this, self](bool ok, const QString &error) {
        if (!self)
            return;
        m_busy = false;
        m_result->setText(ok ? tr("Retired: the hook now answers 410 Gone. Whether TagMango stops "
                                  "calling it is up to TagMango; calls that still arrive are "
                                  "refused and logged.")
                             : tr("The hook could not be retired: %1").arg(error));
        if (ok)
            emit subscriptionsChanged();
        updateButtons();
        refresh();
    });
}

void SubscriptionsPage::checkPublicUrl()
{
    const Hook *selected = selectedHook();
    if (!selected || selected->isRetired())
        return;
    const Hook hook = *selected;
    QUrl base;
    QString error;
    QUrl url;
    if (HookUrl::parseBase(m_publicBase->text(), &base, &error))
        url = HookUrl::join(base, hook.path());
    else if (!hook.hookUrl.isEmpty())
        url = QUrl(hook.hookUrl);
    if (!url.isValid() || url.isEmpty()) {
        m_checkResult->setText(tr("Enter your public address above first: the check sends a test "
                                  "attendee to it."));
        return;
    }
    QString note;
    if (!hook.hookUrl.isEmpty() && hook.hookUrl != url.toString(QUrl::FullyEncoded))
        note = tr("Note: TagMango was given %1. If your address changed, choose “Register "
                  "again”.")
                       .arg(hook.hookUrl);
    m_checking = true;
    updateButtons();
    m_checkResult->setText(tr("Sending a test attendee to %1…").arg(url.host()));
    const QPointer<SubscriptionsPage> self(this);
    const VerificationPolicy policy{hook.verifyHeader, hook.verifyHeaderSecret, hook.hmacSecret};
    m_check->run(url, policy, [this, self, note](const PublicUrlCheckResult &result) {
        if (!self)
            return;
        m_checking = false;
        m_checkResult->setText(note.isEmpty() ? result.message
                                              : result.message + QLatin1Char(' ') + note);
        if (result.cameBack())
            emit testDataChanged();
        updateButtons();
        refresh();
    });
}

void SubscriptionsPage::removeCheckData()
{
    const QPointer<SubscriptionsPage> self(this);
    m_check->removeCheckData([this, self](int removed, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            m_checkResult->setText(tr("The check data could not be removed: %1").arg(error));
        else if (removed == 0)
            m_checkResult->setText(tr("There is no check data to remove."));
        else
            m_checkResult->setText(tr("Removed %Ln test attendee(s) left by checks.", nullptr,
                                      removed));
        if (removed > 0)
            emit testDataChanged();
    });
}

void SubscriptionsPage::refresh()
{
    const QPointer<SubscriptionsPage> self(this);
    m_service->list([this, self](const QList<Hook> &hooks, const QString &error) {
        if (!self)
            return;
        m_table->setHooks(hooks);
        showSelectedDetails();
        if (!error.isEmpty())
            m_details->setText(tr("The subscriptions could not be read: %1").arg(error));
        updateButtons();
        if (error.isEmpty())
            emit hooksListed(hooks);
        emit refreshed();
    });
}

void SubscriptionsPage::showSelectedDetails()
{
    const Hook *hook = selectedHook();
    if (!hook) {
        m_details->setText(m_table->hooks().isEmpty() ? tr("No hooks yet.") : QString());
        return;
    }
    if (hook->apiBase.isEmpty()) {
        m_details->setText(tr("%1 was not registered from HookDesk. Register it with the public "
                              "address above, or register it in TagMango yourself.")
                                   .arg(hook->path()));
        return;
    }
    const QString body = hook->responseBody.size() > 500
            ? hook->responseBody.left(500) + QStringLiteral("…")
            : hook->responseBody;
    m_details->setText(hook->responseStatus == 0
                               ? tr("Sent to %1: %2").arg(hook->apiBase, body)
                               : tr("TagMango's answer (from %1): HTTP %2 %3")
                                         .arg(hook->apiBase)
                                         .arg(hook->responseStatus)
                                         .arg(body));
}

} // namespace hookdesk
