// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace greenprint {

class RegionTableModel;
struct MethodData;

/** Edits the application preferences: the user-interface language, defaults of new
 * projects (region, methodology, grid dataset) and display units. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /** `method` (not owned, may be nullptr) gives the grid datasets' tooltips. */
    PreferencesDialog(RegionTableModel *regions, const MethodData *method,
                      QWidget *parent = nullptr);

    /** Writes the choices to the preferences. */
    void apply();

private:
    QComboBox *m_language;
    QComboBox *m_region;
    QComboBox *m_methodology;
    QComboBox *m_dataset;
    QComboBox *m_carbon;
    QComboBox *m_energy;
};

} // namespace greenprint
