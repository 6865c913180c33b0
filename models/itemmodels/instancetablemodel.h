// SPDX-License-Identifier: GPL-3.0-or-later
// The instance catalog (reference + user + project) as a table, for the instance picker.
#pragma once

#include "document/changeevent.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenprint {

class ProjectDocument;
struct ReferenceData;
struct InstanceSpec;

/**
 * Every instance type the estimator can resolve: the reference data (already
 * merged with the user's catalog by the app) overlaid with the project's own
 * catalog, sorted by id. Perf per watt is not shown: the reference data has no
 * throughput figures yet.
 */
class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Category,
        VCpus,
        Memory,
        Accelerators,
        IdlePower,
        MaxPower,
        Price,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< raw value for sorting (numbers as double)
        CategoryRole,                 ///< InstanceCategory as int
        IdRole,
    };

    InstanceTableModel(ProjectDocument *document, const ReferenceData *reference,
                       QObject *parent = nullptr);
    ~InstanceTableModel() override;

    void setReferenceData(const ReferenceData *reference);
    const InstanceSpec *instanceAt(int row) const;
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
    std::vector<InstanceSpec> m_rows;
};

} // namespace greenprint
