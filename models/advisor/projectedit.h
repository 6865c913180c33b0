// SPDX-License-Identifier: GPL-3.0-or-later
// The copy a suggestion changes, with index-stable removal of components.
#pragma once

#include "domain/project.h"

#include <set>
#include <utility>

namespace greenprint {

/**
 * A copy of a project being changed by one or more suggestions. Suggestions
 * address components by (stage, index) in the baseline; removing a component
 * only marks it, so that the indexes of the others stay valid until finish()
 * erases the marked ones. Added components go to the end of their stage.
 */
class ProjectEdit
{
public:
    explicit ProjectEdit(Project &project)
        : m_project(project)
    { }

    Project &project() { return m_project; }
    Stage &stage(StageKind kind) { return m_project.stage(kind); }
    /** The component at `index` of a stage, or nullptr if out of range or removed. */
    Component *component(StageKind kind, int index);
    /** The spec of that component if it has type T, else nullptr. */
    template<typename T>
    T *spec(StageKind kind, int index)
    {
        Component *c = component(kind, index);
        return c ? std::get_if<T>(&c->spec) : nullptr;
    }
    /** Marks a component for removal (done by finish()). */
    void remove(StageKind kind, int index);
    /** Erases the marked components. Call once, after every change. */
    void finish();

private:
    Project &m_project;
    std::set<std::pair<int, int>> m_removed;
};

} // namespace greenprint
