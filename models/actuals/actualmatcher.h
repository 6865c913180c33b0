// SPDX-License-Identifier: GPL-3.0-or-later
// Which plan component each piece of actual usage belongs to.
#pragma once

#include "../domain/project.h"
#include "actualdata.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace greenprint::actuals {

/** A component of the plan, by position. */
struct ComponentRef
{
    int stage = 0;
    int component = 0;
    auto operator<=>(const ComponentRef &) const = default;
};

/** How a row was tied to a component (shown beside the comparison). */
enum class MatchRule { Tag, StageAndInstance, Instance, StorageClass, TransferRegion };

struct MatchedUsage
{
    UsageRow row;
    MatchRule rule = MatchRule::Tag;
};

struct MatchedMeasurement
{
    Measurement measurement;
    MatchRule rule = MatchRule::Tag;
};

/** Usage matched to no component, and why. */
struct UnplannedUsage
{
    UsageRow row;
    QString reason;
};

struct MatchOptions
{
    QDate from; ///< first day counted; invalid: no lower bound
    QDate to; ///< last day counted; invalid: no upper bound
};

struct Matching
{
    std::map<ComponentRef, std::vector<MatchedUsage>> usage;
    std::map<ComponentRef, std::vector<MatchedMeasurement>> measurements;
    std::vector<UnplannedUsage> unplanned;
    std::vector<Measurement> unmatchedMeasurements;
    qint64 rowsOutsidePeriod = 0;
};

/**
 * Ties usage rows and measurements to the project's components:
 *
 *  1. the `greenprint:component` tag (CUR) or CodeCarbon's project_name names
 *     a component: "<name>" when unique in the plan, else
 *     "<stage key>/<name>" (a tag that names nothing leaves the row unplanned);
 *  2. untagged instance usage: a component of the stage the SageMaker usage
 *     kind implies (Train, Host, Notebk, Processing, Tsform; EC2 usage: any
 *     stage) running the same instance type (SageMaker's "ml." ignored),
 *     preferring one in the same region, then the first in plan order;
 *  3. untagged storage: a storage component of the same class; transfer: a
 *     transfer component of a stage in the same region.
 *
 * Rows outside [from, to] are left out and counted. Measurements that name
 * neither a tag nor an instance type stay unmatched.
 */
Matching matchActuals(const Project &project, const std::vector<UsageRow> &usage,
                      const std::vector<Measurement> &measurements,
                      const MatchOptions &options = {});

/** The component a tag value names, if exactly one. */
std::optional<ComponentRef> componentForTag(const Project &project, const QString &tag);

QString matchRuleKey(MatchRule rule);

} // namespace greenprint::actuals
