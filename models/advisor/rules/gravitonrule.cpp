// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to compute jobs with stated hours on x86 CPU instances (any stage). The
// copy runs them on the Graviton3 family of the same kind (c7g, m7g, r7g) sized to
// the same CPU throughput (cpu_throughput.csv), among the sizes the job's Region
// offers where it lacks the closest; the estimator gives the power.
// Source: C01 (Graviton3 uses up to 60 % less energy than comparable instances).
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Run CPU jobs on Graviton3 instances. The comment atop this file says when it applies, what it
 * changes and its source. */
class GravitonRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::GravitonRule)

public:
    GravitonRule()
        : Rule(QStringLiteral("graviton"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

QString gravitonFamily(const InstanceSpec &spec)
{
    if (spec.family.startsWith(u'c'))
        return QStringLiteral("c7g");
    if (spec.family.startsWith(u'r'))
        return QStringLiteral("r7g");
    return QStringLiteral("m7g");
}

} // namespace

std::vector<Suggestion> GravitonRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<ComputeSpec>([&](StageKind kind, int i, const Component &c, const ComputeSpec &s) {
        const InstanceSpec *from = ctx.instance(s.instance);
        if (!from || from->category != InstanceCategory::X86Cpu || s.work)
            return;
        const auto choice = RuleSupport::matchInFamilies(
            ctx, kind, i, c, *from, s.count, WorkTask::Training, {gravitonFamily(*from)});
        if (!choice)
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Run on Graviton3");
        sg.title = RuleSupport::moveTitle(tr("Run \"%1\" on Graviton3 (%2 x %3)"), c, *choice);
        sg.description = RuleSupport::moveDescription(
                             tr("Moves %1 x %2 to %3 x %4 with the same CPU throughput "
                                "(cpu_throughput.csv: the job takes %5 of its hours). AWS says "
                                "Graviton3 uses up to 60 % less energy than comparable instances "
                                "(C01); the figure here is the estimator's, from each instance's "
                                "power."),
                             s.count, *from, *choice)
                             .arg(RuleSupport::percent(choice->timeFactor));
        sg.source = QStringLiteral("C01");
        sg.sideEffects = tr("The software must run on arm64 (JVM, Python and Spark do; "
                            "x86-only binaries do not). Throughput ratios are AWS up-to "
                            "figures.");
        result.push_back(RuleSupport::instanceMove(ctx, kind, i, *choice, std::move(sg)));
    });
    return result;
}

std::unique_ptr<Rule> makeGravitonRule()
{
    return std::make_unique<GravitonRule>();
}

} // namespace greenprint
