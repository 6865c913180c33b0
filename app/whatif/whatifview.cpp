// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifview.h"

#include "deltatable.h"
#include "overrideeditor.h"
#include "paretopanel.h"
#include "scenarioselector.h"

#include "charts/barchart.h"
#include "charts/comparisoncharts.h"
#include "charts/waterfallchart.h"
#include "settings/unitformatter.h"

#include "advisor/advisor.h"
#include "advisor/feasibility.h"
#include "advisor/suggestion.h"
#include "commands/addremovescenario.h"
#include "commands/undocommands.h"
#include "document/liveadvisor.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "itemmodels/overridetablemodel.h"
#include "itemmodels/scenariolistmodel.h"
#include "itemmodels/suggestionlistmodel.h"
#include "numberformat.h"
#include "scenario/scenarioevaluator.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace greenprint {
namespace {

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return group;
}

/** The suggestion table's columns a compact view leaves out: all in the row's tooltip. */
constexpr int kCompactHiddenColumns[] = {
    SuggestionListModel::EnergySaved, SuggestionListModel::HoursSaved,
    SuggestionListModel::Confidence, SuggestionListModel::Source};

QString signedPercent(double change, double base)
{
    if (base == 0.0)
        return QStringLiteral("–");
    const QString text = QLocale().toString(change / base * 100.0, 'f', 1);
    return change > 0.0 ? u'+' + text : text;
}

} // namespace

WhatIfView::WhatIfView(LiveEstimate *estimate, QWidget *parent)
    : QWidget(parent)
    , m_estimate(estimate)
    , m_advisor(new LiveAdvisor(estimate, this))
    , m_scenarioModel(new ScenarioListModel(estimate->document(), this))
    , m_suggestions(new SuggestionListModel(m_advisor, this))
    , m_overrideModel(new OverrideTableModel(m_advisor, this))
    , m_selector(new ScenarioSelector(m_advisor, m_scenarioModel, this))
    , m_suggestionView(new QTableView(this))
    , m_addScenario(new QAction(tr("Add as a new &scenario"), this))
    , m_overrides(new OverrideEditor(m_advisor, m_overrideModel, this))
    , m_delta(new DeltaTable(this))
    , m_stageChart(ComparisonCharts::createStageComparison(this))
    , m_waterfall(new WaterfallChart(this))
    , m_pareto(new ParetoPanel(m_advisor, this))
    , m_total(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("whatIfView"));
    setAccessibleName(tr("What-if scenarios"));

    m_suggestionView->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestionView->setAccessibleName(tr("Suggestions; tick one to apply it in the scenario"));
    m_suggestionView->setModel(m_suggestions);
    m_suggestionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestionView->setWordWrap(false);
    m_suggestionView->setTextElideMode(Qt::ElideRight);
    m_suggestionView->verticalHeader()->hide();
    m_suggestionView->verticalHeader()->setDefaultSectionSize(
        m_suggestionView->fontMetrics().height() + 8);
    QHeaderView *header = m_suggestionView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SuggestionListModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(SuggestionListModel::Source, QHeaderView::Interactive);
    header->resizeSection(SuggestionListModel::Source, 160);
    // Right-click the header to show or hide a column, as in a file manager.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        const QAbstractItemModel *model = m_suggestionView->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *column = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            column->setCheckable(true);
            column->setChecked(!m_suggestionView->isColumnHidden(c));
            connect(column, &QAction::toggled, this,
                    [this, c](bool shown) { m_suggestionView->setColumnHidden(c, !shown); });
        }
        menu.exec(m_suggestionView->horizontalHeader()->mapToGlobal(at));
    });

    m_total->setObjectName(QStringLiteral("scenarioTotal"));
    m_total->setAccessibleName(tr("Scenario total against the baseline"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_total->setFont(big);
    m_notes->setObjectName(QStringLiteral("scenarioNotes"));
    m_notes->setAccessibleName(tr("Scenario notes: accuracy, constraints and problems"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_suggestionBox =
        box(tr("Suggestions (savings each on its own copy of the plan)"), m_suggestionView, this);
    m_overrideBox = box(tr("Field overrides"), m_overrides, this);
    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(6, 6, 6, 6);
    compareLayout->addWidget(m_total);
    compareLayout->addWidget(m_delta);
    // The notes scroll, so that the table above always shows all its rows.
    auto *notes = new QScrollArea(compare);
    notes->setObjectName(QStringLiteral("scenarioNotesArea"));
    notes->setWidget(m_notes);
    notes->setWidgetResizable(true);
    notes->setFrameShape(QFrame::NoFrame);
    notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    notes->setMinimumHeight(m_notes->fontMetrics().height()); // the first one shows
    compareLayout->addWidget(notes, 1);
    m_compareBox = box(tr("Baseline and scenario"), compare, this);
    // Small minimums, so the tab fits beside the docks; the sizes below are what it gets.
    compare->setMinimumWidth(360);
    m_stageChart->setMinimumSize(240, 160);
    m_waterfall->setMinimumSize(240, 160);
    m_pareto->setMinimumSize(240, 160);

    // Wide: the suggestions and overrides on the left, the comparison on the right, the
    // charts below.
    m_inputs = new QSplitter(Qt::Vertical, this);
    m_top = new QSplitter(Qt::Horizontal, this);
    m_charts = new QSplitter(Qt::Horizontal, this);
    // Compact: the same panels in two sets of tabs.
    m_inputTabs = new QTabWidget(this);
    m_inputTabs->setObjectName(QStringLiteral("whatIfInputTabs"));
    m_inputTabs->setDocumentMode(true);
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("whatIfResultTabs"));
    m_resultTabs->setDocumentMode(true);
    for (QTabWidget *tabs : {m_inputTabs, m_resultTabs}) {
        tabs->setUsesScrollButtons(true); // never wider than the view for long tab names
        tabs->setElideMode(Qt::ElideNone);
    }
    m_main = new QSplitter(Qt::Vertical, this);
    m_main->setObjectName(QStringLiteral("whatIfSplitter"));
    m_main->addWidget(m_top);
    m_main->addWidget(m_charts);
    m_main->addWidget(m_inputTabs);
    m_main->addWidget(m_resultTabs);
    m_main->setChildrenCollapsible(false);
    // Compact, the comparison and the charts below get two thirds of the height.
    m_main->setStretchFactor(2, 1);
    m_main->setStretchFactor(3, 2);
    m_compact = true; // so that the call below arranges the wide layout
    setCompact(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selector);
    layout->addWidget(m_main, 1);

    // A whole-plan row is a ready scenario: added as one in one action.
    m_addScenario->setObjectName(QStringLiteral("addWholePlanScenario"));
    m_addScenario->setEnabled(false);
    m_suggestionView->addAction(m_addScenario);
    m_suggestionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_addScenario, &QAction::triggered, this, &WhatIfView::addWholePlanScenario);
    connect(m_suggestionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_addScenario->setEnabled(currentWholePlan() != nullptr); });

    connect(m_advisor, &LiveAdvisor::updated, this, &WhatIfView::updateNow);
    connect(m_advisor, &LiveAdvisor::computingChanged, this, [this](bool computing) {
        if (computing)
            showComputing();
        else
            updateNow();
    });
    // Shown, the advisor computes the new scenario by itself (on a worker for a large plan).
    connect(m_pareto, &ParetoPanel::scenarioCreated, this, [this] {
        if (!m_advisor->isEnabled())
            m_advisor->refresh();
    });
    updateNow();
}

