// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpDifferential.h"

#include "intake/CanonicalSocket.h"
#include "intake/HttpFramer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>

#include <memory>

namespace hookdesk::test {
namespace {

// Hands QHttpServer a socket without ever listening.
class NeverListening : public QTcpServer
{
public:
    void hand(QTcpSocket *socket) { addPendingConnection(socket); }
};

struct Seen
{
    QHttpServerRequest::Method method;
    QString path;
    QByteArray body;
    qsizetype headerCount;
    QByteArray contentLength;
};

// Qt's real parser, recording what it parsed.
class RecordingServer : public QAbstractHttpServer
{
public:
    std::vector<Seen> seen;
    int missing = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *) override
    {
        seen.push_back(Seen{request.method(), request.url().path(QUrl::FullyEncoded), request.body(),
                            request.headers().size(), request.value("content-length")});
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { ++missing; }
};

QHttpServerRequest::Method qtMethod(const QByteArray &method)
{
    using M = QHttpServerRequest::Method;
    static const std::pair<const char *, M> known[] = {
            {"GET", M::Get},         {"PUT", M::Put},     {"DELETE", M::Delete},
            {"POST", M::Post},       {"HEAD", M::Head},   {"OPTIONS", M::Options},
            {"PATCH", M::Patch},     {"CONNECT", M::Connect},
    };
    for (const auto &[name, value] : known) {
        if (method == name)
            return value;
    }
    return M::Unknown;
}

QByteArray decoded(const QByteArray &path)
{
    return QByteArray::fromPercentEncoding(path);
}

} // namespace

QString httpDifferential(const QByteArray &input)
{
    static auto *listener = new NeverListening;
    static auto *server = [] {
        auto *created = new RecordingServer;
        created->bind(listener);
        return created;
    }();
    if (input.size() < 2)
        return {};
    // Split points: pieces of 1..64 bytes from a small generator seeded by the input.
    quint32 state = quint8(input[0]) | (quint32(quint8(input[1])) << 8);
    const QByteArray stream = input.mid(2);
    hookdesk::HttpFramer framer(hookdesk::HttpFramer::Limits{4096, 8192, 100});
    QList<hookdesk::HttpRequest> accepted;
    for (qsizetype at = 0; at < stream.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype piece = qMin<qsizetype>(1 + (state >> 16) % 64, stream.size() - at);
        const auto result = framer.feed(stream.mid(at, piece));
        accepted += result.requests;
        at += piece;
    }

    server->seen.clear();
    server->missing = 0;
    auto socket = std::make_unique<CanonicalSocket>(nullptr, nullptr, nullptr);
    listener->hand(socket.get());
    for (qsizetype n = 0; n < accepted.size(); ++n) {
        const hookdesk::HttpRequest &request = accepted[n];
        const QByteArray canonical = request.canonical();
        socket->deliver(canonical);
        const QString where = QStringLiteral("request %1 (%2): ").arg(n).arg(QString::fromLatin1(canonical.left(200).toPercentEncoding()));
        if (socket->state() != QAbstractSocket::ConnectedState)
            return where + QStringLiteral("Qt closed the connection");
        if (qsizetype(server->seen.size()) != n + 1)
            return where + QStringLiteral("Qt saw %1 requests").arg(server->seen.size());
        if (socket->bytesAvailable() != 0)
            return where + QStringLiteral("Qt left %1 bytes unread").arg(socket->bytesAvailable());
        const Seen &qt = server->seen.back();
        if (qt.method != qtMethod(request.method))
            return where + QStringLiteral("method differs");
        const qsizetype question = request.target.indexOf('?');
        const QByteArray path = question >= 0 ? request.target.left(question) : request.target;
        if (decoded(qt.path.toUtf8()) != decoded(path))
            return where + QStringLiteral("path differs: Qt has %1").arg(qt.path);
        if (qt.body != request.body)
            return where + QStringLiteral("body differs: Qt has %1 bytes").arg(qt.body.size());
        const qsizetype fields = request.headers.size() + 1 + (request.keepAlive ? 0 : 1);
        if (qt.headerCount != fields)
            return where + QStringLiteral("Qt has %1 header fields, not %2").arg(qt.headerCount).arg(fields);
        if (qt.contentLength != QByteArray::number(request.body.size()))
            return where + QStringLiteral("Content-Length differs");
    }
    if (server->missing)
        return QStringLiteral("Qt's missing handler ran");
    return {};
}

} // namespace hookdesk::test
