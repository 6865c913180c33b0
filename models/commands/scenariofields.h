// SPDX-License-Identifier: GPL-3.0-or-later
// Traits of the scenario fields (name, ticked suggestions, overrides), for ChangeValue.
#pragma once

#include "changevalue.h"
#include "undocommands.h"

#include "document/projectdocument.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

namespace greenprint {

/** One override of one scenario: merges consecutive edits of the same path. */
struct ScenarioOverrideTarget
{
    int scenario = -1;
    QString path;
    bool operator==(const ScenarioOverrideTarget &) const = default;
};

namespace ScenarioField {

/** The scenario's name (target: the scenario's row). Names must stay unique; see rename(). */
struct Name
{
    using Value = QString;
    using Target = int;
    static constexpr UndoId id = UndoId::ScenarioName;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Rename scenario"));
    }
    static Value get(const ProjectDocument &d, Target s) { return d.project().scenarios[s].name; }
    static void set(ProjectDocument &d, Target s, const Value &v)
    {
        Scenario scenario = d.project().scenarios[s];
        scenario.name = v;
        d.setScenario(s, scenario);
    }
};

/** The ids of the ticked suggestions, in order. Every toggle is its own undo step. */
struct Suggestions
{
    using Value = QStringList;
    using Target = int;
    static constexpr UndoId id = UndoId::None;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Toggle suggestion"));
    }
    static Value get(const ProjectDocument &d, Target s)
    {
        return d.project().scenarios[s].suggestions;
    }
    static void set(ProjectDocument &d, Target s, const Value &v)
    {
        Scenario scenario = d.project().scenarios[s];
        scenario.suggestions = v;
        d.setScenario(s, scenario);
    }
};

/**
 * The scenario's whole override list (so undo restores the exact order);
 * the target names the override being edited, so typing into one value merges.
 */
struct Overrides
{
    using Value = std::vector<ScenarioOverride>;
    using Target = ScenarioOverrideTarget;
    static constexpr UndoId id = UndoId::ScenarioOverride;
    static QString text() { return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Set override")); }
    static Value get(const ProjectDocument &d, const Target &t)
    {
        return d.project().scenarios[t.scenario].overrides;
    }
    static void set(ProjectDocument &d, const Target &t, const Value &v)
    {
        Scenario scenario = d.project().scenarios[t.scenario];
        scenario.overrides = v;
        d.setScenario(t.scenario, scenario);
    }
};

/** The same list for structural override edits (rename a path, remove): never merged. */
struct OverrideList : Overrides
{
    static constexpr UndoId id = UndoId::None;
};

} // namespace ScenarioField

/**
 * Builders of the scenario edits the what-if view needs. Each returns a
 * command to push (obsolete, hence dropped by push(), when it changes nothing)
 * or nullptr when the edit is invalid (no such scenario, a taken name, an
 * empty path).
 */
namespace ScenarioEdits {

/** Renames scenario `row`; nullptr when `name` is empty or another scenario has it. */
std::unique_ptr<QUndoCommand> rename(ProjectDocument *document, int row, const QString &name);
/** Ticks suggestion `id` in scenario `row` (appended) or unticks it. */
std::unique_ptr<QUndoCommand> setSuggestion(ProjectDocument *document, int row, const QString &id,
                                            bool applied);
/**
 * Sets the override at overridePath(`path`, `value`) (replaced in place, else appended);
 * `value` is compact JSON. Overrides it makes moot are dropped: a removal of the object it
 * sets a key of (`recurrence` = null before `recurrence.every`), or, for a removal, the keys
 * set inside the removed object.
 */
std::unique_ptr<QUndoCommand> setOverride(ProjectDocument *document, int row, const QString &path,
                                          const QByteArray &value);
/**
 * Where an override of `path` to `value` goes: `null` for a key of an object an override
 * may create (`recurrence.every`: "Once") removes the whole object (`recurrence`), since the
 * file has no such object without that key; any other override stays at `path`.
 */
QString overridePath(const QString &path, const QByteArray &value);
/** Moves the override at `oldPath` to `newPath`, keeping its value and position. */
std::unique_ptr<QUndoCommand> renameOverride(ProjectDocument *document, int row,
                                             const QString &oldPath, const QString &newPath);
/** Removes the override at `path`. */
std::unique_ptr<QUndoCommand> removeOverride(ProjectDocument *document, int row,
                                             const QString &path);

} // namespace ScenarioEdits
} // namespace greenprint
