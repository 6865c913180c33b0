// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactualview.h"

#include "actualimportrunner.h"
#include "actuals/actualsstore.h"
#include "commands/calibratecommand.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "settings/unitformatter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace greenprint {

namespace {

enum Column {
    NameColumn,
    PlannedCo2eColumn,
    ActualCo2eColumn,
    VarianceColumn,
    PlannedHoursColumn,
    ActualHoursColumn,
    PlannedCostColumn,
    ActualCostColumn,
    DriversColumn,
    ColumnCount
};

struct SourceChoice
{
    actuals::SourceKind kind;
    const char *label;
    const char *filter;
};

const SourceChoice kSourceChoices[] = {
    {actuals::SourceKind::Cur,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "AWS &Cost and Usage Report…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView",
                       "Cost and Usage Report (*.csv *.csv.gz *.gz)")},
    {actuals::SourceKind::CarbonExport,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "AWS Carbon &Emissions Export…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView",
                       "Carbon emissions export (*.csv *.csv.gz *.gz)")},
    {actuals::SourceKind::CodeCarbon,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "C&odeCarbon Log…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "CodeCarbon emissions (*.csv)")},
    {actuals::SourceKind::NvidiaSmi,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "&nvidia-smi Log…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView",
                       "nvidia-smi CSV log (*.csv *.csv.gz *.gz *.log)")},
    {actuals::SourceKind::NeuronMonitor,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "neuron-&monitor Output…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView",
                       "neuron-monitor JSON (*.json *.jsonl *.log *.gz)")},
    {actuals::SourceKind::CloudWatch,
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "Cloud&Watch Metrics…"),
     QT_TRANSLATE_NOOP("greenprint::PlanActualView", "CloudWatch metrics (*.csv *.csv.gz *.gz)")},
};

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + UnitFormatter::number(value);
}

} // namespace

PlanActualView::PlanActualView(ProjectDocument *document, LiveEstimate *estimate, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_estimate(estimate)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_aws(new QLabel(this))
    , m_calibration(new QLabel(this))
{
    setObjectName(QStringLiteral("planActualView"));
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *importButton = new QToolButton(tools);
    importButton->setText(tr("Import"));
    importButton->setToolTip(tr("Import a bill, AWS's carbon export or a measurement log"));
    importButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(importButton);
    for (const SourceChoice &choice : kSourceChoices) {
        const actuals::SourceKind kind = choice.kind;
        menu->addAction(tr(choice.label), this, [this, kind] { askAndImport(kind); });
    }
    importButton->setMenu(menu);
    tools->addWidget(importButton);
    tools->addAction(tr("Clear"), this, &PlanActualView::clear)
        ->setToolTip(tr("Forget the imports shown here (they stay in your Greenprint database)"));
    tools->addSeparator();
    m_calibrateAll =
        tools->addAction(tr("Calibrate Plan from Actuals"), this, [this] { calibrate(); });
    m_calibrateAll->setToolTip(
        tr("Put the measured hours, utilization and power of every matched component into the "
           "plan, with the file and period each came from (one step to undo)"));
    m_calibrateSelected = tools->addAction(tr("Calibrate Selected Component"), this, [this] {
        if (const auto ref = selectedComponent())
            calibrate(ref);
    });
    m_calibrateSelected->setToolTip(
        tr("Put the measured values of the selected component into the plan (one step to undo)"));
    m_calibration->setObjectName(QStringLiteral("calibrationReport"));
    m_calibration->setWordWrap(true);
    m_calibration->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_aws->setWordWrap(true);
    m_aws->setTextFormat(Qt::RichText);
    m_aws->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Stage / component"), tr("Planned kgCO2e"), tr("Actual kgCO2e"),
                             tr("Variance kgCO2e"), tr("Planned h"), tr("Actual h"),
                             tr("Planned USD"), tr("Actual USD"), tr("What drove it")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Plan against actual"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_calibration);
    layout->addWidget(m_aws);
    connect(m_estimate, &LiveEstimate::updated, this, &PlanActualView::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            &PlanActualView::updateCalibrateActions);
    refresh();
}

QStringList PlanActualView::componentChoices() const
{
    QStringList choices;
    for (const Stage &stage : m_document->project().stages) {
        for (const Component &component : stage.components)
            choices << stageKey(stage.kind) + u'/' + component.name;
    }
    return choices;
}

void PlanActualView::askAndImport(actuals::SourceKind kind)
{
    const SourceChoice *choice = nullptr;
    for (const SourceChoice &c : kSourceChoices) {
        if (c.kind == kind)
            choice = &c;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Actual Usage"), QString(),
                                                      tr(choice->filter) + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (path.isEmpty())
        return;
    actuals::ImportResult result = ActualImportRunner::run(kind, path, this);
    if (result.cancelled)
        return;
    if (!result.data) {
        QMessageBox::warning(this, tr("Import Actual Usage"), result.errorString);
        return;
    }
    QString component;
    // A log that names neither a component nor an instance type needs the user to say.
    const bool anonymous = std::any_of(
        result.data->measurements.begin(), result.data->measurements.end(),
        [](const auto &m) { return m.componentTag.isEmpty() && m.instanceType.isEmpty(); });
    if (anonymous) {
        bool ok = false;
        component = QInputDialog::getItem(
            this, tr("Import Actual Usage"),
            tr("“%1” does not say what it measured. Which component of the plan ran there?")
                .arg(QFileInfo(path).fileName()),
            componentChoices(), 0, false, &ok);
        if (!ok)
            return;
    }
    add(std::move(*result.data), component, true);
}

bool PlanActualView::importFile(actuals::SourceKind kind, const QString &path,
                                const QString &component)
{
    actuals::ImportResult result = actuals::importFile(kind, path);
    return result.data && add(std::move(*result.data), component, false);
}

bool PlanActualView::add(actuals::ImportedData imported, const QString &component, bool store)
{
    if (!component.isEmpty()) {
        for (actuals::Measurement &m : imported.measurements)
            m.componentTag = component;
    }
    if (store) {
        actuals::ActualsStore actualsStore;
        if (!actualsStore.open() || !actualsStore.save(imported)) {
            QMessageBox::warning(
                this, tr("Import Actual Usage"),
                tr("The import is shown but not stored: %1").arg(actualsStore.errorString()));
        }
    }
    m_imports.push_back(imported.provenance);
    m_data.push_back(imported);
    std::move(imported.usage.begin(), imported.usage.end(), std::back_inserter(m_inputs.usage));
    std::move(imported.carbon.begin(), imported.carbon.end(), std::back_inserter(m_inputs.carbon));
    std::move(imported.measurements.begin(), imported.measurements.end(),
              std::back_inserter(m_inputs.measurements));
    refresh();
    return true;
}

std::optional<actuals::Comparison> PlanActualView::importedComparison() const
{
    if (m_imports.empty())
        return std::nullopt;
    return m_comparison;
}

void PlanActualView::setImports(Imports imports)
{
    m_inputs = std::move(imports.inputs);
    m_imports = std::move(imports.provenance);
    m_data = std::move(imports.data);
    refresh();
}

void PlanActualView::clear()
{
    m_inputs = {};
    m_imports.clear();
    m_data.clear();
    m_calibration->clear();
    refresh();
}

std::optional<actuals::ComponentRef> PlanActualView::selectedComponent() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(NameColumn, Qt::UserRole).isValid())
        return std::nullopt;
    return actuals::ComponentRef{item->data(NameColumn, Qt::UserRole).toInt(),
                                 item->data(NameColumn, Qt::UserRole + 1).toInt()};
}

