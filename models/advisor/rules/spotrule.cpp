// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to On-Demand compute jobs on AWS instances. The copy prices them as
// Spot (the estimator applies the reference or project spot discount). Cost only:
// the same hardware runs, so location- and market-based carbon do not change; a
// marginal (consequential) accounting that credits using spare capacity would
// count less, and Greenprint does not offer one. The suggestion says so.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>

namespace greenprint {

/** Managed Spot Training (a cost saving). The comment atop this file says when it applies, what it
 * changes and its source. */
class SpotRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::SpotRule)

public:
    SpotRule()
        : Rule(QStringLiteral("spot"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> SpotRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const double discount = ctx.project().settings.spotDiscountFraction.value_or(
        ctx.reference().coefficientValue(CoefficientKey::SpotDiscountFraction, 0.0));
    if (discount <= 0.0)
        return result;
    ctx.forEach<ComputeSpec>([&](StageKind kind, int i, const Component &c, const ComputeSpec &s) {
        const InstanceSpec *spec = ctx.instance(s.instance);
        if (s.pricing != Pricing::OnDemand || !spec || spec->origin == DataOrigin::Project)
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Run on Spot capacity");
        sg.title = tr("Run \"%1\" on Spot capacity").arg(c.name);
        sg.description = tr("Managed Spot Training uses spare EC2 capacity at up to 90 % off "
                            "On-Demand (C16); the estimate applies a %1 discount. Carbon: none "
                            "saved. The same hardware runs for the same hours, so location- and "
                            "market-based kgCO2e do not change; only a marginal accounting that "
                            "credits using idle capacity would count less, and Greenprint "
                            "reports location-based carbon.")
                             .arg(RuleSupport::percent(discount));
        sg.source = QStringLiteral("C16");
        sg.sideEffects = tr("Spot capacity can be reclaimed with two minutes' notice: "
                            "checkpoint, and expect interrupted runs to take longer.");
        sg.confidence = Confidence::High;
        sg.change = [kind, i](ProjectEdit &edit) {
            if (auto *job = edit.spec<ComputeSpec>(kind, i))
                job->pricing = Pricing::Spot;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeSpotRule()
{
    return std::make_unique<SpotRule>();
}

} // namespace greenprint
