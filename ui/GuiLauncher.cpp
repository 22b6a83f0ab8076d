// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "MainWindow.h"
#include "core/AppInfo.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"
#include "tagmango/EventCatalogue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace hookdesk::GuiLauncher {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiLauncher", text);
}

// The window needs one active hook to show; the first start creates it.
std::optional<Hook> ensureActiveHook(const QString &databasePath, QString *error)
{
    SqliteDatabase db;
    if (!db.open(databasePath, SqliteDatabase::Mode::ReadWrite)) {
        *error = db.lastError().message;
        return std::nullopt;
    }
    if (!Schema::prepareForWriting(db, error))
        return std::nullopt;
    const QList<Hook> hooks = HookRepository::list(db, error);
    for (auto it = hooks.crbegin(); it != hooks.crend(); ++it) {
        if (!it->isRetired() && it->event == EventCatalogue::CompletedAll)
            return *it;
    }
    return HookRepository::add(db, EventCatalogue::CompletedAll, QString(), error);
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("Database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bind"), tr("Listen address."), QStringLiteral("ADDR"),
                      QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), tr("Listen port."), QStringLiteral("N"),
                      QString::number(AppInfo::DefaultPort)});
    parser.process(arguments);

    const QString databasePath = parser.isSet(QStringLiteral("db"))
            ? parser.value(QStringLiteral("db"))
            : AppInfo::defaultDatabasePath();
    QString error;
    std::optional<Hook> hook;
    if (AppInfo::ensureDatabaseFolder(databasePath, &error))
        hook = ensureActiveHook(databasePath, &error);
    if (!hook) {
        QMessageBox::critical(nullptr, tr("HookDesk"),
                              tr("HookDesk cannot use its database %1:\n%2")
                                      .arg(databasePath, error));
        return 1;
    }

    HookDirectory hooks;
    StoreWriter writer(&hooks);
    StoreWriter::Options storeOptions;
    storeOptions.databasePath = databasePath;
    if (!writer.start(storeOptions, &error)) {
        QMessageBox::critical(nullptr, tr("HookDesk"),
                              tr("HookDesk cannot write to its database %1:\n%2")
                                      .arg(databasePath, error));
        return 1;
    }

    IntakeService intake(&writer, &hooks);
    IntakeServer::Options options;
    options.address.setAddress(parser.value(QStringLiteral("bind")));
    options.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    MainWindow::ListenerState state;
    state.databasePath = databasePath;
    state.listening = intake.start(options, &state.error);
    if (state.listening)
        state.hookUrl = QStringLiteral("http://%1:%2%3")
                                .arg(options.address.toString())
                                .arg(intake.port())
                                .arg(hook->path());

    MainWindow window(state);
    window.show();
    const int code = QApplication::exec();
    intake.stop();
    writer.stop();
    return code;
}

} // namespace hookdesk::GuiLauncher
