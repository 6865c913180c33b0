// SPDX-License-Identifier: GPL-3.0-or-later
// The translated GUI: no English left on screen in German, and a switch to Japanese at run
// time without a restart. The catalogs themselves are checked by tests/translations.cmake.
#include "gui/mainwindow.h"
#include "i18n/languagemanager.h"
#include "settings/preferences.h"
#include "settings/unitformatter.h"

#include "../models/referencedb.h"

#include "document/projectdocument.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace greenprint;

namespace {

QString withoutAccelerator(QString text)
{
    // "&File" -> "File", "ファイル(&F)" -> "ファイル", "Fish && Chips" stays.
    static const QRegularExpression japanese(QStringLiteral(R"(\(&\w\))"));
    text.remove(japanese);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

/** The English source texts that the catalog of `language` translates into something else. */
QSet<QString> translatedSources(const QString &language)
{
    QFile file(test::sourcePath(QStringLiteral("translations/greenprint_%1.ts").arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool numerus = xml.attributes().value(QStringLiteral("type")).isEmpty()
                && source.contains(QStringLiteral("%n"));
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString plain = withoutAccelerator(source);
            if (!numerus && !plain.isEmpty() && withoutAccelerator(translation) != plain)
                sources.insert(plain);
        }
    }
    return sources;
}

/** Every text the window shows or tells: labels, buttons, actions, titles, headers, items. */
QStringList visibleTexts(MainWindow *window)
{
    QStringList texts{window->windowTitle()};
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts << QTextDocumentFragment::fromHtml(text).toPlainText();
    };
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        add(w->toolTip());
        add(w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(dock->windowTitle());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(spin->suffix());
            add(spin->specialValueText());
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
            add(spin->suffix());
            add(spin->specialValueText());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(model->headerData(c, Qt::Horizontal).toString());
                add(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
            for (int r = 0; r < qMin(model->rowCount(), 50); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(model->index(r, c).data().toString());
            }
        }
        const auto actions = w->actions();
        for (QAction *action : actions) {
            add(action->text());
            add(action->iconText());
            add(action->toolTip());
        }
    }
    return texts;
}

} // namespace

class TestTranslations : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishHasItsPluralForms();
    void numbersFollowTheLanguage();
    void germanWindowShowsNoEnglish();
    void switchesToJapaneseWithoutRestart();
    void preferenceChoosesTheLanguage();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("greenprint-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    Preferences().language.reset();
    m_languages = std::make_unique<LanguageManager>();
    QCOMPARE(LanguageManager::instance(), m_languages.get());
    QVERIFY(LanguageManager::availableLanguages().contains(LanguageManager::systemLanguage()));
    QVERIFY(!m_languages->setLanguage(QStringLiteral("xx")));
}

void TestTranslations::englishHasItsPluralForms()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    const auto problems = [](int n) {
        return QCoreApplication::translate("greenprint::FileActions",
                                           "%n problem(s) found:", nullptr, n);
    };
    QCOMPARE(problems(1), QStringLiteral("1 problem found:"));
    QCOMPARE(problems(3), QStringLiteral("3 problems found:"));
}

void TestTranslations::numbersFollowTheLanguage()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(UnitFormatter::number(12.5), QStringLiteral("12,5"));
    QCOMPARE(UnitFormatter::cost(1234.0), QStringLiteral("1.234 USD"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("fr")));
    QCOMPARE(UnitFormatter::number(12.5), QStringLiteral("12,5"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja")));
    QCOMPARE(UnitFormatter::number(12.5), QStringLiteral("12.5"));
}

void TestTranslations::germanWindowShowsNoEnglish()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("de")));
    const QSet<QString> english = translatedSources(QStringLiteral("de"));
    QVERIFY2(english.size() > 500, "cannot read translations/greenprint_de.ts");
    // Proper nouns, units and ids read the same in every language.
    static const QSet<QString> allowed = {
        QStringLiteral("Greenprint"), QStringLiteral("AWS"),    QStringLiteral("kWh"),
        QStringLiteral("USD"),        QStringLiteral("kgCO2e"), QStringLiteral("PUE"),
    };

    MainWindow window(test::builtReferenceData());
    QVERIFY(window.document()->load(
        test::sourcePath(QStringLiteral("data/examples/bert-finetune-realtime.greenprint"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    QStringList left;
    const QStringList texts = visibleTexts(&window);
    for (const QString &text : texts) {
        const QString plain = withoutAccelerator(text);
        if (english.contains(plain) && !allowed.contains(plain) && !left.contains(plain))
            left << plain;
    }
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("English on the German screen: ")
                        + left.join(QStringLiteral(" | "))));
    QVERIFY(texts.size() > 100);
    window.document()->undoStack()->setClean();
}

void TestTranslations::switchesToJapaneseWithoutRestart()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("de")));
    MainWindow window(test::builtReferenceData());
    QVERIFY(window.document()->load(
        test::sourcePath(QStringLiteral("data/examples/bert-finetune-realtime.greenprint"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto fileMenu = [&window] { return window.menuBar()->actions().value(0)->text(); };
    const auto planDock = [&window] {
        return window.findChild<QDockWidget *>(QStringLiteral("planDock"))->windowTitle();
    };
    QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
    ProjectDocument *document = window.document();
    const QString name = document->project().name;

    QSignalSpy changed(m_languages.get(), &LanguageManager::languageChanged);
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja")));
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE(fileMenu(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(planDock(), QStringLiteral("計画"));
    QCOMPARE(window.document(), document); // same document, nothing reloaded
    QCOMPARE(window.document()->project().name, name);
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Greenprint")));

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(fileMenu(), QStringLiteral("&File"));
    window.document()->undoStack()->setClean();
}

void TestTranslations::preferenceChoosesTheLanguage()
{
    Preferences prefs;
    prefs.language.set(QStringLiteral("fr"));
    m_languages->applyPreference();
    QCOMPARE(m_languages->language(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("greenprint::MainWindow", "&File"),
             QStringLiteral("&Fichier"));
    prefs.language.reset();
    m_languages->applyPreference();
    QCOMPARE(m_languages->language(), LanguageManager::systemLanguage());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
