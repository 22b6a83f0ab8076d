// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookdesk {

JsonAnswer JsonAnswer::ok(int code, const QString &statusWord)
{
    JsonAnswer answer;
    answer.status = code;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), statusWord}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

JsonAnswer JsonAnswer::error(int code, const QString &message, const QString &field)
{
    QJsonObject object{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    JsonAnswer answer;
    answer.status = code;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    answer.reason = message;
    return answer;
}

QByteArray JsonAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

QByteArray JsonAnswer::serialize() const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nContent-Type: application/json\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\nCache-Control: no-store\r\n";
    for (const auto &header : headers) {
        out += header.first;
        out += ": ";
        out += header.second;
        out += "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace hookdesk
