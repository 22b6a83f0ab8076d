// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryReplay.h"

#include "intake/RequestVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hookdesk::DeliveryReplay {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReplay)
};

const QLatin1String masked("***");

// Headers curl writes itself, or that describe the original connection only.
bool isConnectionHeader(const QString &name)
{
    static const QStringList names = {
            QStringLiteral("host"),           QStringLiteral("content-length"),
            QStringLiteral("connection"),     QStringLiteral("transfer-encoding"),
            QStringLiteral("expect"),         QStringLiteral("keep-alive"),
            QStringLiteral("accept-encoding"), QStringLiteral("te"),
            QStringLiteral("upgrade"),        QStringLiteral("proxy-connection"),
    };
    return names.contains(name);
}

bool isPastable(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    // Valid UTF-8 survives the round trip unchanged.
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    for (const QChar c : text) {
        // Control characters other than tab and newline confuse terminals.
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

// A printf command that writes `bytes` exactly, NUL included (a shell word cannot
// hold NUL): printf's format interprets \ooo escapes.
QString printfCommand(const QByteArray &bytes)
{
    QString format;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '%')
            format += QStringLiteral("%%");
        else if (c == '\\')
            format += QStringLiteral("\\\\");
        else if (c == '\'')
            format += QStringLiteral("'\\''");
        else if (c >= 0x20 && c < 0x7f)
            format += QLatin1Char(char(c));
        else
            format += QStringLiteral("\\%1").arg(c, 3, 8, QLatin1Char('0'));
    }
    return QStringLiteral("printf '%1'").arg(format);
}

} // namespace

QString shellQuote(const QByteArray &text)
{
    if (isPastable(text)) {
        QString quoted = QString::fromUtf8(text);
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    QString out = QStringLiteral("$'");
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\\' || c == '\'') {
            out += QLatin1Char('\\');
            out += QLatin1Char(char(c));
        } else if (c >= 0x20 && c < 0x7f) {
            out += QLatin1Char(char(c));
        } else {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    return out + QLatin1Char('\'');
}

std::optional<Request> prepare(const DeliveryDetail &delivery, const std::optional<Hook> &hook,
                               const QUrl &localBaseUrl, const QDateTime &now, QString *error)
{
    if (delivery.row.subscriptionId <= 0 || !hook) {
        *error = Text::tr("This request did not reach a known hook (HookDesk answered %1), so there is "
                          "no hook to send it to again.")
                         .arg(delivery.row.status);
        return std::nullopt;
    }
    if (delivery.isBodyTruncated()) {
        const QLocale locale;
        *error = Text::tr("The delivery log kept only the first %1 of this request's %2 body, so it "
                          "cannot be sent again as it was.")
                         .arg(locale.formattedDataSize(delivery.body.size()),
                              locale.formattedDataSize(delivery.row.bodySize));
        return std::nullopt;
    }
    if (!localBaseUrl.isValid() || localBaseUrl.isEmpty()) {
        *error = Text::tr("The listener is not running. Start it, then replay the delivery.");
        return std::nullopt;
    }
    Request request;
    request.url = localBaseUrl;
    request.url.setPath(hook->path());
    request.body = delivery.body;
    const QString contentType = delivery.contentType();
    auto add = [&request](const QByteArray &name, const QByteArray &value) {
        request.headers.append(qMakePair(name, value));
    };
    add("Content-Type", contentType.isEmpty() ? QByteArray("application/json") : contentType.toUtf8());
    add("User-Agent", "HookDesk-Replay");
    // The stored secrets were masked; the hook's own secrets are at hand here.
    if (!hook->verifyHeader.isEmpty())
        add(hook->verifyHeader, hook->verifyHeaderSecret);
    if (!hook->hmacSecret.isEmpty()) {
        // A fresh id: the listener forgets nothing it has already processed.
        const QByteArray id = "hookdesk-replay-" + QByteArray::number(delivery.row.id) + '-'
                + QByteArray::number(now.toMSecsSinceEpoch());
        const qint64 timestamp = now.toSecsSinceEpoch();
        add("webhook-id", id);
        add("webhook-timestamp", QByteArray::number(timestamp));
        add("webhook-signature", RequestVerifier::sign(hook->hmacSecret, id, timestamp, request.body));
    }
    return request;
}

QString curlCommand(const DeliveryDetail &delivery, const QString &localBaseUrl)
{
    const QJsonObject headers = QJsonDocument::fromJson(delivery.headersJson).object();
    QStringList lines;
    QStringList left;
    QStringList kept;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const QString name = it.key();
        const QString value = it.value().toString();
        if (isConnectionHeader(name))
            continue;
        if (value == masked || value.contains(masked)) {
            left.append(name);
            continue;
        }
        kept.append(QStringLiteral("  -H %1").arg(shellQuote((name + QStringLiteral(": ") + value).toUtf8())));
    }

    QStringList comments;
    comments.append(Text::tr("# Replace TOKEN with the hook's token (the end of the hook URL HookDesk shows)."));
    if (!left.isEmpty())
        comments.append(Text::tr("# Left out, their values were secret and not kept: %1.")
                                .arg(left.join(QStringLiteral(", "))));
    if (delivery.isBodyTruncated())
        comments.append(Text::tr("# The body was %1 bytes; the delivery log kept the first %2 only.")
                                .arg(delivery.row.bodySize)
                                .arg(delivery.body.size()));

    QString base = localBaseUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8787") : localBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = delivery.row.path;
    if (path.startsWith(QLatin1String("/hooks/")) || path.isEmpty())
        path = QStringLiteral("/hooks/TOKEN");
    const QString method = delivery.row.method.isEmpty() ? QStringLiteral("POST") : delivery.row.method;

    // A body with NUL bytes cannot be a shell word: printf writes it to curl's stdin.
    const bool piped = delivery.body.contains('\0');
    lines.append(QStringLiteral("%1curl -X %2 %3")
                         .arg(piped ? printfCommand(delivery.body) + QStringLiteral(" | ") : QString(),
                              shellQuote(method.toUtf8()), shellQuote((base + path).toUtf8())));
    lines += kept;
    if (piped)
        lines.append(QStringLiteral("  --data-binary @-"));
    else if (!delivery.body.isEmpty() || delivery.row.bodySize > 0)
        lines.append(QStringLiteral("  --data-binary %1").arg(shellQuote(delivery.body)));
    return comments.join(QLatin1Char('\n')) + QLatin1Char('\n') + lines.join(QStringLiteral(" \\\n"))
            + QLatin1Char('\n');
}

} // namespace hookdesk::DeliveryReplay
