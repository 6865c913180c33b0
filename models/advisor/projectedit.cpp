// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedit.h"

namespace greenprint {

Project &ProjectEdit::project()
{
    if (!m_project) {
        m_copy = *m_baseline;
        // Copied, not moved: what changes() listed before stays valid.
        for (const auto &[key, component] : m_touched)
            m_copy->stages[std::size_t(key.first)].components[std::size_t(key.second)] = component;
        m_project = &*m_copy;
        if (m_finished)
            finish();
    }
    return *m_project;
}

Component *ProjectEdit::component(StageKind kind, int index)
{
    const Key key{int(kind), index};
    if (m_removed.contains(key))
        return nullptr;
    if (m_project) {
        ComponentList &components = m_project->stage(kind).components;
        if (index < 0 || index >= int(components.size()))
            return nullptr;
        return &components[std::size_t(index)];
    }
    const ComponentList &components = m_baseline->stage(kind).components;
    if (index < 0 || index >= int(components.size()))
        return nullptr;
    auto it = m_touched.find(key);
    if (it == m_touched.end())
        it = m_touched.emplace(key, components[std::size_t(index)]).first;
    return &it->second;
}

void ProjectEdit::remove(StageKind kind, int index)
{
    if (component(kind, index)) {
        m_removed.insert({int(kind), index});
        if (!m_project)
            m_touched.erase({int(kind), index});
    }
}

void ProjectEdit::finish()
{
    m_finished = true;
    if (!m_project)
        return; // a lazy edit keeps its marks: changes() lists them
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it) {
        ComponentList &components = m_project->stages[std::size_t(it->first)].components;
        components.erase(components.begin() + it->second);
    }
    m_removed.clear();
}

std::optional<std::vector<ProjectEdit::ComponentChange>> ProjectEdit::changes() const
{
    if (m_project)
        return std::nullopt;
    std::vector<ComponentChange> result;
    result.reserve(m_touched.size() + m_removed.size());
    auto touched = m_touched.cbegin();
    auto removed = m_removed.cbegin();
    // Both are ordered by (stage, index) and never share a key: merge them.
    while (touched != m_touched.cend() || removed != m_removed.cend()) {
        const bool takeTouched = removed == m_removed.cend()
            || (touched != m_touched.cend() && touched->first < *removed);
        if (takeTouched) {
            result.push_back(
                {StageKind(touched->first.first), touched->first.second, &touched->second});
            ++touched;
        } else {
            result.push_back({StageKind(removed->first), removed->second, nullptr});
            ++removed;
        }
    }
    return result;
}

} // namespace greenprint
