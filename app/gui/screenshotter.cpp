// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "mainwindow.h"

#include "charts/dashboard.h"
#include "dialogs/allowedregionsdialog.h"
#include "document/liveestimate.h"
#include "dialogs/instancepickerdialog.h"
#include "dialogs/manualdialog.h"
#include "dialogs/regionpickerdialog.h"
#include "views/editorpanel.h"
#include "views/issuesview.h"
#include "views/stagenavigator.h"
#include "whatif/overrideeditor.h"
#include "whatif/paretopanel.h"
#include "whatif/whatifview.h"
#include "actuals/planactualview.h"

#include "commands/projectfields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "itemmodels/instancetablemodel.h"
#include "itemmodels/regiontablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>

namespace greenprint {

Screenshotter::Screenshotter(MainWindow *window)
    : m_window(window)
{ }

bool Screenshotter::run(const QString &projectPath, const QString &directory)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(directory)) {
        err << tr("cannot create %1").arg(directory) << Qt::endl;
        return false;
    }
    m_window->resize(m_size);
    m_window->show();
    if (!projectPath.isEmpty() && !m_window->document()->load(projectPath)) {
        err << m_window->document()->errorString() << Qt::endl;
        return false;
    }
    // Show the editor of the first training component, the heart of most plans.
    const Project &project = m_window->document()->project();
    const int training = static_cast<int>(StageKind::Training);
    if (!project.stages[training].components.empty())
        m_window->navigator()->selectComponent({training, 0});
    // A large plan is estimated on a worker: the pictures show its figures, not "estimating".
    m_window->liveEstimate()->waitForCurrent();
    m_window->dashboard()->flushRegionRanking();
    QApplication::processEvents();

    bool ok = save(m_window, directory, QStringLiteral("main-window.png"));
    ok = save(m_window->dashboard(), directory, QStringLiteral("dashboard.png")) && ok;
    ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("planDock")), directory,
              QStringLiteral("plan.png"))
        && ok;
    ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("editorDock")), directory,
              QStringLiteral("editor.png"))
        && ok;
    ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock")), directory,
              QStringLiteral("issues.png"))
        && ok;
    ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("assumptionsDock")), directory,
              QStringLiteral("assumptions.png"))
        && ok;
    ok = saveWhatIf(directory) && ok;
    ok = saveWholePlan(directory) && ok;
    ok = saveOverrides(directory) && ok;
    ok = saveConstraints(directory) && ok;
    ok = savePlanActual(projectPath, directory) && ok;
    ok = saveRecurringEditor(directory) && ok;

    InstancePickerDialog instances(m_window->instanceModel(), m_window);
    instances.show();
    // Accelerated instances by perf per watt, the Neuron rows' derived watts marked.
    instances.view()->sortByColumn(InstanceTableModel::TflopsPerKW, Qt::DescendingOrder);
    instances.setCurrentInstance(QStringLiteral("p4d.24xlarge"));
    QApplication::processEvents();
    ok = save(&instances, directory, QStringLiteral("instance-picker.png")) && ok;
    instances.close();

    RegionPickerDialog regions(m_window->regionModel(), m_window);
    regions.show();
    regions.setCurrentRegion(project.region);
    QApplication::processEvents();
    ok = save(&regions, directory, QStringLiteral("region-picker.png")) && ok;
    // A search that hides the chosen region: the choice stays, and the line says so.
    regions.searchEdit()->setText(QStringLiteral("Tokyo"));
    QApplication::processEvents();
    ok = save(&regions, directory, QStringLiteral("region-picker-search.png")) && ok;
    regions.close();

    ManualDialog manual(m_window);
    manual.show();
    manual.browser()->scrollToAnchor(QStringLiteral("glossary"));
    QApplication::processEvents();
    ok = save(&manual, directory, QStringLiteral("manual.png")) && ok;
    manual.close();
    return ok;
}

