// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actuals/planactualview.h"

#include "editactions.h"
#include "exportactions.h"
#include "fileactions.h"
#include "filesafety.h"

#include "charts/dashboard.h"
#include "dialogs/manualdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/usercatalogdialog.h"
#include "i18n/languagemanager.h"
#include "settings/preferences.h"
#include "views/assumptionsview.h"
#include "views/constraintsform.h"
#include "views/editorpanel.h"
#include "views/issuesview.h"
#include "views/projectform.h"
#include "views/stagenavigator.h"
#include "whatif/overrideeditor.h"
#include "whatif/overridefields.h"
#include "whatif/whatifview.h"

#include "document/liveestimate.h"
#include "refdata/userrepository.h"
#include "document/projectdocument.h"
#include "io/fieldpath.h"
#include "itemmodels/instancetablemodel.h"
#include "itemmodels/issuesmodel.h"
#include "itemmodels/regiontablemodel.h"
#include "itemmodels/stagetreemodel.h"

#include "gui/plainmessage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QHeaderView>
#include <QVBoxLayout>

#include <algorithm>

#include <utility>

namespace greenprint {

MainWindow::MainWindow(ReferenceData reference, QWidget *parent)
    : QMainWindow(parent)
    , m_baseReference(std::move(reference))
    , m_reference(std::make_unique<ReferenceData>(m_baseReference))
    , m_document(new ProjectDocument(this))
    , m_estimate(new LiveEstimate(m_document, m_reference.get(), this))
    , m_treeModel(new StageTreeModel(m_document, m_estimate, this))
    , m_instances(new InstanceTableModel(m_document, m_reference.get(), this))
    , m_regions(new RegionTableModel(m_document, m_reference.get(), this))
    , m_issues(new IssuesModel(m_estimate, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    new FileSafety(m_document, this);
    createViews();
    createMenus();
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.has(ChangeFlag::Reset))
            m_navigator->selectStage(0);
        else if (event.has(ChangeFlag::ComponentMoved) || event.has(ChangeFlag::ComponentRemoved))
            m_navigator->announceCurrent();
    });
    // At most the screen: the dock layout below is chosen for the size the window gets.
    resize(QSize(kRoomyWidthPx, 940).boundedTo(screen()->availableGeometry().size()));
    const Preferences prefs;
    restoreGeometry(prefs.windowGeometry.get());
    m_layoutChosen = restoreState(prefs.windowState.get());
    m_document->reset(prefs.newProject());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The estimate and the region ranking run on workers that read m_reference, which is
    // freed before the child objects that own those workers.
    m_dashboard->stopRegionRanking();
    m_estimate->shutDown();
}

