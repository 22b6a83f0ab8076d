// SPDX-License-Identifier: GPL-3.0-or-later
// The console's help comes from one command table: the overview lists every
// command with its summary, and each command's --help names the command.
#include "cli/Cli.h"

#include <QTest>

using namespace hookdesk;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QLatin1String(word));
    return result;
}

} // namespace

class TestCommandTable : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandIsListed();
    void overviewListsEachCommandOnce_data();
    void overviewListsEachCommandOnce();
    void commandHelpNamesItsCommand_data();
    void commandHelpNamesItsCommand();
    void unknownCommandHasNoHelp();
};

void TestCommandTable::everyCommandIsListed()
{
    QCOMPARE(Cli::commandNames(),
             (QStringList{QStringLiteral("serve"), QStringLiteral("hook"), QStringLiteral("export"), QStringLiteral("webinars"),
                          QStringLiteral("subscribe"), QStringLiteral("simulate")}));
}

void TestCommandTable::overviewListsEachCommandOnce_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Cli::commandNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCommandTable::overviewListsEachCommandOnce()
{
    QFETCH(QString, name);
    const QStringList lines = Cli::overview().split(QLatin1Char('\n'));
    // A command's entry starts its line, indented by two, name padded to a column.
    const QString entry = QStringLiteral("  ") + name + QLatin1Char(' ');
    int found = 0;
    for (const QString &line : lines) {
        if (line.startsWith(entry)) {
            ++found;
            QVERIFY2(line.size() > entry.size() + 4, qPrintable(line)); // it has a summary
            QVERIFY2(line.size() <= 100, qPrintable(line));
        }
    }
    QCOMPARE(found, 1);
    QVERIFY(Cli::overview().startsWith(QLatin1String("Usage: hookdesk ")));
}

void TestCommandTable::commandHelpNamesItsCommand_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("serve") << QStringLiteral("serve")
                           << words({"--db", "--bind", "--port", "--max-body", "--max-header",
                                          "--idle-timeout", "--max-connections", "--phone-region", "--help"});
    QTest::newRow("hook") << QStringLiteral("hook")
                          << words({"--db", "--event", "--header", "--hmac-secret-env"});
    QTest::newRow("export") << QStringLiteral("export")
                            << words({"--db", "--out", "--webinar", "--filter", "--profile",
                                           "--columns", "--people"});
    QTest::newRow("webinars") << QStringLiteral("webinars") << words({"--db", "--format"});
    QTest::newRow("subscribe") << QStringLiteral("subscribe")
                               << words({"--db", "--public-url", "--event", "--hook"});
    QTest::newRow("simulate") << QStringLiteral("simulate")
                              << words({"--db", "--count", "--url", "--remove-test-data", "--whole-webinar",
                                        "--show-up", "--walk-ins"});
}

void TestCommandTable::commandHelpNamesItsCommand()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QString help = Cli::commandHelp(name);
    const QString usage = help.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: hookdesk ") + name + QLatin1Char(' ')),
             qPrintable(usage));
    QVERIFY2(usage.contains(QLatin1String("[options]")), qPrintable(usage));
    for (const QString &option : options)
        QVERIFY2(help.contains(option), qPrintable(option + QLatin1String(" missing from:\n") + help));
    // The key is never taken on the command line, so its refusal is not advertised.
    QVERIFY(!help.contains(QLatin1String("--api-key")));
}

void TestCommandTable::unknownCommandHasNoHelp()
{
    QVERIFY(Cli::commandHelp(QStringLiteral("frobnicate")).isEmpty());
    QVERIFY(Cli::commandHelp(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_CommandTable.moc"
