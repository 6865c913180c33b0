// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpickerdialog.h"

#include "itemmodels/regiontablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

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
    resize(1060, 600);
}

} // namespace greenprint
