// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullDevice.h"
#include "AttendeeSeeder.h"
#include "TestDatabase.h"
#include "export/AttendeeExporter.h"
#include "export/ExportJob.h"
#include "store/PhoneNumber.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QtTest>

#include <atomic>

using namespace hookdesk;
using hookdesk::test::AttendeeSeeder;
using Column = AttendeeExporter::Column;

namespace {

const QByteArray WJ = QByteArrayLiteral("\xE2\x81\xA0"); // U+2060 WORD JOINER

// Takes `capacity` bytes, then fails like a full disk.
using hookdesk::test::FullDevice;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs).chopped(1) + QStringLiteral("+00:00");
}

} // namespace

class tst_AttendeeExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseColumns_data();
    void parseColumns();
    void exportTimestamp_data();
    void exportTimestamp();
    void exportTimestampInZone_data();
    void exportTimestampInZone();
    void localTimesCarryTheirOffset();
    void rowsFollowTheChosenOrder_data();
    void rowsFollowTheChosenOrder();
    void rfc4180HasEveryAttendeeExactly();
    void spreadsheetProfileNeutralises();
    void columnsInChosenOrder();
    void phoneE164Column();
    void filterSelectsRows_data();
    void filterSelectsRows();
    void completeExportReplacesFile();
    void cancelMidwayKeepsExistingFile();
    void cancelMidwayLeavesNoFile();
    void deviceFailureStopsWithReason();
    void missingDatabaseLeavesFileUntouched();
    void unwritableTargets_data();
    void unwritableTargets();
    void invalidOptions_data();
    void invalidOptions();
    void jobRunsOnWorkerThread();
    void jobCancelKeepsExistingFile();

private:
    AttendeeExporter::Options options(const QString &db) const;
    QStringList filesIn(const QString &folder) const;

    test::TestDatabase m_tricky;
    test::TestDatabase m_bulk;
    QList<AttendeeSeeder::Seed> m_seeds;
    static constexpr qint64 BulkRows = 30000;
};

void tst_AttendeeExporter::initTestCase()
{
    QString error;
    m_seeds = AttendeeSeeder::trickySeeds();
    QVERIFY2(AttendeeSeeder::write(m_tricky.path(), m_seeds, &error), qPrintable(error));
    QVERIFY2(AttendeeSeeder::bulk(m_bulk.path(), BulkRows, &error), qPrintable(error));
    QCOMPARE(m_tricky.count(QStringLiteral("SELECT count(*) FROM attendees")), m_seeds.size());
}

AttendeeExporter::Options tst_AttendeeExporter::options(const QString &db) const
{
    AttendeeExporter::Options o;
    o.databasePath = db;
    o.columns = AttendeeExporter::allColumns();
    o.profile = CsvWriter::Profile::Rfc4180;
    return o;
}

QStringList tst_AttendeeExporter::filesIn(const QString &folder) const
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void tst_AttendeeExporter::parseColumns_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<Column>>("columns");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("two") << "name,email" << true << QList<Column>{Column::Name, Column::Email}
                         << QString();
    QTest::newRow("any_case_and_spaces") << " Email , WEBINARID " << true
                                         << QList<Column>{Column::Email, Column::WebinarId}
                                         << QString();
    QTest::newRow("every_key")
            << "name,email,phone,webinar,webinarId,recordingUrl,firstReceived,lastReceived,deliveries,"
               "phoneE164"
            << true << AttendeeExporter::allColumns() << QString();
    QTest::newRow("unknown") << "name,bogus" << false << QList<Column>() << "bogus";
    QTest::newRow("repeated") << "name,email,name" << false << QList<Column>() << "twice";
    QTest::newRow("empty_list") << "" << false << QList<Column>() << "empty column";
    QTest::newRow("empty_item") << "name,,email" << false << QList<Column>() << "empty column";
}

