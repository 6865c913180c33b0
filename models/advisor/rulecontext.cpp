// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulecontext.h"

namespace greenprint {

RuleContext::RuleContext(const Project &project, const ReferenceData &reference,
                         const Estimate &baseline)
    : m_project(project)
    , m_reference(reference)
    , m_baseline(baseline)
    , m_catalog(project, reference)
    , m_feasibility(m_catalog, project)
{ }

const ComponentEstimate *RuleContext::estimate(StageKind stage, int index) const
{
    const int s = int(stage);
    if (s >= int(m_baseline.stages.size()))
        return nullptr;
    const std::vector<ComponentEstimate> &components = m_baseline.stages[std::size_t(s)].components;
    if (index < 0 || index >= int(components.size()))
        return nullptr;
    return &components[std::size_t(index)];
}

} // namespace greenprint
