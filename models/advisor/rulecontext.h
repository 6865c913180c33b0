// SPDX-License-Identifier: GPL-3.0-or-later
// What every rule sees: the baseline project, its estimate and the reference data.
#pragma once

#include "feasibility.h"

#include "domain/cataloglookup.h"
#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QString>

namespace greenprint {

/**
 * The read-only input of the rules, and the state of one run of the advisor
 * (the plan's catalog lookup, the feasibility checks over it). Holds references:
 * the project, the reference data and the baseline estimate must outlive the
 * context. Used on one thread at a time.
 */
class RuleContext
{
public:
    RuleContext(const Project &project, const ReferenceData &reference, const Estimate &baseline);

    const Project &project() const { return m_project; }
    const ReferenceData &reference() const { return m_reference; }
    const Estimate &baseline() const { return m_baseline; }
    const Constraints &constraints() const { return m_project.constraints; }

    /** An instance type, resolved as the estimator resolves it (CatalogLookup); or nullptr. */
    const InstanceSpec *instance(const QString &id) const { return m_catalog.instance(id); }
    /** How the plan's names resolve, shared with the estimator. */
    const CatalogLookup &catalog() const { return m_catalog; }
    /**
     * Whether the plan and its changes can run (feasibility.h), resolving names through
     * catalog(): one lookup for the whole run of the advisor, not one per check.
     */
    const Feasibility &feasibility() const { return m_feasibility; }
    /** The baseline estimate of one component, or nullptr. */
    const ComponentEstimate *estimate(StageKind stage, int index) const;
    /** The baseline kgCO2e of the whole plan. */
    double totalCo2eKg() const { return m_baseline.total.co2e.kg; }

    /** Calls `f(stage, index, component)` for every component of the plan, stage by stage. */
    template<typename F>
    void forEachComponent(F f) const
    {
        for (StageKind kind : kAllStageKinds) {
            const ComponentList &components = m_project.stage(kind).components;
            for (int i = 0; i < int(components.size()); ++i)
                f(kind, i, components[std::size_t(i)]);
        }
    }

    /** Calls `f(stage, index, component, spec)` for every component whose spec is a T. */
    template<typename T, typename F>
    void forEach(F f) const
    {
        forEachComponent([&f](StageKind kind, int i, const Component &c) {
            if (const T *spec = std::get_if<T>(&c.spec))
                f(kind, i, c, *spec);
        });
    }

private:
    const Project &m_project;
    const ReferenceData &m_reference;
    const Estimate &m_baseline;
    CatalogLookup m_catalog;
    Feasibility m_feasibility;
};

} // namespace greenprint