void tst_AttendeeExporter::parseColumns()
{
    QFETCH(QString, list);
    QFETCH(bool, ok);
    QFETCH(QList<Column>, columns);
    QFETCH(QString, errorMentions);
    QList<Column> parsed;
    QString error;
    QCOMPARE(AttendeeExporter::parseColumns(list, &parsed, &error), ok);
    if (ok)
        QCOMPARE(parsed, columns);
    else
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_AttendeeExporter::exportTimestamp_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("exported");
    QTest::newRow("utc_z") << QByteArray("2026-11-27T04:35:44.038Z")
                           << QByteArray("2026-11-27T04:35:44.038+00:00");
    QTest::newRow("already_offset") << QByteArray("2026-11-27T10:05:44.038+05:30")
                                    << QByteArray("2026-11-27T10:05:44.038+05:30");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_AttendeeExporter::exportTimestamp()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, exported);
    QCOMPARE(AttendeeExporter::exportTimestamp(stored), exported);
}

void tst_AttendeeExporter::exportTimestampInZone_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("exported");
    QTest::newRow("kolkata") << QByteArray("2026-11-27T04:35:44.038Z") << QByteArray("Asia/Kolkata")
                             << QByteArray("2026-11-27T10:05:44.038+05:30");
    QTest::newRow("kolkata_next_day") << QByteArray("2026-11-27T20:00:00.000Z") << QByteArray("Asia/Kolkata")
                                      << QByteArray("2026-11-28T01:30:00.000+05:30");
    QTest::newRow("new_york_winter") << QByteArray("2026-11-27T04:35:44.038Z")
                                     << QByteArray("America/New_York")
                                     << QByteArray("2026-11-26T23:35:44.038-05:00");
    QTest::newRow("new_york_summer") << QByteArray("2026-07-01T12:00:00.000Z")
                                     << QByteArray("America/New_York")
                                     << QByteArray("2026-07-01T08:00:00.000-04:00");
    QTest::newRow("utc_zone") << QByteArray("2026-11-27T04:35:44.038Z") << QByteArray("UTC")
                              << QByteArray("2026-11-27T04:35:44.038+00:00");
    QTest::newRow("london_winter") << QByteArray("2026-11-27T04:35:44.038Z") << QByteArray("Europe/London")
                                   << QByteArray("2026-11-27T04:35:44.038+00:00");
    QTest::newRow("not_an_instant") << QByteArray("yesterday") << QByteArray("Asia/Kolkata")
                                    << QByteArray("yesterday");
    QTest::newRow("empty") << QByteArray() << QByteArray("Asia/Kolkata") << QByteArray();
}

void tst_AttendeeExporter::exportTimestampInZone()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, exported);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QCOMPARE(AttendeeExporter::exportTimestamp(stored, tz), exported);
}

// Times::Local writes every time column in the chosen zone with its offset; the
// default for CSV stays UTC.
void tst_AttendeeExporter::localTimesCarryTheirOffset()
{
    AttendeeExporter::Options o = options(m_tricky.path());
    o.columns = {Column::Email, Column::FirstReceived, Column::LastReceived};
    o.filter.webinarId = QStringLiteral("W-BETA");
    QCOMPARE(AttendeeExporter::defaultTimes(AttendeeExporter::Format::Csv), AttendeeExporter::Times::Utc);
    QCOMPARE(AttendeeExporter::defaultTimes(AttendeeExporter::Format::Xlsx), AttendeeExporter::Times::Local);
    o.times = AttendeeExporter::Times::Local;
    o.localZone = QTimeZone("Asia/Kolkata");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    QByteArray expected("Email,First received,Last received\r\n");
    for (const AttendeeSeeder::Seed &s : std::as_const(m_seeds)) {
        if (s.attendee.webinarId != QLatin1String("W-BETA"))
            continue;
        const auto local = [](const QDateTime &when) {
            return when.toTimeZone(QTimeZone("Asia/Kolkata")).toString(Qt::ISODateWithMs).toLatin1();
        };
        expected += s.attendee.email.toLatin1() + ',' + local(s.firstReceived) + ','
                + local(s.firstReceived.addSecs(60 * (s.deliveries - 1))) + "\r\n";
    }
    QVERIFY(expected.contains("+05:30"));
    QCOMPARE(buffer.data(), expected);
}

