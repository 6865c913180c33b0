// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint estimator: a pure function of (Project, ReferenceData).
#pragma once

/*
 * Estimator
 * =========
 * estimateProject() turns a Project into an Estimate: per component, summed per
 * stage and in total, IT energy (kWh), facility energy (IT x PUE), operational
 * location-based kgCO2e (facility kWh x the region's grid intensity), embodied
 * kgCO2e (manufacturing share over the hours used) and cost (USD).
 *
 * It does no I/O, emits no signals and keeps no state, so every formula can be
 * table-tested (tests/models/tst_estimator.cpp) and the what-if view can run it
 * on copies of a project. Names resolve through CatalogLookup
 * (domain/cataloglookup.h): project catalog, then the reference data with the
 * user's own catalog merged in, then sizes derived by vCPU.
 * Anything it cannot resolve (unknown instance or region, a missing price)
 * becomes an Issue with the JSON path of the field; the rest still counts.
 *
 * The formulas and their sources are described in README.md ("Method").
 */

#include "../domain/estimate.h"
#include "../domain/project.h"
#include "../domain/referencedata.h"

#include <memory>
#include <optional>

namespace greenprint {

/**
 * Stages with at least this many components are estimated on two threads: below it, starting a
 * thread and a second lookup costs more than it saves.
 */
inline constexpr int kConcurrentStageComponents = 8192;

/** Estimates the whole project. Never fails; problems are in Estimate::issues. */
[[nodiscard]] Estimate estimateProject(const Project &project, const ReferenceData &reference);

/**
 * estimateProject() with stages of at least `concurrentStageComponents` components estimated
 * on two threads, each half of the stage on one: the same estimate, to the last bit, as on one.
 */
[[nodiscard]] Estimate estimateProject(const Project &project, const ReferenceData &reference,
                                       int concurrentStageComponents);

/** True for the components whose hours are job hours: compute, tuning, notebook, endpoint. */
bool hasJobHours(ComponentType type);

/**
 * Weighs variants of one plan that differ from it only in their components, as
 * the advisor's suggestions do, in time proportional to what changed: a component
 * equal to the plan's, in the same stage, keeps the plan's figures (a component's
 * estimate depends on it and its stage alone); only the others are estimated, each
 * to the figures estimateProject() gives it in the whole changed plan.
 *
 * `plan`, `planEstimate` (estimateProject(plan, reference)) and `reference` must
 * outlive it.
 */
class VariantEstimator
{
public:
    VariantEstimator(const Project &plan, const Estimate &planEstimate,
                     const ReferenceData &reference);
    ~VariantEstimator();
    VariantEstimator(const VariantEstimator &) = delete;
    VariantEstimator &operator=(const VariantEstimator &) = delete;

    /** One component of the plan a variant changes: its new value, or nullptr when removed. */
    struct ChangedComponent
    {
        int stage = 0;
        int index = 0; ///< in the plan
        const Component *after = nullptr;
    };
    /** The plan's figures of the changed components and the variant's, each summed. */
    struct Difference
    {
        Footprint before; ///< the plan's figures of the changed components
        Footprint after; ///< the variant's figures of them (removed ones count nothing)
        double jobHoursBefore = 0.0;
        double jobHoursAfter = 0.0;
        int errorCountBefore = 0; ///< Error issues of the changed components in the plan
        int errorCount = 0; ///< Error issues of the changed components in the variant
        /** Every changed component is priced on both sides: the cost change is a figure. */
        bool costKnown = true;
    };
    /**
     * The difference a variant given by its changed components alone makes, in time
     * proportional to the changes, not to the plan (the advisor weighs every suggestion
     * that changes components this way, whatever the plan's size). Savings are `before` minus
     * `after`, with no sum of the whole plan in between: a change that leaves the
     * figures as they are saves exactly zero. A plan with Error issues is weighed the
     * same way (a component's issues, like its figures, depend on it and its stage
     * alone): the variant has errorCount - errorCountBefore more Error issues than the
     * plan. Nullopt when a stage becomes empty (its Region's issues may go): estimate
     * the variant whole then. `changes` are ordered by stage and index, each component
     * at most once.
     */
    std::optional<Difference> difference(const std::vector<ChangedComponent> &changes) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/**
 * Stamps the project's provenance with the estimate's reference-data version and
 * totals; call it on the copy being saved (the document and `greenprint upgrade` do).
 */
void recordProvenance(Project &project, const Estimate &estimate);

} // namespace greenprint
