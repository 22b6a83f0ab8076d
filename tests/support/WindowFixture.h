// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "core/SessionSecretStore.h"
#include "intake/IntakeServer.h"
#include "intake/IntakeService.h"
#include "listener/ListenerStatus.h"
#include "settings/AppSettings.h"
#include "shell/AppWindow.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/StoreWriter.h"

#include <memory>

namespace hookdesk::test {

// The whole HookDesk window as GuiLauncher builds it (AppWindow), over a
// temporary database with its writer, one hook, a listener, settings and a
// session-only keychain; links and confirmations are answered without asking.
// Steps: start(), addHook(), listen(), then window().
class WindowFixture
{
public:
    WindowFixture();
    ~WindowFixture(); // the window first, then the listener and the writer
    WindowFixture(const WindowFixture &) = delete;
    WindowFixture &operator=(const WindowFixture &) = delete;

    QString databasePath() const { return m_file.path(); }
    StoreWriter &writer() { return m_writer; }
    IntakeService &intake() { return m_intake; }
    AppSettings &settings() { return m_settings; }
    const Hook &hook() const { return m_hook; }
    // As the window will show it; a test may change the address it shows.
    ListenerStatus &listener() { return m_listener; }

    bool start(QString *error);
    // Adds the window's hook on a connection of its own and waits until the
    // writer has published it to the listener.
    bool addHook(const HookRepository::HookOptions &options, QString *error);
    // Starts the listener; the window shows its address and the hook's path.
    bool listen(const IntakeServer::Options &options, QString *error);
    // The keychain the window uses, instead of the session-only one; set it before
    // window(). It must outlive the fixture's window.
    void useSecrets(SecretStore *secrets) { m_secretsOverride = secrets; }
    // Built on the first call, not shown.
    AppWindow &window();

private:
    TestDatabase m_file;
    HookDirectory m_hooks;
    StoreWriter m_writer{&m_hooks};
    IntakeService m_intake{&m_writer, &m_hooks};
    AppSettings m_settings;
    SessionSecretStore m_secrets;
    SecretStore *m_secretsOverride = nullptr;
    Hook m_hook;
    ListenerStatus m_listener;
    std::unique_ptr<AppWindow> m_window;
};

} // namespace hookdesk::test
