// SPDX-License-Identifier: GPL-3.0-or-later
// Traits of the work a compute, tuning or endpoint job states instead of its hours.
#pragma once

#include "componentfields.h"

#include "units.h"

#include <optional>
#include <variant>

namespace greenprint {
namespace Internal {

/** One member of the component's WorkSpec; reads a default and writes nothing without work. */
template<typename T, T WorkSpec::*Member>
struct WorkMember : ComponentTarget
{
    using Value = T;
    static Value get(const ProjectDocument &document, ComponentRef ref)
    {
        const BoxedOptional<WorkSpec> *work = workOf(component(document, ref));
        return work && *work ? (**work).*Member : WorkSpec{}.*Member;
    }
    static void set(ProjectDocument &document, ComponentRef ref, const Value &value)
    {
        Component c = component(document, ref);
        BoxedOptional<WorkSpec> *work = workOf(c);
        if (work && *work) {
            (**work).*Member = value;
            document.setComponent(ref, c);
        }
    }
};

} // namespace Internal

namespace ComponentField {

/**
 * Whether a compute, tuning or endpoint job states work (and what work) or
 * hours: nullopt means the stated hours count. Setting it never touches the
 * hours, so switching back restores them.
 */
struct Work : Internal::ComponentTarget
{
    using Value = std::optional<WorkSpec>;
    static constexpr UndoId id = UndoId::ComponentWork;
    static QString text() { return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change work")); }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        const BoxedOptional<WorkSpec> *work = workOf(component(d, r));
        return work ? work->toOptional() : std::nullopt;
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        if (BoxedOptional<WorkSpec> *work = workOf(c)) {
            *work = v;
            d.setComponent(r, c);
        }
    }
};

#define GREENPRINT_WORK_FIELD(Name, Type, Member, Text) \
    struct Name : Internal::WorkMember<Type, &WorkSpec::Member> \
    { \
        static constexpr UndoId id = UndoId::Name; \
        static QString text() { return undoText(Text); } \
    };

GREENPRINT_WORK_FIELD(WorkParameters, double, parameters,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change model parameters"))
GREENPRINT_WORK_FIELD(WorkTokens, double, tokens,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change training tokens"))
GREENPRINT_WORK_FIELD(WorkEpochs, double, epochs,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change epochs"))
GREENPRINT_WORK_FIELD(WorkRequests, double, requests,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change requests"))
GREENPRINT_WORK_FIELD(WorkTokensPerRequest, double, tokensPerRequest,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change tokens per request"))
GREENPRINT_WORK_FIELD(WorkPrecision, Precision, precision,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change precision"))
GREENPRINT_WORK_FIELD(WorkActiveParameters, std::optional<double>, activeParameters,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change active parameters"))
GREENPRINT_WORK_FIELD(WorkOutputTokensPerRequest, std::optional<double>, outputTokensPerRequest,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change output tokens per request"))
GREENPRINT_WORK_FIELD(WorkBatchSize, std::optional<double>, batchSize,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change batch size"))
GREENPRINT_WORK_FIELD(WorkTrainableParameters, std::optional<double>, trainableParameters,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change trainable parameters"))
GREENPRINT_WORK_FIELD(WorkSequenceLength, std::optional<double>, sequenceLength,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change sequence length"))
GREENPRINT_WORK_FIELD(WorkLayers, std::optional<double>, layers,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change layers"))
GREENPRINT_WORK_FIELD(WorkHiddenSize, std::optional<double>, hiddenSize,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change hidden size"))
GREENPRINT_WORK_FIELD(WorkAcceleratorLoad, std::optional<double>, acceleratorLoad,
                      QT_TRANSLATE_NOOP("Undo Commands", "Change accelerator load"))

#undef GREENPRINT_WORK_FIELD

/**
 * A work's busy-time factor with its source, which belongs to the value: a factor typed in the
 * form has none (the advisor's measurement no longer describes it), and undo restores both.
 * Converts to and from the optional number the form's spin box edits.
 */
struct BusyTimeFactor
{
    std::optional<double> factor;
    QString source;
    BusyTimeFactor() = default;
    BusyTimeFactor(std::optional<double> value, QString from)
        : factor(value)
        , source(std::move(from))
    { }
    BusyTimeFactor(std::optional<double> typed) // NOLINT: a typed factor, without a source
        : factor(typed)
    { }
    operator std::optional<double>() const { return factor; } // NOLINT: what the form shows
    bool operator==(const BusyTimeFactor &) const = default;
};

struct WorkBusyTimeFactor : Internal::ComponentTarget
{
    using Value = BusyTimeFactor;
    static constexpr UndoId id = UndoId::WorkBusyTimeFactor;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change busy-time factor"));
    }
    static Value get(const ProjectDocument &document, ComponentRef ref)
    {
        const BoxedOptional<WorkSpec> *work = workOf(component(document, ref));
        Value value;
        if (work && *work) {
            value.factor = (**work).busyTimeFactor;
            value.source = (**work).busyTimeFactorSource;
        }
        return value;
    }
    static void set(ProjectDocument &document, ComponentRef ref, const Value &value)
    {
        Component c = component(document, ref);
        BoxedOptional<WorkSpec> *work = workOf(c);
        if (work && *work) {
            WorkSpec changed = **work;
            changed.busyTimeFactor = value.factor;
            changed.busyTimeFactorSource = value.factor ? value.source : QString();
            *work = changed;
            document.setComponent(ref, c);
        }
    }
};

/** An endpoint's traffic as the form edits it: per month, and the total a file stated. */
struct RequestRate
{
    double perMonth = 0.0;
    /** The file's `requests` (a total over the hours), kept until the rate is edited. */
    std::optional<double> statedTotal;
    RequestRate(double perMonthValue = 0.0) // implicit: the value typed in the box
        : perMonth(perMonthValue)
    { }
    operator double() const { return perMonth; }
    bool operator==(const RequestRate &) const = default;
};

/**
 * An endpoint's traffic as requests per month (730 h). A file that stated the total
 * over the hours provisioned shows it as its monthly rate, and undo restores that
 * total exactly; an edit states the rate (file key `requestsPerMonth`), which then
 * follows any change of those hours.
 */
struct WorkRequestsPerMonth : Internal::ComponentTarget
{
    using Value = RequestRate;
    static constexpr UndoId id = UndoId::WorkRequestsPerMonth;
    static QString text()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change requests per month"));
    }
    static Value get(const ProjectDocument &d, ComponentRef r)
    {
        const auto *e = std::get_if<EndpointSpec>(&component(d, r).spec);
        if (!e || !e->work)
            return {};
        if (e->work->requestsPerMonth)
            return {e->work->requests};
        RequestRate rate(e->hoursProvisioned > 0.0
                             ? e->work->requests * kHoursPerMonth / e->hoursProvisioned
                             : e->work->requests);
        rate.statedTotal = e->work->requests;
        return rate;
    }
    static void set(ProjectDocument &d, ComponentRef r, const Value &v)
    {
        Component c = component(d, r);
        auto *e = std::get_if<EndpointSpec>(&c.spec);
        if (!e || !e->work)
            return;
        e->work->requests = v.statedTotal.value_or(v.perMonth);
        e->work->requestsPerMonth = !v.statedTotal;
        d.setComponent(r, c);
    }
};

} // namespace ComponentField

/**
 * `work` switched to training or inference. The new kind's own fields get
 * valid values when they have none (a file carries only its kind's keys), so
 * the project stays valid. Push it as ChangeValue<ComponentField::Work>, whose
 * undo restores the whole work exactly.
 */
inline WorkSpec withKind(WorkSpec work, WorkSpec::Kind kind)
{
    work.kind = kind;
    if (kind == WorkSpec::Kind::Training) {
        if (work.tokens <= 0.0)
            work.tokens = 1e10;
        if (work.epochs <= 0.0)
            work.epochs = 1.0;
    } else {
        if (work.requests <= 0.0)
            work.requests = 1e6;
        if (work.tokensPerRequest <= 0.0)
            work.tokensPerRequest = 500.0;
    }
    return work;
}

/** The work a job gets when the user switches it from hours to work. */
inline WorkSpec defaultWork(WorkSpec::Kind kind)
{
    WorkSpec work;
    work.parameters = 1e9;
    work.precision = Precision::Bf16;
    return withKind(work, kind);
}

} // namespace greenprint
