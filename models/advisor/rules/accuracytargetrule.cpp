// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to training work of more than one epoch. The copy trains one epoch
// fewer, standing for "stop when the validation score reaches the accuracy
// target". With constraints.accuracyFloor set the target is that floor, so the
// suggestion keeps it by construction; without one, accuracy is at risk.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Train to an accuracy target instead of a fixed number of epochs. The comment atop this file
 * says when it applies, what it changes and its source. */
class AccuracyTargetRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::AccuracyTargetRule)

public:
    AccuracyTargetRule()
        : Rule(QStringLiteral("accuracy-target"), StageKind::ModelBuilding)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> AccuracyTargetRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    const std::optional<double> floor = ctx.constraints().accuracyFloor;
    ctx.forEach<ComputeSpec>([&](StageKind kind, int i, const Component &c, const ComputeSpec &s) {
        if (!s.work || s.work->kind != WorkSpec::Kind::Training || s.work->epochs <= 1.0)
            return;
        const double epochs = s.work->epochs - 1.0;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Train to an accuracy target, not a fixed number of epochs");
        sg.title = tr("Train \"%1\" to an accuracy target, not a fixed %2 epochs")
                       .arg(c.name, NumberFormat::inText(s.work->epochs));
        sg.description = floor
            ? tr("Stop when the validation score reaches the project's accuracy floor "
                 "(%1 of the baseline score). Shown for %2 epochs instead of %3.")
                  .arg(RuleSupport::percent(*floor), NumberFormat::inText(epochs),
                       NumberFormat::inText(s.work->epochs))
            : tr("Set an accuracy target (constraints.accuracyFloor) that meets the "
                 "business requirement without exceeding it, and stop when the "
                 "validation score reaches it. Shown for %1 epochs instead of %2.")
                  .arg(NumberFormat::inText(epochs), NumberFormat::inText(s.work->epochs));
        sg.description += u' '
            + tr("Assumption: the target is reached one epoch earlier; Greenprint does not "
                 "know how fast your model converges.");
        sg.source = QStringLiteral("estimator (work sizing: one epoch fewer)");
        sg.sideEffects = tr("Accuracy stops at the target instead of the score of the last "
                            "epoch.");
        sg.accuracyAtRisk = true;
        sg.accuracyRetained = floor;
        sg.confidence = Confidence::Low;
        sg.change = [kind, i, epochs](ProjectEdit &edit) {
            if (auto *spec = edit.spec<ComputeSpec>(kind, i); spec && spec->work)
                spec->work->epochs = epochs;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeAccuracyTargetRule()
{
    return std::make_unique<AccuracyTargetRule>();
}

} // namespace greenprint
