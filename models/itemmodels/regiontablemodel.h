// SPDX-License-Identifier: GPL-3.0-or-later
// Every region (reference + user + project) as a table, for the region picker and rankings.
#pragma once

#include "catalogtablemodel.h"

#include <vector>

namespace greenprint {

struct RegionSpec;

/** Regions of the reference data overlaid with the project's own catalog, sorted by id. */
class RegionTableModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Intensity, Basis, Pue, Renewable, ColumnCount };

    RegionTableModel(ProjectDocument *document, const ReferenceData *reference,
                     QObject *parent = nullptr);
    ~RegionTableModel() override;

    const RegionSpec *regionAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int entryCount() const override;
    QString idAt(int row) const override;

private:
    std::vector<RegionSpec> m_rows;
};

} // namespace greenprint
