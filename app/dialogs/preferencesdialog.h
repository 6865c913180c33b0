// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace greenprint {

class RegionTableModel;

/** Edits the application preferences: default region of new projects and display units. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(RegionTableModel *regions, QWidget *parent = nullptr);

    /** Writes the choices to the preferences. */
    void apply();

private:
    QComboBox *m_region;
    QComboBox *m_carbon;
    QComboBox *m_energy;
};

} // namespace greenprint
