// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeSeeder.h"
#include "MockClock.h"
#include "export/ExportDialog.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::AttendeeSeeder;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child widget named %s", name);
    return widget;
}

int rowOf(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == text)
            return i;
    }
    return -1;
}

// Answers the dialog's file question with `path`, keeping what it suggested.
void answerFileChooser(ExportDialog &dialog, const QString &path, QString *suggested)
{
    dialog.setFileChooser([path, suggested](QWidget *, const QString &suggestion) {
        *suggested = suggestion;
        return path;
    });
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs).chopped(1) + QStringLiteral("+00:00");
}

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsSelectedWebinarToFile();
    void webinarScopeNeedsASelection();
    void backingOutOfTheFileChooserDoesNothing();
    void exportNeedsAColumn();
    void cancelNeverLeavesAPartialFile();
    void exportsWorkbook();
    void timesFollowTheChoice();
    void saveDialogStartsInAFolderThatExists();

private:
    ExportDialog::Context context(const QString &db) const;

    test::TestDatabase m_tricky;
    test::TestDatabase m_bulk;
    QList<AttendeeSeeder::Seed> m_seeds;
};

void tst_ExportDialog::initTestCase()
{
    QString error;
    m_seeds = AttendeeSeeder::trickySeeds();
    QVERIFY2(AttendeeSeeder::write(m_tricky.path(), m_seeds, &error), qPrintable(error));
    QVERIFY2(AttendeeSeeder::bulk(m_bulk.path(), 50000, &error), qPrintable(error));
}

ExportDialog::Context tst_ExportDialog::context(const QString &db) const
{
    ExportDialog::Context c;
    c.databasePath = db;
    c.currentFilter.text = QStringLiteral("asha");
    c.selectedWebinarId = QStringLiteral("W-BETA");
    c.selectedWebinarTitle = QStringLiteral("The \"Secret\" Sauce\nQ&A");
    return c;
}

// The whole path a user takes: pick the webinar, drop a column, move one, pick
// the RFC 4180 profile, choose a file, and get exactly those rows in that order.
void tst_ExportDialog::exportsSelectedWebinarToFile()
{
    // The suggested file name carries the day: a clock that stays on one day says which.
    const test::MockClock clock(QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("beta.csv"));
    // The table is sorted by email, Z to A: the file keeps that order.
    ExportDialog::Context sortedByEmail = context(m_tricky.path());
    sortedByEmail.order = AttendeeOrder{AttendeeOrder::Key::Email, true};
    ExportDialog dialog(sortedByEmail);
    QCOMPARE(child<QLabel>(&dialog, "orderNote")->text(),
             QStringLiteral("Rows in the table's order: email, Z to A."));
    QString suggested;
    answerFileChooser(dialog, path, &suggested);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(child<QRadioButton>(&dialog, "scopeWebinar"), Qt::LeftButton);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::SelectedWebinar);

    auto *columns = child<QListWidget>(&dialog, "columns");
    columns->setFocus();
    // Drop the phone column: select it and press Space, as a keyboard user would.
    columns->setCurrentRow(rowOf(columns, QStringLiteral("Phone")));
    QTest::keyClick(columns, Qt::Key_Space);
    QCOMPARE(columns->item(rowOf(columns, QStringLiteral("Phone")))->checkState(), Qt::Unchecked);
    // Email first.
    columns->setCurrentRow(rowOf(columns, QStringLiteral("Email")));
    QTest::mouseClick(child<QToolButton>(&dialog, "moveUp"), Qt::LeftButton);
    QCOMPARE(rowOf(columns, QStringLiteral("Email")), 0);

    auto *profile = child<QComboBox>(&dialog, "profile");
    profile->setCurrentIndex(profile->findData(int(CsvWriter::Profile::Rfc4180)));
    auto *times = child<QComboBox>(&dialog, "times");
    times->setCurrentIndex(times->findData(int(AttendeeExporter::Times::Utc)));

    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    QVERIFY(child<QProgressBar>(&dialog, "progress")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QCOMPARE(exported.first().at(0).toString(), path);
    QCOMPARE(exported.first().at(1).toLongLong(), 3);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(suggested.endsWith(QStringLiteral(".csv"))
                     && QFileInfo(suggested).fileName().startsWith(
                             QStringLiteral("The-Secret-Sauce-Q-A-attendees-")),
             qPrintable(suggested));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("The-Secret-Sauce-Q-A-attendees-2026-05-04.csv"));

    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    CsvWriter writer(&expected, CsvWriter::Profile::Rfc4180);
    writer.writeRow({QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Webinar"),
                     QStringLiteral("Webinar ID"), QStringLiteral("Recording link"),
                     QStringLiteral("First received"), QStringLiteral("Deliveries")});
    QList<AttendeeSeeder::Seed> beta;
    for (const AttendeeSeeder::Seed &s : std::as_const(m_seeds)) {
        if (s.attendee.webinarId == QLatin1String("W-BETA"))
            beta.append(s);
    }
    QVERIFY(beta.size() == 3);
    std::stable_sort(beta.begin(), beta.end(), [](const auto &l, const auto &r) {
        return l.attendee.email.toLower() > r.attendee.email.toLower();
    });
    // Arrival order differs, so the file shows the order was kept.
    QCOMPARE(beta.first().attendee.email, QStringLiteral("test@example.com"));
    for (const AttendeeSeeder::Seed &s : std::as_const(beta)) {
        const AttendeeRecord &a = s.attendee;
        writer.writeRow({a.email, a.name, a.webinarTitle, a.webinarId, a.recordingUrl,
                         stamp(s.firstReceived), QString::number(s.deliveries)});
    }
    QVERIFY(writer.finish());
    QCOMPARE(readAll(path), expected.data());
}

