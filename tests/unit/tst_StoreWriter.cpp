// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCapture.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "WriterHold.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QProcess>
#include <QtTest>

#include <future>

using namespace hookdesk;
using hookdesk::test::LogCapture;
using hookdesk::test::WriterHold;

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

WriteRequest signedRequest(const AttendeeRecord &a, const QByteArray &webhookId, qint64 hookId = 1,
                           const QDateTime &expiresAt = QDateTime::currentDateTimeUtc().addSecs(600))
{
    WriteRequest request;
    request.attendee = a;
    request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
    request.delivery.subscriptionId = hookId;
    request.delivery.status = 200;
    request.webhookId = webhookId;
    request.webhookIdExpiresAt = expiresAt;
    return request;
}

// Submits requests back to back and collects their outcomes in submission order.
class Outcomes
{
public:
    bool submit(StoreWriter &writer, std::vector<WriteRequest> requests)
    {
        const size_t first = m_futures.size();
        for (size_t i = 0; i < requests.size(); ++i) {
            auto promise = std::make_shared<std::promise<WriteOutcome>>();
            m_futures.push_back(promise->get_future());
            requests[i].done = [promise](const WriteOutcome &outcome) { promise->set_value(outcome); };
        }
        for (size_t i = 0; i < requests.size(); ++i) {
            if (!writer.submit(std::move(requests[i]))) {
                m_futures.resize(first);
                return false;
            }
        }
        return true;
    }
    std::vector<WriteOutcome> wait()
    {
        std::vector<WriteOutcome> outcomes;
        for (auto &future : m_futures)
            outcomes.push_back(future.get());
        m_futures.clear();
        return outcomes;
    }

private:
    std::vector<std::future<WriteOutcome>> m_futures;
};

// Another process (or connection) holding the write lock: BEGIN IMMEDIATE.
class LockHolder
{
public:
    LockHolder(const QString &path, bool asProcess) : m_asProcess(asProcess)
    {
        if (!asProcess) {
            m_locked = m_db.open(path, SqliteDatabase::Mode::ReadWrite)
                    && m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
            return;
        }
        m_shell.start(QStringLiteral("sqlite3"), {path});
        if (!m_shell.waitForStarted(5000))
            return;
        m_shell.write("BEGIN IMMEDIATE;\nSELECT 'holding';\n");
        QDeadlineTimer deadline(5000);
        QByteArray out;
        while (!out.contains("holding") && !deadline.hasExpired() && m_shell.waitForReadyRead(100))
            out += m_shell.readAllStandardOutput();
        m_locked = out.contains("holding");
    }
    ~LockHolder() { release(); }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!m_locked)
            return;
        m_locked = false;
        if (!m_asProcess) {
            m_db.exec(QStringLiteral("ROLLBACK"));
            return;
        }
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        m_shell.waitForFinished(5000);
    }

private:
    bool m_asProcess;
    bool m_locked = false;
    SqliteDatabase m_db;
    QProcess m_shell;
};

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT
private slots:
    void storesThenRecognisesDuplicates();
    void duplicateFillsOnlyEmptyFields();
    void phoneIsStoredAsReceivedAndAsE164();
    void webinarsFollowAttendees();
    void groupCommitAnswersEveryRequest();
    void lockedDatabaseFailsThenRecovers();
    void lockedDatabaseFailsWholeBatchAtOnce_data();
    void lockedDatabaseFailsWholeBatchAtOnce();
    void fullDatabaseFailsWholeBatchThenRecovers();
    void badRecordCostsOnlyItself();
    void webhookIdTwiceInOneBatch();
    void webhookIdAcrossWriters();
    void webhookIdExpiredIsAcceptedAgain();
    void webhookIdTableIsCapped();
    void failedWriteLeavesNoWebhookId();
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
    QCOMPARE(db.text(QStringLiteral("SELECT phone_e164 FROM attendees")), QStringLiteral("+919876543210"));
}

