// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtablemodel.h"

#include "document/projectdocument.h"

namespace greenprint {

CatalogTableModel::CatalogTableModel(ProjectDocument *document, const ReferenceData *reference,
                                     int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_reference(reference)
    , m_columns(columns)
{
    connect(document, &ProjectDocument::changed, this, &CatalogTableModel::documentChanged);
}

CatalogTableModel::~CatalogTableModel() = default;

void CatalogTableModel::setReferenceData(const ReferenceData *reference)
{
    beginResetModel();
    m_reference = reference;
    rebuild();
    endResetModel();
}

int CatalogTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < entryCount(); ++i) {
        if (idAt(i) == id)
            return i;
    }
    return -1;
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void CatalogTableModel::documentChanged(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset) || event.has(ChangeFlag::Catalog)) {
        beginResetModel();
        rebuild();
        endResetModel();
    }
}

} // namespace greenprint
