// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "settings/preferences.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace greenprint {
namespace {

LanguageManager *s_instance = nullptr;

QString languageOf(const QString &uiLanguage)
{
    return uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
    setObjectName(QStringLiteral("languageManager"));
    if (!s_instance)
        s_instance = this;
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageManager *LanguageManager::instance()
{
    return s_instance;
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"ja")
        return QStringLiteral("日本語");
    return code;
}

QString LanguageManager::systemLanguage()
{
    const QStringList available = availableLanguages();
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &ui : uiLanguages) {
        const QString code = languageOf(ui);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::applyPreference()
{
    setLanguage(Preferences().language.get());
}

bool LanguageManager::setLanguage(const QString &code)
{
    const bool followSystem = code.isEmpty();
    const QString language = followSystem ? systemLanguage() : code;
    if (!availableLanguages().contains(language))
        return false;

    // Numbers, dates and paper size follow the language; the system's own locale
    // when it speaks that language (de_CH stays Swiss, not German).
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageOf(system.name()) == language ? system : QLocale(language));
    if (language == m_language)
        return true;

    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    // Every language has a catalog (English: its plural forms), so a failed load is a
    // packaging error; the untranslated English source text is the fallback.
    if (m_app->load(QStringLiteral(":/i18n/greenprint_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app);
    if (language != u"en") {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qt->load(QStringLiteral("qtbase_%1").arg(language), qtDirectory)) {
            QCoreApplication::installTranslator(m_qt);
        } else {
            // Qt's own buttons and dialogs would stay English: say which package is missing.
            qWarning().noquote() << QStringLiteral(
                                        "Qt's own strings for language '%1' are missing from %2: "
                                        "install qt6-translations-l10n")
                                        .arg(language, qtDirectory);
        }
    }
    m_language = language;
    emit languageChanged(language);
    return true;
}

} // namespace greenprint
