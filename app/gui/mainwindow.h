// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QScrollArea;
class QTabWidget;

namespace greenprint {

class AssumptionsView;
class ConstraintsForm;
class Dashboard;
class EditActions;
class EditorPanel;
class ExportActions;
class FileActions;
class InstanceTableModel;
class IssuesModel;
class IssuesView;
class LiveEstimate;
class ManualDialog;
class PlanActualView;
class ProjectDocument;
class ProjectForm;
class RegionTableModel;
class StageNavigator;
class StageTreeModel;
class UserRepository;
class WhatIfView;

/**
 * The planner window. It owns the document, its live estimate and the item
 * models, and lays out the views: the plan (project fields and stage
 * navigator) and the project's constraints on the left, the dashboard (and the what-if tab) in the
 * centre, the editor of the current stage or component on the right, the issues and the estimate's
 * assumptions at the bottom. The
 * menus' work is done by FileActions and EditActions.
 *
 * The views and menus are built in code; when the language changes
 * (QEvent::LanguageChange, see LanguageManager) they are rebuilt in the new
 * language, keeping the document, its undo stack, the estimate and the layout.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `reference` is the shipped reference data; see mergeUserCatalog() for the user's own. */
    explicit MainWindow(ReferenceData reference, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project (asking about unsaved changes); on failure shows every problem. */
    bool openFile(const QString &path);
    /** Selects the component or stage a JSON path names and focuses the field. */
    void goToField(const QString &path);
    /** Offers the user's own instances and regions (overriding reference rows by id). */
    void mergeUserCatalog(UserRepository &user);

    ProjectDocument *document() const { return m_document; }
    LiveEstimate *liveEstimate() const { return m_estimate; }
    Dashboard *dashboard() const { return m_dashboard; }
    /** The what-if scenarios, a tab beside the dashboard (View > What-if Scenarios). */
    WhatIfView *whatIfView() const { return m_whatIf; }
    /** Brings the what-if tab to the front. */
    void showWhatIf();
    /** Plan against what ran, a tab beside the dashboard (View > Plan vs Actual). */
    PlanActualView *planActualView() const { return m_planActual; }
    /** Brings the Plan vs Actual tab to the front. */
    void showPlanActual();
    EditorPanel *editorPanel() const { return m_editor; }
    StageNavigator *navigator() const { return m_navigator; }
    ProjectForm *projectForm() const { return m_projectForm; }
    /** The project's constraints, a dock under the plan (View > Constraints). */
    ConstraintsForm *constraintsForm() const { return m_constraintsForm; }
    IssuesView *issuesView() const { return m_issuesView; }
    AssumptionsView *assumptionsView() const { return m_assumptionsView; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    InstanceTableModel *instanceModel() const { return m_instances; }
    RegionTableModel *regionModel() const { return m_regions; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum CentralTab { DashboardTab, WhatIfTab, PlanActualTab };

    /** `content` in a frameless, resizable scroll area (a page or dock of this window). */
    QScrollArea *scrollable(QWidget *content);
    void createViews();
    void createMenus();
    void rebuildViews();
    void updateTitle();
    void showPreferences();
    void showUserCatalog();
    void showManual();
    void showAbout();
    void setReferenceData(ReferenceData reference);

    ReferenceData m_baseReference; ///< as shipped, without the user's catalog
    std::unique_ptr<ReferenceData> m_reference; ///< what the estimator and pickers use
    ProjectDocument *m_document;
    LiveEstimate *m_estimate;
    StageTreeModel *m_treeModel;
    InstanceTableModel *m_instances;
    RegionTableModel *m_regions;
    IssuesModel *m_issues;
    Dashboard *m_dashboard = nullptr;
    WhatIfView *m_whatIf = nullptr;
    PlanActualView *m_planActual = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    StageNavigator *m_navigator = nullptr;
    EditorPanel *m_editor = nullptr;
    ProjectForm *m_projectForm = nullptr;
    ConstraintsForm *m_constraintsForm = nullptr;
    IssuesView *m_issuesView = nullptr;
    AssumptionsView *m_assumptionsView = nullptr;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    QPointer<ManualDialog> m_manual; ///< Help > Greenprint Manual, while open
    ExportActions *m_exportActions = nullptr;
    QList<QDockWidget *> m_docks;
    bool m_rebuildPending = false;
    bool m_layoutChosen = false; ///< the user's saved layout, or the default one, is set
    /**
     * The default layout for a window narrower than kRoomyWidthPx (a 1280 x 720 laptop):
     * Constraints tabbed behind Plan, Assumptions behind Issues, narrower side docks, so
     * the central views keep room for their tables. Never over a saved layout.
     */
    void useCompactDocks();
    static constexpr int kRoomyWidthPx = 1500;
    /** Rows of the plan tree the Plan dock always shows (the project settings scroll). */
    static constexpr int kPlanTreeRows = 8;
};

} // namespace greenprint
