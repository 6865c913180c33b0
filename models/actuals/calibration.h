// SPDX-License-Identifier: GPL-3.0-or-later
// Calibrating the plan from actuals: measured hours, utilization and power replace assumptions.
#pragma once

#include "../domain/estimate.h"
#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "actualdata.h"
#include "actualmatcher.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint::actuals {

/** What calibration does, or refuses to do, to one component that ran instances. */
struct ComponentCalibration
{
    ComponentRef ref;
    QString name;
    /** The component with its measured values and their provenance; nullopt: left as it is. */
    std::optional<Component> calibrated;
    QStringList changes; ///< one line per value replaced: what, plan value, measured value, file
    QStringList notes; ///< what stays as planned, and why
    QString refusal; ///< set when the component is left as it is although actuals matched it
};

struct CalibrationResult
{
    std::vector<ComponentCalibration> components; ///< plan order; only components actuals matched
    int calibratedCount() const;
};

/**
 * Matches every import to the plan (matchActuals(), each import on its own so
 * that every value keeps the files it came from) and works out, per component
 * that runs instances (or only `only`), what the measurements replace:
 *
 *  - hours: the billed instance-hours of the planned instance type (CUR only:
 *    a power or utilization log covers what was logged, per GPU or per run,
 *    not what ran), divided by the instance count (and, for tuning, by the
 *    trials). A job sized from its work then keeps those hours and drops the
 *    work: the time was measured, the work model only predicted it. An
 *    endpoint's provisioned hours are the plan's horizon, of which a bill is a
 *    sample: they are never replaced.
 *  - utilization: the hours-weighted mean of the matched utilization logs.
 *  - power: the hours-weighted mean of CodeCarbon's whole-run power (energy /
 *    duration per instance). nvidia-smi and neuron-monitor power covers the
 *    accelerators only and is not an instance's power. Only compute jobs carry
 *    a measured power; it replaces the power model, so utilization no longer
 *    changes their energy.
 *
 * What is not measured keeps the plan's value (said in `notes`). A component is
 * refused, and left as it is, when the bill shows another instance type than
 * the plan (change the instance type first), when it is a notebook (a bill
 * does not tell active from idle hours), a serverless endpoint (billed per
 * inference time), a job sized from work without billed hours, or when a
 * measurement is implausible: an average power above the instance type's peak
 * (the message names the import file and the run).
 */
CalibrationResult calibrateFromActuals(const Project &project, const Estimate &plan,
                                       const ReferenceData &reference,
                                       const std::vector<ImportedData> &imports,
                                       const MatchOptions &options = {},
                                       std::optional<ComponentRef> only = std::nullopt);

/** `project` with every calibrated component of `result` in place. */
Project applyCalibration(Project project, const CalibrationResult &result);

} // namespace greenprint::actuals
