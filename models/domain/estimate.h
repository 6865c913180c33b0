// SPDX-License-Identifier: GPL-3.0-or-later
// The result of estimating a project: per component, per stage and in total.
#pragma once

#include "../units.h"
#include "issue.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

#include <vector>

namespace greenprint {

/** One end of an uncertainty band. */
struct Band
{
    EnergyKWh energy; ///< facility energy
    Co2eKg co2e; ///< location-based operational + embodied
    Band &operator+=(const Band &other);
    bool operator==(const Band &) const = default;
};

/**
 * The inputs whose ranges make a footprint's band. Each is varied alone, the others
 * held central, to say which one drives the width.
 */
enum class BandDriver {
    AchievedFraction, ///< fraction of peak a work-sized job reaches: its hours and its load
    InstancePower, ///< the profile's power band at a given load
    GridIntensity, ///< the spread of the grid datasets for the Region
};
inline constexpr int kBandDriverCount = 3;

/** A footprint with one driver at its favourable (`low`) and unfavourable (`high`) end. */
struct DriverRange
{
    Band low;
    Band high;
    DriverRange &operator+=(const DriverRange &other);
    bool operator==(const DriverRange &) const = default;
};

/** Energy, carbon and cost of one component, one stage or the whole project. */
struct Footprint
{
    EnergyKWh itEnergy; ///< at the servers, before PUE
    EnergyKWh energy; ///< facility energy: IT energy x PUE
    Co2eKg operationalCo2e; ///< location-based: facility energy x grid intensity
    Co2eKg embodiedCo2e; ///< manufacturing share over the hours used
    Co2eKg co2e; ///< operational + embodied (when the project includes embodied)
    /**
     * Market-based (GHG Protocol Scope 2): operational carbon only, at 0 g/kWh
     * where AWS matched the Region's electricity with renewables in the
     * project's year and at the location-based factor elsewhere. Embodied
     * emissions are Scope 3 and stay in co2e. Reported beside co2e, never
     * instead of it.
     */
    Co2eKg marketCo2e;
    CostUsd cost;
    /// The band: the drivers' ranges combined in quadrature (engine/banddrivers.h).
    Band low;
    Band high;
    /** Per BandDriver: the band with that input alone at its ends (a tornado chart's bars). */
    std::array<DriverRange, kBandDriverCount> drivers{};
    /**
     * False when some part could not be estimated (an Error issue: unknown
     * instance or region, work without a published peak): energy, carbon and
     * hours are then a partial sum, never to be shown or compared as a figure.
     */
    bool complete = true;
    /** False when some price is missing: `cost` is then a partial sum; show "unknown". */
    bool costKnown = true;

    /** Energy, location- and market-based carbon and cost, without the bands. */
    Totals totals() const { return {energy, co2e, marketCo2e, cost}; }