const Suggestion *WhatIfView::currentWholePlan() const
{
    const QModelIndex current = m_suggestionView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const Suggestion *s = m_advisor->suggestion(
        current.siblingAtColumn(0).data(SuggestionListModel::IdRole).toString());
    return s && s->wholePlan ? s : nullptr;
}

int WhatIfView::addWholePlanScenario()
{
    const Suggestion *s = currentWholePlan();
    if (!s)
        return -1;
    ProjectDocument *document = m_advisor->document();
    Scenario scenario;
    scenario.name = s->title;
    scenario.suggestions = {s->id};
    auto *command = new AddScenario(document, scenario);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add whole-plan scenario")));
    const int row = command->row();
    document->undoStack()->push(command);
    m_advisor->setCurrentScenario(row);
    return row;
}

WhatIfView::~WhatIfView() = default;

void WhatIfView::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (compact) {
        m_top->hide();
        m_charts->hide();
        // The tab says what the box title said; the box keeps its frame only.
        m_suggestionBox->setTitle(QString());
        m_overrideBox->setTitle(QString());
        m_compareBox->setTitle(QString());
        for (QGroupBox *box : {m_suggestionBox, m_overrideBox, m_compareBox}) {
            box->setFlat(true); // the tab frames it
            box->layout()->setContentsMargins(0, 2, 0, 0);
        }
        m_inputTabs->addTab(m_suggestionBox, tr("Suggestions"));
        m_inputTabs->setTabToolTip(0, tr("Suggestions (savings each on its own copy of the plan)"));
        m_inputTabs->addTab(m_overrideBox, tr("Field overrides"));
        m_resultTabs->addTab(m_compareBox, tr("Baseline and scenario"));
        m_resultTabs->addTab(m_stageChart, tr("Per stage"));
        m_resultTabs->addTab(m_waterfall, tr("Waterfall"));
        m_resultTabs->addTab(m_pareto, tr("Pareto front"));
        // The columns a narrow table leaves out are in each row's tooltip, and come back
        // with the room (or from the header's menu).
        for (const int column : kCompactHiddenColumns)
            m_suggestionView->setColumnHidden(column, true);
        m_inputTabs->show();
        m_resultTabs->show();
        m_main->setSizes({0, 0, 1, 2}); // room for the comparison and the charts
        return;
    }
    for (const int column : kCompactHiddenColumns)
        m_suggestionView->setColumnHidden(column, false);
    m_inputTabs->hide();
    m_resultTabs->hide();
    m_inputTabs->clear();
    m_resultTabs->clear();
    m_suggestionBox->setTitle(tr("Suggestions (savings each on its own copy of the plan)"));
    m_overrideBox->setTitle(tr("Field overrides"));
    m_compareBox->setTitle(tr("Baseline and scenario"));
    for (QGroupBox *box : {m_suggestionBox, m_overrideBox, m_compareBox}) {
        box->setFlat(false);
        box->layout()->setContentsMargins(6, 6, 6, 6);
    }
    m_inputs->addWidget(m_suggestionBox);
    m_inputs->addWidget(m_overrideBox);
    m_inputs->setStretchFactor(0, 3);
    m_inputs->setStretchFactor(1, 1);
    m_top->addWidget(m_inputs);
    m_top->addWidget(m_compareBox);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 2);
    m_top->setSizes({1000, 560});
    m_charts->addWidget(m_stageChart);
    m_charts->addWidget(m_waterfall);
    m_charts->addWidget(m_pareto);
    m_charts->setSizes({600, 520, 480}); // the stage chart's legend has four entries
    // The tabs hid every page but the current one; out of them, all show again.
    for (QWidget *panel : std::initializer_list<QWidget *>{
             m_suggestionBox, m_overrideBox, m_compareBox, m_stageChart, m_waterfall, m_pareto}) {
        panel->show();
    }
    m_top->show();
    m_charts->show();
    m_main->setSizes({1, 1, 0, 0});
}

