// SPDX-License-Identifier: GPL-3.0-or-later
// Applies when the data-processing stage runs compute jobs. The copy drops the
// stage's compute jobs, stored copies and transfers, as if the data came from Open
// Data on AWS or AWS Data Exchange. No published saving: the figure is the estimate of
// what is dropped, so the confidence is low and the assumption is stated.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include <QCoreApplication>

namespace greenprint {

/** Use a public dataset (Open Data on AWS, AWS Data Exchange) instead of ingesting and processing
 * one. The comment atop this file says when it applies, what it changes and its source. */
class PublicDatasetRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PublicDatasetRule)

public:
    PublicDatasetRule()
        : Rule(QStringLiteral("public-dataset"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> PublicDatasetRule::suggest(const RuleContext &ctx) const
{
    const StageKind kind = StageKind::DataProcessing;
    const ComponentList &components = ctx.project().stage(kind).components;
    std::vector<int> dropped;
    int jobs = 0;
    for (int i = 0; i < int(components.size()); ++i) {
        const Component &c = components[std::size_t(i)];
        if (c.type() == ComponentType::Compute) {
            ++jobs;
            dropped.push_back(i);
        } else if (c.type() == ComponentType::Storage || c.type() == ComponentType::Transfer) {
            dropped.push_back(i);
        }
    }
    if (jobs == 0)
        return {};
    Suggestion s = make(kind, -1);
    s.title = tr("Use a public dataset instead of ingesting and processing your own");
    s.description = tr("If the data exists as a curated public dataset (Open Data on AWS, "
                       "including the Amazon Sustainability Data Initiative, or AWS Data "
                       "Exchange), the copy drops the stage's %n processing job(s), stored copies "
                       "and transfers. Assumption: the public dataset replaces them entirely; any "
                       "filtering or tokenizing you still need is not counted.",
                       nullptr, jobs);
    s.source = QStringLiteral("estimator (the dropped jobs and storage)");
    s.sideEffects = tr("Only for data that is public in kind (weather, climate, satellite "
                       "imagery, air quality, energy, public text corpora); a different "
                       "dataset can change what the model learns.");
    s.accuracyAtRisk = true;
    s.confidence = Confidence::Low;
    s.change = [kind, dropped](ProjectEdit &edit) {
        for (int i : dropped)
            edit.remove(kind, i);
    };
    return {s};
}

std::unique_ptr<Rule> makePublicDatasetRule()
{
    return std::make_unique<PublicDatasetRule>();
}

} // namespace greenprint
