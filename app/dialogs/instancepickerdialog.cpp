// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancepickerdialog.h"

#include "domain/referencedata.h"
#include "itemmodels/instancetablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace greenprint {
namespace {

/** Text search over every column plus an optional category. */
class InstanceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int category = -1;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (category >= 0 && first.data(InstanceTableModel::CategoryRole).toInt() != category)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

InstancePickerDialog::InstancePickerDialog(InstanceTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_proxy(new InstanceFilter(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Choose Instance Type"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(InstanceTableModel::ValueRole);

    m_search->setPlaceholderText(tr("Search instance, accelerator, category…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search instances"));
    m_category->addItem(tr("All categories"), -1);
    for (InstanceCategory c : {InstanceCategory::Trainium, InstanceCategory::Inferentia,
                               InstanceCategory::NvidiaGpu, InstanceCategory::Graviton,
                               InstanceCategory::X86Cpu, InstanceCategory::Custom})
        m_category->addItem(instanceCategoryDisplayName(c), static_cast<int>(c));
    m_category->setAccessibleName(tr("Category"));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Instance types"));
    m_view->resizeColumnsToContents();

    auto *note = new QLabel(tr("Watts are whole-instance averages before PUE. Perf per watt is "
                               "not shown: the reference data has no throughput figures."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &InstancePickerDialog::updateFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            &InstancePickerDialog::updateFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(960, 560);
    m_search->setFocus();
}

void InstancePickerDialog::setCurrentInstance(const QString &id)
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

QString InstancePickerDialog::selectedInstance() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(InstanceTableModel::IdRole).toString();
}

void InstancePickerDialog::updateFilter()
{
    auto *filter = static_cast<InstanceFilter *>(m_proxy);
    filter->category = m_category->currentData().toInt();
    filter->setFilterFixedString(m_search->text());
    filter->refilter();
}

} // namespace greenprint
