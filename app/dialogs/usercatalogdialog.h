// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace greenprint {

class UserRepository;

/**
 * Adds, edits and removes the user's own instances and regions. Every edit is
 * written to the user repository at once (it is not part of a project, so it
 * is not undoable); invalid rows are reported below the tables and not saved.
 * The application merges the catalog into the reference data afterwards, so
 * the entries are offered in every picker.
 */
class UserCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    /** `repository` must be open and outlive the dialog. */
    explicit UserCatalogDialog(UserRepository *repository, QWidget *parent = nullptr);

    /** True once anything was written to the repository. */
    bool changed() const { return m_changed; }

    QTableWidget *instanceTable() const { return m_instances; }
    QTableWidget *regionTable() const { return m_regions; }

    void addInstance();
    void addRegion();

private:
    void load();
    void saveInstanceRow(int row);
    void saveRegionRow(int row);
    void removeSelected(QTableWidget *table, bool instances);
    void report(bool ok);

    UserRepository *m_repository;
    QTableWidget *m_instances;
    QTableWidget *m_regions;
    QLabel *m_status;
    bool m_changed = false;
    bool m_loading = false;
};

} // namespace greenprint
