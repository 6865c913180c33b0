// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferform.h"

#include "views/sizespinbox.h"
#include "commands/componentfields.h"

namespace greenprint {

using namespace ComponentField;

TransferForm::TransferForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Transfer, context, parent)
{
    addDouble<TransferSize, SizeSpinBox>(
        tr("&Size:"), QStringLiteral("sizeGB"), tr(" GB"), 0.0, 1e9, 1,
        tr("Data moved out of the stage's region. Type a unit to convert: 2 TB is 2048 GB (AWS "
           "bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB)."),
        ref());
    addRegion<TransferRegion>(tr("&To region:"), QStringLiteral("toRegion"),
                              tr("Where the data goes (AWS region id). Network energy and "
                                 "inter-region transfer prices apply."),
                              ref(), tr("Another region"));
}

} // namespace greenprint