    Footprint &operator+=(const Footprint &other);
    bool operator==(const Footprint &) const = default;
};

/**
 * What a footprint's figures are worth: the one status every view, chart and
 * export reads. Ordered from best to worst, so std::max gives the status of a
 * figure computed from two.
 */
enum class FigureStatus {
    Known, ///< every figure estimated
    CostUnknown, ///< energy and carbon estimated; some price is missing
    NotEstimated, ///< some part could not be estimated: no figure stands
};

FigureStatus figureStatus(const Footprint &footprint);

/**
 * A footprint per functional unit, in the form of the Software Carbon
 * Intensity specification (ISO/IEC 21031): SCI = (E x I + M) per R, where
 * E x I is the operational carbon, M the embodied carbon and R the number of
 * functional units delivered (training runs, thousands of requests...).
 */
enum class FunctionalUnit {
    PipelineRun, ///< one run of the data-processing stage
    NotebookWeek, ///< one notebook used for one week
    ModelBuildingRun, ///< one round of model building (no notebooks planned)
    TrainingRun, ///< one training run, tuning and storage included
    ThousandRequests, ///< 1,000 inference requests served
    MillionTokens, ///< 1 million tokens served, prompt and output tokens together
    Plan, ///< the plan as a whole (nothing countable planned)
};

struct PerUnit
{
    FunctionalUnit functionalUnit = FunctionalUnit::Plan;
    double units = 0.0; ///< R: functional units delivered (0 when not stated)
    /// (E x I + M) / R; empty when R is 0 or the footprint is not estimated
    std::optional<double> co2eKgPerUnit;
    /// facility energy / R; empty when R is 0 or not estimated
    std::optional<double> energyKWhPerUnit;
    bool operator==(const PerUnit &) const = default;
};

/**
 * A constant the estimate read, as the method used it: its value, unit and source.
 * The engine lists them (Estimate::constants) so that no view keeps its own list.
 */
struct UsedConstant
{
    QString key; ///< the reference data's key (coefficients.csv), or the peer tool's own
    double value = 0.0;
    QString unit; ///< empty where the source states none
    QString vintage;
    QString source; ///< "a | b" as in the reference data; empty for a built-in fallback
    bool assumption = false;
    bool operator==(const UsedConstant &) const = default;
};

struct ComponentEstimate
{
    QString name;
    ComponentType type = ComponentType::Compute;
    QString instance; ///< empty for storage, transfer, logs
    QString region;
    int count = 0; ///< instances (0 where none)
    Hours hours; ///< instance wall-clock hours (all runs of a recurring job), or storage hours
    double runs = 1.0; ///< of a recurring compute job (ComputeSpec::recurrence), else 1
    PowerW averagePower; ///< per instance at the given utilization, before PUE
    Pue pue;
    double gridGCo2ePerKWh = 0.0; ///< the intensity used (central)
    bool hoursDerived = false; ///< hours follow from the component's work
    /// Peak of all accelerators of one instance: at the work's precision when sized
    /// from work, else at bf16 (or the nearest published figure); empty when unpublished.
    std::optional<double> instanceThroughputTflops;
    /// instanceThroughputTflops is a published achieved rate, not a peak (no MFU applies).
    bool throughputAchieved = false;
    std::optional<double>
        achievedUtilization; ///< achieved fraction of peak FLOPs that set the hours
    /** Load on the accelerators' power curve while the work runs (derived or overridden). */
    std::optional<double> acceleratorLoad;
    /**
     * Wall-clock hours per instance of one run of the work, as work sizing computed them
     * (one trial of a tuning job; an endpoint's busy hours, before its hours provisioned
     * cap them); empty when the hours are stated rather than derived.
     */
    std::optional<Hours> workHoursPerRun;
    /**
     * Load on the power curve the method applied while the instance works (central): the
     * component's utilization, the load its work implies, or the method's own fixed figure
     * (Cloud Carbon Footprint's). Empty when no modelled power was applied (measured
     * power, an unknown instance, storage, transfer, logs).
     */
    std::optional<double> appliedLoadFraction;
    /** Load the method applied during idle hours (notebooks, provisioned endpoints); empty
     * when none were counted. */
    std::optional<double> idleLoadFraction;
    Footprint footprint;

    /** Wall-clock hours per instance of one run. */
    Hours hoursPerRun() const { return Hours{runs > 0.0 ? hours.h / runs : 0.0}; }
};

struct StageEstimate
{
    StageKind kind = StageKind::DataProcessing;
    QString name;
    QString region;
    std::vector<ComponentEstimate> components;
    Footprint footprint;
    PerUnit perUnit; ///< per the stage's functional unit (engine/functionalunits.h)
    /// Inference: per 1 M tokens served, when every request served states its tokens; else empty
    std::optional<PerUnit> perMillionTokens;
};

struct Estimate
{
    QString projectName;
    Methodology methodology = Methodology::Greenprint;
    QString dataVersion;
    bool includeEmbodied = true;
    GridDatasetChoice gridDataset = GridDatasetChoice::Recommended; ///< the project's choice
    double serverLifetimeYears = 6.0;
    int marketBasedYear = 2023;
    std::vector<StageEstimate> stages;
    Footprint total;
    PerUnit perUnit; ///< the whole plan per the functional unit of its use
    /// The whole plan per 1 M tokens served, when its inference stage has that figure
    std::optional<PerUnit> perMillionTokens;
    /** The method as this estimate applied it, in a few sentences, numbers from the data. */
    QString methodSummary;
    /** Every assumption the estimate relied on, once each, for reports and the UI. */
    QStringList assumptions;
    /** The constants the method and the components read, once each, in the order met. */
    std::vector<UsedConstant> constants;
    /** Fallbacks and unresolved references met while estimating (never fatal). */
    Issues issues;
};

} // namespace greenprint