void tst_ExportDialog::webinarScopeNeedsASelection()
{
    ExportDialog::Context c = context(m_tricky.path());
    c.selectedWebinarId.clear();
    c.selectedWebinarTitle.clear();
    ExportDialog dialog(c);
    QVERIFY(!child<QRadioButton>(&dialog, "scopeWebinar")->isEnabled());
    dialog.setScope(ExportDialog::Scope::SelectedWebinar);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::CurrentFilter);
    QCOMPARE(dialog.options().filter.text, QStringLiteral("asha"));
    dialog.setScope(ExportDialog::Scope::Everything);
    QVERIFY(dialog.options().filter.text.isEmpty());
    QVERIFY(dialog.options().filter.webinarId.isEmpty());
}

void tst_ExportDialog::backingOutOfTheFileChooserDoesNothing()
{
    ExportDialog dialog(context(m_tricky.path()));
    int asked = 0;
    dialog.setFileChooser([&](QWidget *, const QString &) {
        ++asked;
        return QString();
    });
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(!dialog.isExporting());
    QVERIFY(dialog.isVisible());
    QCOMPARE(exported.count(), 0);
}

void tst_ExportDialog::exportNeedsAColumn()
{
    ExportDialog dialog(context(m_tricky.path()));
    auto *columns = child<QListWidget>(&dialog, "columns");
    auto *exportButton = child<QPushButton>(&dialog, "exportButton");
    QVERIFY(exportButton->isEnabled());
    for (int i = 0; i < columns->count(); ++i)
        columns->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!exportButton->isEnabled());
    columns->item(3)->setCheckState(Qt::Checked);
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.options().columns.size(), 1);
}

// Cancel while the worker runs: the dialog stays open and says what happened, and
// the file is either complete (the export won the race) or as it was before.
void tst_ExportDialog::cancelNeverLeavesAPartialFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's export\r\n");
    }
    ExportDialog dialog(context(m_bulk.path()));
    dialog.setScope(ExportDialog::Scope::Everything);
    dialog.setFileChooser([&](QWidget *, const QString &) { return path; });
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    auto *close = child<QPushButton>(&dialog, "closeButton");
    QCOMPARE(close->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY2(dialog.isVisible(), "Cancel during an export must not close the dialog");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 60000);

    const QByteArray data = readAll(path);
    qInfo() << (exported.isEmpty() ? "the cancel stopped the export"
                                   : "the export finished before the cancel");
    if (exported.isEmpty()) {
        QCOMPARE(data, QByteArray("yesterday's export\r\n"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(QStringLiteral("cancelled")),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));
        QCOMPARE(close->text(), QStringLiteral("Close"));
    } else {
        QCOMPARE(data.count('\n'), 50000 + 1);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("all.csv")});
}

