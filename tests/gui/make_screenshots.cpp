// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the monitoring pages on a realistic last hour (two webinars' bursts,
// refusals of every kind) for docs/screenshots. Run by hand under a display:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui/hookdesk_screenshots docs/screenshots
#include "settings/AppSettings.h"
#include "deliveries/DeliveriesPage.h"
#include "deliveries/DeliveryDetailView.h"
#include "DeliverySeeder.h"
#include "deliveries/DeliveryTableModel.h"
#include "shell/AppWindow.h"
#include "shell/MainWindow.h"
#include "shell/MonitorFeatures.h"
#include "listener/MonitorPage.h"
#include "core/SessionSecretStore.h"
#include "intake/IntakeService.h"
#include "monitor/WebinarSimulator.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hookdesk;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

int fail(const QString &why)
{
    qCritical().noquote() << "screenshots:" << why;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HookDesk"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hookdesk.sqlite"));
    HookDirectory hooks;
    StoreWriter writer(&hooks);
    QString error;
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = path;
    if (!writer.start(storeOptions, &error))
        return fail(error);
    Hook hook;
    {
        SqliteDatabase db;
        db.open(path, SqliteDatabase::Mode::ReadWrite);
        HookRepository::HookOptions options;
        options.event = QStringLiteral("webinar.completed.all");
        options.verifyHeader = "x-tagmango-secret";
        options.verifyHeaderSecret = "screenshot-secret";
        const auto added = HookRepository::add(db, options, &error);
        if (!added)
            return fail(error);
        hook = *added;
    }
    writer.runTask([](SqliteDatabase &) {}); // publishes the hook
    if (!test::DeliverySeeder::write(writer, test::DeliverySeeder::lastHour(QDateTime::currentDateTimeUtc(), hook.id,
                                                                             hook.token),
                                     &error))
        return fail(error);

    IntakeService intake(&writer, &hooks);
    IntakeServer::Options listen;
    ListenerStatus listener;
    // The usual port if it is free, so the picture shows what users see.
    listener.listening = intake.start(listen, &error);
    if (!listener.listening) {
        listen.port = 0;
        listener.listening = intake.start(listen, &error);
    }
    if (!listener.listening)
        return fail(error);
    listener.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(intake.port());
    listener.hookPath = hook.path();

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setListenPort(intake.port());
    SessionSecretStore secrets;
    int code = 0;
    {
        // The window as the app builds it.
        AppWindow::Dependencies deps;
        deps.databasePath = path;
        deps.writer = &writer;
        deps.hooks = &hooks;
        deps.intake = &intake;
        deps.settings = &settings;
        deps.hookPath = hook.path();
        deps.listener = listener;
        deps.secrets = &secrets;
        deps.openUrl = [](const QUrl &) { return true; };
        deps.confirm = [](QWidget *, const DesktopActions::Confirmation &) { return false; };
        deps.tray.trayAvailable = false;
        AppWindow whole(deps);
        MainWindow &window = *whole.window();
        MonitorFeatures &monitor = *whole.monitor();
        window.resize(1360, 820);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return fail(QStringLiteral("the window was not shown"));
        auto *tabs = window.findChild<QTabWidget *>();

        // The inspector, on the first of the refused requests with a wrong secret.
        DeliveriesPage *page = monitor.deliveriesPage();
        tabs->setCurrentWidget(page);
        DeliveryTableModel *model = page->model();
        if (!waitFor([&] { return model->rowCount() > 0 && model->matchingCount() > 0; }))
            return fail(QStringLiteral("the inspector did not load"));
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->rowAt(r)->status == 401)
                row = r;
        }
        page->table()->selectRow(row);
        page->table()->scrollTo(model->index(std::max(0, row - 8), 0), QAbstractItemView::PositionAtTop);
        if (!waitFor([&] { return page->detail()->delivery() && page->detail()->delivery()->row.status == 401; }))
            return fail(QStringLiteral("the detail did not load"));
        QTest::qWait(300);
        if (!window.grab().save(out + QStringLiteral("/inspector.png")))
            code = fail(QStringLiteral("cannot write %1/inspector.png").arg(out));

        // The listener page, after a simulated webinar went through the listener.
        WebinarSimulator simulator;
        WebinarSimulator::Options simulation;
        simulation.hookUrl = QUrl(listener.localHookUrl());
        simulation.count = 248;
        simulation.verification = {hook.verifyHeader, hook.verifyHeaderSecret, hook.hmacSecret};
        bool simulated = false;
        QObject::connect(&simulator, &WebinarSimulator::finished, &simulator,
                         [&simulated](const WebinarSimulator::Result &) { simulated = true; });
        if (!simulator.start(simulation, &error) || !waitFor([&] { return simulated; }, 60000))
            return fail(QStringLiteral("the simulation did not finish: %1").arg(error));
        tabs->setCurrentWidget(monitor.monitorPage());
        QTest::qWait(1500);
        monitor.monitorPage()->refreshChart();
        monitor.monitorPage()->updateCounters();
        QTest::qWait(800);
        if (!window.grab().save(out + QStringLiteral("/listener.png")))
            code = fail(QStringLiteral("cannot write %1/listener.png").arg(out));
    }
    intake.stop();
    writer.stop();
    return code;
}
