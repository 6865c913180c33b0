// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a 1280 x 720 screen with the docks open (the default layout), in every
// language, with every bundled example: what the dashboard and the what-if view draw is
// MEASURED. Table columns as wide as their header and cells need (or elided on purpose, the
// full text on hover, with a readable part left); tables wholly inside the visible area;
// chart labels as set (never cut by QtCharts to "…"), titles whole, legends clear of the plot,
// the title and the axis labels.
// GREENPRINT_TEST_GRABS=DIR saves each measured view as DIR/<language>-<example>-<view>.png.
#include "charts/dashboard.h"
#include "i18n/languagemanager.h"
#include "settings/preferences.h"
#include "charts/barchart.h"
#include "charts/waterfallchart.h"
#include "whatif/deltatable.h"
#include "whatif/fieldvalueeditor.h"
#include "whatif/overrideeditor.h"
#include "whatif/paretopanel.h"
#include "whatif/whatifview.h"
#include "domain/names.h"
#include "views/constraintsform.h"
#include "views/componentform.h"
#include "views/editorpanel.h"
#include "views/projectform.h"
#include "views/nameelidedelegate.h"
#include "views/stagenavigator.h"

#include "document/liveadvisor.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"

#include "strictqtest.h"
#include "windowfixture.h"

#include <QAbstractScrollArea>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPushButton>
#include <QToolButton>
#include <QDir>
#include <QAction>
#include <QDockWidget>
#include <QFormLayout>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTextDocument>

#include <algorithm>
#include <memory>

using namespace greenprint;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize kScreen(1280, 720);
/** An elided cell still shows this many average characters: "Run Inferenc…" is not enough. */
constexpr int kReadableChars = 14;

/** The window-relative rectangle of `w` that its ancestors let show (clipped by scroll areas). */
QRect visibleRect(const QWidget *w)
{
    QRect visible(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        visible &= QRect(p->mapTo(p->window(), QPoint(0, 0)), p->size());
    return visible;
}

QString describe(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

/** The width a cell needs to show `index` whole, as the view's delegate sizes it. */
int neededWidth(const QTableView *view, const QModelIndex &index)
{
    return view->sizeHintForIndex(index).width();
}

bool tooltipHasText(const QVariant &tooltip, const QString &text)
{
    const QString tip = tooltip.toString();
    return !text.isEmpty() && tip.contains(text.simplified().left(40));
}

/**
 * Problems of one table: hidden behind the scroll area's edge, columns cut without the full
 * text on hover, columns that scroll out of sight, too few rows to read.
 */
QStringList tableProblems(const QTableView *view)
{
    QStringList problems;
    const QString name = describe(view);
    const QRect shown = visibleRect(view);
    const QRect whole(view->mapTo(view->window(), QPoint(0, 0)), view->size());
    if (shown != whole) {
        problems << u"%1: only %2x%3 of %4x%5 visible"_s.arg(name)
                        .arg(shown.width())
                        .arg(shown.height())
                        .arg(whole.width())
                        .arg(whole.height());
    }
    const QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return problems;
    int columnsWidth = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        columnsWidth += header->sectionSize(c);
    }
    if (columnsWidth > view->viewport()->width() + 1) {
        problems << u"%1: columns need %2 px, %3 px shown"_s.arg(name)
                        .arg(columnsWidth)
                        .arg(view->viewport()->width());
    }
    const int readable = view->fontMetrics().averageCharWidth() * kReadableChars;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (header->isSectionHidden(c) || !header->isVisible())
            continue;
        const int width = header->sectionSize(c);
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        const int headerNeeds = header->sectionSizeHint(c);
        if (headerNeeds > width
            && !tooltipHasText(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole), title)) {
            problems << u"%1: header \"%2\" needs %3 px, has %4"_s.arg(name, title)
                            .arg(headerNeeds)
                            .arg(width);
        }
    }
    for (int c = 0; c < model->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int width = header->sectionSize(c);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            const int needs = neededWidth(view, index);
            if (needs <= width)
                continue;
            // Elided on purpose: the full text on hover, and enough of it left to recognise.
            if (tooltipHasText(index.data(Qt::ToolTipRole), text) && width >= readable)
                continue;
            problems << u"%1: cell (%2, %3) \"%4\" needs %5 px, has %6"_s.arg(name)
                            .arg(r)
                            .arg(c)
                            .arg(text.left(60))
                            .arg(needs)
                            .arg(width);
            break; // one per column is enough to read
        }
    }
    // Room for a few rows: a table squeezed to its header is not usable. A table that
    // cannot scroll must show all its rows.
    const int rows = view->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
        ? model->rowCount()
        : qMin(model->rowCount(), 3);
    int rowsHeight = 0;
    for (int r = 0; r < rows; ++r)
        rowsHeight += view->rowHeight(r);
    if (view->viewport()->height() < rowsHeight) {
        problems << u"%1: %2 px high, %3 rows need %4"_s.arg(name)
                        .arg(view->viewport()->height())
                        .arg(rows)
                        .arg(rowsHeight);
    }
    return problems;
}

