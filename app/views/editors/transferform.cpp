// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferform.h"

#include "commands/componentfields.h"

namespace greenprint {

using namespace ComponentField;

TransferForm::TransferForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Transfer, context, parent)
{
    addDouble<TransferSize>(tr("&Size:"), QStringLiteral("sizeGB"), tr(" GB"), 0.0, 1e9, 1,
                            tr("Gigabytes moved out of the stage's region."), ref());
    addRegion<TransferRegion>(tr("&To region:"), QStringLiteral("toRegion"),
                              tr("Where the data goes (AWS region id). Network energy and "
                                 "inter-region transfer prices apply."),
                              ref(), tr("Another region"));
}

} // namespace greenprint