bool Screenshotter::saveConstraints(const QString &directory)
{
    // The walk plan's constraints: EU-only residency, a 2 s ceiling and a 99 % accuracy floor, set
    // as a user would (undoable commands), shown, then undone.
    ProjectDocument *document = m_window->document();
    QStringList europe;
    for (int row = 0; row < m_window->regionModel()->rowCount(); ++row) {
        const RegionSpec *region = m_window->regionModel()->regionAt(row);
        if (region && region->partition == u"aws" && region->id.startsWith(u"eu-"))
            europe << region->id;
    }
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    stack->push(new ChangeValue<ProjectField::AllowedRegions>(document, {}, europe));
    stack->push(new ChangeValue<ProjectField::LatencyCeiling>(document, {}, 2000.0));
    stack->push(new ChangeValue<ProjectField::AccuracyFloor>(document, {}, 0.99));
    QApplication::processEvents();
    bool ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("constraintsDock")), directory,
                   QStringLiteral("constraints.png"));
    AllowedRegionsDialog regions(m_window->regionModel(), m_window);
    regions.setAllowedRegions(document->project().constraints.allowedRegions);
    regions.show();
    QApplication::processEvents();
    ok = save(&regions, directory, QStringLiteral("allowed-regions.png")) && ok;
    regions.close();
    stack->setIndex(before);
    QApplication::processEvents();
    return ok;
}

QList<QDockWidget *> Screenshotter::hideSideDocks()
{
    QList<QDockWidget *> hidden;
    for (const char *name : {"planDock", "constraintsDock", "editorDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
        if (dock && dock->isVisible()) {
            dock->hide();
            hidden << dock;
        }
    }
    return hidden;
}

bool Screenshotter::saveWhatIf(const QString &directory)
{
    // The example's first scenario (three ticked suggestions and a region override), with the
    // side docks hidden so the view gets the window's width, as after closing them.
    const QList<QDockWidget *> hidden = hideSideDocks();
    m_window->showWhatIf();
    WhatIfView *view = m_window->whatIfView();
    if (!m_window->document()->project().scenarios.empty())
        view->advisor()->setCurrentScenario(0);
    view->paretoPanel()->setStage(static_cast<int>(StageKind::Training));
    QApplication::processEvents();
    view->paretoPanel()->flush();
    QApplication::processEvents();
    const bool ok = save(view, directory, QStringLiteral("whatif.png"));
    for (QDockWidget *dock : std::as_const(hidden))
        dock->show();
    QApplication::processEvents();
    return ok;
}

bool Screenshotter::saveOverrides(const QString &directory)
{
    // The example's scenario overrides with the docks open, the first one's value open in
    // its own editor (the region picker's field). tst_smallscreen measures them at 1280 x 720.
    m_window->showWhatIf();
    WhatIfView *view = m_window->whatIfView();
    if (!m_window->document()->project().scenarios.empty())
        view->advisor()->setCurrentScenario(0);
    QApplication::processEvents();
    OverrideEditor *editor = view->overrideEditor();
    if (auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("whatIfInputTabs"));
        tabs && tabs->isVisible())
        tabs->setCurrentIndex(tabs->indexOf(editor->parentWidget()));
    QTableView *table = editor->view();
    if (table->model()->rowCount() > 0) {
        const QModelIndex value = table->model()->index(0, 1);
        table->setCurrentIndex(value);
        table->edit(value);
    }
    QApplication::processEvents();
    const bool ok = save(view, directory, QStringLiteral("whatif-overrides.png"));
    table->setCurrentIndex({}); // closes the editor, changing nothing
    QApplication::processEvents();
    return ok;
}

bool Screenshotter::saveWholePlan(const QString &directory)
{
    // The whole plan's Pareto front, and its lowest-carbon point added as a scenario with one
    // click (an undoable command, taken back after).
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->index();
    const QList<QDockWidget *> hidden = hideSideDocks();
    m_window->showWhatIf();
    WhatIfView *view = m_window->whatIfView();
    ParetoPanel *pareto = view->paretoPanel();
    pareto->setStage(ParetoPanel::kWholePlan);
    QApplication::processEvents();
    pareto->flush();
    // A plan with nothing to move (a stage on the project's own hardware, no components) has
    // no point: the picture is then of the panel saying why, which is what it should show.
    bool ok = pareto->pointCount() > 0 ? pareto->createScenarioFromPoint(0) >= 0
                                       : !pareto->nothingToSearch().isEmpty();
    if (!ok)
        QTextStream(stderr) << tr("the whole plan's Pareto front is empty and shows no reason why")
                            << Qt::endl;
    QApplication::processEvents();
    pareto->flush();
    QApplication::processEvents();
    ok = save(view, directory, QStringLiteral("whatif-whole-plan.png")) && ok;
    stack->setIndex(before);
    pareto->setStage(static_cast<int>(StageKind::Training));
    for (QDockWidget *dock : std::as_const(hidden))
        dock->show();
    QApplication::processEvents();
    return ok;
}

