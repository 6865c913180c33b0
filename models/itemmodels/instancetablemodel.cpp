// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancetablemodel.h"

#include "modelformat.h"

#include "document/projectdocument.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

#include <algorithm>

namespace greenprint {

InstanceTableModel::InstanceTableModel(ProjectDocument *document, const ReferenceData *reference,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_reference(reference)
{
    rebuild();
    connect(document, &ProjectDocument::changed, this, &InstanceTableModel::documentChanged);
}

InstanceTableModel::~InstanceTableModel() = default;

void InstanceTableModel::setReferenceData(const ReferenceData *reference)
{
    beginResetModel();
    m_reference = reference;
    rebuild();
    endResetModel();
}

const InstanceSpec *InstanceTableModel::instanceAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[row] : nullptr;
}

int InstanceTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const InstanceSpec &s = m_rows[index.row()];
    if (role == CategoryRole)
        return static_cast<int>(s.category);
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole) {
        QString tip = s.processor.isEmpty() ? s.id : tr("%1: %2").arg(s.id, s.processor);
        if (!s.powerMethod.isEmpty())
            tip += u'\n' + tr("Power figures: %1").arg(s.powerMethod);
        if (s.origin != DataOrigin::Reference)
            tip += u'\n' + tr("Custom instance");
        return tip;
    }
    switch (index.column()) {
    case Id:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(s.id) : QVariant();
    case Category:
        if (role == Qt::DisplayRole || role == ValueRole)
            return instanceCategoryDisplayName(s.category);
        return {};
    case VCpus:
        return Internal::displayOrValue(s.vcpus, 0, role, ValueRole);
    case Memory:
        return Internal::displayOrValue(s.memoryGiB, 1, role, ValueRole);
    case Accelerators:
        if (role == Qt::DisplayRole)
            return s.acceleratorCount > 0
                ? tr("%1 × %2").arg(s.acceleratorCount).arg(s.accelerator)
                : tr("None");
        if (role == ValueRole)
            return s.acceleratorCount;
        return {};
    case IdlePower:
        return Internal::displayOrValue(s.idlePowerW, 0, role, ValueRole);
    case MaxPower:
        return Internal::displayOrValue(s.maxPowerW, 0, role, ValueRole);
    case Price:
        return Internal::optionalDisplayOrValue(s.priceUsdPerHour, 3, role, ValueRole);
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Instance type");
    case Category: return tr("Category");
    case VCpus: return tr("vCPUs");
    case Memory: return tr("Memory (GiB)");
    case Accelerators: return tr("Accelerators");
    case IdlePower: return tr("Idle (W)");
    case MaxPower: return tr("Max (W)");
    case Price: return tr("Price (USD/h)");
    default: return {};
    }
}

void InstanceTableModel::documentChanged(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset) || event.has(ChangeFlag::Catalog)) {
        beginResetModel();
        rebuild();
        endResetModel();
    }
}

void InstanceTableModel::rebuild()
{
    m_rows = m_reference->instances;
    for (const CatalogInstance &custom : m_document->project().catalogInstances) {
        InstanceSpec spec = toInstanceSpec(custom);
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const InstanceSpec &s) { return s.id == spec.id; });
        if (it != m_rows.end())
            *it = std::move(spec);
        else
            m_rows.push_back(std::move(spec));
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const InstanceSpec &a, const InstanceSpec &b) { return a.id < b.id; });
}

} // namespace greenprint
