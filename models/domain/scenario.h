// SPDX-License-Identifier: GPL-3.0-or-later
// A named what-if: suggestions and field overrides applied to a copy of the baseline.
#pragma once

#include "jsonextras.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

/**
 * One field of the project set to another value. `path` is a JSON path into
 * the project file (`stages[2].components[0].instance`); `value` is the new
 * value as compact JSON text (`"trn1.32xlarge"`, `4`, `null` to remove an
 * optional key). Paths are checked against the project when the scenario is
 * applied (scenario/scenarioapplier.h), not when the file is read.
 */
struct ScenarioOverride
{
    QString path;
    QByteArray value;
    JsonExtras extras;
    bool operator==(const ScenarioOverride &) const = default;
};

/**
 * A what-if (file key `scenarios`): the advisor suggestions it applies, by id
 * (`rule-id/stage/component`), then its overrides, in order, to a copy of the
 * baseline, which is then estimated by the same engine. The baseline itself
 * is never changed.
 */
struct Scenario
{
    QString name;
    QStringList suggestions;
    std::vector<ScenarioOverride> overrides;
    JsonExtras extras;
    bool operator==(const Scenario &) const = default;
};

} // namespace greenprint
