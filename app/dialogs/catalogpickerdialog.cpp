// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpickerdialog.h"

#include "itemmodels/catalogtablemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    , m_chosenLabel(new QLabel(this))
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
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        filterKeepingChoice([this, text] { m_proxy->setFilterFixedString(text); });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_filtering)
            return;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            setChosen(rows.first().data(CatalogTableModel::IdRole).toString());
    });
    m_chosenLabel->setObjectName(QStringLiteral("chosen"));
    m_chosenLabel->setTextFormat(Qt::PlainText);
    setChosen({});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_chosenLabel);
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
    filterKeepingChoice([this] { static_cast<CatalogFilter *>(m_proxy)->refilter(); });
}

void CatalogPickerDialog::filterKeepingChoice(const std::function<void()> &filter)
{
    m_filtering = true;
    filter();
    m_filtering = false;
    // The view may have moved the selection to a neighbour of a hidden row: undo that.
    showChosen(m_chosen);
}

void CatalogPickerDialog::showChosen(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_filtering = true; // the choice is made: the view only shows it
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_view->selectionModel()->clear();
    }
    m_filtering = false;
    setChosen(id); // the line also says whether the search hides it
}

void CatalogPickerDialog::setChosen(const QString &id)
{
    const bool changed = id != m_chosen;
    m_chosen = id;
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0) {
        m_chosenLabel->setText(tr("Chosen: none"));
    } else {
        const QString name = m_model->index(row, 1).data(Qt::DisplayRole).toString();
        const QString entry = name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(id, name);
        m_chosenLabel->setText(isEntryShown(id)
                                   ? tr("Chosen: %1").arg(entry)
                                   : tr("Chosen: %1, hidden by the search").arg(entry));
    }
    if (changed)
        emit chosenChanged(id);
}

void CatalogPickerDialog::selectEntry(const QString &id)
{
    if (m_model->rowOf(id) >= 0)
        showChosen(id);
}

bool CatalogPickerDialog::isEntryShown(const QString &id) const
{
    const int row = m_model->rowOf(id);
    return row >= 0 && m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
}

} // namespace greenprint
