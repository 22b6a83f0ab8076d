// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the monitoring pages on a realistic last hour (two webinars' bursts,
// refusals of every kind) for docs/screenshots. Run by hand under a display:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui/hookdesk_screenshots docs/screenshots
#include "deliveries/DeliveriesPage.h"
#include "deliveries/DeliveryDetailView.h"
#include "DeliverySeeder.h"
#include "deliveries/DeliveryTableModel.h"
#include "export/ExportDialog.h"
#include "shell/AppWindow.h"
#include "shell/AppStyle.h"
#include "shell/MainWindow.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeesPage.h"
#include "shell/MonitorFeatures.h"
#include "listener/MonitorPage.h"
#include "WindowFixture.h"
#include "simulate/WebinarSimulator.h"
#include "store/HookRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hookdesk;

namespace {

int fail(const QString &why)
{
    qCritical().noquote() << "screenshots:" << why;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(new hookdesk::AppStyle); // as app/main.cpp
    QApplication::setApplicationName(QStringLiteral("HookDesk"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    test::WindowFixture world;
    QString error;
    if (!world.start(&error))
        return fail(error);
    HookRepository::HookOptions options;
    options.event = QStringLiteral("webinar.completed.all");
    options.verifyHeader = "x-tagmango-secret";
    options.verifyHeaderSecret = "screenshot-secret";
    if (!world.addHook(options, &error))
        return fail(error);
    const Hook &hook = world.hook();
    if (!test::DeliverySeeder::write(world.writer(),
                                     test::DeliverySeeder::lastHour(QDateTime::currentDateTimeUtc(), hook.id, hook.token),
                                     &error))
        return fail(error);

    // The usual port if it is free, so the picture shows what users see.
    IntakeServer::Options listen;
    if (!world.listen(listen, &error)) {
        listen.port = 0;
        if (!world.listen(listen, &error))
            return fail(error);
    }
    const ListenerStatus listener = world.listener();
    world.settings().setListenPort(world.intake().port());
    int code = 0;
    {
        // The window as the app builds it.
        AppWindow &whole = world.window();
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
        if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && model->matchingCount() > 0; }, 10000))
            return fail(QStringLiteral("the inspector did not load"));
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->rowAt(r)->status == 401)
                row = r;
        }
        page->table()->selectRow(row);
        page->table()->scrollTo(model->index(std::max(0, row - 8), 0), QAbstractItemView::PositionAtTop);
        if (!QTest::qWaitFor([&] { return page->detail()->delivery() && page->detail()->delivery()->row.status == 401; }, 10000))
            return fail(QStringLiteral("the detail did not load"));
        // A picture, not a check: let the view paint what it loaded (nothing signals that).
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
        if (!simulator.start(simulation, &error) || !QTest::qWaitFor([&] { return simulated; }, 60000))
            return fail(QStringLiteral("the simulation did not finish: %1").arg(error));
        tabs->setCurrentWidget(monitor.monitorPage());
        // The page's own timers tick as they would for a user, then the chart and
        // counters are read again and painted; nothing signals a finished paint.
        QTest::qWait(1500);
        monitor.monitorPage()->refreshChart();
        monitor.monitorPage()->updateCounters();
        QTest::qWait(800);
        if (!window.grab().save(out + QStringLiteral("/listener.png")))
            code = fail(QStringLiteral("cannot write %1/listener.png").arg(out));

        // The attendee browser on a small laptop screen (1024 x 600): name,
        // email and replay stay in view.
        tabs->setCurrentWidget(window.attendeesPage());
        window.resize(1024, 600);
        if (!QTest::qWaitFor([&] { return window.attendeeModel()->rowCount() > 0
                                          && window.attendeeModel()->attendeeAt(0).has_value(); }, 10000))
            return fail(QStringLiteral("the attendees did not load"));
        QTest::qWait(300);
        if (!window.grab().save(out + QStringLiteral("/attendees-1024.png")))
            code = fail(QStringLiteral("cannot write %1/attendees-1024.png").arg(out));
        window.resize(1360, 820);

        // The export dialog, about to write an Excel workbook of one webinar.
        ExportDialog::Context context;
        context.databasePath = world.databasePath();
        context.selectedWebinarId = QStringLiteral("webinar-1");
        context.selectedWebinarTitle = QStringLiteral("Options Trading Masterclass");
        ExportDialog dialog(context, &window);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("profile"));
        format->setCurrentIndex(format->findData(-1)); // the workbook
        dialog.setScope(ExportDialog::Scope::SelectedWebinar);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return fail(QStringLiteral("the export dialog was not shown"));
        QTest::qWait(200);
        if (!dialog.grab().save(out + QStringLiteral("/export.png")))
            code = fail(QStringLiteral("cannot write %1/export.png").arg(out));
    }
    return code;
}