void tst_AttendeeExporter::rowsFollowTheChosenOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QByteArray>("rows");
    QTest::newRow("arrival") << int(AttendeeOrder::Key::Received) << false
                             << QByteArray("asha@example.com,3\r\nbeta@example.com,1\r\ntest@example.com,1\r\n");
    QTest::newRow("newest_first") << int(AttendeeOrder::Key::Received) << true
                                  << QByteArray("test@example.com,1\r\nbeta@example.com,1\r\nasha@example.com,3\r\n");
    QTest::newRow("email_z_to_a") << int(AttendeeOrder::Key::Email) << true
                                  << QByteArray("test@example.com,1\r\nbeta@example.com,1\r\nasha@example.com,3\r\n");
    // Ties (1 and 1) keep arrival order in the sort's direction.
    QTest::newRow("fewest_deliveries") << int(AttendeeOrder::Key::Deliveries) << false
                                       << QByteArray("beta@example.com,1\r\ntest@example.com,1\r\nasha@example.com,3\r\n");
    QTest::newRow("name_a_to_z") << int(AttendeeOrder::Key::Name) << false
                                 << QByteArray("asha@example.com,3\r\nbeta@example.com,1\r\ntest@example.com,1\r\n");
}

void tst_AttendeeExporter::rowsFollowTheChosenOrder()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(QByteArray, rows);
    AttendeeExporter::Options o = options(m_tricky.path());
    o.columns = {Column::Email, Column::Deliveries};
    o.filter.webinarId = QStringLiteral("W-BETA");
    o.order = AttendeeOrder{AttendeeOrder::Key(key), descending};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    QCOMPARE(buffer.data(), QByteArray("Email,Deliveries\r\n") + rows);
}

// Expected bytes are built from the seeds, not from the database: right rows, in
// arrival order, every column, timestamps with their offset, delivery counts.
void tst_AttendeeExporter::rfc4180HasEveryAttendeeExactly()
{
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    CsvWriter writer(&expected, CsvWriter::Profile::Rfc4180);
    writer.writeRow({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone"),
                     QStringLiteral("Webinar"), QStringLiteral("Webinar ID"),
                     QStringLiteral("Recording link"), QStringLiteral("First received"),
                     QStringLiteral("Last received"), QStringLiteral("Deliveries"),
                     QStringLiteral("Phone (E.164)")});
    for (const AttendeeSeeder::Seed &s : std::as_const(m_seeds)) {
        const AttendeeRecord &a = s.attendee;
        writer.writeRow({a.name, a.email, a.phone, a.webinarTitle, a.webinarId, a.recordingUrl,
                         stamp(s.firstReceived), stamp(s.firstReceived.addSecs(60 * (s.deliveries - 1))),
                         QString::number(s.deliveries), PhoneNumber::toE164(a.phone, QStringLiteral("IN"))});
    }
    QVERIFY(writer.finish());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(options(m_tricky.path()));
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.rowsWritten(), m_seeds.size());
    QCOMPARE(exporter.bytesWritten(), buffer.data().size());
    QCOMPARE(buffer.data(), expected.data());
}

