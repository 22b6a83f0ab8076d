// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QtTest>

#include <future>

using namespace hookdesk;

namespace {

AttendeeRecord attendee(const QString &email, const QString &webinarId = QStringLiteral("w1"))
{
    AttendeeRecord a;
    a.email = email;
    a.webinarId = webinarId;
    a.rawPayload = "{}";
    return a;
}

// Submits one attendee and waits for its outcome.
WriteOutcome write(StoreWriter &writer, const AttendeeRecord &a)
{
    auto promise = std::make_shared<std::promise<WriteOutcome>>();
    auto future = promise->get_future();
    WriteRequest request;
    request.attendee = a;
    request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
    request.delivery.status = 200;
    request.done = [promise](const WriteOutcome &outcome) { promise->set_value(outcome); };
    if (!writer.submit(std::move(request)))
        return WriteOutcome{};
    return future.get();
}

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT
private slots:
    void storesThenRecognisesDuplicates();
    void duplicateFillsOnlyEmptyFields();
    void webinarsFollowAttendees();
    void groupCommitAnswersEveryRequest();
    void lockedDatabaseFailsThenRecovers();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void searchIndexCatchesUpAfterWrites();
    void hooksArePublished();
};

void TestStoreWriter::storesThenRecognisesDuplicates()
{
    test::TestDatabase db;
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start({db.path()}, &error), qPrintable(error));

    QCOMPARE(write(writer, attendee(QStringLiteral("john.doe@example.com"))).kind,
             WriteOutcome::Kind::Stored);
    QCOMPARE(write(writer, attendee(QStringLiteral("  John.Doe@EXAMPLE.com "))).kind,
             WriteOutcome::Kind::Duplicate);
    QCOMPARE(write(writer, attendee(QStringLiteral("john.doe@example.com"), QStringLiteral("w2"))).kind,
             WriteOutcome::Kind::Stored);
    writer.stop();

    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 2);
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees WHERE webinar_id='w1'")), 2);
    QCOMPARE(db.text(QStringLiteral("SELECT email FROM attendees WHERE webinar_id='w1'")),
             QStringLiteral("john.doe@example.com"));
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 3);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='duplicate'")), 1);
    QVERIFY(db.text(QStringLiteral("SELECT last_received_at > first_received_at OR last_received_at = first_received_at FROM attendees WHERE webinar_id='w1'")) == QLatin1String("1"));
}

void TestStoreWriter::duplicateFillsOnlyEmptyFields()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    AttendeeRecord first = attendee(QStringLiteral("a@b.c"));
    first.name = QStringLiteral("Asha");
    write(writer, first);
    AttendeeRecord second = attendee(QStringLiteral("A@B.C"));
    second.name = QStringLiteral("Someone Else");
    second.phone = QStringLiteral("+91 98765 43210");
    QCOMPARE(write(writer, second).kind, WriteOutcome::Kind::Duplicate);
    writer.stop();
    QCOMPARE(db.text(QStringLiteral("SELECT name FROM attendees")), QStringLiteral("Asha"));
    QCOMPARE(db.text(QStringLiteral("SELECT phone FROM attendees")), QStringLiteral("+91 98765 43210"));
}

void TestStoreWriter::webinarsFollowAttendees()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    AttendeeRecord a = attendee(QStringLiteral("a@x.in"));
    a.webinarTitle = QStringLiteral("Marketing 101");
    write(writer, a);
    write(writer, attendee(QStringLiteral("b@x.in")));
    write(writer, attendee(QStringLiteral("B@x.in")));
    std::promise<void> deleted;
    writer.runTask([&](SqliteDatabase &conn) {
        conn.exec(QStringLiteral("DELETE FROM attendees WHERE email_norm='a@x.in'"));
        deleted.set_value();
    });
    deleted.get_future().wait();
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT attendee_count FROM webinars WHERE webinar_id='w1'")), 1);
    QCOMPARE(db.text(QStringLiteral("SELECT title FROM webinars WHERE webinar_id='w1'")),
             QStringLiteral("Marketing 101"));
}

