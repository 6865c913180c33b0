// SPDX-License-Identifier: GPL-3.0-or-later
// The plan beside what ran: per stage and component, the variance and its drivers.
#pragma once

#include "../domain/estimate.h"
#include "../domain/issue.h"
#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "actualmatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint::actuals {

/**
 * Hours, energy, carbon and cost of one side of the comparison. `hours` are
 * instance-hours (count x hours); storage and transfer add none. Energy and
 * carbon are Greenprint estimates on both sides (the actual side from the
 * billed usage and the measurements); cost is the plan's estimate against the
 * bill's unblended cost. `complete` is false when part of the usage could not
 * be estimated (an instance or region without reference data): the figures
 * then cover only the part that could.
 */
struct Quantities
{
    double hours = 0.0;
    double energyKWh = 0.0;
    double co2eKg = 0.0; ///< location-based, embodied included when the project includes it
    double operationalCo2eKg = 0.0; ///< location-based, without embodied
    double marketCo2eKg = 0.0;
    double costUsd = 0.0;
    bool complete = true;
    Quantities &operator+=(const Quantities &other);
};

/** What moved the carbon from plan to actual, in the order they are applied. */
enum class Driver {
    Hours,
    Instance,
    Region,
    Utilization,
    Usage, ///< storage, transfer and other usage: more or less of it
    Other
};

struct DriverShare
{
    Driver driver = Driver::Other;
    double co2eKg = 0.0; ///< change of kgCO2e this driver accounts for
    QString detail; ///< e.g. "1,200 h instead of 800 h"
};

struct ComponentComparison
{
    ComponentRef ref;
    QString name;
    ComponentType type = ComponentType::Compute;
    Quantities planned;
    Quantities actual;
    QString plannedInstance;
    QString actualInstance; ///< the instance type with most billed hours
    QString plannedRegion;
    QString actualRegion; ///< the region with most billed usage
    std::optional<double> plannedUtilization;
    std::optional<double> measuredUtilization; ///< hours-weighted over matched measurements
    std::optional<double> measuredPowerW; ///< per instance, from CodeCarbon
    qint64 usageRows = 0;
    qint64 measurements = 0;
    std::vector<DriverShare> drivers;
};

struct StageComparison
{
    StageKind kind = StageKind::DataProcessing;
    QString name;
    Quantities planned;
    Quantities actual;
    std::vector<ComponentComparison> components;
};

/** Unplanned usage summed over its days (row.day is the first, lastDay the last). */
struct UnplannedComparison
{
    UsageRow row;
    QDate lastDay;
    QString reason;
    Quantities actual;
};

/** AWS's own figure (carbon-emissions export) beside Greenprint's for the same months and regions.
 */
struct AwsComparison
{
    QDate firstMonth;
    QDate lastMonth;
    QStringList regions;
    QStringList modelVersions;
    double awsLocationCo2eKg = 0.0;
    std::optional<double> awsMarketCo2eKg;
    Quantities greenprint; ///< all billed usage (planned or not) in those months and regions
    QStringList gapReasons;
};

struct Comparison
{
    QString projectName;
    QDate firstDay;
    QDate lastDay;
    Quantities plannedTotal;
    Quantities actualTotal;
    std::vector<StageComparison> stages;
    std::vector<UnplannedComparison> unplanned;
    std::vector<Measurement> unmatchedMeasurements;
    qint64 rowsOutsidePeriod = 0;
    std::optional<AwsComparison> aws;
    QStringList assumptions;
    Issues issues;
};

struct ActualInputs
{
    std::vector<UsageRow> usage;
    std::vector<CarbonRow> carbon;
    std::vector<Measurement> measurements;
    MatchOptions options;
};

/**
 * The load a plan assumes for a component that runs instances, as one average over its hours
 * (0..1); nullopt for components without instances. A job sized from work ran at the load its
 * work implied (`estimate`'s acceleratorLoad), never at its `utilization` field, which the
 * estimator then ignores; a real-time or async endpoint with work is busy at that load and idle
 * for the rest of its provisioned hours. Comparison and calibration both start from it.
 */
std::optional<double> plannedUtilization(const Component &component,
                                         const ComponentEstimate *estimate);

/**
 * Matches the inputs to the plan and compares. The actual side is estimated
 * with the plan's own method and settings: each billed row is valued at the
 * footprint of one unit of it (an instance-hour of its instance type in its
 * region at the component's measured utilization - else the planned one -,
 * a GB-month of its storage class, a GB transferred), so that plan and actual
 * differ only by what really ran. The carbon variance is then split by
 * substituting, one at a time, actual hours, instance type, region and
 * utilization into the plan; what remains is "other" (several instance types
 * or regions, work-sized plans, storage beside compute).
 */
Comparison compareActuals(const Project &project, const Estimate &plan,
                          const ReferenceData &reference, const ActualInputs &inputs);

QString driverKey(Driver driver);

} // namespace greenprint::actuals
