// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestion.h"

#include "domain/names.h"

#include <QCoreApplication>

namespace greenprint {

QString confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

QString latencyEffectKey(LatencyEffect effect)
{
    switch (effect) {
    case LatencyEffect::None:
        return QStringLiteral("none");
    case LatencyEffect::Lower:
        return QStringLiteral("lower");
    case LatencyEffect::Higher:
        return QStringLiteral("higher");
    case LatencyEffect::NotRealTime:
        return QStringLiteral("not-real-time");
    }
    return {};
}

QString suggestionStageKey(const Suggestion &suggestion)
{
    return suggestion.wholePlan ? QStringLiteral("plan") : stageKey(suggestion.stage);
}

QString suggestionStageName(const Suggestion &suggestion)
{
    return suggestion.wholePlan
        ? QCoreApplication::translate("greenprint::Suggestion", "Whole plan")
        : stageDisplayName(suggestion.stage);
}

bool placedBefore(const Suggestion &a, const Suggestion &b)
{
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    const int stageA = a.wholePlan ? kStageCount : int(a.stage);
    const int stageB = b.wholePlan ? kStageCount : int(b.stage);
    if (stageA != stageB)
        return stageA < stageB;
    if (a.componentIndex != b.componentIndex)
        return a.componentIndex < b.componentIndex;
    return a.id < b.id;
}

} // namespace greenprint
