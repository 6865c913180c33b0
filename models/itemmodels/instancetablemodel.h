// SPDX-License-Identifier: GPL-3.0-or-later
// The instance catalog (reference + user + project) as a perf-per-watt table, for the picker.
#pragma once

#include "catalogtablemodel.h"

#include <memory>
#include <vector>

namespace greenprint {

struct InstanceEfficiency;
struct InstanceSpec;

/**
 * Every instance type the estimator can resolve, with its perf-per-watt
 * figures from instanceEfficiency(): peak accelerator throughput (bf16), the
 * CPU throughput index of CPU-only instances, typical watts with the
 * Greenprint power model, TFLOPS per kW and per USD/h. The typical watts of
 * Neuron instances (Inferentia, Trainium) are a derived assumption: the
 * display text carries an asterisk and the tooltip says so. SageMaker `ml.`
 * names are rows of their own; OtherName shows the other name of the same
 * hardware, so the picker's text search finds a type by either name.
 */
class InstanceTableModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        OtherName, ///< the SageMaker name of an EC2 type, or the EC2 type of an ml. name
        Category,
        VCpus,
        Memory,
        Accelerators,
        PeakTflops,
        CpuIndex,
        TypicalPower,
        TflopsPerKW,
        Price,
        TflopsPerUsdHour,
        IdlePower,
        MaxPower,
        ColumnCount
    };
    enum Role {
        CategoryRole = FirstSubclassRole, ///< InstanceCategory as int
        DerivedAssumptionRole, ///< bool: the row's power is a derived assumption
    };

    InstanceTableModel(ProjectDocument *document, const ReferenceData *reference,
                       QObject *parent = nullptr);
    ~InstanceTableModel() override;

    const InstanceSpec *instanceAt(int row) const;
    const InstanceEfficiency *efficiencyAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int entryCount() const override;
    QString idAt(int row) const override;

private:
    QVariant powerData(const InstanceEfficiency &e, int role) const;

    std::vector<InstanceSpec> m_rows;
    std::vector<InstanceEfficiency> m_efficiency;
};

} // namespace greenprint