void PlanActualView::updateCalibrateActions()
{
    m_calibrateAll->setEnabled(!m_data.empty());
    m_calibrateSelected->setEnabled(!m_data.empty() && selectedComponent().has_value());
}

actuals::CalibrationResult PlanActualView::calibrate(std::optional<actuals::ComponentRef> only)
{
    m_estimate->waitForCurrent(); // calibrated from the current plan's estimate
    actuals::CalibrationResult result =
        actuals::calibrateFromActuals(m_document->project(), m_estimate->estimate(),
                                      m_estimate->reference(), m_data, m_inputs.options, only);
    QStringList lines;
    for (const actuals::ComponentCalibration &c : result.components) {
        if (c.calibrated)
            lines << tr("Calibrated “%1”: %2").arg(c.name, c.changes.join(QStringLiteral("; ")));
        else
            lines << tr("Not calibrated “%1”: %2").arg(c.name, c.refusal);
    }
    if (result.components.empty())
        lines << tr("Nothing to calibrate: no imported usage or measurement matches %1.")
                     .arg(only ? tr("this component") : tr("a component that runs instances"));
    else if (result.calibratedCount() > 0)
        lines << tr("The measured values are in the plan and its assumptions; Edit > Undo takes "
                    "them back.");
    m_calibration->setText(lines.join(u'\n'));
    if (auto command = calibrateCommand(m_document, result))
        m_document->undoStack()->push(command.release());
    return result;
}

QTreeWidgetItem *PlanActualView::addRow(QTreeWidgetItem *parent, const QString &label,
                                        const actuals::Quantities *planned,
                                        const actuals::Quantities &actual, const QString &drivers,
                                        bool bold)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(NameColumn, label);
    const QString incomplete = actual.complete ? QString() : QStringLiteral(" *");
    if (planned) {
        item->setText(PlannedCo2eColumn, UnitFormatter::number(planned->co2eKg));
        item->setText(VarianceColumn, signedNumber(actual.co2eKg - planned->co2eKg) + incomplete);
        item->setText(PlannedHoursColumn, UnitFormatter::number(planned->hours));
        item->setText(PlannedCostColumn, UnitFormatter::cost(planned->costUsd));
    }
    // Usage that could not be estimated at all is shown as such, never as 0.
    const bool unknown = !actual.complete && actual.co2eKg == 0.0 && actual.energyKWh == 0.0;
    item->setText(ActualCo2eColumn,
                  unknown ? tr("not estimated")
                          : UnitFormatter::number(actual.co2eKg) + incomplete);
    item->setText(ActualHoursColumn, UnitFormatter::number(actual.hours));
    item->setText(ActualCostColumn, UnitFormatter::cost(actual.costUsd));
    item->setText(DriversColumn, drivers);
    item->setToolTip(DriversColumn, drivers);
    for (int c = PlannedCo2eColumn; c < DriversColumn; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font(NameColumn);
        font.setBold(true);
        for (int c = 0; c < ColumnCount; ++c)
            item->setFont(c, font);
    }
    return item;
}

