// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to random and grid hyperparameter searches. The copy runs a Bayesian
// search with 10x fewer trials (C18: typical, against random search). For grid
// search no source gives a ratio; the C18 ratio is applied and confidence is low.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

#include <QCoreApplication>
#include <cmath>

namespace greenprint {

/** Bayesian hyperparameter search instead of random or grid search. The comment atop this file
 * says when it applies, what it changes and its source. */
class BayesianTuningRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BayesianTuningRule)

public:
    BayesianTuningRule()
        : Rule(QStringLiteral("bayesian-tuning"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> BayesianTuningRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> fewer =
        RuleSupport::claimValue(ctx.reference(), QStringLiteral("C18"));
    if (!fewer || *fewer <= 1.0)
        return result;
    ctx.forEach<TuningSpec>([&](StageKind kind, int i, const Component &c, const TuningSpec &s) {
        if (s.strategy != TuningStrategy::Random && s.strategy != TuningStrategy::Grid)
            return;
        const int trials = std::max(1, int(std::ceil(s.trials / *fewer)));
        if (trials >= s.trials)
            return;
        const bool grid = s.strategy == TuningStrategy::Grid;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Tune with Bayesian search");
        sg.title = tr("Bayesian search for \"%1\": %2 trials instead of %3")
                       .arg(c.name)
                       .arg(trials)
                       .arg(s.trials);
        sg.description = tr("Bayesian search picks each trial from the results of the previous "
                            "ones and typically needs %1x fewer training jobs than random search "
                            "(C18).")
                             .arg(*fewer);
        if (grid) {
            sg.description += u' '
                + tr("No source gives the ratio against grid search; the copy applies the "
                     "random-search ratio.");
        }
        sg.source = QStringLiteral("C18");
        sg.sideEffects = tr("Trials run more sequentially (less parallelism), so the search can "
                            "take longer in wall-clock time.");
        sg.confidence = grid ? Confidence::Low : Confidence::Medium;
        sg.change = [kind, i, trials](ProjectEdit &edit) {
            if (auto *spec = edit.spec<TuningSpec>(kind, i)) {
                spec->strategy = TuningStrategy::Bayesian;
                spec->trials = trials;
            }
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeBayesianTuningRule()
{
    return std::make_unique<BayesianTuningRule>();
}

} // namespace greenprint
