// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstRunPanel.h"

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
               "register it with your API key). %1")
                    .arg(m_publicBaseUrl.isValid()
                                 ? tr("It is your public address followed by your hook path:")
                                 : tr("Put the tunnel's https address in front of your hook path:")));
    layout->addWidget(copyRow(registerUrl(), tr("Hook URL to register"), tr("hook URL")));

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
    if (m_publicBaseUrl.isValid() && !m_publicBaseUrl.isEmpty()) {
        QString base = m_publicBaseUrl.toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        return base + m_listener.hookPath;
    }
    //: Stands in for the user's tunnel address in a URL they will edit; no spaces.
    return tr("https://YOUR-TUNNEL-ADDRESS") + m_listener.hookPath;
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
    connect(copy, &QPushButton::clicked, this, [this, text, what] { m_actions->copy(text, what); });
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
