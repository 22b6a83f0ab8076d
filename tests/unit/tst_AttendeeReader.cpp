// SPDX-License-Identifier: GPL-3.0-or-later
// The asynchronous reader: answers arrive on the owner's thread, superseded work
// is dropped, errors come back instead of rows.
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "store/AttendeeReader.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace hookdesk;

class TestAttendeeReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageAndCountArrive();
    void answersComeOnTheOwnersThread();
    void supersededWorkIsDropped();
    void grammarErrorIsReported();
    void missingDatabaseIsReported();

private:
    test::TestDatabase m_file;
};

void TestAttendeeReader::initTestCase()
{
    SqliteDatabase db;
    QVERIFY(db.open(m_file.path(), SqliteDatabase::Mode::ReadWrite));
    QString error;
    QVERIFY2(Schema::prepareForWriting(db, &error), qPrintable(error));
    test::AttendeeSeeder::Options options;
    options.attendees = 600;
    options.webinars = 5;
    QVERIFY2(test::AttendeeSeeder(db).realistic(options, &error), qPrintable(error));
}

void TestAttendeeReader::pageAndCountArrive()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy pages(&reader, &AttendeeReader::pageFetched);
    QSignalSpy counts(&reader, &AttendeeReader::countFetched);
    reader.fetchPage(1, AttendeeFilter{}, AttendeeOrder{}, 10, 25, -1);
    reader.fetchCount(1, AttendeeFilter{});
    QVERIFY(pages.wait(10000));
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(pages.first().at(0).toULongLong(), 1u);
    QCOMPARE(pages.first().at(1).toLongLong(), 10);
    QCOMPARE(pages.first().at(2).value<QList<AttendeeRow>>().size(), 25);
    QVERIFY(pages.first().at(3).toString().isEmpty());
    QCOMPARE(counts.first().at(1).toLongLong(), 600);
}

void TestAttendeeReader::answersComeOnTheOwnersThread()
{
    AttendeeReader reader(m_file.path());
    QThread *seen = nullptr;
    connect(&reader, &AttendeeReader::pageFetched, this, [&] { seen = QThread::currentThread(); },
            Qt::DirectConnection);
    reader.fetchPage(1, AttendeeFilter{}, AttendeeOrder{}, 0, 5, -1);
    QTRY_VERIFY(seen != nullptr);
    QCOMPARE(seen, QThread::currentThread());
}

void TestAttendeeReader::supersededWorkIsDropped()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy pages(&reader, &AttendeeReader::pageFetched);
    QSignalSpy counts(&reader, &AttendeeReader::countFetched);
    reader.supersede(5);
    reader.fetchPage(3, AttendeeFilter{}, AttendeeOrder{}, 0, 5, -1);
    reader.fetchCount(4, AttendeeFilter{});
    reader.fetchPage(5, AttendeeFilter{}, AttendeeOrder{}, 0, 7, -1);
    reader.fetchCount(5, AttendeeFilter{});
    // Each worker answers in order, so the older requests would have come first.
    QTRY_COMPARE(pages.size(), 1);
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(pages.first().at(0).toULongLong(), 5u);
    QCOMPARE(counts.first().at(0).toULongLong(), 5u);
    // Barrier instead of a wait: each worker answers in order, so once a later
    // request is answered, anything older that was not dropped would have come first.
    reader.fetchPage(6, AttendeeFilter{}, AttendeeOrder{}, 0, 5, -1);
    reader.fetchCount(6, AttendeeFilter{});
    QTRY_COMPARE(pages.size(), 2);
    QTRY_COMPARE(counts.size(), 2);
    QCOMPARE(pages.at(1).at(0).toULongLong(), 6u);
    QCOMPARE(counts.at(1).at(0).toULongLong(), 6u);
}

void TestAttendeeReader::grammarErrorIsReported()
{
    AttendeeReader reader(m_file.path());
    QSignalSpy pages(&reader, &AttendeeReader::pageFetched);
    QSignalSpy counts(&reader, &AttendeeReader::countFetched);
    AttendeeFilter filter;
    filter.text = QStringLiteral("after:someday");
    reader.fetchPage(1, filter, AttendeeOrder{}, 0, 5, -1);
    reader.fetchCount(1, filter);
    QTRY_COMPARE(pages.size(), 1);
    QTRY_COMPARE(counts.size(), 1);
    QVERIFY(!pages.first().at(3).toString().isEmpty());
    QVERIFY(pages.first().at(2).value<QList<AttendeeRow>>().isEmpty());
    QCOMPARE(counts.first().at(1).toLongLong(), -1);
    QVERIFY(!counts.first().at(2).toString().isEmpty());
}

void TestAttendeeReader::missingDatabaseIsReported()
{
    AttendeeReader reader(m_file.folder() + QStringLiteral("/does-not-exist.sqlite"));
    QSignalSpy pages(&reader, &AttendeeReader::pageFetched);
    reader.fetchPage(1, AttendeeFilter{}, AttendeeOrder{}, 0, 5, -1);
    QTRY_COMPARE(pages.size(), 1);
    QVERIFY(!pages.first().at(3).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestAttendeeReader)
#include "tst_AttendeeReader.moc"
