// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectform.h"

#include "settings/methodchoices.h"

#include "commands/projectfields.h"
#include "document/liveestimate.h"
#include "domain/referencedata.h"

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
        tr("&Methodology:"), QStringLiteral("methodology"), MethodChoices::methodologies(),
        tr("Greenprint: one power model for every instance (measured H100 load curve, derived "
           "Neuron power) with uncertainty bands. Cloud Carbon Footprint and Green Algorithms "
           "reproduce those tools' own formulas and constants from the same inputs."),
        project);
    addGridDataset();
    addCheck<ProjectField::IncludeEmbodied>(
        tr("Embodied:"), QStringLiteral("includeEmbodied"), tr("Include &embodied carbon"),
        tr("Add the manufacturing share of the servers over the hours used."), project);
    addDouble<ProjectField::ServerLifetime>(
        tr("Server &lifetime:"), QStringLiteral("serverLifetimeYears"), tr(" years"), 1.0, 15.0, 0,
        tr("Years over which a server's manufacturing emissions are spread: 4 (Cloud Carbon "
           "Footprint's default) or 6 (AWS's own depreciation)."),
        project);
    addCombo<ProjectField::MarketBasedYear>(
        tr("Market-based &year:"), QStringLiteral("marketBasedYear"),
        {{QString::number(2022), 2022}, {QString::number(2023), 2023}},
        tr("Year of AWS's list of regions whose electricity was matched 100 % with renewables; "
           "the market-based carbon is shown beside the location-based one, never instead."),
        project);
    addOptionalDouble<ProjectField::Pue>(
        tr("P&UE override:"), QStringLiteral("pue"), QString(), 0.99, 3.0, 2, tr("Region's PUE"),
        tr("Power usage effectiveness applied to every region instead of its published value "
           "(facility energy ÷ IT energy, 1.00 or more)."),
        project);
    addOptionalDouble<ProjectField::SpotDiscount>(
        tr("&Spot discount:"), QStringLiteral("spotDiscountFraction"), tr(" %"), -1.0, 95.0, 0,
        tr("Reference value"),
        tr("Discount of spot over on-demand prices, in percent, for components priced as spot. "
           "Unset: the reference value."),
        project, 100.0);
    refresh();
}

void ProjectForm::addGridDataset()
{
    const std::vector<std::pair<QString, GridDatasetChoice>> items = MethodChoices::gridDatasets();
    QComboBox *combo = addCombo<ProjectField::GridDataset>(
        tr("Grid &dataset:"), QStringLiteral("gridDataset"), items,
        tr("The grid carbon-intensity dataset of every region; the spread of all datasets is "
           "part of the uncertainty band."),
        [] { return ProjectTarget{}; });
    const MethodData empty;
    const MethodData &method = context().estimate ? context().estimate->reference().method : empty;
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        combo->setItemData(i, MethodChoices::gridDatasetToolTip(items[i].second, method),
                           Qt::ToolTipRole);
    }
}

} // namespace greenprint