// Issue 16: the E.164 form beside the text as received, for WhatsApp and SMS
// tools; empty where the text is not a valid number. Not a default column.
void tst_AttendeeExporter::phoneE164Column()
{
    QVERIFY(!AttendeeExporter::defaultColumns().contains(Column::PhoneE164));
    QCOMPARE(AttendeeExporter::key(Column::PhoneE164), QStringLiteral("phoneE164"));
    AttendeeExporter::Options o = options(m_tricky.path());
    o.columns = {Column::Email, Column::Phone, Column::PhoneE164};
    o.filter.text = QStringLiteral("email:example.com");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    const QByteArray data = buffer.data();
    QVERIFY2(data.startsWith("Email,Phone,Phone (E.164)\r\n"), data.left(60).constData());
    const QByteArray expectedLines[] = {
            "asha@example.com,+91 98765 43210,+919876543210\r\n",
            "priya@example.com,+919876543210,+919876543210\r\n",
            "lf@example.com,09876543210,+919876543210\r\n",
            "hindi@example.com,+91-98765-43210,+919876543210\r\n",
            "arabic@example.com,+971 50 123 4567,+971501234567\r\n",
            "emoji@example.com,+1 (555) 010-9999,\r\n", // no such area code
            "formula@example.com,=2+3,\r\n",
            "cr@example.com,,\r\n",
    };
    for (const QByteArray &line : expectedLines)
        QVERIFY2(data.contains(line), line.constData());

    // The workbook has it too, as a text cell (not a number that loses its "+").
    const QString xlsx = QDir(m_tricky.folder()).filePath(QStringLiteral("phones.xlsx"));
    o.format = AttendeeExporter::Format::Xlsx;
    AttendeeExporter workbook(o);
    QVERIFY2(workbook.exportToFile(xlsx), qPrintable(workbook.errorString()));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx});
    QVERIFY(unzip.waitForFinished(10000));
    const QByteArray parts = unzip.readAllStandardOutput(); // every part, one after another
    QVERIFY2(parts.contains(">Phone (E.164)</t>"), parts.left(300).constData());
    QVERIFY2(parts.contains(">+971501234567</t>"), parts.left(300).constData());
    QVERIFY(!parts.contains("<v>971501234567</v>"));
}

void tst_AttendeeExporter::spreadsheetProfileNeutralises()
{
    AttendeeExporter::Options o = options(m_tricky.path());
    o.profile = CsvWriter::Profile::Spreadsheet;
    o.columns = {Column::Name, Column::Phone, Column::WebinarId};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    const QByteArray data = buffer.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF" "Name,Phone,Webinar ID\r\n"));
    QVERIFY(data.contains("\r\nAsha Rao," + WJ + "+91 98765 43210,W-ALPHA\r\n"));
    QVERIFY(data.contains("\r\n'=1+1,'=2+3,W-ALPHA\r\n"));
    QVERIFY(data.contains("\r\n'@priya_creates,\"'@SUM(1,2)\",W-ALPHA\r\n"));
    // The scientific-looking webinar ID stays text; its phone keeps the leading zeros.
    QVERIFY(data.contains("\r\nNumeric Webinar," + WJ + "0042," + WJ + "6149e10\r\n"));
    // No line starts with a trigger (a line start is a cell start for unquoted cells).
    for (const QByteArray &line : data.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(!QByteArray("=+-@\t").contains(line.at(0)), line.constData());
    }
}

void tst_AttendeeExporter::columnsInChosenOrder()
{
    AttendeeExporter::Options o = options(m_tricky.path());
    o.columns = {Column::Deliveries, Column::Email};
    o.filter.webinarId = QStringLiteral("W-BETA");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    QCOMPARE(buffer.data(), QByteArray("Deliveries,Email\r\n"
                                       "3,asha@example.com\r\n"
                                       "1,beta@example.com\r\n"
                                       "1,test@example.com\r\n"));
}

void tst_AttendeeExporter::filterSelectsRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("webinarId");
    QTest::addColumn<bool>("includeTestData");

    QTest::newRow("everything") << QString() << QString() << true;
    QTest::newRow("one_webinar") << QString() << "W-BETA" << true;
    QTest::newRow("one_webinar_without_tests") << QString() << "W-BETA" << false;
    QTest::newRow("word") << "priya" << QString() << true;
    QTest::newRow("word_and_webinar") << "asha" << "W-ALPHA" << true;
    QTest::newRow("short_word") << "cr" << QString() << true;
    QTest::newRow("hindi_word") << "प्रिया" << QString() << true;
    QTest::newRow("nothing_matches") << "zzzz-no-such" << QString() << true;
}

