// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"

#include <QMainWindow>

#include <memory>

namespace greenprint {

class Dashboard;
class EditActions;
class EditorPanel;
class FileActions;
class InstanceTableModel;
class IssuesModel;
class IssuesView;
class LiveEstimate;
class ProjectDocument;
class ProjectForm;
class RegionTableModel;
class StageNavigator;
class StageTreeModel;

/**
 * The planner window. It owns the document, its live estimate and the item
 * models, and lays out the views: the plan (project fields and stage
 * navigator) on the left, the dashboard in the centre, the editor of the
 * current stage or component on the right and the issues at the bottom. The
 * menus' work is done by FileActions and EditActions.
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
    void mergeUserCatalog(const std::vector<InstanceSpec> &instances,
                          const std::vector<RegionSpec> &regions);

    ProjectDocument *document() const { return m_document; }
    LiveEstimate *liveEstimate() const { return m_estimate; }
    Dashboard *dashboard() const { return m_dashboard; }
    EditorPanel *editorPanel() const { return m_editor; }
    StageNavigator *navigator() const { return m_navigator; }
    ProjectForm *projectForm() const { return m_projectForm; }
    IssuesView *issuesView() const { return m_issuesView; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    InstanceTableModel *instanceModel() const { return m_instances; }
    RegionTableModel *regionModel() const { return m_regions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createMenus();
    void updateTitle();
    void showPreferences();
    void showUserCatalog();
    void showAbout();
    void setReferenceData(ReferenceData reference);

    ReferenceData m_baseReference;               ///< as shipped, without the user's catalog
    std::unique_ptr<ReferenceData> m_reference;  ///< what the estimator and pickers use
    ProjectDocument *m_document;
    LiveEstimate *m_estimate;
    StageTreeModel *m_treeModel;
    InstanceTableModel *m_instances;
    RegionTableModel *m_regions;
    IssuesModel *m_issues;
    Dashboard *m_dashboard = nullptr;
    StageNavigator *m_navigator = nullptr;
    EditorPanel *m_editor = nullptr;
    ProjectForm *m_projectForm = nullptr;
    IssuesView *m_issuesView = nullptr;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace greenprint
