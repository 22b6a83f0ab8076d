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
    // The public hook URL TagMango must call, or "" while no usable public
    // address is known (then nothing can be copied: a placeholder URL pasted
    // into TagMango would silently lose every attendee).
    QString registerUrl() const;
    // The public address changed elsewhere (Subscriptions, Settings).
    void setPublicBaseUrl(const QUrl &base);

signals:
    // The user typed a usable public address here.
    void publicBaseUrlEdited(const QUrl &base);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *copyRow(const QString &text, const QString &accessibleName, const QString &what,
                     bool wrap = false);
    void sendTestAttendee();
    void showPublicAddress(const QString &typed);

    ListenerStatus m_listener;
    QUrl m_publicBaseUrl;
    AttendeeActions *m_actions;
    QWidget *m_content = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    QLineEdit *m_publicAddress = nullptr;
    QLineEdit *m_hookUrl = nullptr;
    QPushButton *m_copyHookUrl = nullptr;
    QLabel *m_publicProblem = nullptr;
};

} // namespace hookdesk
