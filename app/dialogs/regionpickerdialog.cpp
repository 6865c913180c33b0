// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpickerdialog.h"

#include "itemmodels/regiontablemodel.h"
#include "views/regionmap.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace greenprint {

RegionPickerDialog::RegionPickerDialog(RegionTableModel *model, QWidget *parent)
    : CatalogPickerDialog(model, tr("Search region id, name or basis…"), tr("Regions"),
                          tr("Grid intensity is location-based (gCO2e per kWh at the servers' "
                             "grid). Renewable matching is AWS's market-based claim: Greenprint "
                             "reports it beside the location-based figure, never instead of it."),
                          parent)
{
    setWindowTitle(tr("Choose Region"));
    searchEdit()->setAccessibleName(tr("Search regions"));
    view()->sortByColumn(RegionTableModel::Intensity, Qt::AscendingOrder);
    view()->resizeColumnsToContents();
    view()->setColumnWidth(RegionTableModel::Basis,
                           qMin(view()->columnWidth(RegionTableModel::Basis), 260));
    view()->horizontalHeader()->setStretchLastSection(true);

    // The map above the table: clicking a dot chooses its region (clearing a search
    // that hides its row); the chosen region's dot is ringed.
    m_map = new RegionMap(model, this);
    if (auto *column = qobject_cast<QVBoxLayout *>(layout()))
        column->insertWidget(1, m_map, 1);
    connect(m_map, &RegionMap::regionClicked, this, [this](const QString &id) {
        if (!isEntryShown(id))
            searchEdit()->clear();
        selectEntry(id);
    });
    connect(this, &CatalogPickerDialog::chosenChanged, m_map, &RegionMap::setSelectedRegion);
    resize(1060, 860);
}

} // namespace greenprint
