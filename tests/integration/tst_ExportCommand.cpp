// SPDX-License-Identifier: GPL-3.0-or-later
// `hookdesk export` as a user runs it: a real process, real files, and Python's
// csv module as an independent reader of what it wrote.
#include "AttendeeSeeder.h"
#include "ChildProcess.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using hookdesk::test::AttendeeSeeder;

namespace {

using hookdesk::test::ChildProcess;
using Run = ChildProcess::Result;

ChildProcess::Options slowOptions()
{
    ChildProcess::Options options;
    options.timeoutMs = 120000;
    return options;
}

Run run(const QString &program, const QStringList &arguments,
        const ChildProcess::Options &options = slowOptions())
{
    return ChildProcess::run(program, arguments, options);
}

Run runHookdesk(const QStringList &arguments, const ChildProcess::Options &options = slowOptions())
{
    return run(ChildProcess::hookdesk(), arguments, options);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void standardOutputMatchesFile();
    void libreOfficeShowsWhatIsStored();
    void workbookShowsWhatIsStored_data();
    void workbookShowsWhatIsStored();
    void filterOption();
    void timesOption();
    void failures_data();
    void failures();
    void failureKeepsExistingFile_data();
    void failureKeepsExistingFile();

private:
    void verifyWithPython(const QString &csv, const QStringList &extra);

    hookdesk::test::TestDatabase m_db;
    QTemporaryDir m_out;
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY(QFile::exists(ChildProcess::hookdesk()));
    QVERIFY(QFile::exists(QStringLiteral(HOOKDESK_PYTHON3)));
    QString error;
    QVERIFY2(AttendeeSeeder::write(m_db.path(), AttendeeSeeder::trickySeeds(), &error),
             qPrintable(error));
}

void tst_ExportCommand::verifyWithPython(const QString &csv, const QStringList &extra)
{
    const Run python = run(QStringLiteral(HOOKDESK_PYTHON3),
                           QStringList{QStringLiteral(HOOKDESK_ROUNDTRIP_SCRIPT),
                                       QStringLiteral("--db"), m_db.path(),
                                       QStringLiteral("--csv"), csv}
                                   + extra);
    qInfo().noquote() << QString::fromUtf8(python.out).trimmed();
    QVERIFY2(python.exitedWith(0), (python.out + python.report()).constData());
}

void tst_ExportCommand::roundTrip_data()
{
    QTest::addColumn<QStringList>("exportArguments");
    QTest::addColumn<QStringList>("checkArguments");

    QTest::newRow("rfc4180_default_columns")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180")}
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--header"),
                           QStringLiteral("Name,Email,Phone,Webinar,Webinar ID,Recording link,"
                                          "First received,Deliveries")};
    const QString every = QStringLiteral(
            "name,email,phone,webinar,webinarId,recordingUrl,firstReceived,lastReceived,deliveries");
    QTest::newRow("rfc4180_every_column")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--columns"), every}
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--columns"), every};
    QTest::newRow("rfc4180_columns_reordered")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--columns"), QStringLiteral("phone,name")}
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--columns"), QStringLiteral("phone,name"),
                           QStringLiteral("--header"), QStringLiteral("Phone,Name")};
    QTest::newRow("rfc4180_one_webinar")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--webinar"), QStringLiteral("W-BETA")}
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                           QStringLiteral("--webinar"), QStringLiteral("W-BETA")};
    QTest::newRow("spreadsheet_every_column")
            << QStringList{QStringLiteral("--columns"), every}
            << QStringList{QStringLiteral("--profile"), QStringLiteral("spreadsheet"),
                           QStringLiteral("--columns"), every};
}

void tst_ExportCommand::roundTrip()
{
    QFETCH(QStringList, exportArguments);
    QFETCH(QStringList, checkArguments);
    const QString csv = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".csv"));
    const Run exported = runHookdesk(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                              m_db.path(), QStringLiteral("--out"), csv}
                                  + exportArguments);
    QVERIFY2(exported.exitedWith(0), exported.report().constData());
    QVERIFY2(exported.out.startsWith("exported "), exported.out.constData());
    verifyWithPython(csv, checkArguments);
}

