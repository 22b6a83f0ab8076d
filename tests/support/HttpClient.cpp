// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace hookdesk::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace HttpClient {

QByteArray buildRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                        const Headers &headers)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

HttpReply readReply(QTcpSocket &socket, int timeoutMs)
{
    HttpReply reply;
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    qsizetype headEnd = -1;
    qint64 length = -1;
    for (;;) {
        if (headEnd < 0) {
            headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                reply.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        reply.headers.append({lines[i].left(colon).trimmed(),
                                              lines[i].mid(colon + 1).trimmed()});
                }
                length = reply.header("Content-Length").toLongLong();
                if (reply.status == 100) { // interim answer: read the real one
                    buffer.remove(0, headEnd + 4);
                    reply = HttpReply();
                    headEnd = -1;
                    continue;
                }
            }
        }
        if (headEnd >= 0 && buffer.size() - (headEnd + 4) >= length) {
            reply.body = buffer.mid(headEnd + 4, length);
            return reply;
        }
        if (deadline.hasExpired()) {
            reply.status = 0;
            reply.error = QStringLiteral("timeout");
            return reply;
        }
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (socket.bytesAvailable() == 0) {
                reply.status = 0;
                reply.error = socket.state() == QAbstractSocket::ConnectedState
                        ? QStringLiteral("timeout")
                        : QStringLiteral("closed: ") + socket.errorString();
                return reply;
            }
        }
        buffer += socket.readAll();
    }
}

HttpReply raw(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        HttpReply reply;
        reply.error = socket.errorString();
        return reply;
    }
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    return readReply(socket, timeoutMs);
}

HttpReply request(quint16 port, const QByteArray &method, const QByteArray &path,
                  const QByteArray &body, const Headers &headers, int timeoutMs)
{
    return raw(port, buildRequest(method, path, body, headers), timeoutMs);
}

QByteArray attendeeBody(int n, const QByteArray &webinarId)
{
    return "{\"name\":\"Attendee " + QByteArray::number(n) + "\",\"email\":\"attendee" + QByteArray::number(n)
            + "@example.com\",\"phone\":\"+91 98765 " + QByteArray::number(10000 + n % 90000)
            + "\",\"webinar\":\"Test webinar\",\"webinarId\":\"" + webinarId
            + "\",\"webinarLink\":\"https://example.com/recording/" + webinarId + "\"}";
}

std::vector<HttpReply> concurrent(quint16 port, const QList<QByteArray> &requests, int timeoutMs)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    sockets.reserve(size_t(requests.size()));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QTcpSocket &socket = *sockets[size_t(i)];
        if (socket.waitForConnected(timeoutMs))
            socket.write(requests[i]);
    }
    for (auto &socket : sockets)
        socket->waitForBytesWritten(1000);
    std::vector<HttpReply> replies;
    replies.reserve(sockets.size());
    for (auto &socket : sockets)
        replies.push_back(readReply(*socket, timeoutMs));
    return replies;
}

} // namespace HttpClient
} // namespace hookdesk::test