// The text as received stays in phone; phone_e164 is its E.164 form, read
// with the writer's region when it has no country code, "" when not a number.
void TestStoreWriter::phoneIsStoredAsReceivedAndAsE164()
{
    const struct
    {
        const char *region;
        const char *phone;
        const char *e164;
    } cases[] = {
            {"IN", "099422 31962", "+919942231962"},
            {"IN", "9942231962", "+919942231962"},
            {"US", "(650) 253-0000", "+16502530000"},
            {"US", "+91 99422 31962", "+919942231962"},
            {"IN", "(650) 253-0000", "+916502530000"}, // an Indian mobile number, read in India
            {"IN", "n/a", ""},
    };
    for (const auto &c : cases) {
        test::TestDatabase db;
        StoreWriter writer;
        StoreWriter::Options options{db.path()};
        options.phoneRegion = QString::fromLatin1(c.region);
        QVERIFY(writer.start(options, nullptr));
        AttendeeRecord a = attendee(QStringLiteral("a@b.c"));
        a.phone = QString::fromLatin1(c.phone);
        QCOMPARE(write(writer, a).kind, WriteOutcome::Kind::Stored);
        writer.stop();
        QCOMPARE(db.text(QStringLiteral("SELECT phone FROM attendees")), QString::fromLatin1(c.phone));
        QCOMPARE(db.text(QStringLiteral("SELECT phone_e164 FROM attendees")), QString::fromLatin1(c.e164));
    }
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

void TestStoreWriter::lockedDatabaseFailsWholeBatchAtOnce_data()
{
    QTest::addColumn<bool>("shell");
    QTest::newRow("second_connection") << false;
    QTest::newRow("sqlite3_shell_process") << true;
}

// Regression: the error of a locked database was overwritten by the ROLLBACK that
// followed ("cannot rollback - no transaction is active"), was then not seen as
// transient, and each request of the batch was retried alone with its own busy
// wait: 20 senders waited 20 busy timeouts.
void TestStoreWriter::lockedDatabaseFailsWholeBatchAtOnce()
{
    QFETCH(bool, shell);
    if (shell && QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    test::TestDatabase db;
    StoreWriter writer;
    StoreWriter::Options options{db.path()};
    constexpr int busyTimeoutMs = 500;
    options.busyTimeoutMs = busyTimeoutMs;
    QVERIFY(writer.start(options, nullptr));
    QSignalSpy failed(&writer, &StoreWriter::storeFailed);
    LogCapture log;

    LockHolder lock(db.path(), shell);
    QVERIFY(lock.isLocked());
    QElapsedTimer clock;
    clock.start();
    std::vector<WriteRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests.push_back(signedRequest(attendee(QStringLiteral("u%1@example.com").arg(i)),
                                         "msg_" + QByteArray::number(i)));
    Outcomes outcomes;
    QVERIFY(outcomes.submit(writer, std::move(requests)));
    const std::vector<WriteOutcome> results = outcomes.wait();
    const qint64 elapsed = clock.elapsed();
    qInfo() << "20 requests failed after" << elapsed << "ms with the lock held";
    // The lock is still held: every sender had its answer within about one busy
    // timeout (20 x 500 ms before the fix), not when the lock went away.
    QVERIFY2(elapsed < 3 * busyTimeoutMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= busyTimeoutMs - 50, qPrintable(QString::number(elapsed)));
    QVERIFY(lock.isLocked());
    for (const WriteOutcome &outcome : results) {
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Failed);
        QCOMPARE(outcome.failure, StoreFailure::Busy);
        QVERIFY(isTransient(outcome.failure));
        QVERIFY2(outcome.error.contains(QLatin1String("database is locked")), qPrintable(outcome.error));
    }
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("database is locked")),
             qPrintable(failed.first().first().toString()));
    QVERIFY2(log.contains(QLatin1String("database is locked")), qPrintable(log.text()));
    QVERIFY2(!log.contains(QLatin1String("cannot rollback")), qPrintable(log.text()));
    QVERIFY2(!log.contains(QLatin1String("one by one")), qPrintable(log.text()));

    lock.release();
    QCOMPARE(write(writer, attendee(QStringLiteral("u1@example.com"))).kind, WriteOutcome::Kind::Stored);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 1);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids")), 0);
}

