// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedAttendees.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace hookdesk {
namespace {

const char *const firstNames[] = {
        "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul",
        "Meera", "Aditya", "Isha", "Karan", "Divya", "Siddharth", "Pooja", "Amit", "Neha",
        "Sanjay", "Lakshmi", "Ravi", "Farhan", "Gurpreet", "Tanvi", "Harsh", "Nandini",
        "Zoya", "Manoj", "Deepika", "Abhishek", "Shreya", "Vivek", "Fatima", "Emma", "Liam",
        "Olivia", "Noah", "Sofia", "Lucas", "Aisha", "Omar", "Wei", "Yuki", "María", "José",
        "Lena", "Jonas", "Chloé", "Kwame", "Amara"};
const char *const lastNames[] = {
        "Sharma", "Verma", "Iyer", "Nair", "Reddy", "Patel", "Mehta", "Gupta", "Singh",
        "Kumar", "Rao", "Menon", "Das", "Bose", "Chatterjee", "Joshi", "Kulkarni", "Pillai",
        "Shaikh", "Fernandes", "Banerjee", "Agarwal", "Malhotra", "Khan", "Siddiqui",
        "Smith", "Johnson", "García", "Müller", "Rossi", "Kim", "Tanaka", "Silva", "Novak",
        "Dubois", "Mensah", "Okafor"};
const char *const domains[] = {"example.com", "example.com", "example.com", "example.net",
                               "example.org"};

template<typename T, size_t N>
constexpr quint32 countOf(const T (&)[N])
{
    return quint32(N);
}

} // namespace

QString SimulatedAttendees::emailLocalPart(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : folded) {
        if (c.unicode() < 128 && c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

QString SimulatedAttendees::newWebinarId(const QDateTime &now)
{
    return QStringLiteral("hookdesk-sim-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

SimulatedAttendees::SimulatedAttendees(QString webinarId, QString webinarTitle)
    : m_webinarId(std::move(webinarId)), m_webinarTitle(std::move(webinarTitle))
{
}

QString SimulatedAttendees::recordingUrl() const
{
    return QStringLiteral("https://replay.example.com/webinars/%1/recording").arg(m_webinarId);
}

QByteArray SimulatedAttendees::payload(int index) const
{
    // Seeded by webinar and index, so a re-run sends the same people (duplicates).
    const QByteArray key = m_webinarId.toUtf8() + '#' + QByteArray::number(index);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    QRandomGenerator random(reinterpret_cast<const quint32 *>(hash.constData()), 8);

    const QString first = QString::fromUtf8(firstNames[random.bounded(countOf(firstNames))]);
    const QString last = QString::fromUtf8(lastNames[random.bounded(countOf(lastNames))]);
    // The index keeps every email of the webinar distinct.
    const QString email = QStringLiteral("%1.%2%3@%4")
                                  .arg(emailLocalPart(first), emailLocalPart(last))
                                  .arg(index + 1)
                                  .arg(QLatin1String(domains[random.bounded(countOf(domains))]));
    QString phone;
    const quint32 kind = random.bounded(20);
    if (kind < 16) {
        // Indian mobile numbers start with 6-9.
        phone = QStringLiteral("+91 %1%2 %3")
                        .arg(6 + random.bounded(4))
                        .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                        .arg(random.bounded(100000), 5, 10, QLatin1Char('0'));
    } else if (kind < 18) {
        // 555-01xx is reserved for fiction in North America.
        phone = QStringLiteral("+1 202 555 01%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
    } else {
        // 07700 900xxx is reserved for drama in the UK.
        phone = QStringLiteral("+44 7700 900%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    }

    QJsonObject object;
    object.insert(QStringLiteral("name"), QString(first + QLatin1Char(' ') + last));
    object.insert(QStringLiteral("email"), email);
    object.insert(QStringLiteral("phone"), phone);
    object.insert(QStringLiteral("webinar"), m_webinarTitle);
    object.insert(QStringLiteral("webinarId"), m_webinarId);
    object.insert(QStringLiteral("webinarLink"), recordingUrl());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace hookdesk