void tst_ExportCommand::standardOutputMatchesFile()
{
    for (const QString &profile : {QStringLiteral("spreadsheet"), QStringLiteral("rfc4180")}) {
        const QString csv = m_out.filePath(QStringLiteral("stdout-") + profile + QStringLiteral(".csv"));
        const QStringList common{QStringLiteral("export"), QStringLiteral("--db"), m_db.path(),
                                 QStringLiteral("--profile"), profile};
        const Run toFile = runHookdesk(common + QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(toFile.exitedWith(0), toFile.report().constData());
        const Run toStdout = runHookdesk(common + QStringList{QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(toStdout.exitedWith(0), toStdout.report().constData());
        QVERIFY(!toStdout.out.isEmpty());
        QCOMPARE(toStdout.out, readAll(csv));
    }
}

// Where LibreOffice is installed: open the spreadsheet profile in Calc with its
// most eager settings and look at every cell. The RFC 4180 file of the same data
// must fail that check, or the check proves nothing.
void tst_ExportCommand::libreOfficeShowsWhatIsStored()
{
    if (QStringLiteral(HOOKDESK_SOFFICE).isEmpty())
        QSKIP("LibreOffice is not installed; the Calc check did not run");
    const QString every = QStringLiteral(
            "name,email,phone,webinar,webinarId,recordingUrl,firstReceived,lastReceived,deliveries");
    auto check = [&](const QString &profile) {
        const QString csv = m_out.filePath(QStringLiteral("calc-") + profile + QStringLiteral(".csv"));
        const Run exported = runHookdesk({QStringLiteral("export"), QStringLiteral("--db"),
                                          m_db.path(), QStringLiteral("--out"), csv,
                                          QStringLiteral("--profile"), profile,
                                          QStringLiteral("--columns"), every});
        if (!exported.exitedWith(0)) {
            Run notChecked; // neither exit code the checks below expect
            notChecked.startError = QStringLiteral("the export failed, ") + QString::fromUtf8(exported.report());
            return notChecked;
        }
        return run(QStringLiteral(HOOKDESK_PYTHON3),
                   {QStringLiteral(HOOKDESK_LIBREOFFICE_SCRIPT), QStringLiteral("--soffice"),
                    QStringLiteral(HOOKDESK_SOFFICE), QStringLiteral("--db"), m_db.path(),
                    QStringLiteral("--csv"), csv, QStringLiteral("--columns"), every});
    };
    const Run spreadsheet = check(QStringLiteral("spreadsheet"));
    qInfo().noquote() << QString::fromUtf8(spreadsheet.out).trimmed();
    QVERIFY2(spreadsheet.exitedWith(0), (spreadsheet.out + spreadsheet.report()).constData());
    const Run raw = check(QStringLiteral("rfc4180"));
    QVERIFY2(raw.exitedWith(1), (raw.out + raw.report()).constData());
    QVERIFY2(raw.out.contains("Calc made a formula"), raw.out.constData());
}

void tst_ExportCommand::workbookShowsWhatIsStored_data()
{
    QTest::addColumn<QString>("zone");      // the exporting computer's
    QTest::addColumn<QStringList>("format");
    QTest::addColumn<QString>("cellZone");  // the zone the date cells must be in
    QTest::newRow("india_by_extension") << QStringLiteral("Asia/Kolkata") << QStringList()
                                        << QStringLiteral("Asia/Kolkata");
    QTest::newRow("new_york_by_option")
            << QStringLiteral("America/New_York")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}
            << QStringLiteral("America/New_York");
    QTest::newRow("utc_by_option") << QStringLiteral("Asia/Kolkata")
                                   << QStringList{QStringLiteral("--times"), QStringLiteral("utc")}
                                   << QStringLiteral("UTC");
}

// The workbook opened in Calc: every cell typed and shown as stored, the received
// times as dates in the exporting computer's zone, recording links clickable and
// no formula anywhere, whatever the tricky names hold.
void tst_ExportCommand::workbookShowsWhatIsStored()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, format);
    QFETCH(QString, cellZone);
    const bool utc = cellZone == QLatin1String("UTC");
    if (QStringLiteral(HOOKDESK_SOFFICE).isEmpty())
        QSKIP("LibreOffice is not installed; the Calc check did not run");
    const QString every = QStringLiteral(
            "name,email,phone,webinar,webinarId,recordingUrl,firstReceived,lastReceived,deliveries");
    // With --format the name needs no .xlsx; without it the extension decides.
    const QString xlsx = m_out.filePath(QStringLiteral("calc-") + QString::fromLatin1(QTest::currentDataTag())
                                        + (!format.contains(QStringLiteral("--format")) ? QStringLiteral(".xlsx") : QStringLiteral(".bin")));
    ChildProcess::Options options = slowOptions();
    options.environment.insert(QStringLiteral("TZ"), zone);
    const Run exported = runHookdesk(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_db.path(),
                                                 QStringLiteral("--out"), xlsx, QStringLiteral("--columns"), every}
                                             + format,
                                     options);
    QVERIFY2(exported.exitedWith(0), exported.report().constData());
    QVERIFY(readAll(xlsx).startsWith("PK\x03\x04"));
    // Calc picks the format from the name: give it one it knows.
    const QString named = xlsx.endsWith(QLatin1String(".xlsx")) ? xlsx : xlsx + QStringLiteral(".xlsx");
    if (named != xlsx)
        QVERIFY(QFile::copy(xlsx, named));
    const QStringList headers = utc ? QStringList{QStringLiteral("--utc-headers")} : QStringList();
    const Run calc = run(QStringLiteral(HOOKDESK_PYTHON3),
                         QStringList{QStringLiteral(HOOKDESK_XLSX_SCRIPT), QStringLiteral("--soffice"),
                          QStringLiteral(HOOKDESK_SOFFICE), QStringLiteral("--db"), m_db.path(),
                          QStringLiteral("--xlsx"), named, QStringLiteral("--columns"), every,
                          QStringLiteral("--tz"), cellZone}
                                 + headers);
    qInfo().noquote() << QString::fromUtf8(calc.out).trimmed();
    QVERIFY2(calc.exitedWith(0), (calc.out + calc.report()).constData());
    // The same check against another zone must fail: the dates really are local.
    const Run elsewhere = run(QStringLiteral(HOOKDESK_PYTHON3),
                              QStringList{QStringLiteral(HOOKDESK_XLSX_SCRIPT), QStringLiteral("--soffice"),
                               QStringLiteral(HOOKDESK_SOFFICE), QStringLiteral("--db"), m_db.path(),
                               QStringLiteral("--xlsx"), named, QStringLiteral("--columns"),
                               QStringLiteral("name,firstReceived"), QStringLiteral("--tz"),
                               utc ? QStringLiteral("Asia/Kolkata") : QStringLiteral("UTC")}
                                      + headers);
    QVERIFY2(elsewhere.exitedWith(1), (elsewhere.out + elsewhere.report()).constData());
    QVERIFY2(elsewhere.out.contains("is not the date"), elsewhere.out.constData());
}

