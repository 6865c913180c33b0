// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to notebooks with idle hours. The copy has none: a lifecycle
// configuration script (or the Studio auto-shutdown extension) stops them. The
// figure is the estimator's idle power over those hours.
#include "idlenotebookrule.h"

#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"

namespace greenprint {

bool IdleNotebookRule::applies(const RuleContext &ctx) const
{
    return !suggest(ctx).empty();
}

std::vector<Suggestion> IdleNotebookRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<NotebookSpec>(
        [&](StageKind kind, int i, const Component &c, const NotebookSpec &s) {
            if (s.idleHoursPerWeek <= 0.0 || s.weeks <= 0.0)
                return;
            Suggestion sg = make(kind, i);
            sg.title = tr("Stop \"%1\" automatically when idle").arg(c.name);
            sg.description =
                tr("A lifecycle configuration script (or the SageMaker Studio "
                   "auto-shutdown extension) stops the notebook when it is idle. The "
                   "copy removes its %1 idle hours a week over %2 weeks. Assumption: "
                   "the shutdown catches all of them; an idle timeout of an hour leaves "
                   "up to an hour per idle stretch.")
                    .arg(RuleSupport::number(s.idleHoursPerWeek), RuleSupport::number(s.weeks));
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

} // namespace greenprint
