// SPDX-License-Identifier: GPL-3.0-or-later
// Starting, stopping and moving the listener from the window, with a real
// IntakeService: a port already taken (by a QTcpServer here) is explained with
// what to do, and HookDesk keeps listening where it was.
#include "settings/AppSettings.h"
#include "FreePort.h"
#include "HttpClient.h"
#include "listener/ListenerControl.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/StoreWriter.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace hookdesk;
namespace HttpClient = hookdesk::test::HttpClient;
using hookdesk::test::freePort;

namespace {

struct World
{
    test::TestDatabase file;
    HookDirectory hooks;
    StoreWriter writer{&hooks};
    std::unique_ptr<IntakeService> intake;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ListenerControl> control;

    // Starts the listener on `port` as HookDesk does at start-up (it may fail).
    bool open(quint16 port)
    {
        QString error;
        StoreWriter::Options options;
        options.databasePath = file.path();
        if (!writer.start(options, &error))
            return false;
        settings = std::make_unique<AppSettings>(file.folder() + QStringLiteral("/settings.ini"));
        settings->setListenPort(port);
        intake = std::make_unique<IntakeService>(&writer, &hooks);
        ListenerStatus status;
        status.listening = intake->start(settings->intakeOptions(), &status.error);
        if (status.listening) {
            status.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(intake->port());
            status.hookPath = QStringLiteral("/hooks/test");
        }
        control = std::make_unique<ListenerControl>(intake.get(), settings.get(), QStringLiteral("/hooks/test"), status);
        control->show();
        return true;
    }

    ~World()
    {
        control.reset();
        if (intake)
            intake->stop();
        writer.stop();
    }

    QPushButton *startButton() const { return control->findChild<QPushButton *>(QStringLiteral("startListener")); }
    QPushButton *stopButton() const { return control->findChild<QPushButton *>(QStringLiteral("stopListener")); }
    QString stateText() const { return control->findChild<QLabel *>(QStringLiteral("listenerStateText"))->text(); }
};

int health(quint16 port)
{
    return HttpClient::request(port, "GET", "/healthz", {}, {}, 3000).status;
}

} // namespace

class TestListenerControl : public QObject
{
    Q_OBJECT
private slots:
    void portInUseExplainsAndKeepsListening();
    void portInUseAtStartExplainsThenStarts();
    void stopAndStartAgain();
    void movesToAnotherPort();
    void addressProblems_data();
    void addressProblems();
};

void TestListenerControl::portInUseExplainsAndKeepsListening()
{
    World w;
    const quint16 first = freePort();
    QVERIFY(w.open(first));
    QVERIFY(w.control->status().listening);
    QCOMPARE(health(first), 200);

    QTcpServer squatter; // another program on the port the user picks
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = squatter.serverPort();
    QSignalSpy changed(w.control.get(), &ListenerControl::statusChanged);
    w.control->findChild<QSpinBox *>(QStringLiteral("listenPort"))->setValue(taken);
    QVERIFY(w.startButton()->isVisible());
    QVERIFY(w.startButton()->isEnabled());
    QTest::mouseClick(w.startButton(), Qt::LeftButton);

    const QString message = w.control->message();
    QVERIFY2(message.contains(QStringLiteral("Port %1 is already in use on 127.0.0.1").arg(taken)), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("another HookDesk window or a running 'hookdesk serve'")));
    QVERIFY(message.contains(QStringLiteral("choose another port (for example %1)").arg(taken + 1)));
    QVERIFY(message.contains(QStringLiteral("ss -ltnp 'sport = :%1'").arg(taken)));
    QVERIFY2(message.contains(QStringLiteral("still listening on http://127.0.0.1:%1").arg(first)), qPrintable(message));
    QVERIFY(w.control->findChild<QLabel *>(QStringLiteral("listenerMessage"))->isVisible());

    // Never a silent failure, and never left deaf: the old port still answers.
    QVERIFY(w.control->status().listening);
    QCOMPARE(w.control->status().localBaseUrl, QStringLiteral("http://127.0.0.1:%1").arg(first));
    QCOMPARE(health(first), 200);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.settings->listenPort(), first); // a port that failed is not remembered
}

