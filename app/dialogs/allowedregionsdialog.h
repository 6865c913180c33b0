// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace greenprint {

class RegionMap;
class RegionTableModel;
class CheckedRegions;

/**
 * Chooses the regions a plan may use (constraints.allowedRegions): tick rows
 * of the region table (searchable, sorted by grid intensity) or click dots on
 * the map, which rings every ticked region. No region ticked means any region.
 * Regions of the list that the data does not know are kept, and named.
 */
class AllowedRegionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllowedRegionsDialog(RegionTableModel *model, QWidget *parent = nullptr);
    ~AllowedRegionsDialog() override;

    void setAllowedRegions(const QStringList &ids);
    /**
     * The ticked regions: those of the list given to setAllowedRegions() in
     * their order, then the newly ticked ones by id. Empty: any region.
     */
    QStringList allowedRegions() const;
    /** Ticks or unticks one region, as a click on its row or dot does. */
    void toggleRegion(const QString &id);

    RegionMap *map() const { return m_map; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }

private:
    void updateMarks();

    CheckedRegions *m_checked;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    RegionMap *m_map;
    QTableView *m_view;
    QStringList m_initial;
};

} // namespace greenprint
