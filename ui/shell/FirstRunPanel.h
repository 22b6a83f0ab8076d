// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener/ListenerStatus.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace hookdesk {

class AttendeeActions;

// Shown until the first attendee arrives: the three steps from a fresh install
// to a full list (a tunnel, the hook URL to register, a test attendee), each
// with something to copy.
class FirstRunPanel : public QWidget
{
    Q_OBJECT
public:
    FirstRunPanel(const ListenerStatus &listener, const QUrl &publicBaseUrl,
                  AttendeeActions *actions, QWidget *parent = nullptr);

    // The JSON a test attendee carries (also in the curl command).
    static QByteArray testPayload();
    QString curlCommand() const;
    QString registerUrl() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *copyRow(const QString &text, const QString &accessibleName, const QString &what,
                     bool wrap = false);
    void sendTestAttendee();

    ListenerStatus m_listener;
    QUrl m_publicBaseUrl;
    AttendeeActions *m_actions;
    QWidget *m_content = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace hookdesk
