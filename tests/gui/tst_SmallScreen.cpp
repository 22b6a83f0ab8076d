// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on a small laptop screen (1024x600), in English and Hindi:
// on every tab, each visible label and button gets at least the room it needs
// to show its text (no row squeezed to a few pixels, no wrapped sentence cut to
// one line, no button a sliver), and lies inside what its parents show, unless
// it is in a scroll area that can scroll to it.
//
// With HOOKDESK_SCREENSHOT_DIR=folder it saves each tab as <tab>-1024x600[-hi].png
// there; docs/screenshots/subscriptions-1024x600.png is made that way:
//   HOOKDESK_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 1024x600x24" build/tests/gui/tst_smallscreen
#include "FakeSecretStore.h"
#include "WindowFixture.h"
#include "core/KeychainSecretStore.h"
#include "core/Translations.h"
#include "shell/MainWindow.h"
#include "store/HookRepository.h"
#include "subscriptions/SubscriptionsPage.h"
#include "tagmango/EventCatalogue.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace hookdesk;

namespace {

// Parts of other widgets (a table's corner button, a line edit's clear button,
// a tab bar's arrows): their owner lays them out, not the page.
bool isPartOfAnotherWidget(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QTabBar *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QScrollBar *>(w))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("%1 '%2' \"%3\"")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text);
}

// Why `widget` does not show all of itself at its size, or an empty string.
QString clipping(const QWidget *widget, const QWidget *top)
{
    const QSize size = widget->size();
    const QSize minimum = widget->minimumSizeHint();
    const auto *label = qobject_cast<const QLabel *>(widget);
    const bool wraps = label && label->wordWrap();
    if (wraps) {
        const int needed = label->heightForWidth(size.width());
        if (size.height() < needed)
            return QStringLiteral("%1 is %2 px high, its wrapped text needs %3 at width %4")
                    .arg(describe(widget))
                    .arg(size.height())
                    .arg(needed)
                    .arg(size.width());
    } else {
        if (size.height() < minimum.height())
            return QStringLiteral("%1 is %2 px high, needs %3")
                    .arg(describe(widget))
                    .arg(size.height())
                    .arg(minimum.height());
    }
    if (size.width() < minimum.width())
        return QStringLiteral("%1 is %2 px wide, needs %3")
                .arg(describe(widget))
                .arg(size.width())
                .arg(minimum.width());

    // Inside what each parent shows, up to the window or a scroll area's contents
    // (the scroll area is resizable and can scroll to any of it).
    QRect rect(QPoint(0, 0), size);
    for (const QWidget *w = widget; w != top; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (!parent)
            break;
        rect.translate(w->pos());
        // w is the contents of a scroll area (parent is its viewport): it scrolls.
        if (const auto *scroll = qobject_cast<const QScrollArea *>(parent->parentWidget());
            scroll && scroll->widget() == w)
            return {};
        if (!QRect(QPoint(0, 0), parent->size()).contains(rect))
            return QStringLiteral("%1 is cut off by %2 '%3' (%4,%5 %6x%7 outside %8x%9)")
                    .arg(describe(widget), QLatin1String(parent->metaObject()->className()),
                         parent->objectName())
                    .arg(rect.x())
                    .arg(rect.y())
                    .arg(rect.width())
                    .arg(rect.height())
                    .arg(parent->width())
                    .arg(parent->height());
    }
    return {};
}

QTabWidget *pagesOf(QWidget *page)
{
    for (QWidget *w = page->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            return tabs;
    }
    return nullptr;
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
private slots:
    void nothingIsClipped_data();
    void nothingIsClipped();
};

void TestSmallScreen::nothingIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << QStringLiteral("en");
    QTest::newRow("hindi") << QStringLiteral("hi");
}

void TestSmallScreen::nothingIsClipped()
{
    QFETCH(QString, language);

    Translations translations;
    if (language != QLatin1String("en"))
        QCOMPARE(translations.install(language), language);
    const QLocale locale;
    const auto restoreLocale = qScopeGuard([locale] { QLocale::setDefault(locale); });

    // No system keychain: the longest state of the API key row, with its note
    // and the "session only" button, as on a desktop without Secret Service.
    test::FakeSecretStore keychain;
    keychain.answer = KeychainSecretStore::resultFor(5 /* QKeychain::NoBackendAvailable */,
                                                     QStringLiteral("Unknown error"),
                                                     KeychainSecretStore::Operation::Read);
    QCOMPARE(keychain.answer.status, SecretResult::Status::Unavailable);

    test::WindowFixture world;
    world.useSecrets(&keychain);
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    HookRepository::HookOptions hook;
    hook.event = EventCatalogue::CompletedAll;
    QVERIFY2(world.addHook(hook, &error), qPrintable(error));
    IntakeServer::Options listen;
    listen.port = 0;
    QVERIFY2(world.listen(listen, &error), qPrintable(error));
    world.listener().localBaseUrl = QStringLiteral("http://127.0.0.1:8787");

    AppWindow &app = world.window();
    MainWindow &window = *app.window();
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    // A window that cannot be made that small is cut by the screen (or squeezed
    // by the window manager): the first problem, and the checks go on.
    if (window.size() != QSize(1024, 600))
        problems.append(QStringLiteral("[%1] the window needs %2x%3, more than a 1024x600 screen")
                                .arg(language)
                                .arg(window.width())
                                .arg(window.height()));

    QTabWidget *pages = pagesOf(app.subscriptionsPage());
    QVERIFY(pages);
    QVERIFY(pages->count() >= 4); // Attendees, Subscriptions, Listener, Deliveries

    const QString folder = qEnvironmentVariable("HOOKDESK_SCREENSHOT_DIR");
    for (int index = 0; index < pages->count(); ++index) {
        pages->setCurrentIndex(index);
        QWidget *page = pages->widget(index);
        // Layouts settle through posted events; give them a moment.
        QTest::qWait(100);
        QApplication::processEvents();

        int checked = 0;
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QLabel *>(widget) && !qobject_cast<QAbstractButton *>(widget))
                continue;
            if (!widget->isVisible() || isPartOfAnotherWidget(widget, &window))
                continue;
            ++checked;
            const QString why = clipping(widget, &window);
            if (!why.isEmpty())
                problems.append(QStringLiteral("[%1, %2] %3")
                                        .arg(language, pages->tabText(index), why));
        }
        QVERIFY2(checked > 0, qPrintable(pages->tabText(index)));

        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            // SubscriptionsPage: subscriptions-1024x600.png
            QString name = QString::fromLatin1(page->metaObject()->className())
                                   .section(QStringLiteral("::"), -1)
                                   .toLower();
            if (name.endsWith(QLatin1String("page")))
                name.chop(4);
            const QString suffix = language == QLatin1String("en") ? QString()
                                                                   : QLatin1Char('-') + language;
            QVERIFY(window.grab().save(QStringLiteral("%1/%2-1024x600%3.png")
                                               .arg(folder, name, suffix)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSmallScreen)
#include "tst_SmallScreen.moc"