struct ChartText
{
    QString text;
    QRectF rect; ///< scene coordinates, the text's ink box (document margins removed)
    bool inLegend = false;
};

QList<ChartText> chartTexts(QChart *chart)
{
    QList<ChartText> texts;
    const QLegend *legend = chart->legend();
    const auto items = chart->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible() || item->opacity() == 0.0)
            continue;
        ChartText t;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item)) {
            t.text = rich->toPlainText();
            const qreal margin = rich->document()->documentMargin();
            t.rect = rich->sceneBoundingRect().adjusted(margin, margin, -margin, -margin);
        } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
            t.text = simple->text();
            t.rect = simple->sceneBoundingRect();
        } else {
            continue;
        }
        if (t.text.trimmed().isEmpty())
            continue;
        for (const QGraphicsItem *p = item->parentItem(); p; p = p->parentItem())
            t.inLegend = t.inLegend || p == legend;
        texts << t;
    }
    return texts;
}

bool isElided(const QString &text)
{
    return text.contains(u'…') || text.endsWith(u"..."_s);
}

/** Problems of one chart: labels cut by QtCharts, exponent axes, legend over other things. */
QStringList chartProblems(const QChartView *view)
{
    QStringList problems;
    QChart *chart = view->chart();
    const QString name = chart->title().isEmpty() ? describe(view) : chart->title();
    // The texts we set on purpose: category labels (ours are elided in the middle with the
    // full name on hover), the title, the legend's labels.
    QStringList own{chart->title()};
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        own << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            own << categories->categories();
    }
    const auto markers = chart->legend()->markers();
    for (const QLegendMarker *marker : markers)
        own << marker->label();

    static const QRegularExpression exponent(u"\\de[+-]?\\d"_s);
    const QList<ChartText> texts = chartTexts(chart);
    for (const ChartText &t : texts) {
        // QtCharts may shorten a legend label that shows its whole text on hover, if a
        // readable part is left.
        const bool hoverable =
            t.inLegend && chart->legend()->showToolTips() && t.rect.width() >= kReadableChars * 7;
        if (isElided(t.text) && !own.contains(t.text) && !hoverable)
            problems << u"%1: label cut to \"%2\""_s.arg(name, t.text);
        if (t.text.trimmed() == u"…"_s || t.text.trimmed() == u"..."_s)
            problems << u"%1: a label is only an ellipsis"_s.arg(name);
        if (exponent.match(t.text).hasMatch())
            problems << u"%1: exponent notation \"%2\""_s.arg(name, t.text);
    }
    // Every label inside the chart: QtCharts does not cut a label it was told not to
    // truncate, it lets it run past the edge.
    const QRectF inside = QRectF(view->viewport()->rect()).adjusted(-1, -1, 1, 1);
    for (const ChartText &t : texts) {
        const QRectF shown = view->mapFromScene(t.rect).boundingRect();
        if (!inside.contains(shown))
            problems << u"%1: \"%2\" runs past the chart's edge"_s.arg(name, t.text);
    }
    QLegend *legend = chart->legend();
    if (legend->isVisible() && legend->isAttachedToChart()) {
        // The legend's own box, from its visible labels and markers' texts.
        QRectF legendRect;
        for (const ChartText &t : texts) {
            if (t.inLegend)
                legendRect |= t.rect;
        }
        const QRectF plot = chart->mapToScene(chart->plotArea()).boundingRect();
        if (legendRect.isValid() && legendRect.intersects(plot.adjusted(1, 1, -1, -1))) {
            problems << u"%1: legend over the plot area"_s.arg(name);
        }
        for (const ChartText &t : texts) {
            if (!t.inLegend && legendRect.isValid()
                && legendRect.intersects(t.rect.adjusted(1, 1, -1, -1))) {
                problems << u"%1: legend over \"%2\""_s.arg(name, t.text);
            }
        }
    }
    // Labels that overprint each other (axis labels crowding, the title over a label).
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const QRectF overlap = texts[i].rect.intersected(texts[j].rect);
            if (overlap.width() > 2 && overlap.height() > 2) {
                problems << u"%1: \"%2\" overprints \"%3\""_s.arg(name, texts[i].text,
                                                                  texts[j].text);
            }
        }
    }
    // The chart must have room to draw anything at all.
    if (chart->plotArea().width() < 60 || chart->plotArea().height() < 40) {
        problems << u"%1: plot area only %2x%3"_s.arg(name)
                        .arg(chart->plotArea().width())
                        .arg(chart->plotArea().height());
    }
    return problems;
}