// --filter takes the same grammar as the window's filter box (AttendeeFilter).
void tst_ExportCommand::filterOption()
{
    const Run result = runHookdesk({QStringLiteral("export"), QStringLiteral("--db"), m_db.path(),
                                 QStringLiteral("--out"), QStringLiteral("-"),
                                 QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                                 QStringLiteral("--columns"), QStringLiteral("email"),
                                 QStringLiteral("--filter"), QStringLiteral("asha -webinar:secret")});
    QVERIFY2(result.exitedWith(0), result.report().constData());
    QCOMPARE(result.out, QByteArray("Email\r\nasha@example.com\r\n"));
}

// --times local writes the exporting computer's wall-clock time with its offset;
// CSV's default stays the stored UTC instant.
void tst_ExportCommand::timesOption()
{
    ChildProcess::Options india = slowOptions();
    india.environment.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kolkata"));
    const QStringList common{QStringLiteral("export"), QStringLiteral("--db"), m_db.path(),
                             QStringLiteral("--out"), QStringLiteral("-"),
                             QStringLiteral("--profile"), QStringLiteral("rfc4180"),
                             QStringLiteral("--columns"), QStringLiteral("email,firstReceived"),
                             QStringLiteral("--filter"), QStringLiteral("email:beta@example.com")};
    const Run utc = runHookdesk(common, india);
    QVERIFY2(utc.exitedWith(0), utc.report().constData());
    const Run local = runHookdesk(common + QStringList{QStringLiteral("--times"), QStringLiteral("local")}, india);
    QVERIFY2(local.exitedWith(0), local.report().constData());
    const QList<QByteArray> utcLines = utc.out.split('\n');
    const QList<QByteArray> localLines = local.out.split('\n');
    QCOMPARE(utcLines.size(), 3); // header, one row, the final empty piece
    QCOMPARE(localLines.size(), 3);
    const QByteArray utcStamp = utcLines.at(1).split(',').at(1).trimmed();
    const QByteArray localStamp = localLines.at(1).split(',').at(1).trimmed();
    QVERIFY2(utcStamp.endsWith("+00:00"), utcStamp.constData());
    QVERIFY2(localStamp.endsWith("+05:30"), localStamp.constData());
    // Both name the same instant.
    QCOMPARE(QDateTime::fromString(QString::fromLatin1(localStamp), Qt::ISODateWithMs).toUTC(),
             QDateTime::fromString(QString::fromLatin1(utcStamp), Qt::ISODateWithMs).toUTC());
    const Run explicitUtc = runHookdesk(common + QStringList{QStringLiteral("--times"), QStringLiteral("UTC")}, india);
    QVERIFY2(explicitUtc.exitedWith(0), explicitUtc.report().constData());
    QCOMPARE(explicitUtc.out, utc.out);
}