// The Excel item writes a workbook (a zip archive), named .xlsx, holding the
// rows a CSV export of the same choice holds.
void tst_ExportDialog::exportsWorkbook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("everyone.xlsx"));
    ExportDialog dialog(context(m_tricky.path()));
    dialog.setScope(ExportDialog::Scope::Everything);
    QString suggested;
    answerFileChooser(dialog, path, &suggested);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *profile = child<QComboBox>(&dialog, "profile");
    const int workbook = profile->findText(QStringLiteral("Excel workbook (.xlsx)"));
    QVERIFY(workbook >= 0);
    profile->setCurrentIndex(workbook);
    QCOMPARE(dialog.options().format, AttendeeExporter::Format::Xlsx);

    AttendeeExporter::Options asCsv = dialog.options();
    asCsv.format = AttendeeExporter::Format::Csv;
    AttendeeExporter csv(asCsv);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(csv.exportTo(&buffer), qPrintable(csv.errorString()));
    QVERIFY(csv.rowsWritten() > 0);

    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QVERIFY2(suggested.endsWith(QStringLiteral(".xlsx")), qPrintable(suggested));
    QCOMPARE(exported.first().at(1).toLongLong(), csv.rowsWritten());
    QVERIFY(readAll(path).startsWith("PK\x03\x04"));
    // Nothing but the workbook is left in the folder (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("everyone.xlsx")});
}

// The dialog names the times it writes; local time (as the table shows) unless
// the user picks UTC, and the choice reaches the export.
void tst_ExportDialog::timesFollowTheChoice()
{
    ExportDialog dialog(context(m_tricky.path()));
    auto *times = child<QComboBox>(&dialog, "times");
    QCOMPARE(dialog.options().times, std::optional(AttendeeExporter::Times::Local));
    QVERIFY2(times->currentText().startsWith(QStringLiteral("Local time (")), qPrintable(times->currentText()));
    QVERIFY2(times->currentText().contains(QString::fromUtf8(QTimeZone::systemTimeZone().id())),
             qPrintable(times->currentText()));
    times->setCurrentIndex(times->findData(int(AttendeeExporter::Times::Utc)));
    QCOMPARE(dialog.options().times, std::optional(AttendeeExporter::Times::Utc));
    // Every scope is written in the table's order.
    ExportDialog::Context byName = context(m_tricky.path());
    byName.order = AttendeeOrder{AttendeeOrder::Key::Name, true};
    ExportDialog named(byName);
    for (const auto scope : {ExportDialog::Scope::CurrentFilter, ExportDialog::Scope::SelectedWebinar,
                             ExportDialog::Scope::Everything}) {
        named.setScope(scope);
        QVERIFY(named.options().order == byName.order);
    }
}

// The save dialog is offered a folder that exists: the last export's folder
// while it exists, else Documents or the home folder.
void tst_ExportDialog::saveDialogStartsInAFolderThatExists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("remembered.csv"));
    QString suggested;
    {
        ExportDialog dialog(context(m_tricky.path()));
        answerFileChooser(dialog, path, &suggested);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        QVERIFY(QFileInfo(suggested).dir().exists());
    }
    {
        // The next export starts where the last one went (the window keeps it
        // in AppSettings from the exported signal).
        ExportDialog::Context next = context(m_tricky.path());
        next.lastFolder = QFileInfo(path).absolutePath();
        ExportDialog dialog(next);
        answerFileChooser(dialog, QString(), &suggested);
        dialog.startExport();
        QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(path).absolutePath());
    }
    {
        // That folder is gone: the suggestion falls back to one that exists.
        const QString gone = dir.filePath(QStringLiteral("gone"));
        ExportDialog::Context stale = context(m_tricky.path());
        stale.lastFolder = gone;
        ExportDialog dialog(stale);
        answerFileChooser(dialog, QString(), &suggested);
        dialog.startExport();
        QVERIFY2(!suggested.startsWith(gone), qPrintable(suggested));
        QVERIFY2(QFileInfo(QFileInfo(suggested).absolutePath()).isDir(), qPrintable(suggested));
    }
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_ExportDialog.moc"
