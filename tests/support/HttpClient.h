// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

class QTcpSocket;

namespace hookdesk::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply
{
    int status = 0;          // 0: no answer (see error)
    QByteArray body;
    Headers headers;
    QString error;
    QByteArray header(const QByteArray &name) const;
};

// A deliberately small HTTP/1.1 client over real sockets, for tests. The server
// under test runs on another thread or process, so blocking here is fine.
namespace HttpClient {

QByteArray buildRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                        const Headers &headers = {{"Content-Type", "application/json"}});
// Reads one response from `socket` (status line, headers, Content-Length body).
HttpReply readReply(QTcpSocket &socket, int timeoutMs = 10000);
// One request on a new connection.
HttpReply request(quint16 port, const QByteArray &method, const QByteArray &path,
                  const QByteArray &body = {},
                  const Headers &headers = {{"Content-Type", "application/json"}},
                  int timeoutMs = 10000);
// Sends raw bytes on a new connection and reads one response.
HttpReply raw(quint16 port, const QByteArray &bytes, int timeoutMs = 10000);
// A webinar.completed.all body for attendee `n` of `webinarId`.
QByteArray attendeeBody(int n, const QByteArray &webinarId = "webinar-1");

// Sends every request at once, each on its own connection, then reads all answers.
std::vector<HttpReply> concurrent(quint16 port, const QList<QByteArray> &requests,
                                  int timeoutMs = 30000);

} // namespace HttpClient
} // namespace hookdesk::test
