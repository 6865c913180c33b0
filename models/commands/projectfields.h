// SPDX-License-Identifier: GPL-3.0-or-later
// Traits of the project-level fields (name, region, stage regions, settings, constraints), for
// ChangeValue.
#pragma once

#include "changevalue.h"
#include "undocommands.h"

#include "document/projectdocument.h"

#include <optional>

namespace greenprint {

/** The target of project-wide fields: there is only one project per document. */
struct ProjectTarget
{
    bool operator==(const ProjectTarget &) const = default;
};

namespace ProjectField {

struct Name
{
    using Value = QString;
    using Target = ProjectTarget;
    static constexpr UndoId id = UndoId::ProjectName;
    static QString text() { return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Rename project")); }
    static Value get(const ProjectDocument &d, Target) { return d.project().name; }
    static void set(ProjectDocument &d, Target, const Value &v) { d.setProjectName(v); }
};

struct Region
{
    using Value = QString;
    using Target = ProjectTarget;
    static constexpr UndoId id = UndoId::ProjectRegion;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change project region"));
    }
    static Value get(const ProjectDocument &d, Target) { return d.project().region; }
    static void set(ProjectDocument &d, Target, const Value &v) { d.setProjectRegion(v); }
};

/** A stage's region override; the target is the stage index and "" means the project's region. */
struct StageRegion
{
    using Value = QString;
    using Target = int;
    static constexpr UndoId id = UndoId::StageRegion;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change stage region"));
    }
    static Value get(const ProjectDocument &d, Target stage)
    {
        return d.project().stages[stage].region;
    }
    static void set(ProjectDocument &d, Target stage, const Value &v)
    {
        d.setStageRegion(stage, v);
    }
};

/**
 * One member of a part of the project (its settings, its constraints): the
 * document's setter replaces the whole part, so that it emits one change.
 */
template<typename Part, Part Project::*Whole, void (ProjectDocument::*Setter)(const Part &),
         typename T, T Part::*Member>
struct PartMember
{
    using Value = T;
    using Target = ProjectTarget;
    static Value get(const ProjectDocument &d, Target) { return d.project().*Whole.*Member; }
    static void set(ProjectDocument &d, Target, const Value &v)
    {
        Part part = d.project().*Whole;
        part.*Member = v;
        (d.*Setter)(part);
    }
};

/** One member of ProjectSettings. */
template<typename T, T ProjectSettings::*Member>
using SettingsMember =
    PartMember<ProjectSettings, &Project::settings, &ProjectDocument::setSettings, T, Member>;

struct Methodology : SettingsMember<greenprint::Methodology, &ProjectSettings::methodology>
{
    static constexpr UndoId id = UndoId::SettingsMethodology;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change methodology"));
    }
};

struct IncludeEmbodied : SettingsMember<bool, &ProjectSettings::includeEmbodied>
{
    static constexpr UndoId id = UndoId::SettingsIncludeEmbodied;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change embodied carbon"));
    }
};

struct Pue : SettingsMember<std::optional<double>, &ProjectSettings::pue>
{
    static constexpr UndoId id = UndoId::SettingsPue;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change PUE override"));
    }
};

struct SpotDiscount : SettingsMember<std::optional<double>, &ProjectSettings::spotDiscountFraction>
{
    static constexpr UndoId id = UndoId::SettingsSpotDiscount;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change spot discount"));
    }
};

struct GridDataset : SettingsMember<GridDatasetChoice, &ProjectSettings::gridDataset>
{
    static constexpr UndoId id = UndoId::SettingsGridDataset;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change grid-intensity dataset"));
    }
};

struct ServerLifetime : SettingsMember<double, &ProjectSettings::serverLifetimeYears>
{
    static constexpr UndoId id = UndoId::SettingsServerLifetime;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change server lifetime"));
    }
};

struct MarketBasedYear : SettingsMember<int, &ProjectSettings::marketBasedYear>
{
    static constexpr UndoId id = UndoId::SettingsMarketBasedYear;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change market-based year"));
    }
};

/** One member of Constraints: every constraint is its own undoable edit. */
template<typename T, T Constraints::*Member>
using ConstraintsMember =
    PartMember<Constraints, &Project::constraints, &ProjectDocument::setConstraints, T, Member>;

/** The regions the plan may use; empty: any region. */
struct AllowedRegions : ConstraintsMember<QStringList, &Constraints::allowedRegions>
{
    static constexpr UndoId id = UndoId::ConstraintsAllowedRegions;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change allowed regions"));
    }
};

struct AccuracyFloor : ConstraintsMember<std::optional<double>, &Constraints::accuracyFloor>
{
    static constexpr UndoId id = UndoId::ConstraintsAccuracyFloor;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change accuracy floor"));
    }
};

struct LatencyCeiling : ConstraintsMember<std::optional<double>, &Constraints::latencyCeilingMs>
{
    static constexpr UndoId id = UndoId::ConstraintsLatencyCeiling;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change latency ceiling"));
    }
};

struct ServesEdgeDevices : ConstraintsMember<bool, &Constraints::servesEdgeDevices>
{
    static constexpr UndoId id = UndoId::ConstraintsEdgeDevices;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change edge devices"));
    }
};

/** The region nearest the endpoints' users; empty: near the endpoints' current region. */
struct UsersRegion : ConstraintsMember<QString, &Constraints::usersRegion>
{
    static constexpr UndoId id = UndoId::ConstraintsUsersRegion;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change users' region"));
    }
};

} // namespace ProjectField
} // namespace greenprint
