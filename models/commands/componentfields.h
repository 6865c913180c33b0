// SPDX-License-Identifier: GPL-3.0-or-later
// Traits of every editable component field, for ChangeValue<Traits>.
#pragma once

#include "changevalue.h"
#include "componentfactory.h"
#include "undocommands.h"

#include "document/changeevent.h"
#include "document/projectdocument.h"

#include <optional>
#include <variant>

namespace greenprint {
namespace Internal {

/** Reads and writes a whole Component; the field traits below build on it. */
struct ComponentTarget
{
    using Target = ComponentRef;
    static const Component &component(const ProjectDocument &document, ComponentRef ref)
    {
        const Component *c = document.component(ref);
        Q_ASSERT(c);
        return *c;
    }
};

/** A member of one spec alternative, e.g. ComputeSpec::hours. */
template<typename Spec, typename T, T Spec::*Member>
struct SpecMember : ComponentTarget
{
    using Value = T;
    using SpecType = Spec;
    static Value get(const ProjectDocument &document, ComponentRef ref)
    {
        const auto *spec = std::get_if<Spec>(&component(document, ref).spec);
        return spec ? spec->*Member : Value{};
    }
    static void set(ProjectDocument &document, ComponentRef ref, const Value &value)
    {
        Component c = component(document, ref);
        if (auto *spec = std::get_if<Spec>(&c.spec)) {
            spec->*Member = value;
            document.setComponent(ref, c);
        }
    }
};

} // namespace Internal

namespace ComponentField {

#define GREENPRINT_SPEC_FIELD(Name, Spec, Type, Member, MergeId, Text) \
    struct Name : Internal::SpecMember<Spec, Type, &Spec::Member> \
    { \
        static constexpr UndoId id = UndoId::MergeId; \
        static QString text() { return undoText(Text); } \
    };

/** The component's display name (any type). */
struct Name : Internal::ComponentTarget
{
    using Value = QString;
    static constexpr UndoId id = UndoId::ComponentName;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Rename component"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r) { return component(d, r).name; }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        c.name = v;
        d.setComponent(r, c);
    }
};

/**
 * A whole component: calibration from actuals replaces several fields and
 * their provenance at once. Never merged: each calibration is its own step.
 */
struct Whole : Internal::ComponentTarget
{
    using Value = Component;
    static constexpr UndoId id = UndoId::None;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Calibrate component from actuals"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r) { return component(d, r); }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v) { d.setComponent(r, v); }
};

/** The instance type of compute, notebook, tuning and endpoint components. */
struct Instance : Internal::ComponentTarget
{
    using Value = QString;
    static constexpr UndoId id = UndoId::ComponentInstance;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change instance type"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        return component(d, r).instance();
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        std::visit(
            [&](auto &s) {
                if constexpr (requires { s.instance; })
                    s.instance = v;
            },
            c.spec);
        d.setComponent(r, c);
    }
};

/** The number of instances of compute, tuning (per trial), endpoint and notebook components. */
struct Count : Internal::ComponentTarget
{
    using Value = int;
    static constexpr UndoId id = UndoId::ComponentCount;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change instance count"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        return std::visit(
            [](const auto &s) -> int {
                if constexpr (requires { s.count; })
                    return s.count;
                else
                    return 0;
            },
            component(d, r).spec);
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        std::visit(
            [&](auto &s) {
                if constexpr (requires { s.count; })
                    s.count = v;
            },
            c.spec);
        d.setComponent(r, c);
    }
};

