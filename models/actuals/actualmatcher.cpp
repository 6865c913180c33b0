// SPDX-License-Identifier: GPL-3.0-or-later
#include "actualmatcher.h"

#include "../domain/names.h"
#include "curusage.h"

namespace greenprint::actuals {

namespace {

class MatchText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::MatchText)
};

/** Component types that may carry SageMaker usage of `kind` (any when kind is empty). */
bool typeFitsUsageKind(ComponentType type, const QString &kind)
{
    if (kind.startsWith(QLatin1String("Notebk")) || kind.startsWith(QLatin1String("Studio")))
        return type == ComponentType::Notebook;
    if (kind.startsWith(QLatin1String("Host")) || kind.startsWith(QLatin1String("Tsform"))
        || kind.startsWith(QLatin1String("AsyncInf")))
        return type == ComponentType::Endpoint;
    if (kind.startsWith(QLatin1String("Train")))
        return type == ComponentType::Compute || type == ComponentType::Tuning;
    if (kind.startsWith(QLatin1String("Processing")))
        return type == ComponentType::Compute;
    return true;
}

/** The best candidate: same region first, else the first in plan order. */
std::optional<ComponentRef> pick(const Project &project,
                                 const std::vector<ComponentRef> &candidates, const QString &region)
{
    for (const ComponentRef &ref : candidates) {
        if (project.effectiveRegion(project.stages[size_t(ref.stage)]) == region)
            return ref;
    }
    if (candidates.empty())
        return std::nullopt;
    return candidates.front();
}

std::optional<ComponentRef> matchInstance(const Project &project, const QString &instanceType,
                                          const QString &usageKind, const QString &region,
                                          MatchRule *rule)
{
    const std::optional<StageKind> stage = stageForSageMakerKind(usageKind);
    const QString wanted = catalogInstanceName(instanceType);
    std::vector<ComponentRef> candidates;
    for (int s = 0; s < kStageCount; ++s) {
        if (stage && project.stages[size_t(s)].kind != *stage)
            continue;
        const auto &components = project.stages[size_t(s)].components;
        for (int c = 0; c < int(components.size()); ++c) {
            const Component &component = components[size_t(c)];
            if (!component.instance().isEmpty()
                && catalogInstanceName(component.instance()) == wanted
                && typeFitsUsageKind(component.type(), usageKind))
                candidates.push_back({s, c});
        }
    }
    *rule = stage ? MatchRule::StageAndInstance : MatchRule::Instance;
    return pick(project, candidates, region);
}

std::optional<ComponentRef> matchStorage(const Project &project, const UsageRow &row)
{
    const std::optional<StorageClass> storageClass = storageClassForUsageType(row.usageType);
    if (!storageClass)
        return std::nullopt;
    std::vector<ComponentRef> candidates;
    for (int s = 0; s < kStageCount; ++s) {
        const auto &components = project.stages[size_t(s)].components;
        for (int c = 0; c < int(components.size()); ++c) {
            const auto *spec = std::get_if<StorageSpec>(&components[size_t(c)].spec);
            if (spec && spec->storageClass == *storageClass)
                candidates.push_back({s, c});
        }
    }
    return pick(project, candidates, row.region);
}

std::optional<ComponentRef> matchTransfer(const Project &project, const UsageRow &row)
{
    for (int s = 0; s < kStageCount; ++s) {
        const Stage &stage = project.stages[size_t(s)];
        if (project.effectiveRegion(stage) != row.region)
            continue;
        for (int c = 0; c < int(stage.components.size()); ++c) {
            if (stage.components[size_t(c)].type() == ComponentType::Transfer)
                return ComponentRef{s, c};
        }
    }
    return std::nullopt;
}

} // namespace

QString matchRuleKey(MatchRule rule)
{
    switch (rule) {
    case MatchRule::Tag:
        return QStringLiteral("tag");
    case MatchRule::StageAndInstance:
        return QStringLiteral("stage-and-instance");
    case MatchRule::Instance:
        return QStringLiteral("instance");
    case MatchRule::StorageClass:
        return QStringLiteral("storage-class");
    case MatchRule::TransferRegion:
        return QStringLiteral("transfer-region");
    }
    return {};
}

std::optional<ComponentRef> componentForTag(const Project &project, const QString &tag)
{
    QString name = tag.trimmed();
    std::optional<StageKind> stageKind;
    if (const qsizetype slash = name.indexOf(u'/'); slash > 0) {
        if (const auto kind = stageFromKey(name.left(slash))) {
            stageKind = kind;
            name = name.mid(slash + 1);
        }
    }
    std::optional<ComponentRef> found;
    int matches = 0;
    for (int s = 0; s < kStageCount; ++s) {
        if (stageKind && project.stages[size_t(s)].kind != *stageKind)
            continue;
        const auto &components = project.stages[size_t(s)].components;
        for (int c = 0; c < int(components.size()); ++c) {
            if (components[size_t(c)].name == name) {
                found = ComponentRef{s, c};
                ++matches;
            }
        }
    }
    return matches == 1 ? found : std::nullopt;
}

Matching matchActuals(const Project &project, const std::vector<UsageRow> &usage,
                      const std::vector<Measurement> &measurements, const MatchOptions &options)
{
    Matching matching;
    for (const UsageRow &row : usage) {
        if ((options.from.isValid() && row.day < options.from)
            || (options.to.isValid() && row.day > options.to)) {
            ++matching.rowsOutsidePeriod;
            continue;
        }
        std::optional<ComponentRef> ref;
        MatchRule rule = MatchRule::Tag;
        QString reason;
        if (!row.componentTag.isEmpty()) {
            ref = componentForTag(project, row.componentTag);
            if (!ref)
                reason = MatchText::tr("the tag greenprint:component=\"%1\" names no single "
                                       "component of the plan")
                             .arg(row.componentTag);
        } else if (row.category == UsageCategory::Compute) {
            ref = matchInstance(project, row.instanceType, sageMakerUsageKind(row.usageType),
                                row.region, &rule);
            if (!ref)
                reason = MatchText::tr("no component of the plan runs %1").arg(row.instanceType);
        } else if (row.category == UsageCategory::Storage) {
            ref = matchStorage(project, row);
            rule = MatchRule::StorageClass;
            if (!ref)
                reason = MatchText::tr("no storage component of the plan has this storage class");
        } else if (row.category == UsageCategory::Transfer) {
            ref = matchTransfer(project, row);
            rule = MatchRule::TransferRegion;
            if (!ref)
                reason =
                    MatchText::tr("no transfer component of the plan leaves %1").arg(row.region);
        } else {
            reason = MatchText::tr("usage of this kind is not part of a Greenprint plan");
        }
        if (ref)
            matching.usage[*ref].push_back({row, rule});
        else
            matching.unplanned.push_back({row, reason});
    }
    for (const Measurement &m : measurements) {
        std::optional<ComponentRef> ref;
        MatchRule rule = MatchRule::Tag;
        if (!m.componentTag.isEmpty()) {
            ref = componentForTag(project, m.componentTag);
        } else if (!m.instanceType.isEmpty()) {
            ref = matchInstance(project, m.instanceType, {}, m.region, &rule);
        }
        if (ref)
            matching.measurements[*ref].push_back({m, rule});
        else
            matching.unmatchedMeasurements.push_back(m);
    }
    return matching;
}

} // namespace greenprint::actuals
