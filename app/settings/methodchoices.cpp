// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodchoices.h"

#include "domain/methoddata.h"
#include "domain/names.h"

namespace greenprint {

std::vector<std::pair<QString, Methodology>> MethodChoices::methodologies()
{
    std::vector<std::pair<QString, Methodology>> choices;
    for (const QString &key : methodologyKeys()) {
        const Methodology m = *methodologyFromKey(key);
        choices.emplace_back(methodologyDisplayName(m), m);
    }
    return choices;
}

std::vector<std::pair<QString, GridDatasetChoice>> MethodChoices::gridDatasets()
{
    std::vector<std::pair<QString, GridDatasetChoice>> choices;
    for (const QString &key : gridDatasetKeys()) {
        const GridDatasetChoice d = *gridDatasetFromKey(key);
        choices.emplace_back(gridDatasetDisplayName(d), d);
    }
    return choices;
}

QString MethodChoices::gridDatasetToolTip(GridDatasetChoice dataset, const MethodData &method)
{
    if (dataset == GridDatasetChoice::Recommended) {
        return tr("Per region, the best available value: Electricity Maps 2023 where "
                  "published, else the open datasets.");
    }
    const QString id = gridDatasetKey(dataset);
    for (const GridDataset &d : method.gridDatasets) {
        if (d.id == id)
            return tr("%1\nYear: %2\nBasis: %3").arg(d.name, d.year, d.basis);
    }
    return {};
}

} // namespace greenprint
