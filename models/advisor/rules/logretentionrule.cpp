// SPDX-License-Identifier: GPL-3.0-or-later
// Applies to logs kept forever (retention 0) or for more than a month. The copy
// keeps them one month. One month is an assumption, stated; CloudWatch keeps logs
// indefinitely by default.
#include "advisor/rule.h"
#include "advisor/ruleregistry.h"
#include "advisor/projectedit.h"
#include "advisor/rulesupport.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace greenprint {

/** Keep logs for a limited retention period. The comment atop this file says when it applies, what
 * it changes and its source. */
class LogRetentionRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::LogRetentionRule)

public:
    LogRetentionRule()
        : Rule(QStringLiteral("log-retention"), StageKind::Training)
    { }
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

namespace {

constexpr double kRetentionMonths = 1.0;

} // namespace

std::vector<Suggestion> LogRetentionRule::suggest(const RuleContext &ctx) const
{
    std::vector<Suggestion> result;
    ctx.forEach<LogsSpec>([&](StageKind kind, int i, const Component &c, const LogsSpec &s) {
        if (s.gbPerMonth <= 0.0 || s.months <= kRetentionMonths
            || (s.retentionMonths > 0.0 && s.retentionMonths <= kRetentionMonths))
            return;
        Suggestion sg = make(kind, i);
        sg.practice = tr("Keep logs for one month");
        sg.title = tr("Keep \"%1\" for one month").arg(c.name);
        sg.description = tr("CloudWatch keeps logs indefinitely unless a retention is set; "
                            "this plan keeps them %1. The copy keeps them one month. "
                            "Assumption: one month meets your needs; set the period you "
                            "actually need.")
                             .arg(s.retentionMonths > 0.0
                                      ? tr("%1 months").arg(NumberFormat::inText(s.retentionMonths))
                                      : tr("forever"));
        sg.source = QStringLiteral("estimator (stored log GB-months)");
        sg.sideEffects = tr("Older logs are gone: export what audits or debugging need.");
        sg.confidence = Confidence::High;
        sg.change = [kind, i](ProjectEdit &edit) {
            if (auto *spec = edit.spec<LogsSpec>(kind, i))
                spec->retentionMonths = kRetentionMonths;
        };
        result.push_back(std::move(sg));
    });
    return result;
}

std::unique_ptr<Rule> makeLogRetentionRule()
{
    return std::make_unique<LogRetentionRule>();
}

} // namespace greenprint
