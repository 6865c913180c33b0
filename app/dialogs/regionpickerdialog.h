// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogpickerdialog.h"

namespace greenprint {

class RegionTableModel;

/** Picks a region: search by id or name; sorted by grid intensity, lowest first. */
class RegionPickerDialog : public CatalogPickerDialog
{
    Q_OBJECT

public:
    explicit RegionPickerDialog(RegionTableModel *model, QWidget *parent = nullptr);

    void setCurrentRegion(const QString &id) { selectEntry(id); }
    /** The chosen region id; empty when nothing is selected. */
    QString selectedRegion() const { return selectedEntry(); }
};

} // namespace greenprint
