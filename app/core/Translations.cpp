// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace hookdesk {
namespace {

const QString resourceFolder = QStringLiteral(":/i18n");
const QString fallbackLanguage = QStringLiteral("en");

// "hi-IN", "hi_IN" and "hi" all name Hindi; C and POSIX name no language.
QString languageOf(const QString &name)
{
    const QLocale locale(name);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QString();
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    uninstall();
}

QStringList Translations::available()
{
    QStringList codes;
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("hookdesk_*.qm")}, QDir::Files,
                                                             QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(9, file.size() - 9 - 3)); // hookdesk_<code>.qm
    return codes;
}

QString Translations::resolve(const QString &choice, const QStringList &uiLanguages)
{
    const QStringList shipped = available();
    if (!choice.isEmpty())
        return shipped.contains(choice) ? choice : fallbackLanguage;
    for (const QString &name : uiLanguages) {
        const QString code = languageOf(name);
        if (shipped.contains(code))
            return code;
    }
    return fallbackLanguage;
}

QString Translations::install(const QString &choice)
{
    uninstall();
    const QString code = resolve(choice, QLocale::system().uiLanguages());
    // The C locale already writes dates and numbers the English way.
    const QLocale::Language current = QLocale().language();
    const QLocale chosen(code);
    if (!choice.isEmpty() && current != chosen.language()
        && !(current == QLocale::C && chosen.language() == QLocale::English))
        QLocale::setDefault(chosen);

    // Qt's own strings first: the last translator installed is asked first, so
    // HookDesk's file (which also carries Hindi for Qt's buttons) wins.
    if (code != fallbackLanguage) {
        auto qt = std::make_unique<QTranslator>();
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QStringLiteral("qtbase_") + code, folder)
            && QCoreApplication::installTranslator(qt.get()))
            m_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral("hookdesk_") + code, resourceFolder)
        && QCoreApplication::installTranslator(app.get())) {
        m_app = std::move(app);
    } else {
        qCWarning(lcUi) << "no translation for" << code << "in" << resourceFolder;
    }
    return code;
}

void Translations::uninstall()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace hookdesk
