// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedAttendees.h"

#include "core/Clock.h"
#include "store/Records.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

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
// The creator's offerings ("mangoes") a registrant may hold.
const char *const mangoNames[] = {"Digital Marketing Masterclass", "Creator Community",
                                  "Weekly Live Q&A", "Instagram Growth Course"};

template<typename T, size_t N>
constexpr quint32 countOf(const T (&)[N])
{
    return quint32(N);
}

constexpr int CreatorOffsetSeconds = 5 * 3600 + 30 * 60; // +05:30

// The same instant as the creator's wall clock, still with a Z (as the docs
// show it: for display, not a real UTC instant).
QString inCreatorTimezone(const QDateTime &time)
{
    return isoTimestamp(time.toUTC().addSecs(CreatorOffsetSeconds));
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
    return QStringLiteral("hookdesk-sim-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString SimulatedAttendees::variedEmail(const QString &email)
{
    // Each word of the local part and the domain's first label.
    QString out = email;
    bool wordStart = true;
    bool inDomain = false;
    for (QChar &c : out) {
        if (wordStart && c.isLower())
            c = c.toUpper();
        inDomain = inDomain || c == QLatin1Char('@');
        wordStart = c == QLatin1Char('@') || (!inDomain && c == QLatin1Char('.'));
    }
    return QStringLiteral("  ") + out + QLatin1Char(' ');
}

QList<int> SimulatedAttendees::attendingIndices(int registrants, int percent)
{
    QList<int> out;
    percent = std::clamp(percent, 0, 100);
    // Person i attends when the running share crosses a whole number there.
    for (int i = 0; i < registrants; ++i) {
        if (qint64(i + 1) * percent / 100 > qint64(i) * percent / 100)
            out.append(i);
    }
    return out;
}

SimulatedAttendees::SimulatedAttendees(QString webinarId, QString webinarTitle)
    : m_webinarId(std::move(webinarId)), m_webinarTitle(std::move(webinarTitle))
{
    QDateTime now = Clock::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    setSchedule(now.addSecs(-2 * 3600), now.addSecs(-3600));
}

void SimulatedAttendees::setSchedule(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    m_from = fromUtc.toUTC();
    m_to = toUtc.toUTC();
}

QString SimulatedAttendees::recordingUrl() const
{
    return QStringLiteral("https://replay.example.com/webinars/%1/recording").arg(m_webinarId);
}

QString SimulatedAttendees::meetingUrl() const
{
    return QStringLiteral("https://meet.example.com/%1").arg(m_webinarId);
}

SimulatedAttendees::Person SimulatedAttendees::person(int index) const
{
    // Seeded by webinar and index, so a re-run sends the same people (duplicates).
    const QByteArray key = m_webinarId.toUtf8() + '#' + QByteArray::number(index);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    QRandomGenerator random(reinterpret_cast<const quint32 *>(hash.constData()), 8);

    const QString first = QString::fromUtf8(firstNames[random.bounded(countOf(firstNames))]);
    const QString last = QString::fromUtf8(lastNames[random.bounded(countOf(lastNames))]);
    Person p;
    p.name = first + QLatin1Char(' ') + last;
    // The index keeps every email of the webinar distinct.
    p.email = QStringLiteral("%1.%2%3@%4")
                      .arg(emailLocalPart(first), emailLocalPart(last))
                      .arg(index + 1)
                      .arg(QLatin1String(domains[random.bounded(countOf(domains))]));
    QString offset;
    const quint32 kind = random.bounded(20);
    if (kind < 16) {
        // Indian mobile numbers start with 6-9.
        p.phone = QStringLiteral("+91 %1%2 %3")
                          .arg(6 + random.bounded(4))
                          .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                          .arg(random.bounded(100000), 5, 10, QLatin1Char('0'));
        offset = QStringLiteral("+05:30");
    } else if (kind < 18) {
        // 555-01xx is reserved for fiction in North America.
        p.phone = QStringLiteral("+1 202 555 01%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        offset = QStringLiteral("-05:00");
    } else {
        // 07700 900xxx is reserved for drama in the UK.
        p.phone = QStringLiteral("+44 7700 900%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        offset = QStringLiteral("+00:00");
    }
    // Drawn after the fields above, which stay what they always were.
    // TagMango does not always know a registrant's timezone.
    p.timezone = random.bounded(8) == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(offset);
    QStringList mangoes;
    const quint32 held = 1 + random.bounded(3);
    const quint32 firstMango = random.bounded(countOf(mangoNames));
    for (quint32 i = 0; i < held; ++i)
        mangoes.append(QString::fromUtf8(mangoNames[(firstMango + i) % countOf(mangoNames)]));
    p.mangoes = mangoes.join(QStringLiteral(", "));
    return p;
}

QByteArray SimulatedAttendees::completion(const Person &p) const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), p.name);
    object.insert(QStringLiteral("email"), p.email);
    object.insert(QStringLiteral("phone"), p.phone);
    object.insert(QStringLiteral("webinar"), m_webinarTitle);
    object.insert(QStringLiteral("webinarId"), m_webinarId);
    object.insert(QStringLiteral("webinarLink"), recordingUrl());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SimulatedAttendees::payload(int index) const
{
    return completion(person(index));
}

QByteArray SimulatedAttendees::payloadWithVariedEmail(int index) const
{
    Person p = person(index);
    p.email = variedEmail(p.email);
    return completion(p);
}

QByteArray SimulatedAttendees::bookingPayload(int index) const
{
    const Person p = person(index);
    QJsonObject session;
    session.insert(QStringLiteral("webinar"), m_webinarTitle);
    session.insert(QStringLiteral("webinarId"), m_webinarId);
    session.insert(QStringLiteral("webinarLink"), meetingUrl());
    session.insert(QStringLiteral("webinarFromTime"), isoTimestamp(m_from));
    session.insert(QStringLiteral("webinarToTime"), isoTimestamp(m_to));
    session.insert(QStringLiteral("webinarFromTimeInCreatorTimezone"), inCreatorTimezone(m_from));
    session.insert(QStringLiteral("webinarToTimeInCreatorTimezone"), inCreatorTimezone(m_to));
    session.insert(QStringLiteral("creatorTimezone"), creatorTimezone());

    QString digits = p.phone;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('+'));
    QJsonObject object;
    object.insert(QStringLiteral("name"), p.name);
    object.insert(QStringLiteral("email"), p.email);
    // A number in this event: the '+' is lost, as TagMango sends it.
    object.insert(QStringLiteral("phone"), digits.toLongLong());
    object.insert(QStringLiteral("timezone"), p.timezone);
    object.insert(QStringLiteral("callList"), QJsonArray{session});
    object.insert(QStringLiteral("mangoes"), p.mangoes);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SimulatedAttendees::reminderPayload(int index) const
{
    const Person p = person(index);
    QJsonObject object;
    object.insert(QStringLiteral("name"), p.name);
    object.insert(QStringLiteral("email"), p.email);
    object.insert(QStringLiteral("phone"), p.phone);
    object.insert(QStringLiteral("timezone"), p.timezone);
    object.insert(QStringLiteral("webinar"), m_webinarTitle);
    object.insert(QStringLiteral("webinarId"), m_webinarId);
    object.insert(QStringLiteral("webinarLink"), meetingUrl());
    object.insert(QStringLiteral("webinarFromTime"), isoTimestamp(m_from));
    object.insert(QStringLiteral("webinarToTime"), isoTimestamp(m_to));
    object.insert(QStringLiteral("webinarFromTimeInCreatorTimezone"), inCreatorTimezone(m_from));
    object.insert(QStringLiteral("creatorTimezone"), creatorTimezone());
    object.insert(QStringLiteral("mangoes"), p.mangoes);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace hookdesk
