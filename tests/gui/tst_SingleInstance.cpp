// SPDX-License-Identifier: GPL-3.0-or-later
// One window per database, with real processes: a second HookDesk started on
// the same database brings the first one's window forward and leaves; one
// started after the first was killed takes the database over.
#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using hookdesk::test::ChildProcess;
using Run = ChildProcess::Result;

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void secondStartBringsTheFirstForward();
    void killedHolderIsTakenOver();
    void otherDatabaseOpensItsOwnWindow();

private:
    ChildProcess::Options options() const;
    QStringList window(const QString &db) const;
    // Started and listening: it holds the database and answers a second start.
    bool startWindow(ChildProcess &process, const QString &db);

    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_SingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

ChildProcess::Options tst_SingleInstance::options() const
{
    ChildProcess::Options options;
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and data of a new user, not this machine's.
    options.environment.insert(QStringLiteral("HOME"), m_home->path());
    options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    options.environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hookdesk.*.info=true"));
    return options;
}

QStringList tst_SingleInstance::window(const QString &db) const
{
    return {QStringLiteral("--db"), db, QStringLiteral("--port"), QStringLiteral("0")};
}

bool tst_SingleInstance::startWindow(ChildProcess &process, const QString &db)
{
    if (!process.start(window(db), options()))
        return false;
    // The listener starts after the lock is taken and the local server listens.
    return QTest::qWaitFor([&] { return process.errorOutput().contains("listening on"); }, 20000);
}

void tst_SingleInstance::secondStartBringsTheFirstForward()
{
    const QString db = m_home->filePath(QStringLiteral("shared.sqlite"));
    ChildProcess first;
    QVERIFY2(startWindow(first, db), first.report().constData());
    QVERIFY(QFile::exists(db + QStringLiteral(".lock")));

    // The same file by another path names the same database.
    const QString samePath = m_home->path() + QStringLiteral("/./shared.sqlite");
    const Run second = ChildProcess::runHookdesk(window(samePath), options());
    QVERIFY2(second.exitedWith(0), second.report().constData());
    QVERIFY2(second.err.contains("HookDesk is already open on"), second.report().constData());
    QVERIFY2(!second.err.contains("listening on"), second.report().constData());
    QTRY_VERIFY2(first.errorOutput().contains("another HookDesk was started on this database"),
                 first.report().constData());
    QVERIFY(first.isRunning());

    const Run ended = first.stop();
    QVERIFY2(ended.exitedWith(0), ended.report().constData());
}

void tst_SingleInstance::killedHolderIsTakenOver()
{
    const QString db = m_home->filePath(QStringLiteral("crashed.sqlite"));
    {
        ChildProcess first;
        QVERIFY2(startWindow(first, db), first.report().constData());
        first.kill();
        const Run killed = first.finish();
        QVERIFY2(killed.end == Run::End::Crashed, killed.report().constData());
    }
    QVERIFY(QFile::exists(db + QStringLiteral(".lock"))); // left behind by the kill
    ChildProcess next;
    QVERIFY2(startWindow(next, db), next.report().constData());
    const Run ended = next.stop();
    QVERIFY2(ended.exitedWith(0), ended.report().constData());
    QVERIFY2(!QFile::exists(db + QStringLiteral(".lock")), "the lock outlived its holder");
}

void tst_SingleInstance::otherDatabaseOpensItsOwnWindow()
{
    ChildProcess first;
    QVERIFY2(startWindow(first, m_home->filePath(QStringLiteral("one.sqlite"))), first.report().constData());
    ChildProcess second;
    QVERIFY2(startWindow(second, m_home->filePath(QStringLiteral("two.sqlite"))), second.report().constData());
    QVERIFY2(first.stop().exitedWith(0), first.report().constData());
    QVERIFY2(second.stop().exitedWith(0), second.report().constData());
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_SingleInstance.moc"