void WhatIfView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setCompact(width() < kCompactBelowPx);
}

void WhatIfView::reloadPreferences()
{
    updateNow();
    m_pareto->reloadPreferences();
}

void WhatIfView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_advisor->setEnabled(true);
}

void WhatIfView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_advisor->setEnabled(false);
}

void WhatIfView::showComputing()
{
    m_total->setText(tr("Computing the suggestions and the scenario…"));
    m_delta->setComputing(tr("computing…"));
    m_notes->setText(tr("A change is being computed; the suggestions, the comparison and the "
                        "charts follow when it is done. You can keep editing."));
    setResultsEnabled(false);
}

void WhatIfView::setResultsEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_suggestionView, m_stageChart, m_waterfall})
        w->setEnabled(enabled);
}

void WhatIfView::updateNow()
{
    if (m_advisor->isComputing()) {
        showComputing();
        return;
    }
    setResultsEnabled(true);
    const ScenarioEvaluation &e = m_advisor->evaluation();
    m_delta->setTotals(e.baseline, e.ok ? &e.scenario : nullptr, e.invalidReasons.join(u'\n'),
                       e.costChangeKnown);
    const UnitFormatter units;
    const QString baseline = e.baseline.status == FigureStatus::NotEstimated
        ? tr("not estimated")
        : units.carbon(e.baseline.co2e.kg);
    if (m_advisor->currentScenario() < 0) {
        m_total->setText(
            tr("Baseline: %1. No scenario yet: click New to start one.").arg(baseline));
    } else if (!e.ok) {
        m_total->setText(
            tr("Scenario \"%1\" cannot be applied; see the problems below.").arg(e.name));
    } else if (e.scenario.status == FigureStatus::NotEstimated) {
        m_total->setText(tr("Scenario \"%1\" cannot be estimated, so it shows no saving; see "
                            "the problems below.")
                             .arg(e.name));
    } else if (!e.carbonComparable()) {
        m_total->setText(tr("Scenario: %1; the baseline cannot be estimated, so no change is "
                            "shown.")
                             .arg(units.carbon(e.scenario.co2e.kg)));
    } else {
        const double change = e.scenario.co2e.kg - e.baseline.co2e.kg;
        m_total->setText(tr("Scenario: %1, %2 (%3 %) against the baseline's %4")
                             .arg(units.carbon(e.scenario.co2e.kg),
                                  change > 0.0 ? u'+' + units.carbon(change) : units.carbon(change),
                                  signedPercent(change, e.baseline.co2e.kg),
                                  units.carbon(e.baseline.co2e.kg)));
    }
    updateNotes();
    updateCharts();
}

