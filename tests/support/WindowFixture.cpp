// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFixture.h"

#include "store/SqliteDatabase.h"

#include <QTest>

namespace hookdesk::test {

WindowFixture::WindowFixture() : m_settings(m_file.folder() + QStringLiteral("/settings.ini")) { }

WindowFixture::~WindowFixture()
{
    m_window.reset();
    m_intake.stop();
    m_writer.stop();
}

bool WindowFixture::start(QString *error)
{
    StoreWriter::Options options;
    options.databasePath = m_file.path();
    return m_writer.start(options, error);
}

bool WindowFixture::addHook(const HookRepository::HookOptions &options, QString *error)
{
    {
        SqliteDatabase db;
        if (!db.open(m_file.path(), SqliteDatabase::Mode::ReadWrite)) {
            *error = QStringLiteral("cannot open %1").arg(m_file.path());
            return false;
        }
        const auto added = HookRepository::add(db, options, error);
        if (!added)
            return false;
        m_hook = *added;
    }
    m_writer.runTask([](SqliteDatabase &) {}); // the writer reloads its hooks after a task
    const QString token = m_hook.token;
    if (!QTest::qWaitFor([&] { return m_hooks.snapshot()->contains(token); }, 10000)) {
        *error = QStringLiteral("the writer did not publish the new hook");
        return false;
    }
    m_listener.hookPath = m_hook.path();
    return true;
}

bool WindowFixture::listen(const IntakeServer::Options &options, QString *error)
{
    m_listener.listening = m_intake.start(options, error);
    if (m_listener.listening)
        m_listener.localBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_intake.port());
    return m_listener.listening;
}

AppWindow &WindowFixture::window()
{
    if (!m_window) {
        AppWindow::Dependencies deps;
        deps.databasePath = m_file.path();
        deps.writer = &m_writer;
        deps.hooks = &m_hooks;
        deps.intake = &m_intake;
        deps.settings = &m_settings;
        deps.hookPath = m_hook.path();
        deps.listener = m_listener;
        deps.secrets = m_secretsOverride ? m_secretsOverride : &m_secrets;
        deps.openUrl = [](const QUrl &) { return true; };
        deps.confirm = [](QWidget *, const DesktopActions::Confirmation &) { return false; };
        deps.tray.trayAvailable = false;
        m_window = std::make_unique<AppWindow>(deps);
    }
    return *m_window;
}

} // namespace hookdesk::test
