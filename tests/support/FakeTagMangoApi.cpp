// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTagMangoApi.h"

#include <QHttpServerRequest>

namespace hookdesk::test {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

} // namespace

QByteArray FakeTagMangoApi::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int FakeTagMangoApi::Request::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &h : headers)
        count += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

FakeTagMangoApi::FakeTagMangoApi(QObject *parent)
    : QObject(parent),
      m_body(R"({"result":"SUCCESS","message":"Webhook created"})"),
      m_headers{{"Content-Type", "application/json"}}
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
        Request recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.headers = request.headers();
        recorded.body = request.body();
        m_requests.append(recorded);
        if (m_hang) {
            m_held.push_back(std::move(responder));
        } else {
            responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(m_status));
            for (const auto &h : std::as_const(m_headers))
                responder.writeHeader(h.first, h.second);
            responder.writeHeader("Content-Length", QByteArray::number(m_body.size()));
            responder.writeBody(m_body);
        }
        emit received();
    });
}

FakeTagMangoApi::~FakeTagMangoApi() = default;

bool FakeTagMangoApi::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeTagMangoApi::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeTagMangoApi::answerWith(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_hang = false;
    m_status = status;
    m_body = body;
    m_headers = headers;
}

} // namespace hookdesk::test