// SQLITE_FULL for real: the writer's connection may not grow the file
// (PRAGMA max_page_count), which is what a full disk looks like to SQLite.
void TestStoreWriter::fullDatabaseFailsWholeBatchThenRecovers()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    QSignalSpy failed(&writer, &StoreWriter::storeFailed);
    QSignalSpy recovered(&writer, &StoreWriter::storeRecovered);
    LogCapture log;
    QCOMPARE(write(writer, attendee(QStringLiteral("first@example.com"))).kind, WriteOutcome::Kind::Stored);

    std::promise<qint64> limited;
    writer.runTask([&](SqliteDatabase &conn) {
        const qint64 pages = conn.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
        conn.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
        limited.set_value(conn.scalar(QStringLiteral("PRAGMA max_page_count")).toLongLong());
    });
    QVERIFY(limited.get_future().get() > 0);

    std::vector<WriteRequest> requests;
    for (int i = 0; i < 20; ++i) {
        AttendeeRecord a = attendee(QStringLiteral("big%1@example.com").arg(i));
        a.rawPayload = QByteArray(8000, char('a' + i % 26)); // new pages for every row
        WriteRequest request;
        request.attendee = a;
        request.delivery.receivedAt = QDateTime::currentDateTimeUtc();
        requests.push_back(std::move(request));
    }
    Outcomes outcomes;
    {
        WriterHold hold(writer); // one batch
        QVERIFY(outcomes.submit(writer, std::move(requests)));
    }
    for (const WriteOutcome &outcome : outcomes.wait()) {
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Failed);
        QCOMPARE(outcome.failure, StoreFailure::Full);
        QVERIFY2(outcome.error.contains(QLatin1String("database or disk is full")), qPrintable(outcome.error));
    }
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(log.contains(QLatin1String("database or disk is full")), qPrintable(log.text()));
    QVERIFY2(!log.contains(QLatin1String("cannot rollback")), qPrintable(log.text()));
    QVERIFY2(!log.contains(QLatin1String("one by one")), qPrintable(log.text()));

    // Space is back: the next write succeeds without a restart.
    writer.runTask([](SqliteDatabase &conn) { conn.exec(QStringLiteral("PRAGMA max_page_count=1073741823")); });
    AttendeeRecord big = attendee(QStringLiteral("big0@example.com"));
    big.rawPayload = QByteArray(8000, 'a');
    QCOMPARE(write(writer, big).kind, WriteOutcome::Kind::Stored);
    QTRY_COMPARE(recovered.count(), 1);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 2);
}

// A request whose data the database refuses fails alone; the rest of its batch
// is written, and the store is not reported as failing.
void TestStoreWriter::badRecordCostsOnlyItself()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    QSignalSpy failed(&writer, &StoreWriter::storeFailed);
    std::promise<bool> created;
    writer.runTask([&](SqliteDatabase &conn) {
        created.set_value(conn.exec(QStringLiteral(
                "CREATE TRIGGER refuse_bad BEFORE INSERT ON attendees WHEN new.email_norm = 'bad@example.com' "
                "BEGIN SELECT RAISE(ABORT, 'bad attendee'); END")));
    });
    QVERIFY(created.get_future().get());

    std::vector<WriteRequest> requests;
    for (const char *email : {"a@example.com", "bad@example.com", "b@example.com", "c@example.com"})
        requests.push_back(signedRequest(attendee(QString::fromLatin1(email)), QByteArray("id-") + email));
    Outcomes outcomes;
    {
        WriterHold hold(writer);
        QVERIFY(outcomes.submit(writer, std::move(requests)));
    }
    const std::vector<WriteOutcome> results = outcomes.wait();
    QCOMPARE(results[0].kind, WriteOutcome::Kind::Stored);
    QCOMPARE(results[1].kind, WriteOutcome::Kind::Failed);
    QCOMPARE(results[1].failure, StoreFailure::BadRecord);
    QVERIFY(!isTransient(results[1].failure));
    QVERIFY2(results[1].error.contains(QLatin1String("bad attendee")), qPrintable(results[1].error));
    QCOMPARE(results[2].kind, WriteOutcome::Kind::Stored);
    QCOMPARE(results[3].kind, WriteOutcome::Kind::Stored);
    // Barrier: anything the batch made the writer do has been done.
    QCOMPARE(write(writer, attendee(QStringLiteral("d@example.com"))).kind, WriteOutcome::Kind::Stored);
    QCOMPARE(failed.count(), 0);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM attendees")), 4);
    // The refused request left no webhook-id behind: its retry will be processed.
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids")), 3);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids WHERE webhook_id = 'id-bad@example.com'")), 0);
}

