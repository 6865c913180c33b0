// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace greenprint {

class InstanceTableModel;

/** Picks an instance type: search by text, filter by category, sort by any column. */
class InstancePickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InstancePickerDialog(InstanceTableModel *model, QWidget *parent = nullptr);

    /** Selects `id` when it is in the (filtered) list. */
    void setCurrentInstance(const QString &id);
    /** The chosen instance id; empty when nothing is selected. */
    QString selectedInstance() const;

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryCombo() const { return m_category; }
    QTableView *view() const { return m_view; }

private:
    void updateFilter();

    InstanceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_category;
    QTableView *m_view;
};

} // namespace greenprint
