// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan vs Actual tab: what ran beside the plan, the variance and its drivers.
#pragma once

#include "actuals/actualcomparison.h"
#include "actuals/actualdata.h"
#include "actuals/calibration.h"

#include <QWidget>

#include <optional>

#include <vector>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace greenprint {

class LiveEstimate;
class ProjectDocument;

/**
 * Imports bills, AWS's carbon export and measurement logs (Import menu, each
 * file read on a worker thread with a progress bar and Cancel), keeps every
 * import in the user's database (actuals::ActualsStore) and shows, per stage
 * and component, planned against actual kgCO2e, instance-hours, energy and
 * cost, the variance and what drove it; usage that matches no component is
 * listed as unplanned; AWS's own figure stands beside Greenprint's with the
 * reasons they differ. The comparison follows every change of the plan.
 * "Calibrate" puts the measured hours, utilization and power into the plan
 * (all matched components, or the selected one) as one undoable step.
 */
class PlanActualView : public QWidget
{
    Q_OBJECT

public:
    PlanActualView(ProjectDocument *document, LiveEstimate *estimate, QWidget *parent = nullptr);

    /**
     * Imports a file without asking and without storing it in the user's database
     * (tests, screenshots); false on failure.
     */
    bool importFile(actuals::SourceKind kind, const QString &path, const QString &component = {});
    /** Forgets the imports shown here (the stored ones stay in the database). */
    void clear();
    /**
     * Calibrates the plan from the imports (actuals::calibrateFromActuals()): every
     * matched component, or only `only`, as one undo step on the document's stack.
     * What was done and refused is shown under the table. Returns the result.
     */
    actuals::CalibrationResult calibrate(std::optional<actuals::ComponentRef> only = std::nullopt);
    /** The component of the selected row, if a component row is selected. */
    std::optional<actuals::ComponentRef> selectedComponent() const;

    /** What was imported here, kept by the window when it rebuilds its views (language switch). */
    struct Imports
    {
        actuals::ActualInputs inputs;
        std::vector<actuals::ImportProvenance> provenance;
        std::vector<actuals::ImportedData> data; ///< each import whole, for calibration
    };
    Imports imports() const { return {m_inputs, m_imports, m_data}; }
    void setImports(Imports imports);
    /** The plan beside what was imported; empty while nothing is. */
    const actuals::Comparison &comparison() const { return m_comparison; }
    /** The comparison when anything was imported (for the PDF and CSV plans); else nullopt. */
    std::optional<actuals::Comparison> importedComparison() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    void askAndImport(actuals::SourceKind kind);
    bool add(actuals::ImportedData imported, const QString &component, bool store);
    void refresh();
    void updateCalibrateActions();
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &label,
                            const actuals::Quantities *planned, const actuals::Quantities &actual,
                            const QString &drivers, bool bold);
    QStringList componentChoices() const;

    ProjectDocument *m_document;
    LiveEstimate *m_estimate;
    actuals::ActualInputs m_inputs;
    std::vector<actuals::ImportProvenance> m_imports;
    std::vector<actuals::ImportedData> m_data;
    actuals::Comparison m_comparison;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_aws;
    QLabel *m_calibration;
    QAction *m_calibrateAll = nullptr;
    QAction *m_calibrateSelected = nullptr;
};

} // namespace greenprint