void tst_AttendeeExporter::filterSelectsRows()
{
    QFETCH(QString, text);
    QFETCH(QString, webinarId);
    QFETCH(bool, includeTestData);

    // What the filter must select, worked out from the seeds.
    QStringList expected;
    for (const AttendeeSeeder::Seed &s : std::as_const(m_seeds)) {
        const AttendeeRecord &a = s.attendee;
        const bool textMatches = text.isEmpty()
                || a.name.contains(text, Qt::CaseInsensitive)
                || a.email.contains(text, Qt::CaseInsensitive)
                || a.phone.contains(text, Qt::CaseInsensitive)
                || a.webinarTitle.contains(text, Qt::CaseInsensitive);
        if (textMatches && (webinarId.isEmpty() || a.webinarId == webinarId)
            && (includeTestData || !a.isTest))
            expected.append(a.webinarId + QLatin1Char('/') + a.email);
    }

    AttendeeExporter::Options o = options(m_tricky.path());
    o.columns = {Column::WebinarId, Column::Email};
    o.filter.text = text;
    o.filter.webinarId = webinarId;
    o.filter.includeTestData = includeTestData;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY2(exporter.exportTo(&buffer), qPrintable(exporter.errorString()));
    QStringList got = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(got.takeFirst(), QStringLiteral("Webinar ID,Email"));
    got.replaceInStrings(QStringLiteral(","), QStringLiteral("/"));
    QCOMPARE(got, expected);
    QCOMPARE(exporter.rowsWritten(), expected.size());
}

void tst_AttendeeExporter::completeExportReplacesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    QVERIFY(writeFile(path, "old,file\r\n"));
    AttendeeExporter::Options o = options(m_bulk.path());
    o.columns = {Column::Email};
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int reports = 0;
    AttendeeExporter exporter(o);
    exporter.setProgressCallback([&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++reports;
    });
    QVERIFY2(exporter.exportToFile(path), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.rowsWritten(), BulkRows);
    QCOMPARE(lastDone, BulkRows);
    QCOMPARE(lastTotal, BulkRows);
    QVERIFY(reports >= 3);
    const QByteArray data = readAll(path);
    QVERIFY(data.startsWith("Email\r\nattendee0@example.com\r\n"));
    QVERIFY(data.endsWith("attendee29999@example.com\r\n"));
    QCOMPARE(data.count('\n'), BulkRows + 1);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("attendees.csv")});
}

void tst_AttendeeExporter::cancelMidwayKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    QVERIFY(writeFile(path, "old,file\r\n"));
    std::atomic<bool> cancel{false};
    qint64 cancelledAt = 0;
    AttendeeExporter exporter(options(m_bulk.path()));
    exporter.setCancelFlag(&cancel);
    exporter.setProgressCallback([&](qint64 done, qint64) {
        if (done > 0 && !cancel) {
            cancelledAt = done;
            cancel = true;
        }
    });
    QVERIFY(!exporter.exportToFile(path));
    QVERIFY(exporter.wasCancelled());
    QVERIFY(cancelledAt > 0);
    QVERIFY(exporter.rowsWritten() < BulkRows);
    QVERIFY(!exporter.errorString().isEmpty());
    QCOMPARE(readAll(path), QByteArray("old,file\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("attendees.csv")});
}

void tst_AttendeeExporter::cancelMidwayLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    std::atomic<bool> cancel{false};
    AttendeeExporter exporter(options(m_bulk.path()));
    exporter.setCancelFlag(&cancel);
    exporter.setProgressCallback([&](qint64 done, qint64) {
        if (done > 0)
            cancel = true;
    });
    QVERIFY(!exporter.exportToFile(path));
    QVERIFY(exporter.wasCancelled());
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_AttendeeExporter::deviceFailureStopsWithReason()
{
    FullDevice device(64 * 1024);
    AttendeeExporter exporter(options(m_bulk.path()));
    QVERIFY(!exporter.exportTo(&device));
    QVERIFY(!exporter.wasCancelled());
    QVERIFY2(exporter.errorString().contains(QStringLiteral("No space left on device")),
             qPrintable(exporter.errorString()));
    QVERIFY(exporter.rowsWritten() < BulkRows);
}

void tst_AttendeeExporter::missingDatabaseLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    QVERIFY(writeFile(path, "old,file\r\n"));
    const QString missing = dir.filePath(QStringLiteral("no-such.sqlite"));
    AttendeeExporter exporter(options(missing));
    QVERIFY(!exporter.exportToFile(path));
    QVERIFY2(exporter.errorString().contains(missing), qPrintable(exporter.errorString()));
    QCOMPARE(readAll(path), QByteArray("old,file\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("attendees.csv")});
}

void tst_AttendeeExporter::unwritableTargets_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("missing_folder") << "no/such/folder/attendees.csv" << "cannot write";
    QTest::newRow("parent_is_a_file") << "plain-file/attendees.csv" << "cannot write";
    QTest::newRow("target_is_a_folder") << "a-folder" << "it is a folder";
}

void tst_AttendeeExporter::unwritableTargets()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, errorMentions);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("plain-file")), "x"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
    const QStringList before = filesIn(dir.path());
    AttendeeExporter exporter(options(m_tricky.path()));
    QVERIFY(!exporter.exportToFile(dir.filePath(relativePath)));
    QVERIFY2(exporter.errorString().contains(errorMentions), qPrintable(exporter.errorString()));
    QVERIFY(!exporter.errorString().contains(QLatin1Char('\n')));
    QCOMPARE(filesIn(dir.path()), before);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a-folder"))).isDir());
}