GREENPRINT_SPEC_FIELD(ComputeHours, ComputeSpec, double, hours, ComputeHours,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change hours"))
GREENPRINT_SPEC_FIELD(ComputeUtilization, ComputeSpec, double, utilization, ComputeUtilization,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change utilization"))
GREENPRINT_SPEC_FIELD(ComputeMeasuredPower, ComputeSpec, std::optional<double>, measuredPowerW,
                      ComputeMeasuredPower,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change measured power"))
GREENPRINT_SPEC_FIELD(ComputePricing, ComputeSpec, Pricing, pricing, ComputePricing,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change pricing"))

/**
 * How often a compute job recurs: nullopt runs it once. Choosing a period for a job
 * that ran once makes it recur for kDefaultPlanMonths (a year, as long as a new endpoint
 * is provisioned); changing the period keeps the months.
 */
struct ComputeRecurrenceEvery : Internal::ComponentTarget
{
    using Value = std::optional<RecurrencePeriod>;
    static constexpr UndoId id = UndoId::ComputeRecurrence;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change recurrence"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        const auto *s = std::get_if<ComputeSpec>(&component(d, r).spec);
        return s && s->recurrence ? Value(s->recurrence->every) : std::nullopt;
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        auto *s = std::get_if<ComputeSpec>(&c.spec);
        if (!s)
            return;
        if (!v)
            s->recurrence.reset();
        else
            s->recurrence =
                Recurrence{*v, s->recurrence ? s->recurrence->months : kDefaultPlanMonths};
        d.setComponent(r, c);
    }
};

/** The months a recurring compute job keeps running (0 when it runs once; ignored then). */
struct ComputeRecurrenceMonths : Internal::ComponentTarget
{
    using Value = double;
    static constexpr UndoId id = UndoId::ComputeRecurrenceMonths;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change recurrence months"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        const auto *s = std::get_if<ComputeSpec>(&component(d, r).spec);
        return s && s->recurrence ? s->recurrence->months : 0.0;
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        auto *s = std::get_if<ComputeSpec>(&c.spec);
        if (!s || !s->recurrence)
            return;
        s->recurrence->months = v;
        d.setComponent(r, c);
    }
};

GREENPRINT_SPEC_FIELD(StorageClassField, StorageSpec, StorageClass, storageClass, StorageClassId,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change storage class"))
GREENPRINT_SPEC_FIELD(StorageSize, StorageSpec, double, sizeGB, StorageSize,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change stored size"))
GREENPRINT_SPEC_FIELD(StorageMonths, StorageSpec, double, months, StorageMonths,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change storage months"))

GREENPRINT_SPEC_FIELD(TransferSize, TransferSpec, double, sizeGB, TransferSize,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change transferred size"))
GREENPRINT_SPEC_FIELD(TransferRegion, TransferSpec, QString, toRegion, TransferRegion,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change destination region"))

GREENPRINT_SPEC_FIELD(NotebookActiveHours, NotebookSpec, double, activeHoursPerWeek,
                      NotebookActiveHours,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change active hours per week"))
GREENPRINT_SPEC_FIELD(NotebookIdleHours, NotebookSpec, double, idleHoursPerWeek, NotebookIdleHours,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change idle hours per week"))
GREENPRINT_SPEC_FIELD(NotebookWeeks, NotebookSpec, double, weeks, NotebookWeeks,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change weeks"))
GREENPRINT_SPEC_FIELD(NotebookUtilization, NotebookSpec, double, activeUtilization,
                      NotebookUtilization, QT_TRANSLATE_NOOP("Undo Commands", "Change utilization"))

GREENPRINT_SPEC_FIELD(TuningStrategyField, TuningSpec, TuningStrategy, strategy, TuningStrategyId,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change tuning strategy"))
GREENPRINT_SPEC_FIELD(TuningTrials, TuningSpec, int, trials, TuningTrials,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change trials"))
GREENPRINT_SPEC_FIELD(TuningHoursPerTrial, TuningSpec, double, hoursPerTrial, TuningHoursPerTrial,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change hours per trial"))
GREENPRINT_SPEC_FIELD(TuningUtilization, TuningSpec, double, utilization, TuningUtilization,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change utilization"))

GREENPRINT_SPEC_FIELD(EndpointModeField, EndpointSpec, EndpointMode, mode, EndpointModeId,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change endpoint mode"))
GREENPRINT_SPEC_FIELD(EndpointHours, EndpointSpec, double, hoursProvisioned, EndpointHours,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change hours provisioned"))
GREENPRINT_SPEC_FIELD(EndpointUtilization, EndpointSpec, double, utilization, EndpointUtilization,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change utilization"))
GREENPRINT_SPEC_FIELD(EndpointModels, EndpointSpec, int, modelsHosted, EndpointModels,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change models hosted"))

GREENPRINT_SPEC_FIELD(LogsGbPerMonth, LogsSpec, double, gbPerMonth, LogsGbPerMonth,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change log volume"))
GREENPRINT_SPEC_FIELD(LogsRetention, LogsSpec, double, retentionMonths, LogsRetention,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change log retention"))
GREENPRINT_SPEC_FIELD(LogsMonths, LogsSpec, double, months, LogsMonths,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change logging months"))

#undef GREENPRINT_SPEC_FIELD

} // namespace ComponentField

/** Pushes-ready command changing one component field, e.g.
 * changeComponent<ComponentField::Count>(). */
template<typename Field>
using ChangeComponentField = ChangeValue<Field>;

} // namespace greenprint