void PlanActualView::refresh()
{
    m_tree->clear();
    updateCalibrateActions();
    if (m_imports.empty()) {
        // Nothing to compare: neither waiting for the estimate nor pairing the whole plan
        // with no usage (a tenth of a second on the GUI thread after each edit of a
        // 100,000-component plan).
        m_comparison = {};
        m_summary->setText(
            tr("Import what really ran — an AWS Cost and Usage Report, AWS's carbon "
               "emissions export, CodeCarbon, nvidia-smi, neuron-monitor or "
               "CloudWatch logs — to see it beside the plan. Tag your resources "
               "with the cost-allocation tag greenprint:component = component name."));
        m_aws->clear();
        return;
    }
    m_estimate->waitForCurrent(); // the comparison pairs the project with its estimate
    m_comparison = actuals::compareActuals(m_document->project(), m_estimate->estimate(),
                                           m_estimate->reference(), m_inputs);
    QStringList files;
    for (const actuals::ImportProvenance &p : m_imports)
        files << tr("%1 (%2, %n record(s))", nullptr, int(qMin<qint64>(p.recordsRead, INT_MAX)))
                     .arg(QFileInfo(p.file).fileName(), p.format);
    QString summary = tr("Imported: %1.").arg(files.join(QStringLiteral(", ")));
    if (m_comparison.firstDay.isValid())
        summary += u' '
            + tr("Billed usage from %1 to %2.")
                  .arg(QLocale().toString(m_comparison.firstDay, QLocale::ShortFormat),
                       QLocale().toString(m_comparison.lastDay, QLocale::ShortFormat));
    if (!m_comparison.actualTotal.complete)
        summary += u' '
            + tr("* Part of the usage could not be estimated (an instance type or Region without "
                 "reference data): the figures cover the rest.");
    m_summary->setText(summary);

    for (const actuals::StageComparison &stage : m_comparison.stages) {
        addRow(nullptr, stageDisplayName(stage.kind, stage.name), &stage.planned, stage.actual, {},
               true);
        QTreeWidgetItem *stageItem = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
        for (const actuals::ComponentComparison &c : stage.components) {
            QStringList drivers;
            for (const actuals::DriverShare &d : c.drivers) {
                if (qAbs(d.co2eKg) < 0.0005)
                    continue;
                drivers << (d.detail.isEmpty() ? QString() : d.detail + QStringLiteral(": "))
                        + tr("%1 kgCO2e").arg(signedNumber(d.co2eKg));
            }
            QTreeWidgetItem *item = addRow(stageItem, c.name, &c.planned, c.actual,
                                           drivers.join(QStringLiteral("; ")), false);
            item->setData(NameColumn, Qt::UserRole, c.ref.stage);
            item->setData(NameColumn, Qt::UserRole + 1, c.ref.component);
        }
    }
    if (!m_comparison.unplanned.empty()) {
        actuals::Quantities total;
        for (const actuals::UnplannedComparison &u : m_comparison.unplanned)
            total += u.actual;
        addRow(nullptr, tr("Unplanned usage"), nullptr, total, {}, true);
        QTreeWidgetItem *unplanned = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
        for (const actuals::UnplannedComparison &u : m_comparison.unplanned) {
            const QString label = u.row.instanceType.isEmpty()
                ? u.row.usageType
                : QStringLiteral("%1 (%2)").arg(u.row.usageType, u.row.region);
            addRow(unplanned, label, nullptr, u.actual, u.reason, false);
        }
    }
    addRow(nullptr, tr("Total"), &m_comparison.plannedTotal, m_comparison.actualTotal, {}, true);
    m_tree->expandAll();
    for (int c = 0; c < DriversColumn; ++c)
        m_tree->resizeColumnToContents(c);

    if (!m_comparison.aws) {
        m_aws->setText(tr("Import AWS's carbon emissions export to see AWS's own figure beside "
                          "Greenprint's."));
        return;
    }
    const actuals::AwsComparison &aws = *m_comparison.aws;
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("AWS's carbon export, %1 to %2 (%3): %4 kgCO2e location-based; "
                               "Greenprint for the same months and Regions: %5 kgCO2e.")
                                .arg(QLocale().toString(aws.firstMonth, QStringLiteral("MMM yyyy")),
                                     QLocale().toString(aws.lastMonth, QStringLiteral("MMM yyyy")),
                                     aws.regions.join(QStringLiteral(", ")),
                                     UnitFormatter::number(aws.awsLocationCo2eKg),
                                     UnitFormatter::number(aws.greenprint.co2eKg))
                                .toHtmlEscaped());
    for (const QString &reason : aws.gapReasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    m_aws->setText(html + QStringLiteral("</ul>"));
}

} // namespace greenprint
