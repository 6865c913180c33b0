// SPDX-License-Identifier: GPL-3.0-or-later
// Every region (reference + user + project) as a table, for the region picker and rankings.
#pragma once

#include "document/changeevent.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenprint {

class ProjectDocument;
struct ReferenceData;
struct RegionSpec;

/** Regions of the reference data overlaid with the project's own catalog, sorted by id. */
class RegionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Intensity, Basis, Pue, Renewable, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< raw value for sorting
        IdRole,
    };

    RegionTableModel(ProjectDocument *document, const ReferenceData *reference,
                     QObject *parent = nullptr);
    ~RegionTableModel() override;

    void setReferenceData(const ReferenceData *reference);
    const RegionSpec *regionAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void documentChanged(const ChangeEvent &event);
    void rebuild();

    ProjectDocument *m_document;
    const ReferenceData *m_reference;
    std::vector<RegionSpec> m_rows;
};

} // namespace greenprint