void TestStoreWriter::webhookIdTwiceInOneBatch()
{
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    std::vector<WriteRequest> requests;
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1", 2)); // another hook
    Outcomes outcomes;
    {
        WriterHold hold(writer);
        QVERIFY(outcomes.submit(writer, std::move(requests)));
    }
    const std::vector<WriteOutcome> results = outcomes.wait();
    QCOMPARE(results[0].kind, WriteOutcome::Kind::Stored);
    QCOMPARE(results[1].kind, WriteOutcome::Kind::Duplicate);
    QVERIFY(results[1].replayedWebhookId);
    // Ids are per hook: the same id on another hook is another delivery.
    QCOMPARE(results[2].kind, WriteOutcome::Kind::Duplicate);
    QVERIFY(!results[2].replayedWebhookId);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 2);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries")), 3);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome = 'duplicate' "
                                     "AND reason = 'webhook-id already processed' AND attendee_id IS NULL")), 1);
}

void TestStoreWriter::webhookIdAcrossWriters()
{
    test::TestDatabase db;
    StoreWriter first;
    QVERIFY(first.start({db.path()}, nullptr));
    StoreWriter second; // another process on the same file, as far as SQLite can tell
    QVERIFY(second.start({db.path()}, nullptr));
    auto once = [](StoreWriter &writer, const QByteArray &id) {
        Outcomes outcomes;
        std::vector<WriteRequest> requests;
        requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), id));
        outcomes.submit(writer, std::move(requests));
        return outcomes.wait().front();
    };
    QCOMPARE(once(first, "msg_1").kind, WriteOutcome::Kind::Stored);
    const WriteOutcome replayed = once(second, "msg_1");
    QCOMPARE(replayed.kind, WriteOutcome::Kind::Duplicate);
    QVERIFY(replayed.replayedWebhookId);
    second.stop();
    first.stop();

    // ... and after a restart.
    StoreWriter restarted;
    QVERIFY(restarted.start({db.path()}, nullptr));
    QVERIFY(once(restarted, "msg_1").replayedWebhookId);
    QVERIFY(!once(restarted, "msg_2").replayedWebhookId);
    restarted.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 2);
}

