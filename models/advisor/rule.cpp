// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include "domain/names.h"

namespace greenprint {

Suggestion Rule::make(StageKind stage, int componentIndex) const
{
    Suggestion s;
    s.ruleId = id();
    s.stage = stage;
    s.componentIndex = componentIndex;
    s.id = QStringLiteral("%1/%2/%3")
               .arg(s.ruleId, stageKey(stage),
                    componentIndex < 0 ? QStringLiteral("-") : QString::number(componentIndex));
    return s;
}

} // namespace greenprint
