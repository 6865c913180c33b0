// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogpickerdialog.h"

class QComboBox;

namespace greenprint {

class InstanceTableModel;

/** Picks an instance type: search by text, filter by category, sort by any column. */
class InstancePickerDialog : public CatalogPickerDialog
{
    Q_OBJECT

public:
    explicit InstancePickerDialog(InstanceTableModel *model, QWidget *parent = nullptr);

    /** Selects `id` when it is in the (filtered) list. */
    void setCurrentInstance(const QString &id) { selectEntry(id); }
    /** The chosen instance id; empty when nothing is selected. */
    QString selectedInstance() const { return selectedEntry(); }

    QComboBox *categoryCombo() const { return m_category; }

private:
    QComboBox *m_category;
};

} // namespace greenprint
