// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/ListenerControl.h"

#include "settings/AppSettings.h"
#include "core/Logging.h"
#include "intake/IntakeService.h"
#include "intake/Receiver.h"
#include "intake/ListenAdvice.h"
#include "intake/ListenerRanges.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace hookdesk {

ListenerControl::ListenerControl(IntakeService *intake, AppSettings *settings, const QString &hookPath,
                                 const ListenerStatus &initial, QWidget *parent)
    : QWidget(parent), m_intake(intake), m_settings(settings), m_hookPath(hookPath), m_status(initial)
{
    setObjectName(QStringLiteral("listenerControl"));
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->setItemData(0, tr("This computer only. TagMango reaches it through a tunnel "
                                 "(cloudflared, ngrok). The safe choice."),
                           Qt::ToolTipRole);
    m_address->addItem(QStringLiteral("0.0.0.0"));
    m_address->setItemData(1, tr("Every network this computer is on: other machines can send to "
                                 "HookDesk directly."),
                           Qt::ToolTipRole);
    m_address->setAccessibleName(tr("Listen address"));
    m_address->setMinimumContentsLength(15);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_address->setToolTip(tr("The IP address HookDesk listens on. 127.0.0.1 accepts calls from this "
                             "computer only (a tunnel forwards TagMango's calls to it)."));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setRange(int(ListenerRanges::port.min), int(ListenerRanges::port.max));
    m_port->setAccessibleName(tr("Listen port"));
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startListener"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopListener"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("listenerStateText"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listenerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *row = new QHBoxLayout;
    row->addWidget(addressLabel);
    row->addWidget(m_address);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addWidget(m_start);
    row->addWidget(m_stop);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(row);
    layout->addWidget(m_message);

    // The fields start where the listener is (or was asked to be).
    if (m_intake->isRunning()) {
        m_running = m_settings->intakeOptions();
        m_running.port = m_intake->port();
        const QHostAddress host(QUrl(initial.localBaseUrl).host());
        if (!host.isNull())
            m_running.address = host;
    }
    setAddress(m_intake->isRunning() ? m_running.address.toString() : m_settings->listenAddress());
    m_port->setValue(m_intake->isRunning() ? m_intake->port() : m_settings->listenPort());

    connect(m_start, &QPushButton::clicked, this, &ListenerControl::start);
    connect(m_stop, &QPushButton::clicked, this, &ListenerControl::stop);
    connect(m_address, &QComboBox::currentTextChanged, this, &ListenerControl::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ListenerControl::fieldsChanged);
    connect(m_address->lineEdit(), &QLineEdit::returnPressed, this, &ListenerControl::start);

    QString problem;
    if (!initial.listening && !initial.error.isEmpty()) {
        const QString advice = ListenAdvice::forError(m_intake->listenError(), QHostAddress(m_settings->listenAddress()),
                                                      quint16(m_port->value()), ListenAdvice::Audience::Window);
        problem = advice.isEmpty() ? initial.error : advice;
    }
    showStatus(problem);
}

QString ListenerControl::message() const
{
    return m_message->text();
}

void ListenerControl::setAddress(const QString &address)
{
    const int index = m_address->findText(address);
    if (index >= 0)
        m_address->setCurrentIndex(index);
    else
        m_address->setEditText(address);
}

void ListenerControl::setPort(quint16 port)
{
    m_port->setValue(port);
}

IntakeServer::Options ListenerControl::optionsFromFields(bool *valid) const
{
    IntakeServer::Options options = m_settings->intakeOptions();
    *valid = options.address.setAddress(m_address->currentText().trimmed());
    options.port = quint16(m_port->value());
    return options;
}

void ListenerControl::fieldsChanged()
{
    bool valid = false;
    const IntakeServer::Options options = optionsFromFields(&valid);
    const bool same = m_status.listening && options.address == m_running.address && options.port == m_running.port;
    m_start->setEnabled(valid && !same);
    // While listening, the button appears once the fields name another place.
    m_start->setVisible(!same);
    m_start->setText(m_status.listening ? tr("&Listen here instead") : tr("&Start"));
    const QString text = valid ? m_problem
                               : tr("“%1” is not an IP address. Use 127.0.0.1 for this computer only, or "
                                    "0.0.0.0 for every network.")
                                         .arg(m_address->currentText().trimmed());
    m_message->setText(text);
    m_message->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

bool ListenerControl::listenOn(const IntakeServer::Options &options, QString *failure)
{
    if (m_intake->isRunning())
        m_intake->stop(2000);
    if (m_intake->start(options, failure)) {
        m_running = options;
        m_running.port = m_intake->port();
        m_status.listening = true;
        m_status.error.clear();
        m_status.localBaseUrl = Receiver::localBaseUrl(options.address, m_running.port);
        m_status.hookPath = m_hookPath;
        return true;
    }
    return false;
}

bool ListenerControl::start()
{
    bool valid = false;
    const IntakeServer::Options wanted = optionsFromFields(&valid);
    if (!valid) {
        fieldsChanged();
        return false;
    }
    const bool wasListening = m_status.listening;
    const IntakeServer::Options previous = m_running;
    QString failure;
    if (listenOn(wanted, &failure)) {
        m_settings->setListenAddress(wanted.address.toString());
        m_settings->setListenPort(m_running.port);
        m_settings->sync();
        qCInfo(lcUi).noquote() << "listener moved to" << m_status.localBaseUrl;
        showStatus();
        emit statusChanged(m_status);
        return true;
    }
    const QAbstractSocket::SocketError code = m_intake->listenError();
    QString problem = ListenAdvice::forError(code, wanted.address, wanted.port, ListenAdvice::Audience::Window);
    if (problem.isEmpty())
        problem = failure;
    // Keep listening where it worked, rather than leaving TagMango's calls unanswered.
    QString ignored;
    if (wasListening && listenOn(previous, &ignored)) {
        problem += QLatin1Char(' ') + tr("HookDesk is still listening on %1.").arg(m_status.localBaseUrl);
    } else {
        m_status.listening = false;
        m_status.error = failure;
    }
    showStatus(problem);
    emit statusChanged(m_status);
    return false;
}

void ListenerControl::stop()
{
    m_intake->stop(2000);
    m_status.listening = false;
    m_status.error = tr("stopped");
    showStatus();
    emit statusChanged(m_status);
}

bool ListenerControl::restart()
{
    return start();
}

void ListenerControl::showStatus(const QString &problem)
{
    if (m_status.listening) {
        m_state->setText(tr("<b style='color:#1b6e20'>● Listening</b> on %1 — hook URL <code>%2</code>")
                                 .arg(m_status.localBaseUrl.toHtmlEscaped(), m_status.localHookUrl().toHtmlEscaped()));
    } else {
        m_state->setText(tr("<b style='color:#b3261e'>✕ Not listening.</b> TagMango's calls are not "
                            "answered until you start the listener."));
    }
    m_stop->setEnabled(m_status.listening);
    m_problem = problem;
    fieldsChanged();
}

} // namespace hookdesk
