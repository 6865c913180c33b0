// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodchoices.h"

#include "domain/methoddata.h"

#include <algorithm>

namespace greenprint {

std::vector<std::pair<QString, Methodology>> MethodChoices::methodologies()
{
    return {{tr("Greenprint"), Methodology::Greenprint},
            {tr("Cloud Carbon Footprint"), Methodology::CloudCarbonFootprint},
            {tr("Green Algorithms"), Methodology::GreenAlgorithms}};
}

std::vector<std::pair<QString, QString>> MethodChoices::gridDatasets()
{
    return {{tr("Recommended"), QStringLiteral("recommended")},
            {tr("Electricity Maps 2023"), QStringLiteral("electricity-maps-2023")},
            {tr("Cloud Carbon Footprint"), QStringLiteral("ccf")},
            {tr("OWID / Ember"), QStringLiteral("owid-ember")}};
}

bool MethodChoices::isGridDataset(const QString &id)
{
    const auto all = gridDatasets();
    return std::any_of(all.begin(), all.end(), [&](const auto &d) { return d.second == id; });
}

QString MethodChoices::gridDatasetToolTip(const QString &id, const MethodData &method)
{
    if (id == u"recommended") {
        return tr("Per region, the best available value: Electricity Maps 2023 where "
                  "published, else the open datasets.");
    }
    for (const GridDataset &d : method.gridDatasets) {
        if (d.id == id)
            return tr("%1\nYear: %2\nBasis: %3").arg(d.name, d.year, d.basis);
    }
    return {};
}

} // namespace greenprint