bool Screenshotter::savePlanActual(const QString &projectPath, const QString &directory)
{
    // The example imports of data/examples/actuals/ (made for the BERT example).
    const QDir examples(QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("actuals")));
    if (!examples.exists(QStringLiteral("cur-legacy.csv")))
        return true;
    PlanActualView *view = m_window->planActualView();
    using actuals::SourceKind;
    bool ok =
        view->importFile(SourceKind::Cur, examples.filePath(QStringLiteral("cur-legacy.csv")));
    ok = view->importFile(SourceKind::CarbonExport,
                          examples.filePath(QStringLiteral("ccft-carbon-export.csv")))
        && ok;
    ok = view->importFile(SourceKind::CodeCarbon,
                          examples.filePath(QStringLiteral("codecarbon-emissions.csv")))
        && ok;
    ok = view->importFile(SourceKind::CloudWatch,
                          examples.filePath(QStringLiteral("cloudwatch-gpu.csv")))
        && ok;
    const QList<QDockWidget *> hidden = hideSideDocks();
    m_window->showPlanActual();
    QApplication::processEvents();
    ok = save(view, directory, QStringLiteral("plan-actual.png")) && ok;
    // Calibrated from those imports (one undo step, taken back below): the report under the
    // table, and the measured values among the estimate's assumptions.
    view->calibrate();
    QApplication::processEvents();
    ok = save(view, directory, QStringLiteral("plan-actual-calibrated.png")) && ok;
    for (QDockWidget *dock : std::as_const(hidden))
        dock->show();
    if (auto *list = m_window->findChild<QListWidget *>(QStringLiteral("assumptions"))) {
        const auto measured = list->findItems(QStringLiteral("\": "), Qt::MatchContains);
        if (!measured.isEmpty())
            list->scrollToItem(measured.front(), QAbstractItemView::PositionAtTop);
    }
    QApplication::processEvents();
    ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("assumptionsDock")), directory,
              QStringLiteral("assumptions-calibrated.png"))
        && ok;
    m_window->document()->undoStack()->undo();
    view->clear();
    QApplication::processEvents();
    return ok;
}

bool Screenshotter::saveRecurringEditor(const QString &directory)
{
    // The walk plan's weekly ETL: the first compute job runs every week and is sized by work,
    // chosen in its form's combo boxes as a user would, then undone.
    const Project &project = m_window->document()->project();
    ComponentRef job;
    for (int s = 0; s < kStageCount && !job.isValid(); ++s) {
        const auto &components = project.stages[std::size_t(s)].components;
        for (int c = 0; c < static_cast<int>(components.size()) && !job.isValid(); ++c) {
            if (components[std::size_t(c)].type() == ComponentType::Compute)
                job = {s, c};
        }
    }
    if (!job.isValid())
        return true;
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->index();
    m_window->navigator()->selectComponent(job);
    QWidget *form = m_window->editorPanel()->currentForm();
    auto *every = form->findChild<QComboBox *>(QStringLiteral("recurrence.every"));
    auto *sizing = form->findChild<QComboBox *>(QStringLiteral("sizing"));
    if (!every || !sizing)
        return false;
    every->setCurrentIndex(2); // Every week
    sizing->setCurrentIndex(1); // Work
    QApplication::processEvents();
    const bool ok = save(m_window->findChild<QDockWidget *>(QStringLiteral("editorDock")),
                         directory, QStringLiteral("editor-recurring.png"));
    stack->setIndex(before);
    QApplication::processEvents();
    return ok;
}

bool Screenshotter::save(QWidget *widget, const QString &directory, const QString &name)
{
    if (!widget)
        return false;
    const QString path = QDir(directory).filePath(name);
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << tr("cannot write %1").arg(path) << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

} // namespace greenprint
