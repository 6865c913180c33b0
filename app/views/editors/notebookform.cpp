// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebookform.h"

#include "commands/componentfields.h"
#include "domain/names.h"

namespace greenprint {

using namespace ComponentField;

NotebookForm::NotebookForm(const EditorContext &context, QWidget *parent)
    : ComponentForm(ComponentType::Notebook, context, parent)
{
    addInstanceField(tr("The notebook's instance type."));
    addInt<Count>(tr("&Count:"), QStringLiteral("count"), tr(" notebooks"), 1, 100000,
                  tr("Identical notebooks, one per person, each with the hours below: four "
                     "scientists are one component with count 4."),
                  ref());
    addDouble<NotebookActiveHours>(tr("&Active:"), QStringLiteral("activeHoursPerWeek"),
                                   tr(" h/week"), 0.0, 168.0, 1,
                                   tr("Hours per week someone works in the notebook."), ref());
    addDouble<NotebookIdleHours>(tr("I&dle:"), QStringLiteral("idleHoursPerWeek"), tr(" h/week"),
                                 0.0, 168.0, 1,
                                 tr("Hours per week the notebook is left running unused; it "
                                    "draws idle power and is billed."),
                                 ref());
    addDouble<NotebookWeeks>(tr("&Weeks:"), QStringLiteral("weeks"), tr(" weeks"), 0.0, 520.0, 1,
                             tr("How many weeks the notebook is used."), ref());
    addUtilization<NotebookUtilization>(tr("&Utilization:"), QStringLiteral("activeUtilization"),
                                        tr("Average load while active."));
}

} // namespace greenprint
