// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppWindow.h"

#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MonitorFeatures.h"
#include "shell/StatusBarPanel.h"
#include "subscriptions/SubscriptionsPage.h"

#include <QCoreApplication>

namespace hookdesk {
namespace {

// The tab title was GuiLauncher's before the window was built here: keeping the
// context keeps its translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

// Subscribing with TagMango, as a tab beside the attendees. Its two addresses
// live in the settings; it refreshes its list when it is shown.
SubscriptionsPage *addSubscriptionsPage(MainWindow *window, const SubscriptionsPage::Dependencies &dependencies,
                                        AppSettings *settings)
{
    auto *page = new SubscriptionsPage(dependencies);
    page->setApiBaseUrl(settings->apiBaseUrl());
    page->setPublicBaseUrl(settings->publicBaseUrl().toString());
    QObject::connect(page, &SubscriptionsPage::apiBaseUrlEdited, page,
                     [settings](const QUrl &url) { settings->setApiBaseUrl(url); });
    QObject::connect(page, &SubscriptionsPage::publicBaseUrlEdited, page, [settings, window](const QString &base) {
        settings->setPublicBaseUrl(QUrl(base));
        window->setPublicBaseUrl(QUrl(base));
    });
    QObject::connect(window, &MainWindow::publicBaseUrlEdited, page,
                     [page](const QUrl &base) { page->setPublicBaseUrl(base.toString()); });
    QObject::connect(page, &SubscriptionsPage::testDataChanged, window, &MainWindow::reloadFromStore);
    // Delivery counts change as calls arrive: read the list again when it is looked at.
    QObject::connect(window, &MainWindow::pageShown, page, [page](QWidget *shown) {
        if (shown == page)
            page->refresh();
    });
    // The status bar shows the hook TagMango calls and says when there are others.
    QObject::connect(page, &SubscriptionsPage::hooksListed, window, &MainWindow::setHooks);
    QObject::connect(window->statusPanel(), &StatusBarPanel::otherHooksClicked, window,
                     [window, page] { window->showPage(page); });
    window->addPage(page, Text::tr("Subscriptions"));
    return page;
}

} // namespace

AppWindow::AppWindow(const Dependencies &dependencies)
    : m_storeAccess(dependencies.writer, dependencies.hooks)
{
    MainWindow::Dependencies main;
    main.databasePath = dependencies.databasePath;
    main.writer = dependencies.writer;
    main.listener = dependencies.listener;
    main.settings = dependencies.settings;
    main.openUrl = dependencies.openUrl;
    main.confirm = dependencies.confirm;
    m_window = std::make_unique<MainWindow>(main);

    m_subscriptions = addSubscriptionsPage(m_window.get(), {&m_network, &m_storeAccess, dependencies.secrets},
                                           dependencies.settings);

    MonitorFeatures::Dependencies monitoring;
    monitoring.databasePath = dependencies.databasePath;
    monitoring.writer = dependencies.writer;
    monitoring.hooks = dependencies.hooks;
    monitoring.intake = dependencies.intake;
    monitoring.settings = dependencies.settings;
    monitoring.hookPath = dependencies.hookPath;
    monitoring.listener = dependencies.listener;
    monitoring.keychain = dependencies.secrets;
    monitoring.confirm = dependencies.confirm;
    monitoring.tray = dependencies.tray;
    m_monitor = std::make_unique<MonitorFeatures>(m_window.get(), monitoring);
}

AppWindow::~AppWindow() = default;

} // namespace hookdesk
