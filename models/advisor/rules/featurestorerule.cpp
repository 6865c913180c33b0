// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to data-processing compute jobs whose name says they compute features.
// The copy drops the job, as if the features were read from a SageMaker Feature
// Store another team already fills. The plan cannot tell whether that is so: the
// assumption is stated and the confidence is low.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"

#include <QCoreApplication>

namespace greenprint {

/** Reuse features from SageMaker Feature Store instead of recomputing them. The comment atop this
 * file says when it applies, what it changes and its source. */
class FeatureStoreRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::FeatureStoreRule)

public:
    FeatureStoreRule()
        : Rule(QStringLiteral("feature-store"), StageKind::DataProcessing)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> FeatureStoreRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const StageKind kind = StageKind::DataProcessing;
    const ComponentList &components = ctx.project().stage(kind).components;
    for (int i = 0; i < int(components.size()); ++i) {
        const Component &c = components[std::size_t(i)];
        if (c.type() != ComponentType::Compute
            || !c.name.contains(QStringLiteral("feature"), Qt::CaseInsensitive))
            continue;
        Suggestion s = make(kind, i);
        s.practice = tr("Share features through SageMaker Feature Store");
        s.title = tr("Share \"%1\" through SageMaker Feature Store").arg(c.name);
        s.description = tr("Feature engineering that several teams or projects recompute can "
                           "be computed once and shared. The copy drops this job. Assumption: "
                           "another team already computes these features into a feature store "
                           "this project can read; if this project is the one computing them, "
                           "the saving is the other teams' duplicates instead.");
        s.source = QStringLiteral("estimator (this job's footprint)");
        s.sideEffects = tr("Features must match in definition and freshness; the feature store "
                           "itself stores data (not counted).");
        s.confidence = Confidence::Low;
        s.change = [kind, i](ProjectEdit &edit) { edit.remove(kind, i); };
        result.push_back(std::move(s));
    }
    return result;
}

std::unique_ptr<Rule> makeFeatureStoreRule()
{
    return std::make_unique<FeatureStoreRule>();
}

} // namespace greenprint
