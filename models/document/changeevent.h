// SPDX-License-Identifier: GPL-3.0-or-later
// What changed in a ProjectDocument: coarse typed flags plus the indexes they concern.
#pragma once

#include <QFlags>
#include <QMetaType>

namespace greenprint {

enum class ChangeFlag : unsigned {
    None = 0,
    ProjectName = 1u << 0,
    ProjectRegion = 1u << 1,
    StageRegion = 1u << 2, ///< `stage` set
    Settings = 1u << 3,
    Catalog = 1u << 4, ///< project-local instances or regions
    ComponentData = 1u << 5, ///< `stage`, `component` set
    ComponentInserted = 1u << 6, ///< `stage`, `component` (the new row) set
    ComponentRemoved = 1u << 7, ///< `stage`, `component` (the old row) set
    ComponentMoved = 1u << 8, ///< `stage`, `component` (from) and `toComponent` set
    Reset = 1u << 9, ///< a new project was loaded or created: forget everything
    ScenarioInserted = 1u << 10, ///< `component` holds the new scenario's row
    ScenarioRemoved = 1u << 11, ///< `component` holds the old scenario's row
    ScenarioData = 1u << 12, ///< `component` holds the changed scenario's row
    Constraints = 1u << 13, ///< the project's constraints (allowed regions, ceilings, floors)
};
Q_DECLARE_FLAGS(ChangeFlags, ChangeFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeFlags)

/** One change, emitted by ProjectDocument::changed() after the project was modified. */
struct ChangeEvent
{
    ChangeFlags flags;
    int stage = -1;
    int component = -1;
    int toComponent = -1;

    bool has(ChangeFlag flag) const { return flags.testFlag(flag); }
    /** True when the change touches the component at (stage, component) or everything. */
    bool concerns(int stageIndex, int componentIndex) const
    {
        return has(ChangeFlag::Reset) || (stage == stageIndex && component == componentIndex);
    }
};

/** Identifies a component by position: stage index (0..3) and row within the stage. */
struct ComponentRef
{
    int stage = -1;
    int index = -1;

    bool isValid() const { return stage >= 0 && index >= 0; }
    bool operator==(const ComponentRef &) const = default;
};

} // namespace greenprint

Q_DECLARE_METATYPE(greenprint::ChangeEvent)
Q_DECLARE_METATYPE(greenprint::ComponentRef)