void WhatIfView::updateNotes()
{
    const ScenarioEvaluation &e = m_advisor->evaluation();
    const Constraints &c = m_estimate->document()->project().constraints;
    QStringList notes;
    for (const Issue &issue : e.issues) {
        if (issue.severity == Issue::Severity::Error)
            notes << tr("Error: %1").arg(issue.toString());
    }
    for (const QString &reason : e.invalidReasons)
        notes << tr("Scenario %1").arg(reason);
    if (m_advisor->currentScenario() >= 0 && e.ok) {
        if (e.accuracyUnknown) {
            notes << tr("Accuracy: some applied suggestion may lower the model's score by an "
                        "amount no source states.");
        } else if (e.accuracyRetained < 1.0) {
            notes << tr("Accuracy retained: %1 % of the baseline score (published figures).")
                         .arg(QLocale().toString(e.accuracyRetained * 100.0, 'f', 1));
        }
        for (const QString &v : e.violations)
            notes << tr("Breaks a constraint: the scenario %1.").arg(v);
    }
    QStringList constraints;
    if (!c.allowedRegions.isEmpty())
        constraints << tr("regions %1").arg(c.allowedRegions.join(u", "));
    if (c.accuracyFloor)
        constraints
            << tr("accuracy ≥ %1 %").arg(NumberFormat::significant(*c.accuracyFloor * 100, 3));
    if (c.latencyCeilingMs)
        constraints << tr("latency ≤ %1 ms").arg(NumberFormat::significant(*c.latencyCeilingMs, 4));
    if (!c.usersRegion.isEmpty())
        constraints << tr("users near %1").arg(c.usersRegion);
    if (!constraints.isEmpty()) {
        notes << tr("Constraints of the project: %1. Suggestions that would break them are not "
                    "offered.")
                     .arg(constraints.join(u"; "));
    }
    // Lists that grow with the plan show their first few: a large plan has hundreds of
    // problems, whose text the label would lay out again after every edit.
    constexpr qsizetype kListedShown = 6;
    const QStringList &problems = m_advisor->planProblems();
    for (qsizetype i = 0; i < problems.size() && i < kListedShown; ++i)
        notes << tr("The plan itself cannot run as written: %1.").arg(problems[i]);
    if (problems.size() > kListedShown) {
        notes << tr("%n more problem(s) of the plan itself (greenprint suggest lists them all).",
                    nullptr, int(problems.size() - kListedShown));
    }
    const std::vector<WithheldSuggestion> &withheld = m_advisor->withheld();
    constexpr std::size_t kWithheldShown = kListedShown;
    for (std::size_t i = 0; i < withheld.size() && i < kWithheldShown; ++i) {
        notes << tr("Not offered: %1, because %2.")
                     .arg(withheld[i].suggestion.title, withheld[i].reasons.join(u"; "));
    }
    if (withheld.size() > kWithheldShown) {
        notes << tr("%n more suggestion(s) not offered (greenprint suggest lists them all).",
                    nullptr, int(withheld.size() - kWithheldShown));
    }
    notes << Feasibility(m_estimate->reference()).assumptions();
    notes << tr("Ticking a suggestion re-estimates the whole scenario; the waterfall shows each "
                "suggestion's share in the order ticked.");
    m_notes->setText(notes.join(u'\n'));
}

void WhatIfView::updateCharts()
{
    const ScenarioEvaluation &e = m_advisor->evaluation();
    const UnitFormatter units;
    // A scenario that cannot be estimated is not drawn: its bars would be partial sums.
    const bool drawScenario = e.ok && e.scenario.status != FigureStatus::NotEstimated;
    ComparisonCharts::updateStageComparison(m_stageChart, m_estimate->estimate(),
                                            drawScenario ? &e.estimate : nullptr, units);
    double largest = 0.0;
    for (const WaterfallStep &step : e.waterfall) {
        if (step.status != FigureStatus::NotEstimated)
            largest = std::max(largest, step.co2e.kg);
    }
    const DisplayUnit unit = units.carbonUnit(largest);
    std::vector<WaterfallChart::Bar> bars;
    int n = 0;
    for (const WaterfallStep &step : e.waterfall) {
        const bool total = step.kind == WaterfallStep::Kind::Baseline
            || step.kind == WaterfallStep::Kind::Scenario;
        QString label = step.label;
        if (step.kind == WaterfallStep::Kind::Suggestion)
            label = tr("%1. %2").arg(++n).arg(label);
        bars.push_back(
            {label, step.co2e.kg * unit.factor, total, step.status != FigureStatus::NotEstimated});
    }
    m_waterfall->setBars(tr("Savings waterfall (%1)").arg(unit.symbol), bars, unit.symbol);
}

} // namespace greenprint
