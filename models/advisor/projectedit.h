// SPDX-License-Identifier: GPL-3.0-or-later
// The copy a suggestion changes, with index-stable removal of components.
#pragma once

#include "domain/project.h"

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace greenprint {

/**
 * A copy of a project being changed by one or more suggestions. Suggestions
 * address components by (stage, index) in the baseline; removing a component
 * only marks it, so that the indexes of the others stay valid until finish()
 * erases the marked ones. Added components go to the end of their stage.
 *
 * Two ways to hold the copy. Over a `Project &`, the edit changes that project in
 * place. Over a `const Project &` baseline, it copies lazily: component() and
 * spec() copy only the components they hand out, so a change that edits or
 * removes a few components of a large plan costs what it touches, not the plan
 * (the advisor weighs every suggestion this way, changes() lists what differs).
 * project() and stage() need the whole plan: they copy it once, and from then on
 * the edit works on that copy (a pointer component() returned before is then
 * stale, as after a vector grows).
 */
class ProjectEdit
{
public:
    /** Edits `project` in place. */
    explicit ProjectEdit(Project &project)
        : m_project(&project)
    { }
    /** Edits a copy of `baseline`, made only as far as a change needs it. */
    explicit ProjectEdit(const Project &baseline)
        : m_baseline(&baseline)
    { }

    /** The whole changed project (copies the baseline first when the edit is lazy). */
    Project &project();
    /** A stage of the changed project (the whole project is copied, as for project()). */
    Stage &stage(StageKind kind) { return project().stage(kind); }
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

    /** One component of the baseline a lazy edit touched: its new value, or removed. */
    struct ComponentChange
    {
        StageKind stage;
        int index = 0; ///< in the baseline
        const Component *after = nullptr; ///< nullptr when removed
    };
    /**
     * When the edit is lazy and the whole project was never needed: the components
     * it handed out or removed, by stage and index (a handed-out component may be
     * unchanged). Nullopt otherwise: read project() then. A list taken stays valid
     * when project() is asked for later (until the edit is destroyed).
     */
    std::optional<std::vector<ComponentChange>> changes() const;

private:
    using Key = std::pair<int, int>; // (stage, index)

    Project *m_project = nullptr; ///< the project changed in place, or the whole copy
    const Project *m_baseline = nullptr; ///< the lazy edit's baseline
    std::optional<Project> m_copy; ///< the lazy edit's whole copy, once needed
    std::map<Key, Component> m_touched; ///< the lazy edit's copied components
    std::set<Key> m_removed;
    bool m_finished = false;
};

} // namespace greenprint
