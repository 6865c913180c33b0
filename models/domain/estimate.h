// SPDX-License-Identifier: GPL-3.0-or-later
// The result of estimating a project: per component, per stage and in total.
#pragma once

#include "../units.h"
#include "issue.h"
#include "project.h"

#include <QString>

#include <vector>

namespace greenprint {

/** Energy, carbon and cost of one component, one stage or the whole project. */
struct Footprint
{
    EnergyKWh itEnergy;          ///< at the servers, before PUE
    EnergyKWh energy;            ///< facility energy: IT energy x PUE
    Co2eKg operationalCo2e;      ///< location-based: facility energy x grid intensity
    Co2eKg embodiedCo2e;         ///< manufacturing share over the hours used
    Co2eKg co2e;                 ///< operational + embodied (when the project includes embodied)
    CostUsd cost;

    Footprint &operator+=(const Footprint &other);
    bool operator==(const Footprint &) const = default;
};

struct ComponentEstimate
{
    QString name;
    ComponentType type = ComponentType::Compute;
    QString instance;            ///< empty for storage, transfer, logs
    QString region;
    int count = 0;               ///< instances (0 where none)
    Hours hours;                 ///< instance wall-clock hours, or storage hours
    PowerW averagePower;         ///< per instance at the given utilization, before PUE
    double pue = 1.0;
    Footprint footprint;
};

struct StageEstimate
{
    StageKind kind = StageKind::DataProcessing;
    QString name;
    QString region;
    std::vector<ComponentEstimate> components;
    Footprint footprint;
};

struct Estimate
{
    QString projectName;
    Methodology methodology = Methodology::Greenprint;
    QString dataVersion;
    bool includeEmbodied = true;
    std::vector<StageEstimate> stages;
    Footprint total;
    /** Fallbacks and unresolved references met while estimating (never fatal). */
    Issues issues;
};

} // namespace greenprint
