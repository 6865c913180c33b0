// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagenavigator.h"

#include "nameelidedelegate.h"
#include "plantreeview.h"

#include "itemmodels/stagetreemodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace greenprint {

StageNavigator::StageNavigator(StageTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new PlanTreeView(this))
    , m_fitColumns(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("stageTree"));
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Stages and components"));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A long name keeps its start and its end ("Notebook … (copy 14)"), whole on hover;
    // look-alike names keep what tells them apart ("Notebook 1…arge)").
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegateForColumn(StageTreeModel::Name, new NameElideDelegate(m_view));
    for (int column : {StageTreeModel::Type, StageTreeModel::Instance, StageTreeModel::Region,
                       StageTreeModel::Hours, StageTreeModel::Energy})
        m_view->setColumnHidden(column, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StageTreeModel::Name, QHeaderView::Stretch);
    // The figure columns are fitted to their contents shortly after changes, not
    // by ResizeToContents, which measures every row again on each dataChanged()
    // and made an edit of a 500-component plan miss a frame (README, Performance).
    m_view->header()->setSectionResizeMode(StageTreeModel::Carbon, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(StageTreeModel::Cost, QHeaderView::Interactive);
    m_view->expandAll();
    // A plan just opened shows its figures fitted at once: the changes of the first second
    // after a reset (its estimate landing) fit the columns when they come, so that no
    // figure is ever drawn cut ("1.…"); later ones (edits) 150 ms after the last.
    m_fitColumns->setSingleShot(true);
    m_fitColumns->setInterval(150);
    connect(m_fitColumns, &QTimer::timeout, this, &StageNavigator::fitFigureColumns);
    const auto scheduleFit = [this] {
        if (m_sinceReset.isValid() && m_sinceReset.elapsed() < kFitAtOnceMs)
            fitFigureColumns();
        else
            m_fitColumns->start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, [this, scheduleFit] {
        m_sinceReset.start();
        scheduleFit();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, scheduleFit);
    m_sinceReset.start();
    fitFigureColumns();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StageNavigator::announceCurrent);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex, int first) {
                m_view->expand(parentIndex);
                m_view->setCurrentIndex(m_model->index(first, 0, parentIndex));
            });
    connect(model, &QAbstractItemModel::rowsMoved, this, &StageNavigator::announceCurrent);
}

void StageNavigator::fitFigureColumns()
{
    m_view->resizeColumnToContents(StageTreeModel::Carbon);
    m_view->resizeColumnToContents(StageTreeModel::Cost);
}

ComponentRef StageNavigator::currentComponent() const
{
    return m_model->componentRef(m_view->currentIndex());
}

int StageNavigator::currentStage() const
{
    return m_model->stageOf(m_view->currentIndex());
}

void StageNavigator::selectComponent(ComponentRef ref)
{
    const QModelIndex index = m_model->componentIndex(ref);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void StageNavigator::selectStage(int stage)
{
    const QModelIndex index = m_model->stageIndex(stage);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void StageNavigator::announceCurrent()
{
    emit currentChanged(currentStage(), currentComponent());
}

} // namespace greenprint
