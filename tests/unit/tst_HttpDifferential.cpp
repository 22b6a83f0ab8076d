// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_http_differential's check over its seed corpus, in every build: what
// HttpFramer accepts, Qt 6.4's parser reads the same way.
#include "HttpDifferential.h"

#include <QDir>
#include <QtTest>

class TestHttpDifferential : public QObject
{
    Q_OBJECT
private slots:
    void seedCorpus_data();
    void seedCorpus();
};

void TestHttpDifferential::seedCorpus_data()
{
    QTest::addColumn<QByteArray>("input");
    const QDir dir(QStringLiteral(HOOKDESK_TEST_DATA_DIR "/fuzz/http_differential"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 5);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << file.readAll();
    }
}

void TestHttpDifferential::seedCorpus()
{
    QFETCH(QByteArray, input);
    QCOMPARE(hookdesk::test::httpDifferential(input), QString());
}

QTEST_GUILESS_MAIN(TestHttpDifferential)
#include "tst_HttpDifferential.moc"
