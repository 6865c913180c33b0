// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace greenprint {

class RegionTableModel;

/** Picks a region: search by id or name; sorted by grid intensity, lowest first. */
class RegionPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegionPickerDialog(RegionTableModel *model, QWidget *parent = nullptr);

    void setCurrentRegion(const QString &id);
    /** The chosen region id; empty when nothing is selected. */
    QString selectedRegion() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }

private:
    RegionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace greenprint
