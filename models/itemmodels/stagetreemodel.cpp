// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagetreemodel.h"

#include "modelformat.h"

#include "commands/componentfields.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"
#include "domain/names.h"

#include <QBrush>
#include <QUndoStack>

namespace greenprint {

namespace {
constexpr quintptr kStageId = 0; // internalId of stage rows; component rows store stage + 1
}

StageTreeModel::StageTreeModel(ProjectDocument *document, LiveEstimate *estimate, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_estimate(estimate)
{
    recount();
    connect(document, &ProjectDocument::aboutToChange, this,
            &StageTreeModel::documentAboutToChange);
    connect(document, &ProjectDocument::changed, this, &StageTreeModel::documentChanged);
    connect(estimate, &LiveEstimate::updated, this, &StageTreeModel::estimateUpdated);
    connect(estimate, &LiveEstimate::estimatingChanged, this, &StageTreeModel::estimatingChanged);
}

QModelIndex StageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kStageId);
    if (parent.internalId() != kStageId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStageId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStageId);
}

int StageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kStageCount;
    if (parent.internalId() == kStageId && parent.column() == 0)
        return m_rowCounts[parent.row()];
    return 0;
}

int StageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int stage = stageOf(index);
    if (role == StageRole)
        return stage;
    if (role == IsStageRole)
        return index.internalId() == kStageId;
    // While a newer estimate is computed (a large plan, LiveEstimate), the stage sums say so
    // instead of showing figures the last change made out of date; component rows keep
    // theirs, greyed, so that the tree does not jump.
    if (isFigureColumn(index.column()) && m_estimate->isEstimating()) {
        if (index.internalId() == kStageId && role == Qt::DisplayRole && index.column() != Hours)
            return tr("estimating…");
        if (role == Qt::ToolTipRole)
            return tr("Estimating: these figures are from before the last change");
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::gray);
    }
    if (index.internalId() == kStageId) {
        if (role == ComponentRole)
            return -1;
        return stageData(stage, index.column(), role);
    }
    if (role == ComponentRole)
        return index.row();
    return componentData({stage, index.row()}, index.column(), role);
}

QVariant StageTreeModel::stageData(int stage, int column, int role) const
{
    const Stage &s = m_document->project().stages[stage];
    const auto &stages = m_estimate->estimate().stages;
    const Footprint *footprint =
        stage < static_cast<int>(stages.size()) ? &stages[stage].footprint : nullptr;
    if (role == Qt::FontRole)
        return {};
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return stageDisplayName(s.kind, s.name);
        if (role == Qt::ToolTipRole)
            return stageDisplayName(s.kind);
        return {};
    case Region:
        if (role == Qt::DisplayRole)
            return m_document->project().effectiveRegion(s);
        if (role == Qt::ToolTipRole)
            return s.region.isEmpty() ? tr("The project's region") : tr("Stage region override");
        return {};
    case Energy:
        return footprint ? Internal::displayOrValue(footprint->energy.kWh, 1, role, ValueRole)
                         : QVariant();
    case Carbon:
        return footprint ? Internal::displayOrValue(footprint->co2e.kg, 1, role, ValueRole)
                         : QVariant();
    case Cost:
        return footprint ? Internal::displayOrValue(footprint->cost.usd, 0, role, ValueRole)
                         : QVariant();
    default:
        return {};
    }
}

QVariant StageTreeModel::componentData(ComponentRef ref, int column, int role) const
{
    const Component *c = m_document->component(ref);
    if (!c)
        return {};
    const ComponentEstimate *e = m_estimate->component(ref.stage, ref.index);
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c->name;
        if (role == Qt::ToolTipRole)
            return c->instance().isEmpty() ? c->name : tr("%1\n%2").arg(c->name, c->instance());
        return {};
    case Type:
        if (role == Qt::DisplayRole)
            return componentTypeDisplayName(c->type());
        if (role == ValueRole)
            return componentTypeKey(c->type());
        return {};
    case Instance:
        if (role == Qt::DisplayRole)
            return c->instance();
        return {};
    case Region:
        if (role == Qt::DisplayRole)
            return e ? e->region : QString();
        return {};
    case Hours:
        return e ? Internal::displayOrValue(e->hours.h, 1, role, ValueRole) : QVariant();
    case Energy:
        return e ? Internal::displayOrValue(e->footprint.energy.kWh, 1, role, ValueRole)
                 : QVariant();
    case Carbon:
        return e ? Internal::displayOrValue(e->footprint.co2e.kg, 1, role, ValueRole) : QVariant();
    case Cost:
        // Whole dollars: the tree is for finding things; the editor and the PDF give cents.
        return e ? Internal::displayOrValue(e->footprint.cost.usd, 0, role, ValueRole) : QVariant();
    default:
        return {};
    }
}

bool StageTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ComponentRef ref = componentRef(index);
    if (!ref.isValid() || index.column() != Name || role != Qt::EditRole)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    m_document->undoStack()->push(
        new ChangeComponentField<ComponentField::Name>(m_document, ref, name));
    return true;
}

