// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogpickerdialog.h"

namespace greenprint {

class RegionMap;
class RegionTableModel;

/**
 * Picks a region: search by id or name in a table sorted by grid intensity,
 * lowest first, or click a dot on the map of regions coloured by intensity.
 */
class RegionPickerDialog : public CatalogPickerDialog
{
    Q_OBJECT

public:
    explicit RegionPickerDialog(RegionTableModel *model, QWidget *parent = nullptr);

    void setCurrentRegion(const QString &id) { selectEntry(id); }
    /** The chosen region id; empty when nothing is selected. */
    QString selectedRegion() const { return selectedEntry(); }
    RegionMap *map() const { return m_map; }

private:
    RegionMap *m_map = nullptr;
};

} // namespace greenprint
