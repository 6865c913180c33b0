// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsform.h"

#include "views/sizespinbox.h"
#include "commands/componentfields.h"
#include "domain/names.h"

namespace greenprint {

using namespace ComponentField;

LogsForm::LogsForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Logs, context, parent)
{
    addDouble<LogsGbPerMonth, SizeSpinBox>(
        tr("&Volume:"), QStringLiteral("gbPerMonth"), tr(" GB/month"), 0.0, 1e7, 1,
        tr("Logs ingested every month. Type a unit to convert: 2 TB is 2048 GB (AWS bills in "
           "binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB)."),
        ref());
    QDoubleSpinBox *retention = addDouble<LogsRetention>(
        tr("&Retention:"), QStringLiteral("retentionMonths"), tr(" months"), 0.0, 1200.0, 1,
        tr("How long each month's logs are kept. 0 means they never expire."), ref());
    retention->setSpecialValueText(tr("Never expire"));
    addDouble<LogsMonths>(tr("&Duration:"), QStringLiteral("months"), tr(" months"), 0.0, 1200.0, 1,
                          tr("How many months the workload produces logs."), ref());
}

} // namespace greenprint
