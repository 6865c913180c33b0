// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedit.h"

namespace greenprint {

Component *ProjectEdit::component(StageKind kind, int index)
{
    ComponentList &components = m_project.stage(kind).components;
    if (index < 0 || index >= int(components.size()) || m_removed.contains({int(kind), index}))
        return nullptr;
    return &components[std::size_t(index)];
}

void ProjectEdit::remove(StageKind kind, int index)
{
    if (component(kind, index))
        m_removed.insert({int(kind), index});
}

void ProjectEdit::finish()
{
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it) {
        ComponentList &components = m_project.stages[std::size_t(it->first)].components;
        components.erase(components.begin() + it->second);
    }
    m_removed.clear();
}

} // namespace greenprint
