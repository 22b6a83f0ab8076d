// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstRunPanel.h"

#include "tagmango/HookUrl.h"

#include "attendees/AttendeeActions.h"
#include "core/AppInfo.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hookdesk {

FirstRunPanel::FirstRunPanel(const ListenerStatus &listener, const QUrl &publicBaseUrl,
                             AttendeeActions *actions, QWidget *parent)
    : QWidget(parent), m_listener(listener), m_publicBaseUrl(publicBaseUrl), m_actions(actions)
{
    setObjectName(QStringLiteral("firstRunPanel"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    auto addText = [&](const QString &html) {
        auto *label = new QLabel(html, content);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        label->setOpenExternalLinks(false);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(label);
        return label;
    };

    addText(tr("<h2>Waiting for the first attendee</h2>"));
    if (!listener.listening) {
        QLabel *warning = addText(tr("<b>The listener is not running:</b> %1<br>Another program may be "
                                     "using the port. Attendees cannot arrive until it runs.")
                                          .arg(listener.error.toHtmlEscaped()));
        warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        addText(tr("HookDesk is listening on <b>%1</b>. About 15 minutes after a webinar ends, "
                   "TagMango sends one request per attendee to your hook URL, and each attendee "
                   "appears here. Three steps get you there:")
                        .arg(listener.localBaseUrl.toHtmlEscaped()));
    }

    const QString port = QString::number(QUrl(listener.localBaseUrl).port(AppInfo::DefaultPort));
    addText(tr("<h3>1. Give this computer a public address</h3>"
               "TagMango's servers cannot reach 127.0.0.1. Run one of these tunnels in a "
               "terminal and keep it running; it prints an <b>https</b> address."));
    layout->addWidget(copyRow(QStringLiteral("cloudflared tunnel --url http://127.0.0.1:%1").arg(port),
                              tr("cloudflared command"), tr("cloudflared command")));
    layout->addWidget(copyRow(QStringLiteral("ngrok http %1").arg(port), tr("ngrok command"),
                              tr("ngrok command")));

    addText(tr("<h3>2. Register your hook URL with TagMango</h3>"
               "Use it for the <b>webinar.completed.all</b> event (the Subscriptions tab can "
               "register it with your API key). Paste the tunnel's https address here once; "
               "HookDesk remembers it and shows the hook URL TagMango must call:"));
    auto *addressRow = new QWidget(content);
    auto *addressLayout = new QHBoxLayout(addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    auto *addressLabel = new QLabel(tr("Public address:"), addressRow);
    m_publicAddress = new QLineEdit(addressRow);
    m_publicAddress->setObjectName(QStringLiteral("publicAddress"));
    m_publicAddress->setPlaceholderText(tr("https://your-tunnel.trycloudflare.com"));
    m_publicAddress->setAccessibleName(tr("Public address"));
    m_publicAddress->setClearButtonEnabled(true);
    addressLabel->setBuddy(m_publicAddress);
    addressLayout->addWidget(addressLabel);
    addressLayout->addWidget(m_publicAddress, 1);
    layout->addWidget(addressRow);
    m_publicProblem = new QLabel(content);
    m_publicProblem->setObjectName(QStringLiteral("publicAddressProblem"));
    m_publicProblem->setWordWrap(true);
    layout->addWidget(m_publicProblem);
    QWidget *hookRow = copyRow(QString(), tr("Hook URL to register"), tr("hook URL"));
    m_hookUrl = hookRow->findChild<QLineEdit *>(QStringLiteral("copyField"));
    m_hookUrl->setObjectName(QStringLiteral("hookUrlToRegister"));
    m_copyHookUrl = hookRow->findChild<QPushButton *>();
    m_copyHookUrl->setObjectName(QStringLiteral("copyHookUrl"));
    layout->addWidget(hookRow);
    // The URL follows every keystroke; the address is kept once the user is
    // done with it (Enter, or leaving the field), so "https://l" on the way to
    // "localhost" is never saved.
    connect(m_publicAddress, &QLineEdit::textEdited, this, &FirstRunPanel::showPublicAddress);
    connect(m_publicAddress, &QLineEdit::editingFinished, this, [this] {
        if (!registerUrl().isEmpty())
            emit publicBaseUrlEdited(m_publicBaseUrl);
    });
    if (m_publicBaseUrl.isValid() && !m_publicBaseUrl.isEmpty())
        m_publicAddress->setText(m_publicBaseUrl.toString());
    showPublicAddress(m_publicAddress->text());

    addText(tr("<h3>3. Send a test attendee</h3>"
               "Check that the listener answers. The test attendee appears here at once; delete "
               "its webinar afterwards from the webinar list's context menu."));
    auto *testLine = new QWidget(content);
    auto *testLayout = new QHBoxLayout(testLine);
    testLayout->setContentsMargins(0, 0, 0, 0);
    m_sendTest = new QPushButton(tr("Send a test attendee"), testLine);
    m_sendTest->setObjectName(QStringLiteral("sendTestAttendee"));
    m_sendTest->setEnabled(listener.listening);
    m_testResult = new QLabel(testLine);
    m_testResult->setWordWrap(true);
    testLayout->addWidget(m_sendTest);
    testLayout->addWidget(m_testResult, 1);
    layout->addWidget(testLine);
    connect(m_sendTest, &QPushButton::clicked, this, &FirstRunPanel::sendTestAttendee);
    addText(tr("or from a terminal:"));
    layout->addWidget(copyRow(curlCommand(), tr("curl command for a test attendee"), tr("curl command"), true));
    layout->addStretch();

    m_content = content;
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void FirstRunPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Centred, at a width that reads well (margins rather than a nested layout,
    // which would lose the wrapped labels' height-for-width).
    const int side = std::max(12, (width() - 900) / 2);
    m_content->layout()->setContentsMargins(side, 12, side, 12);
}

QString FirstRunPanel::registerUrl() const
{
    if (!m_publicBaseUrl.isValid() || m_publicBaseUrl.isEmpty() || HookUrl::isPrivate(m_publicBaseUrl))
        return QString();
    return HookUrl::join(m_publicBaseUrl, m_listener.hookPath).toString();
}

void FirstRunPanel::setPublicBaseUrl(const QUrl &base)
{
    if (m_publicAddress->hasFocus())
        return; // the user is typing here; what they type wins
    m_publicAddress->setText(base.isValid() ? base.toString() : QString());
    showPublicAddress(m_publicAddress->text());
}

void FirstRunPanel::showPublicAddress(const QString &typed)
{
    QUrl base;
    QString error;
    m_publicBaseUrl = QUrl();
    if (typed.trimmed().isEmpty()) {
        m_publicProblem->setText(tr("Until you enter it, there is no URL to copy: TagMango can only "
                                    "call a public https address, never 127.0.0.1."));
    } else if (!HookUrl::parseBase(typed, &base, &error)) {
        m_publicProblem->setText(error);
    } else if (HookUrl::isPrivate(base)) {
        m_publicProblem->setText(tr("%1 can only be reached from this computer or network; "
                                    "TagMango's servers cannot call it. Enter the tunnel's https address.")
                                         .arg(base.host()));
    } else {
        m_publicBaseUrl = base;
        m_publicProblem->clear();
    }
    m_publicProblem->setVisible(!m_publicProblem->text().isEmpty());
    const QString url = registerUrl();
    m_hookUrl->setText(url);
    m_hookUrl->setPlaceholderText(tr("(enter the public address above)"));
    m_hookUrl->setCursorPosition(0);
    m_copyHookUrl->setEnabled(!url.isEmpty());
}

QByteArray FirstRunPanel::testPayload()
{
    QJsonObject body;
    body.insert(QStringLiteral("name"), QStringLiteral("Test Attendee"));
    body.insert(QStringLiteral("email"), QStringLiteral("test.attendee@example.com"));
    body.insert(QStringLiteral("phone"), QStringLiteral("+91 98765 43210"));
    body.insert(QStringLiteral("webinar"), QStringLiteral("HookDesk test webinar"));
    body.insert(QStringLiteral("webinarId"), QStringLiteral("hookdesk-check-local"));
    body.insert(QStringLiteral("webinarLink"), QStringLiteral("https://example.com/replay"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString FirstRunPanel::curlCommand() const
{
    return QStringLiteral("curl -X POST %1 -H 'Content-Type: application/json' -d '%2'")
            .arg(m_listener.localHookUrl(), QString::fromUtf8(testPayload()));
}

QWidget *FirstRunPanel::copyRow(const QString &text, const QString &accessibleName,
                                const QString &what, bool wrap)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *field = nullptr;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (wrap) {
        // Long commands wrap so all of them can be read before copying.
        auto *edit = new QPlainTextEdit(text, row);
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(QFontMetrics(fixed).lineSpacing() * 4 + 12);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        field = edit;
    } else {
        auto *line = new QLineEdit(text, row);
        line->setReadOnly(true);
        line->setFont(fixed);
        line->setCursorPosition(0);
        field = line;
    }
    field->setObjectName(QStringLiteral("copyField"));
    field->setAccessibleName(accessibleName);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    connect(copy, &QPushButton::clicked, this, [this, field, what] {
        const auto *line = qobject_cast<QLineEdit *>(field);
        m_actions->copy(line ? line->text() : static_cast<QPlainTextEdit *>(field)->toPlainText(), what);
    });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

void FirstRunPanel::sendTestAttendee()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(m_listener.localHookUrl()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    m_sendTest->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    QNetworkReply *reply = m_network->post(request, testPayload());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_sendTest->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString body = QString::fromUtf8(reply->readAll()).left(200);
        if (status == 200)
            m_testResult->setText(tr("The listener answered %1 %2.").arg(status).arg(body));
        else if (status > 0)
            m_testResult->setText(tr("The listener answered %1: %2").arg(status).arg(body));
        else
            m_testResult->setText(tr("No answer: %1").arg(reply->errorString()));
    });
}

} // namespace hookdesk
