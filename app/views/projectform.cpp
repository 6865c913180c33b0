// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectform.h"

#include "commands/projectfields.h"

namespace greenprint {

ProjectForm::ProjectForm(const EditorContext &context, QWidget *parent)
    : FieldForm(context, parent)
{
    const auto project = [] { return ProjectTarget{}; };
    addText<ProjectField::Name>(tr("&Project:"), QStringLiteral("name"),
                                tr("The project's name, shown in reports."), project);
    addRegion<ProjectField::Region>(tr("&Region:"), QStringLiteral("region"),
                                    tr("The AWS region every stage runs in unless the stage "
                                       "overrides it. Its grid intensity and PUE drive the "
                                       "operational carbon."),
                                    project);
    addCombo<ProjectField::Methodology>(
        tr("&Method:"), QStringLiteral("methodology"),
        {{tr("Greenprint"), Methodology::Greenprint},
         {tr("Cloud Carbon Footprint"), Methodology::CloudCarbonFootprint},
         {tr("Green Algorithms"), Methodology::GreenAlgorithms}},
        tr("The estimation method. Greenprint uses measured load curves where available."),
        project);
    addCheck<ProjectField::IncludeEmbodied>(
        tr("Embodied:"), QStringLiteral("includeEmbodied"), tr("Include &embodied carbon"),
        tr("Add the manufacturing share of the servers over the hours used."), project);
    addOptionalDouble<ProjectField::Pue>(
        tr("P&UE override:"), QStringLiteral("pue"), QString(), 0.99, 3.0, 2,
        tr("Region's PUE"),
        tr("Power usage effectiveness applied to every region instead of its published value "
           "(facility energy ÷ IT energy, 1.00 or more)."),
        project);
    refresh();
}

} // namespace greenprint