/** The width of `w` its ancestors let show: the columns only (scrolling down reaches rows). */
int visibleWidth(const QWidget *w)
{
    const int left = w->mapTo(w->window(), QPoint(0, 0)).x();
    int from = left;
    int to = left + w->width();
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const int x = p->mapTo(p->window(), QPoint(0, 0)).x();
        from = std::max(from, x);
        to = std::min(to, x + p->width());
    }
    return std::max(0, to - from);
}

/**
 * Problems of the editor's fields: a button narrower than its text needs (\"Choose…\" cut) or a
 * field the dock does not show whole (scrolled out of sight on the side).
 */
QStringList editorProblems(QWidget *editor)
{
    QStringList problems;
    const auto buttons = editor->findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        if (!button->isVisible())
            continue;
        const QRect whole(button->mapTo(button->window(), QPoint(0, 0)), button->size());
        if (button->width() < button->sizeHint().width())
            problems << u"button \"%1\" %2 px wide, its text needs %3"_s.arg(button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        else if (visibleWidth(button) < whole.width())
            problems << u"button \"%1\": only %2 of %3 px visible"_s.arg(button->text())
                            .arg(visibleWidth(button))
                            .arg(whole.width());
    }
    const auto edits = editor->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        if (!edit->isVisible() || !edit->parentWidget() || !edit->parentWidget()->isVisible())
            continue;
        const QRect whole(edit->mapTo(edit->window(), QPoint(0, 0)), edit->size());
        if (visibleWidth(edit) < whole.width())
            problems << u"field %1: only %2 of %3 px visible"_s.arg(describe(edit))
                            .arg(visibleWidth(edit))
                            .arg(whole.width());
    }
    return problems;
}

/** The problems of every table and chart shown inside `root`. */
QStringList viewProblems(QWidget *root)
{
    QStringList problems;
    const auto tables = root->findChildren<QTableView *>();
    for (const QTableView *table : tables) {
        if (table->isVisible())
            problems << tableProblems(table);
    }
    const auto charts = root->findChildren<QChartView *>();
    for (const QChartView *chart : charts) {
        if (chart->isVisible())
            problems << chartProblems(chart);
    }
    return problems;
}

/** What a user needs to set an override: the choices, the value's editor and the buttons. */
QList<QWidget *> overrideControls(OverrideEditor *editor)
{
    QList<QWidget *> controls;
    controls << editor->view() << editor->targetCombo() << editor->fieldCombo()
             << editor->rawToggle();
    for (const char *name : {"addOverride", "removeOverride"})
        controls << editor->findChild<QWidget *>(QString::fromLatin1(name));
    if (editor->valueEditor()) {
        controls << editor->valueEditor()->input();
        if (editor->valueEditor()->chooseButton())
            controls << static_cast<QWidget *>(editor->valueEditor()->chooseButton());
    }
    return controls;
}

/**
 * Rows of `form` drawn smaller than they need (a field below its minimum height, squashed by
 * a form given less room than its layout asks) or over the next row.
 */
QStringList squashedRows(const QWidget *form)
{
    QStringList problems;
    const auto *layout = qobject_cast<const QFormLayout *>(form->layout());
    if (!layout)
        return {u"%1: no form layout"_s.arg(describe(form))};
    int previousBottom = -1;
    QString previous;
    for (int row = 0; row < layout->rowCount(); ++row) {
        for (const auto role :
             {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            const QLayoutItem *item = layout->itemAt(row, role);
            const QWidget *w = item ? item->widget() : nullptr;
            if (!w || !w->isVisible())
                continue;
            const QString name = describe(w);
            const int needs = w->hasHeightForWidth() ? w->heightForWidth(w->width())
                                                     : w->minimumSizeHint().height();
            if (w->height() < needs)
                problems << u"%1: %2 px high, needs %3"_s.arg(name).arg(w->height()).arg(needs);
            if (role != QFormLayout::LabelRole && w->geometry().top() < previousBottom)
                problems << u"%1 overlaps %2"_s.arg(name, previous);
            if (w->geometry().bottom() >= form->height())
                problems << u"%1 ends at %2 px, below the form's %3"_s.arg(name)
                                .arg(w->geometry().bottom())
                                .arg(form->height());
        }
        for (const auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            const QLayoutItem *item = layout->itemAt(row, role);
            if (const QWidget *w = item ? item->widget() : nullptr; w && w->isVisible()) {
                previousBottom = w->geometry().bottom();
                previous = describe(w);
            }
        }
    }
    return problems;
}

/** A "language" column with one row per catalog. */
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s})
        QTest::addRow("%s", qPrintable(language)) << language;
}

