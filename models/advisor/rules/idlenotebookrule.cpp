// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to notebooks with idle hours. The copy has none: a lifecycle
// configuration script (or the Studio auto-shutdown extension) stops them. The
// figure is the estimator's idle power over those hours.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Stop idle notebook instances automatically. The comment atop this file says when it applies,
 * what it changes and its source. */
class IdleNotebookRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::IdleNotebookRule)

public:
    IdleNotebookRule()
        : Rule(QStringLiteral("idle-notebook"), StageKind::ModelBuilding)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

std::vector<Suggestion> IdleNotebookRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<NotebookSpec>(
        [&](StageKind kind, int i, const Component &c, const NotebookSpec &s) {
            if (s.idleHoursPerWeek <= 0.0 || s.weeks <= 0.0)
                return;
            Suggestion sg = make(kind, i);
            sg.practice = tr("Stop idle notebooks automatically");
            sg.title = tr("Stop \"%1\" automatically when idle").arg(c.name);
            sg.description =
                tr("A lifecycle configuration script (or the SageMaker Studio "
                   "auto-shutdown extension) stops the notebook when it is idle. The "
                   "copy removes its %1 idle hours a week over %2 weeks. Assumption: "
                   "the shutdown catches all of them; an idle timeout of an hour leaves "
                   "up to an hour per idle stretch.")
                    .arg(NumberFormat::inText(s.idleHoursPerWeek), NumberFormat::inText(s.weeks));
            sg.source = QStringLiteral("estimator (idle power x idle hours)");
            sg.sideEffects = tr("Unsaved kernel state is lost when the notebook stops; restarting "
                                "takes a few minutes.");
            sg.confidence = Confidence::High;
            sg.change = [kind, i](ProjectEdit &edit) {
                if (auto *spec = edit.spec<NotebookSpec>(kind, i))
                    spec->idleHoursPerWeek = 0.0;
            };
            result.push_back(std::move(sg));
        });
    return result;
}

std::unique_ptr<Rule> makeIdleNotebookRule()
{
    return std::make_unique<IdleNotebookRule>();
}

} // namespace greenprint
