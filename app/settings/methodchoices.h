// SPDX-License-Identifier: GPL-3.0-or-later
// The methodologies and grid-intensity datasets a user can choose, with translated names.
#pragma once

#include "domain/project.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace greenprint {

struct MethodData;

/** Shared by the project form and the preferences so that both offer the same choices. */
struct MethodChoices
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MethodChoices)

public:
    /** Display name and value, in the order offered (the keys' order, domain/names.h). */
    static std::vector<std::pair<QString, Methodology>> methodologies();
    /** Display name and value, in the order offered (the keys' order, domain/names.h). */
    static std::vector<std::pair<QString, GridDatasetChoice>> gridDatasets();
    /** Name, year and basis of a dataset from the reference data, for tooltips. */
    static QString gridDatasetToolTip(GridDatasetChoice dataset, const MethodData &method);
};

} // namespace greenprint