void tst_AttendeeExporter::invalidOptions_data()
{
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<bool>("noColumns");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("no_columns") << QString() << true << "at least one column";
    QTest::newRow("bad_date_in_filter") << "after:yesterday" << false << "2026-11-27";
}

void tst_AttendeeExporter::invalidOptions()
{
    QFETCH(QString, filterText);
    QFETCH(bool, noColumns);
    QFETCH(QString, errorMentions);
    AttendeeExporter::Options o = options(m_tricky.path());
    o.filter.text = filterText;
    if (noColumns)
        o.columns.clear();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttendeeExporter exporter(o);
    QVERIFY(!exporter.exportTo(&buffer));
    QVERIFY2(exporter.errorString().contains(errorMentions), qPrintable(exporter.errorString()));
    QCOMPARE(buffer.data(), QByteArray());
}

void tst_AttendeeExporter::jobRunsOnWorkerThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    ExportJob job;
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    std::atomic<bool> reportedFromWorker{false};
    QThread *const testThread = QThread::currentThread();
    connect(&job, &ExportJob::progress, this, [&] {
        reportedFromWorker = QThread::currentThread() != testThread;
    }, Qt::DirectConnection);

    QVERIFY(job.start(options(m_bulk.path()), path));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(options(m_bulk.path()), path)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!job.isRunning());
    const QList<QVariant> result = finished.takeFirst();
    QCOMPARE(result.at(0).toBool(), true);
    QCOMPARE(result.at(1).toBool(), false);
    QCOMPARE(result.at(2).toLongLong(), BulkRows);
    QCOMPARE(result.at(3).toString(), path);
    QVERIFY(reportedFromWorker);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toLongLong(), BulkRows);
    QCOMPARE(readAll(path).count('\n'), BulkRows + 1);
}

void tst_AttendeeExporter::jobCancelKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendees.csv"));
    QVERIFY(writeFile(path, "old,file\r\n"));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    // Cancel from the worker's own progress report, so the export is surely midway.
    connect(&job, &ExportJob::progress, this, [&job](qint64 done, qint64) {
        if (done > 0)
            job.cancel();
    }, Qt::DirectConnection);
    QVERIFY(job.start(options(m_bulk.path()), path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const QList<QVariant> result = finished.takeFirst();
    QCOMPARE(result.at(0).toBool(), false);
    QCOMPARE(result.at(1).toBool(), true);
    QCOMPARE(readAll(path), QByteArray("old,file\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("attendees.csv")});
}

QTEST_GUILESS_MAIN(tst_AttendeeExporter)
#include "tst_AttendeeExporter.moc"
