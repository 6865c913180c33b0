// SPDX-License-Identifier: GPL-3.0-or-later
// Per-unit figures for people: one wording for the window, the PDF and tooltips.
#pragma once

#include "unitformatter.h"

#include "domain/estimate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace greenprint {

/** Formats PerUnit figures (engine/functionalunits.h) in the user's units and language. */
class PerUnitText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PerUnitText)

public:
    /**
     * "0.12 kgCO2e and 0.31 kWh per 1,000 requests"; when no unit was delivered
     * (R = 0) it says what is missing instead of a number.
     */
    static QString figures(const PerUnit &perUnit, const UnitFormatter &units);
    /** figures() of `perUnit`, then those per 1 M tokens served where there are any. */
    static QString allFigures(const PerUnit &perUnit,
                              const std::optional<PerUnit> &perMillionTokens,
                              const UnitFormatter &units);
    /** The plan and every stage with components, one "Stage: figures" line each. */
    static QStringList summaryLines(const Estimate &estimate, const UnitFormatter &units);
    /** The SCI formula as a reader of the plan sees it explained. */
    static QString method();
};

} // namespace greenprint