void TestStoreWriter::groupCommitAnswersEveryRequest()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    constexpr int count = 5000;
    std::atomic<int> stored{0};
    std::atomic<int> answered{0};
    std::promise<void> all;
    for (int i = 0; i < count; ++i) {
        WriteRequest request;
        request.attendee = attendee(QStringLiteral("user%1@example.com").arg(i % 4000));
        request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
        request.done = [&](const WriteOutcome &outcome) {
            if (outcome.kind == WriteOutcome::Kind::Stored)
                ++stored;
            if (++answered == count)
                all.set_value();
        };
        QVERIFY(writer.submit(std::move(request)));
    }
    all.get_future().wait();
    writer.stop();
    QCOMPARE(stored.load(), 4000);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 4000);
    QCOMPARE(db.count(QStringLiteral("SELECT sum(delivery_count) FROM attendees")), count);
}

void TestStoreWriter::lockedDatabaseFailsThenRecovers()
{
    test::TestDatabase db;
    StoreWriter writer;
    StoreWriter::Options options{db.path()};
    options.busyTimeoutMs = 100;
    QVERIFY(writer.start(options, nullptr));
    QSignalSpy failed(&writer, &StoreWriter::storeFailed);
    QSignalSpy recovered(&writer, &StoreWriter::storeRecovered);

    SqliteDatabase other;
    QVERIFY(other.open(db.path(), SqliteDatabase::Mode::ReadWrite));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const WriteOutcome refused = write(writer, attendee(QStringLiteral("late@example.com")));
    QCOMPARE(refused.kind, WriteOutcome::Kind::Failed);
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    QCOMPARE(write(writer, attendee(QStringLiteral("late@example.com"))).kind,
             WriteOutcome::Kind::Stored);
    QTRY_COMPARE(failed.count(), 1);
    QTRY_COMPARE(recovered.count(), 1);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 1);
}

void TestStoreWriter::refusesNewerSchema()
{
    test::TestDatabase db;
    {
        SqliteDatabase conn;
        QVERIFY(conn.open(db.path(), SqliteDatabase::Mode::ReadWrite));
        QVERIFY(conn.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    StoreWriter writer;
    QString error;
    QVERIFY(!writer.start({db.path()}, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestStoreWriter::refusesGarbageFile()
{
    test::TestDatabase db;
    QFile file(db.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    StoreWriter writer;
    QString error;
    QVERIFY(!writer.start({db.path()}, &error));
    QVERIFY2(error.contains(QLatin1String("not a database")), qPrintable(error));
}

void TestStoreWriter::searchIndexCatchesUpAfterWrites()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    for (int i = 0; i < 4500; ++i) {
        WriteRequest request;
        request.attendee = attendee(QStringLiteral("user%1@example.com").arg(i));
        request.attendee->name = i == 4321 ? QStringLiteral("Priya Sharma") : QStringLiteral("Someone");
        request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(writer.submit(std::move(request)));
    }
    // Indexing runs when the writer is idle, in chunks, until it reaches the last row.
    QTRY_COMPARE_WITH_TIMEOUT(db.count(QStringLiteral("SELECT last_indexed_id FROM search_index_state")),
                              db.count(QStringLiteral("SELECT max(id) FROM attendees")), 10000);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 4500);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH '\"priya\"'")), 1);
    // Deleting an indexed row removes it from the index.
    std::promise<void> deleted;
    writer.runTask([&](SqliteDatabase &conn) {
        conn.exec(QStringLiteral("DELETE FROM attendees WHERE name = 'Priya Sharma'"));
        deleted.set_value();
    });
    deleted.get_future().wait();
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH '\"priya\"'")), 0);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees_fts WHERE attendees_fts MATCH '\"someone\"'")), 4499);
}

void TestStoreWriter::hooksArePublished()
{
    test::TestDatabase db;
    HookDirectory hooks;
    StoreWriter writer(&hooks);
    QVERIFY(writer.start({db.path()}, nullptr));
    QCOMPARE(hooks.snapshot()->size(), 0);
    // Another process adds a hook: the writer notices within its maintenance tick.
    SqliteDatabase other;
    QVERIFY(other.open(db.path(), SqliteDatabase::Mode::ReadWrite));
    QString error;
    const auto hook = HookRepository::add(other, QStringLiteral("webinar.completed.all"), QString(), &error);
    QVERIFY2(hook, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(hooks.snapshot()->contains(hook->token), 5000);
    QVERIFY(HookRepository::retire(other, hook->token.left(10), &error));
    QTRY_VERIFY_WITH_TIMEOUT(hooks.snapshot()->value(hook->token).isRetired(), 5000);
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_StoreWriter.moc"