QScrollArea *MainWindow::scrollable(QWidget *content)
{
    auto *area = new QScrollArea(this);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void MainWindow::createViews()
{
    const EditorContext context{m_document, m_instances, m_regions, m_estimate};
    m_dashboard = new Dashboard(m_estimate, this);
    m_whatIf = new WhatIfView(m_estimate, this);
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setDocumentMode(true);
    // Dense views scroll rather than hold the window wider than a small screen.
    m_centralTabs->insertTab(DashboardTab, scrollable(m_dashboard), tr("Dashboard"));
    m_centralTabs->insertTab(WhatIfTab, scrollable(m_whatIf), tr("What-if Scenarios"));
    m_planActual = new PlanActualView(m_document, m_estimate, this);
    m_centralTabs->insertTab(PlanActualTab, m_planActual, tr("Plan vs Actual"));
    setCentralWidget(m_centralTabs);

    auto *plan = new QWidget(this);
    auto *projectBox = new QGroupBox(tr("Project"), plan);
    m_projectForm = new ProjectForm(context, projectBox);
    // The Plan dock opens 280 px wide on a 1280 x 720 screen (useCompactDocks()): a field goes
    // under its label rather than push the Region's "Choose…" out of sight.
    m_projectForm->wrapLongRows();
    auto *boxLayout = new QVBoxLayout(projectBox);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    boxLayout->addWidget(m_projectForm);
    m_navigator = new StageNavigator(m_treeModel, plan);
    auto *planTools = new QToolBar(plan);
    planTools->setObjectName(QStringLiteral("planToolBar"));
    planTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    planTools->setIconSize(QSize(16, 16));
    // The project's settings above the plan tree, split: on a short screen the settings
    // scroll in their part and the tree keeps kPlanTreeRows rows (the taller project form
    // once left it two); the user moves the split.
    auto *treePart = new QWidget(plan);
    auto *treeLayout = new QVBoxLayout(treePart);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(planTools);
    treeLayout->addWidget(m_navigator, 1);
    QTreeView *tree = m_navigator->view();
    const int rowHeight = std::max(tree->sizeHintForRow(0), tree->fontMetrics().height() + 4);
    tree->setMinimumHeight(kPlanTreeRows * rowHeight + tree->header()->sizeHint().height()
                           + 2 * tree->frameWidth());
    auto *split = new QSplitter(Qt::Vertical, plan);
    split->setObjectName(QStringLiteral("planSplitter"));
    split->addWidget(scrollable(projectBox));
    split->addWidget(treePart);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto *planLayout = new QVBoxLayout(plan);
    planLayout->setContentsMargins(4, 4, 4, 4);
    planLayout->addWidget(split);

    m_editor = new EditorPanel(context, this);
    // Scenario overrides offer the plan's own fields and editors: the forms declare them.
    m_whatIf->overrideEditor()->setFields(OverrideFields::fromEditors(*m_editor, m_projectForm),
                                          context);
    auto *constraints = new QWidget(this);
    m_constraintsForm = new ConstraintsForm(context, constraints);
    auto *constraintsLayout = new QVBoxLayout(constraints);
    constraintsLayout->setContentsMargins(4, 4, 4, 4);
    constraintsLayout->addWidget(m_constraintsForm);
    constraintsLayout->addStretch(1);
    m_issuesView = new IssuesView(m_issues, this);
    m_assumptionsView = new AssumptionsView(m_estimate, this);
    connect(m_issuesView, &IssuesView::goToField, this, &MainWindow::goToField);
    connect(m_navigator, &StageNavigator::currentChanged, m_editor, &EditorPanel::showTarget);

    m_editActions = new EditActions(m_document, m_navigator, this);
    m_fileActions = new FileActions(m_document, this);
    auto *addButton = new QToolButton(planTools);
    addButton->setText(tr("Add"));
    addButton->setToolTip(tr("Add a component to the current stage"));
    addButton->setAccessibleName(tr("Add component"));
    addButton->setMenu(m_editActions->addMenu());
    addButton->setPopupMode(QToolButton::InstantPopup);
    planTools->addWidget(addButton);
    m_editActions->duplicateAction()->setIconText(tr("Duplicate"));
    m_editActions->removeAction()->setIconText(tr("Remove"));
    m_editActions->moveUpAction()->setIconText(tr("Up"));
    m_editActions->moveDownAction()->setIconText(tr("Down"));
    planTools->addAction(m_editActions->duplicateAction());
    planTools->addAction(m_editActions->removeAction());
    planTools->addAction(m_editActions->moveUpAction());
    planTools->addAction(m_editActions->moveDownAction());

    auto addDock = [this](const QString &title, const QString &name, QWidget *widget,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    // The docks open wide enough for the longer German and French labels, but
    // may be narrowed on a small screen: their contents scroll then.
    QDockWidget *planDock =
        addDock(tr("Plan"), QStringLiteral("planDock"), plan, Qt::LeftDockWidgetArea);
    QDockWidget *editorDock =
        addDock(tr("Editor"), QStringLiteral("editorDock"), m_editor, Qt::RightDockWidgetArea);
    QDockWidget *constraintsDock = addDock(tr("Constraints"), QStringLiteral("constraintsDock"),
                                           scrollable(constraints), Qt::LeftDockWidgetArea);
    splitDockWidget(planDock, constraintsDock, Qt::Vertical);
    planDock->setMinimumWidth(240);
    editorDock->setMinimumWidth(240);
    resizeDocks(
        {planDock, editorDock},
        {qMax(420,
              qMax(plan->minimumSizeHint().width(), constraints->minimumSizeHint().width()) + 20),
         qMax(400, m_editor->contentMinimumWidth())},
        Qt::Horizontal);
    QDockWidget *issues =
        addDock(tr("Issues"), QStringLiteral("issuesDock"), m_issuesView, Qt::BottomDockWidgetArea);
    QDockWidget *assumptions = addDock(tr("Assumptions"), QStringLiteral("assumptionsDock"),
                                       m_assumptionsView, Qt::BottomDockWidgetArea);
    splitDockWidget(issues, assumptions, Qt::Horizontal);
    resizeDocks({issues}, {140}, Qt::Vertical);
    resizeDocks({issues, assumptions}, {1, 1}, Qt::Horizontal);
    statusBar();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->populateMenu(file);
    // File > Export, autosave and recovery, files changed by other programs.
    m_exportActions = new ExportActions(m_estimate, this);
    m_exportActions->setActualsProvider([this] { return m_planActual->importedComparison(); });
    m_exportActions->populateMenu(file, m_fileActions->closeAction());
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editActions->populateMenu(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    const std::pair<QString, QWidget *> targets[] = {
        {tr("Go to &Stages"), m_navigator->view()},
        {tr("Go to &Editor"), m_editor},
        {tr("Go to &Issues"), m_issuesView},
        {tr("Go to &Assumptions"), m_assumptionsView},
    };
    int key = Qt::Key_1;
    for (const auto &[text, widget] : targets) {
        QWidget *target = widget;
        view->addAction(text, QKeySequence(Qt::CTRL | Qt::Key(key++)), this, [target] {
            QWidget *focus = target;
            if (!(target->focusPolicy() & Qt::TabFocus)) {
                const auto children = target->findChildren<QWidget *>();
                for (QWidget *child : children) {
                    if (child->isVisibleTo(target) && (child->focusPolicy() & Qt::TabFocus)) {
                        focus = child;
                        break;
                    }
                }
            }
            focus->setFocus(Qt::ShortcutFocusReason);
        });
    }
    view->addSeparator();
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { m_centralTabs->setCurrentIndex(DashboardTab); });
    view->addAction(tr("&What-if Scenarios"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                    [this] { showWhatIf(); });
    view->addAction(tr("&Plan vs Actual"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                    [this] { showPlanActual(); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("My &Instances and Regions…"), this, &MainWindow::showUserCatalog);
    QAction *prefs = tools->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("Greenprint &Manual"), this, &MainWindow::showManual);
    manual->setObjectName(QStringLiteral("helpManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Greenprint"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildViews()
{
    m_rebuildPending = false;
    const QByteArray state = saveState();
    const int stage = m_navigator->currentStage();
    const ComponentRef component = m_navigator->currentComponent();
    const int tab = m_centralTabs->currentIndex();
    PlanActualView::Imports imports = m_planActual->imports();

    setMenuBar(new QMenuBar(this)); // deletes the old menu bar and its menus
    delete m_editActions->addMenu();
    delete m_exportActions;
    delete m_editActions;
    delete m_fileActions;
    qDeleteAll(std::exchange(m_docks, {}));
    createViews(); // replaces (and deletes) the central tabs
    createMenus();
    restoreState(state);
    m_centralTabs->setCurrentIndex(tab);
    m_planActual->setImports(std::move(imports));

    // Model texts (headers, issues, assumptions) are translated when asked for or estimated.
    m_instances->setReferenceData(m_reference.get());
    m_regions->setReferenceData(m_reference.get());
    m_estimate->setReferenceData(m_reference.get());
    if (component.isValid())
        m_navigator->selectComponent(component);
    else
        m_navigator->selectStage(qMax(0, stage));
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    const bool ok = m_fileActions->open(path);
    if (ok)
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return ok;
}

void MainWindow::goToField(const QString &path)
{
    const FieldPath::Parts at = FieldPath::locate(path);
    // A form names each field by its path below the component (`instance`, `work.tokens`);
    // an empty name would match any widget.
    const auto focus = [](auto *form, const QString &key) {
        return !key.isEmpty() && form->focusField(key);
    };
    if (at.component >= 0) {
        m_navigator->selectComponent({at.stage, at.component});
        if (!focus(m_editor, at.key) && !focus(m_editor, at.key.section(u'.', 0, 0)))
            m_editor->focusField(QStringLiteral("name"));
        return;
    }
    if (at.stage >= 0) {
        m_navigator->selectStage(at.stage);
        m_editor->focusField(QStringLiteral("region"));
        return;
    }
    const QString key = at.key.section(u'.', -1);
    if (at.key.startsWith(QLatin1String("constraints."))) {
        if (!focus(m_constraintsForm, key))
            m_constraintsForm->focusField(QStringLiteral("allowedRegions"));
        return;
    }
    if (!focus(m_projectForm, key))
        m_projectForm->focusField(QStringLiteral("name"));
}

void MainWindow::mergeUserCatalog(UserRepository &user)
{
    setReferenceData(withUserCatalog(m_baseReference, user));
}

void MainWindow::setReferenceData(ReferenceData reference)
{
    auto fresh = std::make_unique<ReferenceData>(std::move(reference));
    // The dashboard's region ranking may be reading the old data on its worker.
    m_dashboard->flushRegionRanking();
    m_instances->setReferenceData(fresh.get());
    m_regions->setReferenceData(fresh.get());
    m_estimate->setReferenceData(fresh.get());
    m_reference = std::move(fresh);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // One rebuild for the several LanguageChange events of a switch (app and Qt catalogs).
    if (event->type() == QEvent::LanguageChange && m_dashboard && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildViews, Qt::QueuedConnection);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutChosen)
        return;
    m_layoutChosen = true;
    if (width() < kRoomyWidthPx)
        useCompactDocks();
}

void MainWindow::useCompactDocks()
{
    const auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    QDockWidget *plan = dock("planDock");
    QDockWidget *issues = dock("issuesDock");
    tabifyDockWidget(plan, dock("constraintsDock"));
    tabifyDockWidget(issues, dock("assumptionsDock"));
    plan->raise();
    issues->raise();
    resizeDocks({plan, dock("editorDock")}, {280, 310}, Qt::Horizontal);
    resizeDocks({issues}, {130}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    Preferences prefs;
    prefs.windowGeometry.set(saveGeometry());
    prefs.windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QStringLiteral(".greenprint"))) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Greenprint").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showPlanActual()
{
    m_centralTabs->setCurrentIndex(PlanActualTab);
    m_planActual->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showWhatIf()
{
    m_centralTabs->setCurrentIndex(WhatIfTab);
    m_whatIf->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_regions, &m_reference->method, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_dashboard->reloadPreferences();
    m_whatIf->reloadPreferences();
    if (LanguageManager *languages = LanguageManager::instance())
        languages->applyPreference(); // a new language rebuilds the views (changeEvent)
}

void MainWindow::showUserCatalog()
{
    UserRepository repository;
    if (!repository.open()) {
        showPlainMessage(this, QMessageBox::Critical, tr("My Instances and Regions"),
                         tr("Your catalog could not be opened:\n%1").arg(repository.errorString()));
        return;
    }
    UserCatalogDialog dialog(&repository, this);
    dialog.exec();
    if (dialog.changed())
        mergeUserCatalog(repository);
}

void MainWindow::showManual()
{
    // One manual window, kept open beside the plan; rebuilt in the new language when it changes.
    if (!m_manual) {
        m_manual = new ManualDialog(this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Greenprint"),
        tr("<h3>Greenprint %1</h3><p>Plan the energy, carbon and cost of a "
           "deep-learning workload on AWS before you run it.</p>"
           "<p>Reference data version %2.</p>")
            .arg(QApplication::applicationVersion(), m_reference->dataVersion.toHtmlEscaped()));
}

} // namespace greenprint