void saveGrab(QWidget *window, const QString &language, const QString &example, const QString &view)
{
    const QString dir = qEnvironmentVariable("GREENPRINT_TEST_GRABS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window->grab().save(QDir(dir).filePath(u"%1-%2-%3.png"_s.arg(language, example, view)));
}

/**
 * Problems of a chart whose every category must read whole (stage names, band drivers): a
 * name not drawn in full (on one line or wrapped onto more), or drawn over the plot or past
 * the chart's edge.
 */
QStringList wholeCategoryProblems(BarChart *chart)
{
    QStringList problems;
    if (!chart->isVisible())
        return {u"%1 not shown"_s.arg(describe(chart))};
    QChart *c = chart->chart();
    const QRectF plot = c->mapToScene(c->plotArea()).boundingRect();
    const QRectF inside = QRectF(chart->viewport()->rect()).adjusted(-1, -1, 1, 1);
    const QList<ChartText> texts = chartTexts(c);
    for (const QString &name : chart->categories()) {
        const auto shown = std::find_if(texts.begin(), texts.end(), [&](const ChartText &t) {
            return !t.inLegend && t.text.simplified() == name.simplified();
        });
        if (shown == texts.end()) {
            QStringList drawn;
            for (const ChartText &t : texts)
                drawn << t.text.simplified();
            problems << u"%1: \"%2\" not whole (drawn: %3)"_s.arg(describe(chart), name,
                                                                  drawn.join(u" | "_s));
            continue;
        }
        if (shown->rect.right() > plot.left() + 1)
            problems << u"%1: \"%2\" runs into the plot"_s.arg(describe(chart), name);
        if (!inside.contains(chart->mapFromScene(shown->rect).boundingRect()))
            problems << u"%1: \"%2\" runs past the chart's edge"_s.arg(describe(chart), name);
    }
    return problems;
}

/** The title of a chart the window fitted (Charts::setFittedTitle) when it is not drawn whole. */
QStringList titleProblems(const QChartView *view)
{
    const QString title = view->property("greenprintFullTitle").toString().simplified();
    if (title.isEmpty() || !view->isVisible())
        return {};
    const QList<ChartText> texts = chartTexts(view->chart());
    const bool whole = std::any_of(texts.begin(), texts.end(), [&](const ChartText &t) {
        return t.text.simplified() == title;
    });
    if (whole)
        return {};
    return {u"title \"%1\" not whole"_s.arg(title)};
}

/** Figures of the plan tree's kgCO2e and USD columns that their column cuts ("1.…"). */
QStringList figureColumnProblems(QTreeView *tree)
{
    QStringList problems;
    const QAbstractItemModel *model = tree->model();
    for (int column = 1; column < model->columnCount(); ++column) {
        if (tree->isColumnHidden(column))
            continue;
        const int width = tree->header()->sectionSize(column);
        for (QModelIndex row = model->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
            const QModelIndex cell = row.siblingAtColumn(column);
            const int needs = tree->sizeHintForIndex(cell).width();
            if (needs > width) {
                problems << u"column %1: \"%2\" needs %3 px, has %4"_s
                                .arg(model->headerData(column, Qt::Horizontal).toString(),
                                     cell.data().toString())
                                .arg(needs)
                                .arg(width);
                break;
            }
        }
    }
    return problems;
}

} // namespace

