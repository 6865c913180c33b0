// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageform.h"

#include "commands/projectfields.h"

namespace greenprint {

StageForm::StageForm(const EditorContext &context, QWidget *parent)
    : FieldForm(context, parent)
{
    m_region = addRegion<ProjectField::StageRegion>(
        tr("&Region override:"), QStringLiteral("region"),
        tr("Run this stage in another region than the project's, e.g. train where the grid "
           "is cleaner. Leave empty to use the project's region."),
        [this] { return m_stage; });
    connect(document(), &ProjectDocument::changed, this, &StageForm::updatePlaceholder);
}

void StageForm::setStage(int stage)
{
    m_stage = stage;
    updatePlaceholder();
    refresh();
}

void StageForm::updatePlaceholder()
{
    m_region->setPlaceholderText(tr("Project region (%1)").arg(document()->project().region));
}

} // namespace greenprint
