// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <vector>

namespace hookdesk::test {

// A stand-in for TagMango's integration API: a QHttpServer on 127.0.0.1 (free
// port) that records every request, on any path, and answers as told. Lives on
// the test's thread, so the test must keep the event loop running while a
// client talks to it (QTRY_*, QSignalSpy::wait).
class FakeTagMangoApi : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers; // as received, in order
        QByteArray body;

        // Value of a header (case-insensitive name); empty if absent.
        QByteArray header(const QByteArray &name) const;
        // How often a header appears (case-insensitive name).
        int headerCount(const QByteArray &name) const;
    };

    explicit FakeTagMangoApi(QObject *parent = nullptr);
    ~FakeTagMangoApi() override;

    // Listens on 127.0.0.1 and a free port; false if that fails.
    bool start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Every later request gets this answer (default: 201 with a small JSON body).
    void answerWith(int status, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {
                            {"Content-Type", "application/json"}});
    // Every later request is read and never answered.
    void hang() { m_hang = true; }

    const QList<Request> &requests() const { return m_requests; }

signals:
    void received();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_status = 201;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_hang = false;
    QList<Request> m_requests;
    std::vector<QHttpServerResponder> m_held;
};

} // namespace hookdesk::test