void TestListenerControl::portInUseAtStartExplainsThenStarts()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    World w;
    QVERIFY(w.open(squatter.serverPort()));
    // HookDesk could not listen at start: the page says why and what to do.
    QVERIFY(!w.control->status().listening);
    QVERIFY2(w.control->message().contains(QStringLiteral("Port %1 is already in use").arg(squatter.serverPort())),
             qPrintable(w.control->message()));
    QVERIFY(w.stateText().contains(QLatin1String("Not listening")));
    QVERIFY(!w.stopButton()->isEnabled());
    QCOMPARE(w.startButton()->text(), QStringLiteral("&Start"));

    const quint16 port = freePort();
    w.control->setPort(port);
    QSignalSpy changed(w.control.get(), &ListenerControl::statusChanged);
    QTest::mouseClick(w.startButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    const ListenerStatus status = changed.first().first().value<ListenerStatus>();
    QVERIFY(status.listening);
    QCOMPARE(status.localHookUrl(), QStringLiteral("http://127.0.0.1:%1/hooks/test").arg(port));
    QVERIFY(w.control->message().isEmpty());
    QCOMPARE(health(port), 200);
    QCOMPARE(w.settings->listenPort(), port); // remembered for next time
}

void TestListenerControl::stopAndStartAgain()
{
    World w;
    const quint16 port = freePort();
    QVERIFY(w.open(port));
    QTest::mouseClick(w.stopButton(), Qt::LeftButton);
    QVERIFY(!w.control->status().listening);
    QCOMPARE(health(port), 0);
    QVERIFY(w.stateText().contains(QLatin1String("Not listening")));
    QVERIFY(w.startButton()->isVisible());
    QTest::mouseClick(w.startButton(), Qt::LeftButton);
    QVERIFY(w.control->status().listening);
    QCOMPARE(health(port), 200);
    // Listening where the fields say: nothing to apply.
    QVERIFY(!w.startButton()->isVisible());
}

void TestListenerControl::movesToAnotherPort()
{
    World w;
    const quint16 first = freePort();
    QVERIFY(w.open(first));
    const quint16 second = freePort();
    w.control->setPort(second);
    QCOMPARE(w.startButton()->text(), QStringLiteral("&Listen here instead"));
    QVERIFY(w.control->start());
    QCOMPARE(health(second), 200);
    QCOMPARE(health(first), 0);
    QVERIFY(w.stateText().contains(QStringLiteral("http://127.0.0.1:%1/hooks/test").arg(second)));
}

void TestListenerControl::addressProblems_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("canTry");
    QTest::addColumn<QString>("message");
    QTest::newRow("host_name") << QStringLiteral("example.com") << false << QStringLiteral("is not an IP address");
    QTest::newRow("garbage") << QStringLiteral("127.0.0.300") << false << QStringLiteral("is not an IP address");
    // TEST-NET-1: no computer has it.
    QTest::newRow("not_this_computer") << QStringLiteral("192.0.2.1") << true
                                       << QStringLiteral("This computer has no network address 192.0.2.1");
}

void TestListenerControl::addressProblems()
{
    QFETCH(QString, address);
    QFETCH(bool, canTry);
    QFETCH(QString, message);
    World w;
    QVERIFY(w.open(freePort()));
    w.control->findChild<QComboBox *>(QStringLiteral("listenAddress"))->setEditText(address);
    QCOMPARE(w.startButton()->isEnabled(), canTry);
    if (canTry)
        QVERIFY(!w.control->start());
    QVERIFY2(w.control->message().contains(message), qPrintable(w.control->message()));
    QVERIFY(w.control->status().listening); // still where it was
}

QTEST_MAIN(TestListenerControl)
#include "tst_ListenerControl.moc"
