// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageform.h"

#include "views/sizespinbox.h"
#include "commands/componentfields.h"
#include "domain/names.h"

namespace greenprint {

using namespace ComponentField;

StorageForm::StorageForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Storage, context, parent)
{
    std::vector<std::pair<QString, StorageClass>> classes;
    for (int i = 0; i < kStorageClassCount; ++i) {
        const auto storageClass = static_cast<StorageClass>(i);
        classes.emplace_back(storageClassDisplayName(storageClass), storageClass);
    }
    addCombo<StorageClassField>(tr("Storage &class:"), QStringLiteral("storageClass"), classes,
                                tr("The S3, EBS or EFS class; it sets the medium (SSD or HDD), "
                                   "the number of copies kept and the price."),
                                ref());
    addDouble<StorageSize, SizeSpinBox>(
        tr("&Size:"), QStringLiteral("sizeGB"), tr(" GB"), 0.0, 1e9, 1,
        tr("Amount of data stored. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary "
           "units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB)."),
        ref());
    addDouble<StorageMonths>(tr("&Duration:"), QStringLiteral("months"), tr(" months"), 0.0, 1200.0,
                             1, tr("How long the data is kept (1 month = 730 h)."), ref());
}

} // namespace greenprint