Qt::ItemFlags StageTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (componentRef(index).isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The figure columns are headed by their unit alone, so that the names keep the width
    // of a narrow dock; the hover says what the figure is.
    if (role == Qt::ToolTipRole) {
        if (section == Carbon)
            return tr("Carbon (kgCO2e), location-based");
        if (section == Cost)
            return tr("Cost (USD)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Stage / component");
    case Type:
        return tr("Type");
    case Instance:
        return tr("Instance");
    case Region:
        return tr("Region");
    case Hours:
        return tr("Hours (h)");
    case Energy:
        return tr("Energy (kWh)");
    case Carbon:
        return tr("kgCO2e");
    case Cost:
        return tr("USD");
    default:
        return {};
    }
}

QModelIndex StageTreeModel::stageIndex(int stage, int column) const
{
    return index(stage, column);
}

QModelIndex StageTreeModel::componentIndex(ComponentRef ref, int column) const
{
    if (ref.stage < 0 || ref.stage >= kStageCount)
        return {};
    return index(ref.index, column, stageIndex(ref.stage));
}

ComponentRef StageTreeModel::componentRef(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kStageId)
        return {};
    return {int(index.internalId() - 1), index.row()};
}

int StageTreeModel::stageOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == kStageId ? index.row() : int(index.internalId() - 1);
}

void StageTreeModel::documentAboutToChange(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset)) {
        beginResetModel();
        return;
    }
    const QModelIndex parentIndex = stageIndex(event.stage);
    if (event.has(ChangeFlag::ComponentInserted)) {
        beginInsertRows(parentIndex, event.component, event.component);
    } else if (event.has(ChangeFlag::ComponentRemoved)) {
        beginRemoveRows(parentIndex, event.component, event.component);
    } else if (event.has(ChangeFlag::ComponentMoved)) {
        const int destination =
            event.toComponent > event.component ? event.toComponent + 1 : event.toComponent;
        beginMoveRows(parentIndex, event.component, event.component, parentIndex, destination);
    }
}

void StageTreeModel::documentChanged(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset)) {
        recount();
        endResetModel();
        return;
    }
    const QModelIndex parentIndex = event.stage >= 0 ? stageIndex(event.stage) : QModelIndex();
    if (event.has(ChangeFlag::ComponentInserted)) {
        ++m_rowCounts[event.stage];
        endInsertRows();
    } else if (event.has(ChangeFlag::ComponentRemoved)) {
        --m_rowCounts[event.stage];
        endRemoveRows();
    } else if (event.has(ChangeFlag::ComponentMoved)) {
        endMoveRows();
    } else if (event.has(ChangeFlag::ComponentData)) {
        emit dataChanged(index(event.component, Name, parentIndex),
                         index(event.component, Instance, parentIndex));
    }
    if (event.has(ChangeFlag::StageRegion) || event.has(ChangeFlag::ProjectRegion)) {
        for (int s = 0; s < kStageCount; ++s)
            emit dataChanged(stageIndex(s, Region), stageIndex(s, Region));
    }
}

StageTreeModel::ShownEstimate StageTreeModel::shownEstimate(int stage, int row) const
{
    ShownEstimate shown;
    if (const ComponentEstimate *e = m_estimate->component(stage, row)) {
        shown.present = true;
        shown.region = e->region;
        shown.hours = e->hours.h;
        shown.energyKWh = e->footprint.energy.kWh;
        shown.co2eKg = e->footprint.co2e.kg;
        shown.costUsd = e->footprint.cost.usd;
    }
    return shown;
}

/*
 * One edit usually changes the estimate of one component, but every view row
 * announced in dataChanged() is measured again by the views (a tree view with
 * resize-to-contents columns lays out the text of each one). So only the runs
 * of component rows whose estimate columns changed are announced; the stage
 * rows always are.
 */
void StageTreeModel::estimateUpdated()
{
    for (int s = 0; s < kStageCount; ++s) {
        const QModelIndex stage = stageIndex(s);
        emit dataChanged(stageIndex(s, Region), stageIndex(s, Cost));
        const int rows = m_rowCounts[s];
        std::vector<ShownEstimate> &shown = m_shown[s];
        const bool known = static_cast<int>(shown.size()) == rows;
        shown.resize(rows);
        int first = -1;
        for (int r = 0; r <= rows; ++r) {
            bool changed = false;
            if (r < rows) {
                ShownEstimate now = shownEstimate(s, r);
                changed = !known || !(now == shown[r]);
                if (changed)
                    shown[r] = std::move(now);
            }
            if (changed && first < 0) {
                first = r;
            } else if (!changed && first >= 0) {
                emit dataChanged(index(first, Region, stage), index(r - 1, Cost, stage));
                first = -1;
            }
        }
    }
}

bool StageTreeModel::isFigureColumn(int column)
{
    return column >= Hours && column <= Cost;
}

void StageTreeModel::estimatingChanged()
{
    for (int s = 0; s < kStageCount; ++s) {
        const QModelIndex stage = stageIndex(s);
        emit dataChanged(stageIndex(s, Hours), stageIndex(s, Cost));
        if (m_rowCounts[s] > 0)
            emit dataChanged(index(0, Hours, stage), index(m_rowCounts[s] - 1, Cost, stage));
    }
}

void StageTreeModel::recount()
{
    for (int s = 0; s < kStageCount; ++s)
        m_rowCounts[s] = static_cast<int>(m_document->project().stages[s].components.size());
}

} // namespace greenprint