void tst_ExportCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QString okOut = QStringLiteral("attendees.csv");
    QTest::newRow("unwritable_folder")
            << QStringList() << "no/such/folder/attendees.csv" << 1 << "cannot write";
    QTest::newRow("parent_is_a_file")
            << QStringList() << "plain-file/attendees.csv" << 1 << "cannot write";
    QTest::newRow("out_is_a_folder") << QStringList() << "a-folder" << 1 << "it is a folder";
    QTest::newRow("unknown_column")
            << QStringList{QStringLiteral("--columns"), QStringLiteral("name,shoe_size")} << okOut
            << 2 << "unknown column 'shoe_size'";
    QTest::newRow("repeated_column")
            << QStringList{QStringLiteral("--columns"), QStringLiteral("name,name")} << okOut << 2
            << "twice";
    QTest::newRow("unknown_profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("xlsx")} << okOut << 2
            << "unknown profile 'xlsx'";
    QTest::newRow("unknown_format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("ods")} << okOut << 2
            << "unknown format 'ods': use csv or xlsx";
    QTest::newRow("unknown_times")
            << QStringList{QStringLiteral("--times"), QStringLiteral("IST")} << okOut << 2
            << "unknown --times 'IST': use utc or local";
    QTest::newRow("profile_with_workbook")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("mail")}
            << QStringLiteral("attendees.xlsx") << 2 << "--profile applies to CSV only";
    QTest::newRow("bad_filter")
            << QStringList{QStringLiteral("--filter"), QStringLiteral("after:someday")} << okOut
            << 2 << "--filter";
    // ~1000 terms used to reach SQLite ("Expression tree is too large", exit 1):
    // refused up front as a bad argument, naming the limit.
    QStringList manyTerms;
    for (int i = 0; i < 1000; ++i)
        manyTerms.append(QStringLiteral("t%1").arg(i % 10));
    QTest::newRow("filter_too_many_terms")
            << QStringList{QStringLiteral("--filter"), manyTerms.join(u' ')} << okOut << 2
            << "--filter: the filter has 1000 terms; at most 50 are allowed";
    QTest::newRow("filter_too_long")
            << QStringList{QStringLiteral("--filter"), QString(1001, u'x')} << okOut << 2
            << "at most 1000 are allowed";
    QTest::newRow("missing_out") << QStringList() << QString() << 2 << "--out FILE is required";
    QTest::newRow("stray_argument") << QStringList{QStringLiteral("extra")} << okOut << 2
                                    << "unexpected argument 'extra'";
    QTest::newRow("missing_database")
            << QStringList{QStringLiteral("--db"), QStringLiteral("@DIR@/none.sqlite")} << okOut
            << 1 << "no database at";
    QTest::newRow("not_a_database")
            << QStringList{QStringLiteral("--db"), QStringLiteral("@DIR@/plain-file")} << okOut
            << 1 << "cannot read the database";
}

void tst_ExportCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    {
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("this is not a database, it is a plain file of text\n");
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
    const QStringList before = filesIn(dir.path());

    arguments.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
    QStringList all{QStringLiteral("export")};
    if (!arguments.contains(QStringLiteral("--db")))
        all << QStringLiteral("--db") << m_db.path();
    if (!out.isEmpty())
        all << QStringLiteral("--out") << dir.filePath(out);
    all << arguments;

    const Run result = runHookdesk(all);
    QVERIFY2(result.exitedWith(exitCode), result.report().constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    // One line, saying why.
    QVERIFY2(result.err.startsWith("hookdesk: error: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(reason), result.err.constData());
    // Nothing written: no file, no temporary left behind.
    QCOMPARE(filesIn(dir.path()), before);
}

void tst_ExportCommand::failureKeepsExistingFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("attendees.csv");
    QTest::newRow("workbook") << QStringLiteral("attendees.xlsx");
}

void tst_ExportCommand::failureKeepsExistingFile()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString csv = dir.filePath(name);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a good export from yesterday\r\n");
    }
    const Run result = runHookdesk({QStringLiteral("export"), QStringLiteral("--db"),
                                 dir.filePath(QStringLiteral("gone.sqlite")),
                                 QStringLiteral("--out"), csv});
    QVERIFY2(result.exitedWith(1), result.report().constData());
    QCOMPARE(readAll(csv), QByteArray("a good export from yesterday\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{name});
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