class TestSmallScreen : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestLocations(u"tst_smallscreen"_s);
        Preferences prefs;
        prefs.windowGeometry.reset();
        prefs.windowState.reset();
        m_languages = std::make_unique<LanguageManager>();
    }

    void cleanupTestCase() { QVERIFY(m_languages->setLanguage(u"en"_s)); }

    void readsAt1280x720_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        const QStringList examples = QDir(test::sourcePath(u"data/examples"_s))
                                         .entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name);
        QVERIFY(examples.size() >= 4);
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s}) {
            for (const QString &example : examples) {
                QTest::addRow("%s %s", qPrintable(language), qPrintable(example))
                    << language << example;
            }
        }
    }

    void readsAt1280x720()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        QVERIFY(m_languages->setLanguage(language));
        std::unique_ptr<MainWindow> window;
        QVERIFY(test::openWindow(window, u"data/examples/"_s + example, kScreen));
        QCoreApplication::processEvents();
        QCOMPARE(window->size(), kScreen);
        const auto docks = window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 5);
        for (const QDockWidget *dock : docks) // open: shown, or a tab beside another dock
            QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(dock->objectName()));
        const QString stem = QFileInfo(example).completeBaseName();
        QStringList problems;

        auto *tabs = window->findChild<QTabWidget *>(u"centralTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(0);
        window->dashboard()->flushRegionRanking();
        QCoreApplication::processEvents();
        saveGrab(window.get(), language, stem, u"dashboard"_s);
        for (const QString &p : viewProblems(window->dashboard()))
            problems << u"dashboard: "_s + p;

        window->showWhatIf();
        WhatIfView *whatIf = window->whatIfView();
        if (!window->document()->project().scenarios.empty())
            whatIf->advisor()->setCurrentScenario(0);
        for (const int stage : {int(StageKind::Training), ParetoPanel::kWholePlan}) {
            whatIf->paretoPanel()->setStage(stage);
            QCoreApplication::processEvents();
            whatIf->paretoPanel()->flush();
            QCoreApplication::processEvents();
            const QString view = stage == ParetoPanel::kWholePlan ? u"whatif-plan"_s : u"whatif"_s;
            // Compact, the comparison and each chart are a tab: every one is measured.
            auto *results = whatIf->findChild<QTabWidget *>(u"whatIfResultTabs"_s);
            QVERIFY(results);
            QVERIFY2(whatIf->isCompact() == results->isVisible(), "compact means tabs");
            const int pages = whatIf->isCompact() ? results->count() : 1;
            for (int page = 0; page < pages; ++page) {
                if (whatIf->isCompact())
                    results->setCurrentIndex(page);
                QCoreApplication::processEvents();
                const QString shown = view + (page > 0 ? u"-tab%1"_s.arg(page) : QString());
                saveGrab(window.get(), language, stem, shown);
                for (const QString &p : viewProblems(whatIf))
                    problems << shown + u": "_s + p;
            }
            if (whatIf->isCompact())
                results->setCurrentIndex(0);
        }
        // The overrides: their table and every control that sets one, wholly on screen.
        OverrideEditor *overrides = whatIf->overrideEditor();
        auto *inputs = whatIf->findChild<QTabWidget *>(u"whatIfInputTabs"_s);
        QVERIFY(inputs);
        if (inputs->isVisible())
            inputs->setCurrentIndex(inputs->indexOf(overrides->parentWidget()));
        QCoreApplication::processEvents();
        saveGrab(window.get(), language, stem, u"whatif-overrides"_s);
        for (const QString &p : viewProblems(whatIf))
            problems << u"whatif-overrides: "_s + p;
        for (QWidget *control : overrideControls(overrides)) {
            const QRect whole(control->mapTo(window.get(), QPoint(0, 0)), control->size());
            if (!control->isVisible() || visibleRect(control) != whole
                || control->width() < control->minimumSizeHint().width()) {
                problems << u"whatif-overrides: %1 cut (%2 of %3 px shown)"_s.arg(describe(control))
                                .arg(visibleRect(control).width())
                                .arg(control->minimumSizeHint().width());
            }
        }
        problems.removeDuplicates();
        test::closeWindow(window);
        for (const QString &p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
    }

    void editorFitsTheDock_data() { addLanguageRows(); }

    void editorFitsTheDock()
    {
        // At 1280 x 720 the docks open compact: every component form's buttons ("Choose…")
        // and fields show whole in the editor dock, and the project form's in the Plan dock,
        // in every language.
        QFETCH(QString, language);
        std::unique_ptr<MainWindow> window;
        QVERIFY(openSmall(window, language, u"onprem-dgx-custom-catalog"_s));
        QWidget *editor = window->editorPanel();
        QStringList problems;
        QSet<QString> seen;
        const Project &project = window->document()->project();
        for (int s = 0; s < int(project.stages.size()); ++s) {
            for (int c = 0; c < int(project.stages[std::size_t(s)].components.size()); ++c) {
                const Component &component =
                    project.stages[std::size_t(s)].components[std::size_t(c)];
                const QString type = componentTypeKey(component.type());
                if (seen.contains(type))
                    continue;
                seen.insert(type);
                window->navigator()->selectComponent({s, c});
                QCoreApplication::processEvents();
                saveGrab(window.get(), language, u"editor"_s, type);
                for (const QString &p : editorProblems(editor))
                    problems << type + u": "_s + p;
            }
        }
        QVERIFY(seen.size() >= 4);
        // The Plan dock opens compact too: the project form's Region "Choose…" and its fields
        // show whole, as do the constraints' pickers.
        QVERIFY(window->projectForm()->findChild<QPushButton *>(u"regionChoose"_s));
        for (const QString &p : editorProblems(window->projectForm()))
            problems << u"project: "_s + p;
        for (const QString &p : editorProblems(window->constraintsForm()))
            problems << u"constraints: "_s + p;
        test::closeWindow(window);
        for (const QString &p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
    }

    void planTreeKeepsItsRows_data() { addLanguageRows(); }

    void planTreeKeepsItsRows()
    {
        // At 1280 x 720 with the default (compact) layout the Plan dock shows at least eight
        // rows of the plan tree whole: the project settings above it scroll in their part,
        // whose first fields (name and region with its "Choose…") still show whole.
        QFETCH(QString, language);
        std::unique_ptr<MainWindow> window;
        QVERIFY(openSmall(window, language, u"bert-finetune-realtime"_s));
        QTreeView *tree = window->navigator()->view();
        tree->expandAll();
        QCoreApplication::processEvents();
        saveGrab(window.get(), language, u"plan"_s, u"tree"_s);
        int rows = 0;
        for (QModelIndex index = tree->model()->index(0, 0); index.isValid();
             index = tree->indexBelow(index))
            ++rows;
        QVERIFY(rows >= 8);
        int whole = 0;
        for (QModelIndex index = tree->model()->index(0, 0); index.isValid();
             index = tree->indexBelow(index)) {
            const QRect row = tree->visualRect(index);
            if (row.top() >= 0 && row.bottom() < tree->viewport()->height())
                ++whole;
        }
        QVERIFY2(whole >= 8,
                 qPrintable(u"%1 rows of the plan tree shown whole, %2 px high"_s.arg(whole).arg(
                     tree->viewport()->height())));
        QVERIFY2(visibleRect(tree) == QRect(tree->mapTo(window.get(), QPoint(0, 0)), tree->size()),
                 "the tree is cut by the dock");
        const QStringList problems = editorProblems(window->projectForm());
        for (const char *name : {"name", "region", "regionChoose"}) {
            auto *field = window->projectForm()->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY(field);
            QVERIFY2(field->isVisible()
                         && visibleRect(field)
                             == QRect(field->mapTo(window.get(), QPoint(0, 0)), field->size()),
                     name);
        }
        test::closeWindow(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void bandDriverLegendWhole_data() { addLanguageRows(); }

    void bandDriverLegendWhole()
    {
        // The legend of "What makes the carbon range" (below and above the central figure)
        // shows both labels whole at 1280 x 720 in every language: two entries leave no
        // reason to shorten one, and a hover is no way to read a legend.
        QFETCH(QString, language);
        std::unique_ptr<MainWindow> window;
        QVERIFY(openSmall(window, language, u"bert-finetune-realtime"_s));
        auto *chart = window->dashboard()->findChild<BarChart *>(u"bandDriverChart"_s);
        QVERIFY(chart);
        QVERIFY(chart->isVisible());
        QCoreApplication::processEvents();
        QStringList labels;
        QStringList shown;
        for (const QLegendMarker *marker : chart->chart()->legend()->markers()) {
            if (marker->isVisible())
                labels << marker->label();
        }
        for (const ChartText &t : chartTexts(chart->chart())) {
            if (t.inLegend)
                shown << t.text;
        }
        test::closeWindow(window);
        QCOMPARE(labels.size(), 2);
        for (const QString &label : std::as_const(labels))
            QVERIFY2(shown.contains(label),
                     qPrintable(u"\"%1\" shown as: %2"_s.arg(label, shown.join(u" | "_s))));
    }

    void planTreeNamesRead_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s}) {
            for (const QString &example : {u"data/examples/bert-finetune-realtime"_s,
                                           u"data/examples/llm-pretraining-p4d-p5"_s,
                                           u"tests/data/projects/review-twenty-components"_s})
                QTest::addRow("%s %s", qPrintable(language), qPrintable(example))
                    << language << example;
        }
    }

    void planTreeNamesRead()
    {
        // At 1280 x 720 with the docks open, the plan tree's name column is the widest: every
        // stage and component name shows whole, or (a long one) elided with at least
        // kReadableChars characters left and the full name on hover. The figure columns'
        // headers show whole.
        QFETCH(QString, language);
        QFETCH(QString, example);
        std::unique_ptr<MainWindow> window;
        QVERIFY(openSmall(window, language, example));
        QTreeView *tree = window->navigator()->view();
        tree->expandAll();
        QTest::qWait(300); // the figure columns are fitted after a debounce
        saveGrab(window.get(), language, QFileInfo(example).fileName(), u"tree"_s);
        QStringList problems;
        const QFontMetrics metrics = tree->fontMetrics();
        const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int nameWidth = tree->header()->sectionSize(0);
        for (int c = 1; c < tree->model()->columnCount(); ++c) {
            if (tree->isColumnHidden(c))
                continue;
            if (nameWidth < tree->header()->sectionSize(c))
                problems << u"name column %1 px, narrower than column %2"_s.arg(nameWidth).arg(c);
            const QString title = tree->model()->headerData(c, Qt::Horizontal).toString();
            if (tree->header()->sectionSize(c) < metrics.horizontalAdvance(title) + margin)
                problems << u"header \"%1\" cut"_s.arg(title);
        }
        int rows = 0;
        for (QModelIndex index = tree->model()->index(0, 0); index.isValid();
             index = tree->indexBelow(index), ++rows) {
            const QString name = index.data().toString();
            const int shown = tree->visualRect(index).width() - margin;
            if (shown >= metrics.horizontalAdvance(name))
                continue;
            const bool readable = shown >= kReadableChars * metrics.averageCharWidth();
            if (!readable || !tooltipHasText(index.data(Qt::ToolTipRole), name))
                problems << u"\"%1\": %2 of %3 px shown%4"_s.arg(name)
                                .arg(shown)
                                .arg(metrics.horizontalAdvance(name))
                                .arg(readable ? u", no full name on hover"_s : QString());
        }
        QVERIFY(rows >= 8);
        QCOMPARE(tree->textElideMode(), Qt::ElideMiddle); // "(copy 14)" stays in sight
        // Sibling names that differ are drawn differently: four notebooks numbered 1 to 4
        // never read "Noteboo…xlarge)" four times.
        for (QModelIndex stage = tree->model()->index(0, 0); stage.isValid();
             stage = stage.siblingAtRow(stage.row() + 1)) {
            QHash<QString, QString> drawn; // text drawn -> the name it stands for
            for (int r = 0; r < tree->model()->rowCount(stage); ++r) {
                const QModelIndex row = tree->model()->index(r, 0, stage);
                const QString name = row.data().toString();
                const int shown = tree->visualRect(row).width() - margin;
                QString text = NameElideDelegate::shownText(row, tree->font(), shown);
                text = metrics.elidedText(text, Qt::ElideMiddle, shown);
                if (drawn.contains(text) && drawn.value(text) != name)
                    problems << u"\"%1\" and \"%2\" both drawn as \"%3\""_s.arg(drawn.value(text),
                                                                                name, text);
                drawn.insert(text, name);
            }
        }
        test::closeWindow(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void reviewerLabelsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("project");
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s}) {
            for (const QSize size : {kScreen, QSize(1920, 1080)}) {
                for (const QString &project :
                     {u"data/examples/bert-finetune-realtime.greenprint"_s,
                      u"data/examples/llm-pretraining-p4d-p5.greenprint"_s,
                      u"tests/data/projects/review-twenty-components.greenprint"_s}) {
                    QTest::addRow("%s %dx%d %s", qPrintable(language), size.width(), size.height(),
                                  qPrintable(QFileInfo(project).completeBaseName()))
                        << language << size << project;
                }
            }
        }
    }

    void reviewerLabelsWhole()
    {
        // What a reviewer reads off the window is never cut, in any language, on a small or a
        // large screen with the docks open: the stage names of "Carbon per stage" (dashboard)
        // and of the what-if view's per-stage comparison, the inputs of "What makes the carbon
        // range", every region of the ranking (QtCharts hides a label its row cannot hold),
        // and every figure of the plan tree's kgCO2e and USD columns.
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, project);
        QVERIFY(m_languages->setLanguage(language));
        std::unique_ptr<MainWindow> window;
        QVERIFY(test::openWindow(window, project, size));
        // Measured as soon as the estimate is in: a figure is never drawn cut, not even for
        // the 150 ms after which an edit's figures are fitted.
        window->liveEstimate()->waitForCurrent();
        window->dashboard()->flushRegionRanking();
        QCoreApplication::processEvents();
        const QString stem =
            QFileInfo(project).completeBaseName() + u"-"_s + QString::number(size.width());
        saveGrab(window.get(), language, stem, u"labels"_s);
        QStringList problems;
        for (const char *name : {"stageCarbonChart", "bandDriverChart", "regionRankingChart"}) {
            auto *chart = window->dashboard()->findChild<BarChart *>(QString::fromLatin1(name));
            QVERIFY(chart);
            for (const QString &p : wholeCategoryProblems(chart))
                problems << u"dashboard: "_s + p;
        }
        const auto dashboardCharts = window->dashboard()->findChildren<QChartView *>();
        for (const QChartView *view : dashboardCharts) {
            for (const QString &p : titleProblems(view))
                problems << u"dashboard: "_s + p;
        }
        QTreeView *tree = window->navigator()->view();
        tree->expandAll();
        QCoreApplication::processEvents();
        for (const QString &p : figureColumnProblems(tree))
            problems << u"plan tree: "_s + p;

        window->showWhatIf();
        WhatIfView *whatIf = window->whatIfView();
        if (auto *results = whatIf->findChild<QTabWidget *>(u"whatIfResultTabs"_s);
            results && whatIf->isCompact())
            results->setCurrentWidget(whatIf->stageChart());
        QCoreApplication::processEvents();
        saveGrab(window.get(), language, stem, u"labels-whatif"_s);
        for (const QString &p : wholeCategoryProblems(whatIf->stageChart()))
            problems << u"what-if: "_s + p;
        test::closeWindow(window);
        for (const QString &p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
    }

    void recurringJobEditorGrows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s}) {
            QTest::addRow("%s", qPrintable(language)) << language << kScreen;
            QTest::addRow("%s 1600x1000", qPrintable(language)) << language << QSize(1600, 1000);
        }
    }

    void recurringJobEditorGrows()
    {
        // The walk from File > New: a compute job added to data processing, made weekly
        // ("Runs: Every week" adds the "For" and "Run count" rows), then sized by work (the
        // work rows). At each step every row of the editor shows at its full height, none
        // over another or below the form: the form grows and the dock scrolls.
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(m_languages->setLanguage(language));
        std::unique_ptr<MainWindow> window;
        QVERIFY(
            test::openWindow(window, u"data/examples/bert-finetune-realtime.greenprint"_s, size));
        window->document()->reset(); // File > New
        const int stage = int(StageKind::DataProcessing);
        window->navigator()->selectStage(stage);
        auto *add = window->findChild<QAction *>(u"add-compute"_s);
        QVERIFY(add);
        add->trigger();
        QCoreApplication::processEvents();
        QWidget *form = window->editorPanel()->currentForm();
        QCOMPARE(form, window->editorPanel()->componentForm(ComponentType::Compute));
        QStringList problems;
        const auto measure = [&](const QString &step) {
            QCoreApplication::processEvents();
            saveGrab(window.get(), language, u"editor"_s,
                     step + u"-"_s + QString::number(size.width()));
            for (const QString &p : squashedRows(form))
                problems << step + u": "_s + p;
            // The dock scrolls as far as this form needs, not as far as the tallest form.
            const QWidget *viewport = form->parentWidget();
            const int needs = form->hasHeightForWidth() ? form->heightForWidth(form->width())
                                                        : form->sizeHint().height();
            if (form->height() > std::max(viewport->height(), needs))
                problems << u"%1: form %2 px high, its rows need %3"_s.arg(step)
                                .arg(form->height())
                                .arg(needs);
        };
        measure(u"new-compute"_s);
        auto *every = form->findChild<QComboBox *>(u"recurrence.every"_s);
        auto *sizing = form->findChild<QComboBox *>(u"sizing"_s);
        QVERIFY(every && sizing);
        every->setCurrentIndex(2); // Every week, as a click chooses it
        QVERIFY(std::get<ComputeSpec>(window->document()->component({stage, 0})->spec).recurrence);
        measure(u"weekly"_s);
        QVERIFY(form->findChild<QWidget *>(u"recurrence.months"_s)->isVisible());
        sizing->setCurrentIndex(1); // Work
        QVERIFY(std::get<ComputeSpec>(window->document()->component({stage, 0})->spec).work);
        measure(u"weekly-work"_s);
        QVERIFY(form->findChild<QWidget *>(u"work.parameters"_s)->isVisible());
        test::closeWindow(window);
        for (const QString &p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
    }

    void wideAgainShowsEveryPanel()
    {
        // Compact on a small screen, then the docks closed on a large one: every panel of
        // the side-by-side layout shows again (the tabs had hidden all but one).
        QVERIFY(m_languages->setLanguage(u"en"_s));
        std::unique_ptr<MainWindow> window;
        QVERIFY(test::openWindow(window, u"data/examples/bert-finetune-realtime.greenprint"_s,
                                 kScreen));
        window->showWhatIf();
        WhatIfView *whatIf = window->whatIfView();
        QTRY_VERIFY(whatIf->isCompact());
        for (const char *name : {"planDock", "editorDock"})
            window->findChild<QDockWidget *>(QString::fromLatin1(name))->hide();
        window->resize(1920, 1080);
        QTRY_VERIFY(!whatIf->isCompact());
        QCoreApplication::processEvents();
        whatIf->paretoPanel()->flush();
        QCoreApplication::processEvents();
        const QList<QWidget *> panels{whatIf->suggestionView(), whatIf->overrideEditor(),
                                      whatIf->deltaTable(),     whatIf->stageChart(),
                                      whatIf->waterfall(),      whatIf->paretoPanel()};
        for (const QWidget *panel : panels)
            QVERIFY2(panel->isVisible(), panel->metaObject()->className());
        const QStringList problems = viewProblems(whatIf);
        for (const QString &p : problems)
            qInfo().noquote() << p;
        test::closeWindow(window);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
    }

private:
    /**
     * A 1280 x 720 window in `language` with data/examples/`example`.greenprint open, or
     * `example`.greenprint when it is a path below the source tree.
     */
    [[nodiscard]] bool openSmall(std::unique_ptr<MainWindow> &window, const QString &language,
                                 const QString &example)
    {
        const QString path = example.contains(u'/') ? example + u".greenprint"_s
                                                    : u"data/examples/%1.greenprint"_s.arg(example);
        if (!m_languages->setLanguage(language) || !test::openWindow(window, path, kScreen))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    std::unique_ptr<LanguageManager> m_languages;
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
