// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpickerdialog.h"

#include "itemmodels/catalogtablemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace greenprint {
namespace {

/** Text search over every column plus an optional predicate on the row. */
class CatalogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    std::function<bool(const QModelIndex &)> predicate;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (predicate && !predicate(sourceModel()->index(row, 0, parent)))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

CatalogPickerDialog::CatalogPickerDialog(CatalogTableModel *model, const QString &searchPlaceholder,
                                         const QString &viewName, const QString &note,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_proxy(new CatalogFilter(this))
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_note(new QLabel(note, this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(CatalogTableModel::ValueRole);

    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_filters->addWidget(searchLabel);
    m_filters->addWidget(m_search, 1);

    setUpTable(m_view, m_proxy, viewName);

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    m_search->setFocus();
}

void CatalogPickerDialog::setUpTable(QTableView *view, QAbstractItemModel *model,
                                     const QString &name)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setAccessibleName(name);
}

void CatalogPickerDialog::setRowPredicate(RowPredicate predicate)
{
    static_cast<CatalogFilter *>(m_proxy)->predicate = std::move(predicate);
    refilter();
}

void CatalogPickerDialog::refilter()
{
    static_cast<CatalogFilter *>(m_proxy)->refilter();
}

void CatalogPickerDialog::selectEntry(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

QString CatalogPickerDialog::selectedEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CatalogTableModel::IdRole).toString();
}

} // namespace greenprint
