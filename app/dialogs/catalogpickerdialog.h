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
 * of a CatalogTableModel, a note under it, a line naming the chosen entry and
 * OK / Cancel. Subclasses add their own filters to filterLayout() and call
 * refilter() when they change.
 *
 * Only the user (a click or a key in the table, selectEntry()) changes the
 * chosen entry. A search or filter that hides it leaves it chosen, and the line
 * under the table still names it: OK never picks a row the filter happened to
 * move the selection to.
 */
class CatalogPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /** Selects the entry `id` when it is in the (filtered) list. */
    void selectEntry(const QString &id);
    /** The chosen entry's id (also while a search hides its row); empty when none is chosen. */
    QString selectedEntry() const { return m_chosen; }
    /** Whether the entry `id` is a row the search and filters show. */
    bool isEntryShown(const QString &id) const;
    /** The line under the table that names the chosen entry. */
    QLabel *chosenLabel() const { return m_chosenLabel; }

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

signals:
    /** The chosen entry changed (selectedEntry()). */
    void chosenChanged(const QString &id);

private:
    /** Re-filters through `filter` without touching the chosen entry. */
    void filterKeepingChoice(const std::function<void()> &filter);
    /** Makes `id` the choice and selects its row when the search shows it (none otherwise). */
    void showChosen(const QString &id);
    void setChosen(const QString &id);

    CatalogTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QHBoxLayout *m_filters;
    QTableView *m_view;
    QLabel *m_note;
    QLabel *m_chosenLabel;
    QString m_chosen;
    bool m_filtering = false;
};

} // namespace greenprint
