// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting attendees and webinars: rows, counters, the search index and the
// delivery-log rows that carried them.
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "store/AttendeeQuery.h"
#include "store/AttendeeRemoval.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QTest>

using namespace hookdesk;

class TestAttendeeRemoval : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void removesAttendeesAndTheirLog();
    void lastAttendeeTakesTheWebinar();
    void removesAWebinar();
    void unknownIdsRemoveNothing();

private:
    qint64 add(const QString &name, const QString &webinarId);
    void logDelivery(qint64 attendeeId);
    qint64 count(const QString &sql) { return m_db.scalar(sql).toLongLong(); }
    qint64 found(const QString &text);

    std::unique_ptr<test::TestDatabase> m_file;
    SqliteDatabase m_db;
};

void TestAttendeeRemoval::init()
{
    m_file = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db.open(m_file->path(), SqliteDatabase::Mode::ReadWrite));
    QString error;
    QVERIFY2(Schema::prepareForWriting(m_db, &error), qPrintable(error));
}

void TestAttendeeRemoval::cleanup()
{
    m_db.close();
    m_file.reset();
}

qint64 TestAttendeeRemoval::add(const QString &name, const QString &webinarId)
{
    AttendeeRecord a;
    a.name = name;
    a.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
    a.webinarId = webinarId;
    a.webinarTitle = QStringLiteral("Webinar ") + webinarId;
    QString error;
    test::AttendeeSeeder seeder(m_db);
    const qint64 id = seeder.insert(a, QDateTime::currentDateTimeUtc(), &error);
    // Indexed for search, so the deletion must also take it out of the index.
    if (id < 0 || !seeder.indexForSearch(&error))
        qWarning() << error;
    return id;
}

void TestAttendeeRemoval::logDelivery(qint64 attendeeId)
{
    SqliteStatement log(m_db, QStringLiteral(
            "INSERT INTO deliveries (received_at, status, attendee_id, body) VALUES ('2026-01-01', 200, ?, 'x')"));
    log.bind(1, attendeeId);
    QVERIFY(log.run());
}

qint64 TestAttendeeRemoval::found(const QString &text)
{
    AttendeeFilter filter;
    filter.text = text;
    QString error;
    return AttendeeQuery(m_db).count(filter, &error);
}

void TestAttendeeRemoval::removesAttendeesAndTheirLog()
{
    const qint64 priya = add(QStringLiteral("Priya Sharma"), QStringLiteral("w1"));
    const qint64 rahul = add(QStringLiteral("Rahul Verma"), QStringLiteral("w1"));
    const qint64 ananya = add(QStringLiteral("Ananya Iyer"), QStringLiteral("w1"));
    logDelivery(priya);
    logDelivery(priya);
    logDelivery(rahul);
    logDelivery(ananya);

    QString error;
    QCOMPARE(AttendeeRemoval::removeAttendees(m_db, {priya, rahul}, &error), qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendees")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT attendee_count FROM webinars WHERE webinar_id = 'w1'")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliveries")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT attendee_id FROM deliveries")), ananya);
    QCOMPARE(found(QStringLiteral("priya")), qint64(0));
    QCOMPARE(found(QStringLiteral("ananya")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH 'priya'")), qint64(0));
}

void TestAttendeeRemoval::lastAttendeeTakesTheWebinar()
{
    const qint64 only = add(QStringLiteral("Li Na"), QStringLiteral("w9"));
    add(QStringLiteral("Other Person"), QStringLiteral("w1"));
    QString error;
    QCOMPARE(AttendeeRemoval::removeAttendees(m_db, {only}, &error), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM webinars WHERE webinar_id = 'w9'")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM webinars")), qint64(1));
}

void TestAttendeeRemoval::removesAWebinar()
{
    for (int i = 0; i < 30; ++i)
        logDelivery(add(QStringLiteral("Gone %1").arg(i), QStringLiteral("w2")));
    const qint64 kept = add(QStringLiteral("Kept Person"), QStringLiteral("w3"));
    logDelivery(kept);
    QString error;
    QCOMPARE(AttendeeRemoval::removeWebinar(m_db, QStringLiteral("w2"), &error), qint64(30));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendees")), qint64(1));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT group_concat(webinar_id) FROM webinars")).toString(),
             QStringLiteral("w3"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliveries")), qint64(1));
    QCOMPARE(found(QStringLiteral("gone")), qint64(0));
    QCOMPARE(found(QStringLiteral("kept")), qint64(1));
}

void TestAttendeeRemoval::unknownIdsRemoveNothing()
{
    add(QStringLiteral("Priya Sharma"), QStringLiteral("w1"));
    QString error;
    QCOMPARE(AttendeeRemoval::removeAttendees(m_db, {424242}, &error), qint64(0));
    QCOMPARE(AttendeeRemoval::removeWebinar(m_db, QStringLiteral("nope"), &error), qint64(0));
    QCOMPARE(AttendeeRemoval::removeAttendees(m_db, {}, &error), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendees")), qint64(1));
}

QTEST_GUILESS_MAIN(TestAttendeeRemoval)
#include "tst_AttendeeRemoval.moc"
