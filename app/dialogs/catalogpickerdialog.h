// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace greenprint {

class CatalogTableModel;

/**
 * The common part of the instance and region pickers: a search field over
 * every column, an optional row predicate, a sortable single-selection table
 * of a CatalogTableModel, a note under it and OK / Cancel. Subclasses add their
 * own filters to filterLayout() and call refilter() when they change.
 */
class CatalogPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /** Selects the entry `id` when it is in the (filtered) list. */
    void selectEntry(const QString &id);
    /** The chosen entry's id; empty when nothing is selected. */
    QString selectedEntry() const;

    QLineEdit *searchEdit() const { return m_search; }

    /** A catalog table as every picker shows it: sortable, read-only, one selected row. */
    static void setUpTable(QTableView *view, QAbstractItemModel *model, const QString &name);
    QTableView *view() const { return m_view; }

protected:
    using RowPredicate = std::function<bool(const QModelIndex &firstColumn)>;

    CatalogPickerDialog(CatalogTableModel *model, const QString &searchPlaceholder,
                        const QString &viewName, const QString &note, QWidget *parent);

    QHBoxLayout *filterLayout() const { return m_filters; }
    QLabel *noteLabel() const { return m_note; }
    /** An extra condition rows must meet besides the search text. */
    void setRowPredicate(RowPredicate predicate);
    void refilter();

private:
    CatalogTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QHBoxLayout *m_filters;
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace greenprint
