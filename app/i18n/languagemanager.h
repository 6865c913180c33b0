// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace greenprint {

/**
 * The user-interface language. Installs the application's translator
 * (":/i18n/greenprint_<lang>.qm", embedded at build time from translations/)
 * and Qt's own (qtbase_<lang> from Qt's translations folder), and sets the
 * default QLocale, so numbers and dates follow the language too.
 *
 * The language follows the system (QLocale::system().uiLanguages()) unless the
 * user chose one in Preferences (Preferences::language). Installing a
 * translator sends QEvent::LanguageChange to every widget, so a switch applies
 * without a restart (MainWindow rebuilds its views on it).
 *
 * One lives for the GUI session (runGui); instance() finds it. English needs
 * its own catalog too: greenprint_en holds the English plural forms.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** The manager of this session, or nullptr when there is none. */
    static LanguageManager *instance();

    /** Language codes with a catalog: en, de, fr, ja. */
    static QStringList availableLanguages();
    /** The language's own name ("Deutsch", "日本語"); `code` itself when unknown. */
    static QString nativeName(const QString &code);
    /** The first of the system's UI languages that has a catalog, else "en". */
    static QString systemLanguage();

    /** Applies the language chosen in Preferences (empty: the system's). */
    void applyPreference();
    /**
     * Switches to `code` (one of availableLanguages(); empty: the system's).
     * Returns false, changing nothing, for a language without a catalog.
     */
    bool setLanguage(const QString &code);
    /** The language in use (never empty). */
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator *m_app;
    QTranslator *m_qt;
    QString m_language;
};

} // namespace greenprint