void TestStoreWriter::webhookIdExpiredIsAcceptedAgain()
{
    // The writer's "now" stands still: a claim that expired a second before it is
    // expired for certain. First, as the writer thread reads it until it stops.
    const test::MockClock clock(QDateTime::currentDateTimeUtc());
    test::TestDatabase db;
    StoreWriter writer;
    QVERIFY(writer.start({db.path()}, nullptr));
    const QDateTime past = clock.nowUtc().addSecs(-1);
    std::vector<WriteRequest> requests;
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1", 1, past));
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    Outcomes outcomes;
    {
        WriterHold hold(writer);
        QVERIFY(outcomes.submit(writer, std::move(requests)));
    }
    const std::vector<WriteOutcome> results = outcomes.wait();
    QCOMPARE(results[0].kind, WriteOutcome::Kind::Stored);
    // The expired claim counts as absent and is taken over ...
    QCOMPARE(results[1].kind, WriteOutcome::Kind::Duplicate);
    QVERIFY(!results[1].replayedWebhookId);
    // ... by a claim that holds.
    QVERIFY(results[2].replayedWebhookId);
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 2);

    // The writer deletes expired claims by itself.
    Outcomes expired;
    std::vector<WriteRequest> more;
    more.push_back(signedRequest(attendee(QStringLiteral("b@example.com")), "msg_old", 1, past));
    QVERIFY(expired.submit(writer, std::move(more)));
    QCOMPARE(expired.wait().front().kind, WriteOutcome::Kind::Stored);
    QTRY_COMPARE_WITH_TIMEOUT(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids WHERE webhook_id = 'msg_old'")),
                              0, 5000);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids WHERE webhook_id = 'msg_1'")), 1);
    writer.stop();
}

void TestStoreWriter::webhookIdTableIsCapped()
{
    test::TestDatabase db;
    StoreWriter writer;
    StoreWriter::Options options{db.path()};
    options.webhookIdMaxRows = 5;
    QVERIFY(writer.start(options, nullptr));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 12; ++i) {
        std::vector<WriteRequest> requests;
        // Two per batch, expiring in order: the cap drops those expiring first.
        for (int k = 0; k < 2; ++k) {
            const int n = 2 * i + k;
            requests.push_back(signedRequest(attendee(QStringLiteral("u%1@example.com").arg(n)),
                                             "msg_" + QByteArray::number(n), 1, now.addSecs(600 + n)));
        }
        Outcomes outcomes;
        QVERIFY(outcomes.submit(writer, std::move(requests)));
        for (const WriteOutcome &outcome : outcomes.wait())
            QCOMPARE(outcome.kind, WriteOutcome::Kind::Stored);
        QVERIFY2(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids")) <= 5,
                 qPrintable(QString::number(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids")))));
    }
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM webhook_ids")), 5);
    QCOMPARE(db.text(QStringLiteral("SELECT group_concat(webhook_id, ' ') FROM "
                                    "(SELECT webhook_id FROM webhook_ids ORDER BY expires_at)")),
             QStringLiteral("msg_19 msg_20 msg_21 msg_22 msg_23"));
}

// A batch that fails is one transaction: none of its webhook-ids stays claimed,
// so the sender's retry is processed.
void TestStoreWriter::failedWriteLeavesNoWebhookId()
{
    test::TestDatabase db;
    StoreWriter writer;
    StoreWriter::Options options{db.path()};
    options.busyTimeoutMs = 100;
    QVERIFY(writer.start(options, nullptr));
    std::promise<bool> created;
    // Fails at the last statement of the transaction, after the claims were made.
    writer.runTask([&](SqliteDatabase &conn) {
        created.set_value(conn.exec(QStringLiteral(
                "CREATE TRIGGER refuse_log BEFORE INSERT ON deliveries WHEN new.remote = 'refuse' "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    });
    QVERIFY(created.get_future().get());
    std::vector<WriteRequest> requests;
    requests.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    requests.back().delivery.remote = QStringLiteral("refuse");
    Outcomes outcomes;
    QVERIFY(outcomes.submit(writer, std::move(requests)));
    QCOMPARE(outcomes.wait().front().kind, WriteOutcome::Kind::Failed);

    std::vector<WriteRequest> retry;
    retry.push_back(signedRequest(attendee(QStringLiteral("a@example.com")), "msg_1"));
    QVERIFY(outcomes.submit(writer, std::move(retry)));
    QCOMPARE(outcomes.wait().front().kind, WriteOutcome::Kind::Stored);
    writer.stop();
    QCOMPARE(db.count(QStringLiteral("SELECT delivery_count FROM attendees")), 1);
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
