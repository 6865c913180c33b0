// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancetablemodel.h"

#include "modelformat.h"

#include "document/projectdocument.h"
#include "domain/cataloglookup.h"
#include "domain/referencedata.h"
#include "engine/instanceefficiency.h"

namespace greenprint {

InstanceTableModel::InstanceTableModel(ProjectDocument *document, const ReferenceData *reference,
                                       QObject *parent)
    : CatalogTableModel(document, reference, ColumnCount, parent)
{
    rebuild();
}

InstanceTableModel::~InstanceTableModel() = default;

const InstanceSpec *InstanceTableModel::instanceAt(int row) const
{
    return row >= 0 && row < entryCount() ? &m_rows[row] : nullptr;
}

const InstanceEfficiency *InstanceTableModel::efficiencyAt(int row) const
{
    return row >= 0 && row < entryCount() ? &m_efficiency[row] : nullptr;
}

int InstanceTableModel::entryCount() const
{
    return static_cast<int>(m_rows.size());
}

QString InstanceTableModel::idAt(int row) const
{
    return m_rows[row].id;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const InstanceSpec &s = m_rows[index.row()];
    const InstanceEfficiency &e = m_efficiency[index.row()];
    if (role == CategoryRole)
        return static_cast<int>(s.category);
    if (role == IdRole)
        return s.id;
    if (role == DerivedAssumptionRole)
        return e.powerIsDerivedAssumption;
    if (role == Qt::ToolTipRole) {
        QString tip = s.processor.isEmpty() ? s.id : tr("%1: %2").arg(s.id, s.processor);
        if (e.powerIsDerivedAssumption) {
            tip += u'\n'
                + tr("* Typical watts are a derived assumption: AWS publishes no power "
                     "for Neuron chips; it follows from AWS's relative perf-per-watt "
                     "claims and datasheet throughput.");
        }
        if (s.sagemaker) {
            tip += u'\n'
                + tr("SageMaker name of %1 (%2)")
                      .arg(s.otherName, s.sagemakerUses.join(QStringLiteral(", ")));
        }
        if (!s.powerMethod.isEmpty())
            tip += u'\n' + tr("Idle and max figures: %1").arg(s.powerMethod);
        if (s.origin != DataOrigin::Reference)
            tip += u'\n' + tr("Custom instance");
        return tip;
    }
    switch (index.column()) {
    case Id:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(s.id) : QVariant();
    case OtherName:
        return role == Qt::DisplayRole || role == ValueRole ? QVariant(s.otherName) : QVariant();
    case Category:
        if (role == Qt::DisplayRole || role == ValueRole)
            return instanceCategoryDisplayName(s.category);
        return {};
    case VCpus:
        return Internal::displayOrValue(s.vcpus, 0, role, ValueRole);
    case Memory:
        return Internal::displayOrValue(s.memoryGiB, 1, role, ValueRole);
    case Accelerators:
        if (role == Qt::DisplayRole)
            return s.acceleratorCount > 0 ? tr("%1 × %2").arg(s.acceleratorCount).arg(s.accelerator)
                                          : tr("None");
        if (role == ValueRole)
            return s.acceleratorCount;
        return {};
    case PeakTflops:
        return Internal::optionalDisplayOrValue(e.peakTflops, 1, role, ValueRole);
    case CpuIndex:
        return Internal::optionalDisplayOrValue(e.cpuIndex, 1, role, ValueRole);
    case TypicalPower:
        return powerData(e, role);
    case TflopsPerKW:
        return Internal::optionalDisplayOrValue(e.tflopsPerKW, 1, role, ValueRole);
    case Price:
        return Internal::optionalDisplayOrValue(s.priceUsdPerHour, 3, role, ValueRole);
    case TflopsPerUsdHour:
        return Internal::optionalDisplayOrValue(e.tflopsPerUsdHour, 1, role, ValueRole);
    case IdlePower:
        return Internal::displayOrValue(s.idlePowerW, 0, role, ValueRole);
    case MaxPower:
        return Internal::displayOrValue(s.maxPowerW, 0, role, ValueRole);
    default:
        return {};
    }
}

QVariant InstanceTableModel::powerData(const InstanceEfficiency &e, int role) const
{
    if (role == Qt::DisplayRole && e.powerIsDerivedAssumption) {
        //: An asterisk marks a derived assumption (Neuron chips have no published power).
        return tr("%1*").arg(Internal::formatNumber(e.typicalPowerW, 0));
    }
    return Internal::displayOrValue(e.typicalPowerW, 0, role, ValueRole);
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OtherName:
            return tr("The same hardware under its other name: the SageMaker ml. name of an "
                      "EC2 type, or the EC2 type behind an ml. name");
        case PeakTflops:
            return tr("Dense peak of all accelerators at bf16 (fp16 where bf16 is unpublished), "
                      "TFLOPS");
        case CpuIndex:
            return tr("CPU-only instances: vCPUs × relative throughput per vCPU "
                      "(Skylake vCPU = 1)");
        case TypicalPower:
            return tr("Whole-instance watts at the default utilization with the Greenprint "
                      "power model, before PUE. * = derived assumption (Neuron chips)");
        case TflopsPerKW:
            return tr("Peak TFLOPS per kilowatt of typical power");
        case TflopsPerUsdHour:
            return tr("Peak TFLOPS per USD of on-demand price per hour");
        case IdlePower:
        case MaxPower:
            return tr("Reference idle and maximum watts of the instance table");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Instance type");
    case OtherName:
        return tr("SageMaker / EC2 name");
    case Category:
        return tr("Category");
    case VCpus:
        return tr("vCPUs");
    case Memory:
        return tr("Memory (GiB)");
    case Accelerators:
        return tr("Accelerators");
    case PeakTflops:
        return tr("Peak (TFLOPS)");
    case CpuIndex:
        return tr("CPU index");
    case TypicalPower:
        return tr("Typical (W)");
    case TflopsPerKW:
        return tr("TFLOPS/kW");
    case Price:
        return tr("Price (USD/h)");
    case TflopsPerUsdHour:
        return tr("TFLOPS per USD/h");
    case IdlePower:
        return tr("Idle (W)");
    case MaxPower:
        return tr("Max (W)");
    default:
        return {};
    }
}

void InstanceTableModel::rebuild()
{
    m_rows = reference().instances;
    overlay(m_rows, document()->project().catalogInstances,
            [](const CatalogInstance &c) { return toInstanceSpec(c); });
    m_efficiency.clear();
    m_efficiency.reserve(m_rows.size());
    for (const InstanceSpec &spec : m_rows)
        m_efficiency.push_back(instanceEfficiency(spec, reference()));
}

} // namespace greenprint
