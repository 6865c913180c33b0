// SPDX-License-Identifier: GPL-3.0-or-later
#include "allowedregionsdialog.h"

#include "catalogpickerdialog.h"

#include "itemmodels/regiontablemodel.h"
#include "views/regionmap.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace greenprint {

/** The region table with a check box on the id column, backed by a set of ids. */
class CheckedRegions : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QSet<QString> ids;
    std::function<void()> onToggled;

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QIdentityProxyModel::flags(index);
        if (index.column() == RegionTableModel::Id)
            f |= Qt::ItemIsUserCheckable;
        return f;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::CheckStateRole && index.column() == RegionTableModel::Id)
            return ids.contains(idOf(index)) ? Qt::Checked : Qt::Unchecked;
        return QIdentityProxyModel::data(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != RegionTableModel::Id)
            return QIdentityProxyModel::setData(index, value, role);
        const QString id = idOf(index);
        if (value.value<Qt::CheckState>() == Qt::Checked)
            ids.insert(id);
        else
            ids.remove(id);
        emit dataChanged(index, index, {Qt::CheckStateRole});
        if (onToggled)
            onToggled();
        return true;
    }

    void setIds(const QSet<QString> &newIds)
    {
        ids = newIds;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    }

private:
    static QString idOf(const QModelIndex &index)
    {
        return index.data(CatalogTableModel::IdRole).toString();
    }
};

AllowedRegionsDialog::AllowedRegionsDialog(RegionTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_checked(new CheckedRegions(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_map(new RegionMap(model, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Allowed Regions"));
    m_checked->setSourceModel(model);
    m_checked->onToggled = [this] { updateMarks(); };
    m_proxy->setSourceModel(m_checked);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(CatalogTableModel::ValueRole);

    auto *intro = new QLabel(
        tr("Tick the regions the data and the workload may use (data residency), in the table "
           "or on the map. The region ranking, the advisor, the Pareto search and the PDF keep "
           "to them. No region ticked: any region."),
        this);
    intro->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search region id, name or basis…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search regions"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *none = new QPushButton(tr("&Any Region"), this);
    none->setObjectName(QStringLiteral("anyRegion"));
    none->setToolTip(tr("Untick every region: the plan may use any region"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(none);

    CatalogPickerDialog::setUpTable(m_view, m_proxy, tr("Regions; tick the allowed ones"));
    m_view->sortByColumn(RegionTableModel::Intensity, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(RegionTableModel::Basis,
                           qMin(m_view->columnWidth(RegionTableModel::Basis), 260));
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_map, &RegionMap::regionClicked, this, &AllowedRegionsDialog::toggleRegion);
    connect(none, &QPushButton::clicked, this, [this] {
        m_checked->setIds({});
        updateMarks();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_search->setFocus();
    resize(1060, 860);
}

AllowedRegionsDialog::~AllowedRegionsDialog() = default;

void AllowedRegionsDialog::setAllowedRegions(const QStringList &ids)
{
    m_initial = ids;
    m_checked->setIds(QSet<QString>(ids.begin(), ids.end()));
    updateMarks();
}

QStringList AllowedRegionsDialog::allowedRegions() const
{
    QStringList result;
    for (const QString &id : m_initial) {
        if (m_checked->ids.contains(id) && !result.contains(id))
            result << id;
    }
    QStringList added;
    for (const QString &id : m_checked->ids) {
        if (!result.contains(id))
            added << id;
    }
    added.sort();
    return result + added;
}

void AllowedRegionsDialog::toggleRegion(const QString &id)
{
    auto *regions = static_cast<RegionTableModel *>(m_checked->sourceModel());
    const int row = regions->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_checked->index(row, RegionTableModel::Id);
    const bool on = !m_checked->ids.contains(id);
    m_checked->setData(index, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    const QModelIndex shown = m_proxy->mapFromSource(index);
    if (shown.isValid()) {
        m_view->selectRow(shown.row());
        m_view->scrollTo(shown);
    }
}

void AllowedRegionsDialog::updateMarks()
{
    QStringList marked = allowedRegions();
    m_map->setMarkedRegions(marked);
}

} // namespace greenprint
