// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpickerdialog.h"

#include "itemmodels/regiontablemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace greenprint {

RegionPickerDialog::RegionPickerDialog(RegionTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Choose Region"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RegionTableModel::ValueRole);

    m_search->setPlaceholderText(tr("Search region id, name or basis…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search regions"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegionTableModel::Intensity, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Regions"));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(RegionTableModel::Basis,
                           qMin(m_view->columnWidth(RegionTableModel::Basis), 260));
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *note = new QLabel(tr("Grid intensity is location-based (gCO2e per kWh at the "
                               "servers' grid). Renewable matching is AWS's market-based claim "
                               "and does not change these figures."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1060, 600);
    m_search->setFocus();
}

void RegionPickerDialog::setCurrentRegion(const QString &id)
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

QString RegionPickerDialog::selectedRegion() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RegionTableModel::IdRole).toString();
}

} // namespace greenprint
