// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancepickerdialog.h"

#include "domain/referencedata.h"
#include "itemmodels/instancetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace greenprint {

InstancePickerDialog::InstancePickerDialog(InstanceTableModel *model, QWidget *parent)
    : CatalogPickerDialog(model,
                          tr("Search instance or SageMaker ml. name, accelerator, category…"),
                          tr("Instance types"),
                          tr("Peak is dense bf16 TFLOPS of all accelerators; the CPU index is "
                             "vCPUs × throughput per vCPU (Skylake = 1). Typical watts: whole "
                             "instance at the default utilization, before PUE, Greenprint power "
                             "model. * Neuron chips (Inferentia, Trainium): derived assumption "
                             "from AWS's relative perf-per-watt claims."),
                          parent)
    , m_category(new QComboBox(this))
{
    setWindowTitle(tr("Choose Instance Type"));
    searchEdit()->setAccessibleName(tr("Search instances"));
    m_category->addItem(tr("All categories"), -1);
    for (InstanceCategory c :
         {InstanceCategory::Trainium, InstanceCategory::Inferentia, InstanceCategory::NvidiaGpu,
          InstanceCategory::OtherAccelerator, InstanceCategory::Graviton, InstanceCategory::X86Cpu,
          InstanceCategory::Custom})
        m_category->addItem(instanceCategoryDisplayName(c), static_cast<int>(c));
    m_category->setAccessibleName(tr("Category"));
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    filterLayout()->addWidget(categoryLabel);
    filterLayout()->addWidget(m_category);

    setRowPredicate([this](const QModelIndex &first) {
        const int category = m_category->currentData().toInt();
        return category < 0 || first.data(InstanceTableModel::CategoryRole).toInt() == category;
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &InstancePickerDialog::refilter);

    view()->sortByColumn(InstanceTableModel::Id, Qt::AscendingOrder);
    // The reference idle / max watts stay in the model (tooltips, exports); the picker
    // compares instances by the one power model behind the typical watts.
    view()->setColumnHidden(InstanceTableModel::IdlePower, true);
    view()->setColumnHidden(InstanceTableModel::MaxPower, true);
    view()->resizeColumnsToContents();
    view()->setColumnWidth(InstanceTableModel::Accelerators,
                           qMin(view()->columnWidth(InstanceTableModel::Accelerators), 190));
    view()->horizontalHeader()->setStretchLastSection(true);
    resize(1340, 600);
}

} // namespace greenprint
