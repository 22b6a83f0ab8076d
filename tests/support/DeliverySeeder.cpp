// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliverySeeder.h"

#include "store/StoreWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <condition_variable>
#include <mutex>

namespace hookdesk::test {
namespace {

const char *const names[] = {"Priya Sharma", "Rahul Verma", "Ananya Iyer", "Arjun Nair",
                             "Sneha Reddy", "Vikram Patel", "Kavya Mehta", "Rohan Gupta",
                             "Meera Singh", "Aditya Kumar", "Isha Rao", "Karan Menon",
                             "Divya Das", "Farhan Shaikh", "Gurpreet Kaur", "Emma Smith",
                             "José García", "Lena Müller", "Aisha Khan", "Wei Chen"};

AttendeeRecord person(int n, const QString &webinarId, const QString &title)
{
    const QString name = QString::fromUtf8(names[n % int(std::size(names))]);
    AttendeeRecord a;
    a.name = name;
    a.email = QStringLiteral("%1%2@example.com")
                      .arg(name.section(QLatin1Char(' '), 0, 0).toLower().normalized(QString::NormalizationForm_D)
                                   .remove(QRegularExpression(QStringLiteral("[^a-z]"))))
                      .arg(n + 1);
    a.phone = QStringLiteral("+91 98%1 %2").arg(100 + n % 900).arg(10000 + n * 37 % 90000);
    a.webinarId = webinarId;
    a.webinarTitle = title;
    a.recordingUrl = QStringLiteral("https://tagmango.com/webinar/recording/") + webinarId;
    QJsonObject payload{{QStringLiteral("name"), a.name},          {QStringLiteral("email"), a.email},
                        {QStringLiteral("phone"), a.phone},        {QStringLiteral("webinar"), title},
                        {QStringLiteral("webinarId"), webinarId}, {QStringLiteral("webinarLink"), a.recordingUrl}};
    a.rawPayload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return a;
}

QString hookPath(const QString &tokenStart)
{
    return QStringLiteral("/hooks/") + tokenStart.left(6) + QStringLiteral("…");
}

} // namespace

QByteArray DeliverySeeder::tagMangoHeaders(qint64 bodySize, bool withSecret)
{
    QJsonObject headers{
            {QStringLiteral("host"), QStringLiteral("quiet-river-4821.trycloudflare.com")},
            {QStringLiteral("user-agent"), QStringLiteral("axios/1.6.8")},
            {QStringLiteral("content-type"), QStringLiteral("application/json")},
            {QStringLiteral("accept"), QStringLiteral("application/json, text/plain, */*")},
            {QStringLiteral("content-length"), QString::number(bodySize)},
            {QStringLiteral("accept-encoding"), QStringLiteral("gzip")},
            {QStringLiteral("cf-connecting-ip"), QStringLiteral("13.233.48.127")},
            {QStringLiteral("x-forwarded-for"), QStringLiteral("13.233.48.127")},
            {QStringLiteral("x-forwarded-proto"), QStringLiteral("https")},
    };
    if (withSecret)
        headers.insert(QStringLiteral("x-tagmango-secret"), QStringLiteral("***"));
    return QJsonDocument(headers).toJson(QJsonDocument::Compact);
}

DeliverySeeder::Delivery DeliverySeeder::accepted(const QDateTime &at, qint64 hookId,
                                                  const QString &tokenStart, const AttendeeRecord &attendee)
{
    Delivery d;
    d.attendee = attendee;
    d.attendee->isTest = AttendeeRecord::isTestWebinarId(attendee.webinarId);
    d.record.receivedAt = at;
    d.record.remote = QStringLiteral("127.0.0.1");
    d.record.subscriptionId = hookId;
    d.record.method = QStringLiteral("POST");
    d.record.path = hookPath(tokenStart);
    d.record.status = 200;
    d.record.body = attendee.rawPayload;
    d.record.bodySize = attendee.rawPayload.size();
    d.record.headersJson = tagMangoHeaders(d.record.bodySize);
    return d;
}

DeliverySeeder::Delivery DeliverySeeder::refused(const QDateTime &at, int status, const QString &reason,
                                                 qint64 hookId, const QString &path,
                                                 const QByteArray &body, const QString &remote)
{
    Delivery d;
    d.record.receivedAt = at;
    d.record.remote = remote;
    d.record.subscriptionId = hookId;
    d.record.method = QStringLiteral("POST");
    d.record.path = path;
    d.record.status = status;
    d.record.outcome = DeliveryOutcome::Rejected;
    d.record.reason = reason;
    d.record.body = body;
    d.record.bodySize = body.size();
    // A 401 here means a wrong secret: the header came, masked like any secret.
    if (!path.isEmpty())
        d.record.headersJson = tagMangoHeaders(body.size(), status == 401 || hookId > 0);
    return d;
}

QList<DeliverySeeder::Delivery> DeliverySeeder::lastHour(const QDateTime &now, qint64 hookId,
                                                         const QString &tokenStart)
{
    QList<Delivery> out;
    const QString options = QStringLiteral("6650c1f2a9e4b21d3c8f0a17");
    const QString optionsTitle = QStringLiteral("Options Trading Masterclass — Batch 3");
    const QString yoga = QStringLiteral("6651a07be2c94d18a0b3f5c2");
    const QString yogaTitle = QStringLiteral("Yoga for Beginners");

    // TagMango sends a webinar's attendees within seconds of each other.
    QDateTime t = now.addSecs(-40 * 60);
    for (int i = 0; i < 120; ++i)
        out.append(accepted(t.addMSecs(i * 700), hookId, tokenStart, person(i, options, optionsTitle)));
    t = now.addSecs(-12 * 60);
    for (int i = 0; i < 60; ++i)
        out.append(accepted(t.addMSecs(i * 900), hookId, tokenStart, person(i + 7, yoga, yogaTitle)));
    // TagMango retries a few calls it did not see answered: duplicates.
    for (int i = 0; i < 8; ++i)
        out.append(accepted(t.addSecs(75 + i), hookId, tokenStart, person(i * 3 + 7, yoga, yogaTitle)));

    const QString path = hookPath(tokenStart);
    const QByteArray goodBody = person(3, yoga, yogaTitle).rawPayload;
    t = now.addSecs(-6 * 60);
    // A sender with the old secret: a run of 401s.
    for (int i = 0; i < 14; ++i)
        out.append(refused(t.addSecs(i * 4), 401, QStringLiteral("wrong secret in header x-tagmango-secret"),
                           hookId, path, goodBody));
    t = now.addSecs(-4 * 60);
    out.append(refused(t, 404, QStringLiteral("unknown hook"), 0, QStringLiteral("/hooks/Zx81kQ…"),
                       goodBody, QStringLiteral("203.0.113.7")));
    out.append(refused(t.addSecs(9), 404, QStringLiteral("no such endpoint"), 0, QStringLiteral("/wp-login.php"),
                       QByteArray(), QStringLiteral("198.51.100.23")));
    Delivery get = refused(t.addSecs(20), 405, QStringLiteral("use POST"), hookId, path);
    get.record.method = QStringLiteral("GET");
    out.append(get);
    Delivery big = refused(t.addSecs(41), 413, QStringLiteral("request body larger than 65536 bytes"), 0,
                           QString());
    big.record.bodySize = 0; // the guard refuses before reading the body
    out.append(big);
    out.append(refused(t.addSecs(63), 415, QStringLiteral("Content-Type must be application/json"), hookId,
                       path, QByteArrayLiteral("name=Rahul+Verma&email=rahul%40example.com")));
    QJsonObject noEmail = QJsonDocument::fromJson(goodBody).object();
    noEmail.remove(QStringLiteral("email"));
    out.append(refused(t.addSecs(95), 422, QStringLiteral("email: missing required field"), hookId, path,
                       QJsonDocument(noEmail).toJson(QJsonDocument::Compact)));
    QJsonObject badEmail = QJsonDocument::fromJson(goodBody).object();
    badEmail.insert(QStringLiteral("email"), QStringLiteral("rahul.verma at gmail"));
    out.append(refused(t.addSecs(130), 422, QStringLiteral("email: is not an email address"), hookId, path,
                       QJsonDocument(badEmail).toJson(QJsonDocument::Compact)));
    return out;
}

bool DeliverySeeder::write(StoreWriter &writer, const QList<Delivery> &deliveries, QString *error)
{
    struct Wait
    {
        std::mutex mutex;
        std::condition_variable done;
        int remaining = 0;
        int failed = 0;
    };
    auto wait = std::make_shared<Wait>();
    wait->remaining = int(deliveries.size());
    for (const Delivery &d : deliveries) {
        WriteRequest request;
        request.attendee = d.attendee;
        request.delivery = d.record;
        request.done = [wait](const WriteOutcome &outcome) {
            std::lock_guard lock(wait->mutex);
            if (outcome.kind == WriteOutcome::Kind::Failed)
                ++wait->failed;
            if (--wait->remaining == 0)
                wait->done.notify_all();
        };
        if (!writer.submit(std::move(request))) {
            *error = QStringLiteral("the writer refused a delivery");
            return false;
        }
    }
    std::unique_lock lock(wait->mutex);
    if (!wait->done.wait_for(lock, std::chrono::seconds(30), [&] { return wait->remaining == 0; })) {
        *error = QStringLiteral("the writer did not commit within 30 s");
        return false;
    }
    if (wait->failed > 0) {
        *error = QStringLiteral("%1 deliveries failed to store").arg(wait->failed);
        return false;
    }
    return true;
}

} // namespace hookdesk::test
