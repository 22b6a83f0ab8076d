// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace hookdesk {

// Puts HookDesk in one language: installs its own translation and, where the
// system ships one, Qt's (dialog buttons, context menus). English is a
// translation too: its file holds the plural forms ("1 attendee").
//
// The owner keeps the object alive as long as text is translated; a second
// install() replaces the first, so a test can switch languages.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The languages HookDesk ships, as codes: "en", "hi".
    static QStringList available();
    // What `choice` comes to: a shipped language as is; "" the first of the
    // system's UI languages that HookDesk ships; anything else English.
    static QString resolve(const QString &choice, const QStringList &uiLanguages);

    // Installs the language `choice` resolves to (with the system's UI languages)
    // and returns its code. An explicit choice also becomes the default QLocale,
    // so dates and numbers match the words; "" leaves the system's locale alone.
    QString install(const QString &choice);
    // Removes what install() put in.
    void uninstall();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

} // namespace hookdesk
