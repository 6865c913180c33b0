// SPDX-License-Identifier: GPL-3.0-or-later
// Rule "bayesian-tuning": bayesian hyperparameter search instead of random or grid search.
#pragma once

#include "advisor/rule.h"

#include <QCoreApplication>

namespace greenprint {

/** Bayesian hyperparameter search instead of random or grid search. See the .cpp for when it
 * applies, what it changes and its source. */
class BayesianTuningRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BayesianTuningRule)

public:
    QString id() const override { return QStringLiteral("bayesian-tuning"); }
    StageKind stage() const override { return StageKind::Training; }
    bool applies(const RuleContext &ctx) const override;
    std::vector<Suggestion> suggest(const RuleContext &ctx) const override;
};

} // namespace greenprint
