// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to compute jobs and tuning with stated hours at under 50 % utilization.
// The copy packs the same work onto fewer instances (or, for one instance, the
// smallest size of the family with the capacity that the job's Region offers) at
// up to 75 % utilization, a load point of the H100 measurement, where energy per
// unit of work was 56 % below the 10 % point. The 75 % target is an assumption, stated. A
// utilization calibrated from actuals (domain/calibration.h) is said to be measured, with its
// source.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>
#include <cmath>

namespace greenprint {

/** Right-size jobs with low utilization: fewer or smaller instances. The comment atop this file
 * says when it applies, what it changes and its source. */
class RightSizeRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::RightSizeRule)

public:
    RightSizeRule()
        : Rule(QStringLiteral("right-size"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kLow = 0.5;
constexpr double kTarget = 0.75;

/** The instances to pack the work on, and their utilization for the same hours. */
struct Sizing
{
    /** Instance and count; closerNotOffered names the smaller size the Region lacks. */
    RuleSupport::InstanceChoice choice;
    double utilization = 0.0;
};

/**
 * The smallest size of the family with the capacity at up to kTarget utilization, as one
 * instance; among sizes Region `offeredIn` offers (or the offerings snapshot cannot answer
 * for) unless it is empty.
 */
std::optional<RuleSupport::InstanceChoice>
smallestSize(const RuleContext &ctx, const InstanceSpec &from, double fromThroughput,
             double utilization, WorkTask task, const QString &use, const QString &offeredIn)
{
    std::optional<RuleSupport::InstanceChoice> best;
    double bestThroughput = 0.0;
    for (const InstanceSpec &to : ctx.reference().instances) {
        if (to.family != from.family || to.id == from.id || !RuleSupport::keepsNaming(from, to, use)
            || (!offeredIn.isEmpty()
                && ctx.reference().offering(to.id, offeredIn) == Offering::NotOffered))
            continue;
        const auto t = RuleSupport::effectiveThroughput(to, task, ctx.reference().method);
        if (!t || *t >= fromThroughput)
            continue;
        const double u = utilization * fromThroughput / *t;
        if (u <= kTarget && (!best || *t < bestThroughput)) {
            best = RuleSupport::InstanceChoice{to.id, 1, 1.0, {}, 0};
            bestThroughput = *t;
        }
    }
    return best;
}

std::optional<Sizing> rightSize(const RuleContext &ctx, StageKind stage, const InstanceSpec &from,
                                int count, double utilization, WorkTask task, const QString &use)
{
    if (count > 1) {
        const int n = std::max(1, int(std::ceil(count * utilization / kTarget)));
        if (n >= count)
            return std::nullopt;
        return Sizing{{from.id, n, 1.0, {}, 0}, utilization * count / n};
    }
    const auto fromThroughput =
        RuleSupport::effectiveThroughput(from, task, ctx.reference().method);
    if (!fromThroughput)
        return std::nullopt;
    const auto choice =
        RuleSupport::preferOfferedInRegion(ctx, stage, [&](const QString &offeredIn) {
            return RuleSupport::CandidateMatch{
                smallestSize(ctx, from, *fromThroughput, utilization, task, use, offeredIn)};
        });
    if (!choice)
        return std::nullopt;
    // The same work on the smaller size: its utilization rises by the throughput ratio.
    const InstanceSpec *to = ctx.reference().instance(choice->instance);
    const auto toThroughput =
        to ? RuleSupport::effectiveThroughput(*to, task, ctx.reference().method) : std::nullopt;
    if (!toThroughput)
        return std::nullopt;
    return Sizing{*choice, utilization * *fromThroughput / *toThroughput};
}

} // namespace

std::vector<Suggestion> RightSizeRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> lowDuty = RuleSupport::measuredRatio(
        ctx.reference(), 1, QStringLiteral("gemm_duty_75"), QStringLiteral("gemm_duty_10"));
    ctx.forEachComponent([&](StageKind kind, int i, const Component &c) {
        int count = 0;
        double utilization = 1.0;
        if (const auto *s = std::get_if<ComputeSpec>(&c.spec); s && !s->work) {
            count = s->count;
            utilization = s->utilization;
        } else if (const auto *t = std::get_if<TuningSpec>(&c.spec); t && !t->work) {
            count = t->count;
            utilization = t->utilization;
        }
        const InstanceSpec *from = ctx.instance(c.instance());
        if (count <= 0 || utilization >= kLow || !from || from->origin == DataOrigin::Project)
            return;
        const auto sizing = rightSize(ctx, kind, *from, count, utilization, RuleSupport::taskOf(c),
                                      RuleSupport::sageMakerUse(kind, c));
        if (!sizing)
            return;
        const RuleSupport::InstanceChoice &to = sizing->choice;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Right-size the instances");
        sg.title = tr("Right-size \"%1\": %2 x %3 instead of %4 x %5")
                       .arg(c.name)
                       .arg(to.count)
                       .arg(to.instance)
                       .arg(count)
                       .arg(from->id);
        const QString saving = lowDuty ? RuleSupport::percent(1.0 - *lowDuty) : QStringLiteral("?");
        if (measuredFields(c).utilization) {
            // Calibrated from actuals: the utilization is a measurement, not a guess.
            sg.description =
                tr("Measured utilization is %1 (%2). The copy runs the same work on %3 x %4 "
                   "at %5. Energy per unit of work falls as load rises: measured on an H100, "
                   "%6 less at 75 % than at 10 % load. Assumption: the work packs at up to "
                   "75 % utilization for the same hours.")
                    .arg(RuleSupport::percent(utilization),
                         measuredSource(*c.calibration->utilization))
                    .arg(to.count)
                    .arg(to.instance, RuleSupport::percent(sizing->utilization), saving);
        } else {
            sg.description = tr("Utilization is %1 (CloudWatch or the Debugger profiler show "
                                "it). The copy runs the same work on %2 x %3 at %4. Energy per "
                                "unit of work falls as load rises: measured on an H100, %5 less "
                                "at 75 % than at 10 % load. Assumption: the work packs at up to "
                                "75 % utilization for the same hours.")
                                 .arg(RuleSupport::percent(utilization))
                                 .arg(to.count)
                                 .arg(to.instance)
                                 .arg(RuleSupport::percent(sizing->utilization))
                                 .arg(saving);
        }
        RuleSupport::noteRegionFallback(ctx, kind, to, sg);
        sg.source = QStringLiteral("measured:h100 gemm duty sweep (run 1)");
        sg.sideEffects = tr("Less headroom for peaks; memory per instance must still fit "
                            "the job.");
        sg.confidence = measuredFields(c).utilization ? Confidence::High : Confidence::Medium;
        sg.change = [kind, i, target = *sizing](ProjectEdit &edit) {
            if (auto *s = edit.spec<ComputeSpec>(kind, i)) {
                s->instance = target.choice.instance;
                s->count = target.choice.count;
                s->utilization = target.utilization;
            } else if (auto *t = edit.spec<TuningSpec>(kind, i)) {
                t->instance = target.choice.instance;
                t->count = target.choice.count;
                t->utilization = target.utilization;
            }
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeRightSizeRule()
{
    return std::make_unique<RightSizeRule>();
}

} // namespace greenprint
