// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Greenprint Manual with a glossary, in all four languages.
#include "dialogs/manualdialog.h"
#include "gui/mainwindow.h"
#include "i18n/languagemanager.h"
#include "settings/preferences.h"

#include "strictqtest.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>

#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestManual : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpMenuOpensTheManual();
    void glossaryInEveryLanguage_data();
    void glossaryInEveryLanguage();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestManual::initTestCase()
{
    test::useTestLocations(u"tst_manual"_s);
    Preferences().language.reset();
    m_languages = std::make_unique<LanguageManager>();
}

void TestManual::cleanupTestCase()
{
    m_languages.reset();
}

void TestManual::helpMenuOpensTheManual()
{
    QVERIFY(m_languages->setLanguage(u"en"_s));
    std::unique_ptr<MainWindow> window;
    QVERIFY(test::openWindow(window));
    auto *action = window->findChild<QAction *>(u"helpManual"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    bool inHelpMenu = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inHelpMenu = menu->text() == u"&Help"_s;
    }
    QVERIFY(inHelpMenu);
    action->trigger();
    auto *manual = window->findChild<ManualDialog *>();
    QVERIFY(manual);
    QTRY_VERIFY(manual->isVisible());
    action->trigger(); // a second time: the same window, raised
    QCOMPARE(window->findChildren<ManualDialog *>().size(), 1);

    const QString text = manual->browser()->toPlainText();
    for (const QString &term : {u"MFU"_s, u"PUE"_s, u"Market-based"_s, u"Location-based"_s,
                                u"Embodied"_s, u"SCI"_s, u"ISO/IEC 21031"_s})
        QVERIFY2(text.contains(term), qPrintable(term));
    // The contents line links every term to its definition.
    manual->browser()->scrollToAnchor(u"term-sci"_s);
    for (const QString &id : ManualDialog::termIds())
        QVERIFY2(ManualDialog::html().contains(u"href=\"#term-"_s + id + u'"'), qPrintable(id));
    test::closeWindow(window);
}

void TestManual::glossaryInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("glossaryTitle");
    QTest::newRow("de") << u"de"_s << u"Glossar"_s;
    QTest::newRow("fr") << u"fr"_s << u"Glossaire"_s;
    QTest::newRow("ja") << u"ja"_s << u"用語集"_s;
}

// Each language has its own manual: no English paragraph is left, and the terms stay findable.
void TestManual::glossaryInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, glossaryTitle);
    QVERIFY(m_languages->setLanguage(u"en"_s));
    const QStringList english =
        QTextDocumentFragment::fromHtml(ManualDialog::html()).toPlainText().split(u'\n');
    QVERIFY(m_languages->setLanguage(language));
    const QString translated = QTextDocumentFragment::fromHtml(ManualDialog::html()).toPlainText();
    QVERIFY2(translated.contains(glossaryTitle), qPrintable(translated.left(400)));
    int paragraphs = 0;
    for (const QString &line : english) {
        if (line.size() < 60)
            continue; // headings and term names may keep their acronym
        ++paragraphs;
        QVERIFY2(!translated.contains(line), qPrintable(language + u": "_s + line));
    }
    QVERIFY(paragraphs >= 15);
    for (const QString &acronym : {u"MFU"_s, u"PUE"_s, u"SCI"_s, u"ISO/IEC 21031"_s})
        QVERIFY2(translated.contains(acronym), qPrintable(acronym));
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
