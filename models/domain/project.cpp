// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "../units.h"

#include "names.h"

#include <algorithm>

namespace greenprint {

double recurrencePeriodHours(RecurrencePeriod period)
{
    switch (period) {
    case RecurrencePeriod::Day:
        return 24.0;
    case RecurrencePeriod::Week:
        return 168.0;
    case RecurrencePeriod::Month:
        return kHoursPerMonth;
    }
    return kHoursPerMonth;
}

double Recurrence::runs() const
{
    return months * kHoursPerMonth / recurrencePeriodHours(every);
}

std::optional<WorkSpec> EndpointSpec::servedWork() const
{
    std::optional<WorkSpec> served = work.toOptional();
    if (served && served->requestsPerMonth) {
        served->requests *= hoursProvisioned / kHoursPerMonth;
        served->requestsPerMonth = false;
    }
    return served;
}

double WorkSpec::gradientParameters() const
{
    if (!trainableParameters || parameters <= 0.0)
        return flopParameters();
    return std::clamp(*trainableParameters, 0.0, parameters) * flopParameters() / parameters;
}

double WorkSpec::attentionFlopsPerToken() const
{
    if (kind != Kind::Training || !sequenceLength || !layers || !hiddenSize)
        return 0.0;
    return 12.0 * *layers * *hiddenSize * *sequenceLength;
}

double WorkSpec::trainingFlopsPerToken() const
{
    return 4.0 * flopParameters() + 2.0 * gradientParameters() + attentionFlopsPerToken();
}

double WorkSpec::flops() const
{
    if (kind == Kind::Training)
        return trainingFlopsPerToken() * tokens * epochs;
    return 2.0 * flopParameters() * tokensPerRequest * requests;
}

double WorkSpec::decodeTokensPerRequest() const
{
    if (kind != Kind::Inference || !outputTokensPerRequest)
        return 0.0;
    return std::clamp(*outputTokensPerRequest, 0.0, tokensPerRequest);
}

QString Component::instance() const
{
    return std::visit(
        [](const auto &s) -> QString {
            if constexpr (requires { s.instance; })
                return s.instance;
            else
                return {};
        },
        spec);
}

Project::Project()
{
    for (int i = 0; i < kStageCount; ++i) {
        stages[i].kind = kAllStageKinds[i];
        stages[i].name = stageDefaultName(kAllStageKinds[i]);
    }
}

QString Project::effectiveRegion(const Stage &s) const
{
    return s.region.isEmpty() ? region : s.region;
}

int Project::componentCount() const
{
    int n = 0;
    for (const Stage &s : stages)
        n += static_cast<int>(s.components.size());
    return n;
}

const Scenario *Project::scenario(const QString &scenarioName) const
{
    for (const Scenario &s : scenarios) {
        if (s.name == scenarioName)
            return &s;
    }
    return nullptr;
}

} // namespace greenprint
