// SPDX-License-Identifier: GPL-3.0-or-later
#include "regiontablemodel.h"

#include "modelformat.h"

#include "document/projectdocument.h"
#include "domain/cataloglookup.h"
#include "domain/referencedata.h"

namespace greenprint {

RegionTableModel::RegionTableModel(ProjectDocument *document, const ReferenceData *reference,
                                   QObject *parent)
    : CatalogTableModel(document, reference, ColumnCount, parent)
{
    rebuild();
}

RegionTableModel::~RegionTableModel() = default;

const RegionSpec *RegionTableModel::regionAt(int row) const
{
    return row >= 0 && row < entryCount() ? &m_rows[row] : nullptr;
}

int RegionTableModel::entryCount() const
{
    return static_cast<int>(m_rows.size());
}

QString RegionTableModel::idAt(int row) const
{
    return m_rows[row].id;
}

QVariant RegionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const RegionSpec &r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole) {
        QString tip = r.name.isEmpty() ? r.id : tr("%1: %2").arg(r.id, r.name);
        if (!r.notes.isEmpty())
            tip += u'\n' + r.notes;
        if (r.origin != DataOrigin::Reference)
            tip += u'\n' + tr("Custom region");
        return tip;
    }
    switch (index.column()) {
    case Id:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(r.id) : QVariant();
    case Name:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(r.name) : QVariant();
    case Intensity:
        return Internal::displayOrValue(r.gridGCo2ePerKWh, 0, role, ValueRole);
    case Basis:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(r.gridBasis) : QVariant();
    case Pue:
        return Internal::optionalDisplayOrValue(r.pue, 2, role, ValueRole);
    case Renewable:
        if (role == Qt::DisplayRole)
            return r.renewableMatched2023 ? tr("Yes") : tr("No");
        if (role == ValueRole)
            return r.renewableMatched2023;
        return {};
    default:
        return {};
    }
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Renewable)
        return tr("Electricity consumption matched 100% with renewable energy in 2023 "
                  "(market-based; the carbon figures here are location-based)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Region");
    case Name:
        return tr("Name");
    case Intensity:
        return tr("Grid (gCO2e/kWh)");
    case Basis:
        return tr("Basis / year");
    case Pue:
        return tr("PUE");
    case Renewable:
        return tr("Renewable 2023");
    default:
        return {};
    }
}

void RegionTableModel::rebuild()
{
    m_rows = reference().regions;
    overlay(m_rows, document()->project().catalogRegions,
            [](const CatalogRegion &c) { return toRegionSpec(c); });
}

} // namespace greenprint
