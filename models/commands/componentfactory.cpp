// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentfactory.h"

#include "domain/names.h"
#include "units.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace greenprint {

namespace {

ComponentSpec defaultSpec(ComponentType type, const QString &instance)
{
    // Member by member: the specs grow new optional fields over time.
    switch (type) {
    case ComponentType::Compute: {
        ComputeSpec s;
        s.instance = instance;
        s.hours = 10.0;
        return s;
    }
    case ComponentType::Storage: {
        StorageSpec s;
        s.sizeGB = 100.0;
        s.months = kDefaultPlanMonths;
        return s;
    }
    case ComponentType::Transfer: {
        TransferSpec s;
        s.sizeGB = 10.0;
        return s;
    }
    case ComponentType::Notebook: {
        NotebookSpec s;
        s.instance = instance;
        s.activeHoursPerWeek = 10.0;
        // The plan's year in weeks, as a weekly job recurs: 8760 h / 168 h = 52.14 weeks.
        s.weeks =
            kDefaultPlanMonths * kHoursPerMonth / recurrencePeriodHours(RecurrencePeriod::Week);
        s.activeUtilization = 0.3;
        return s;
    }
    case ComponentType::Tuning: {
        TuningSpec s;
        s.instance = instance;
        s.trials = 10;
        s.hoursPerTrial = 1.0;
        s.utilization = 0.8;
        return s;
    }
    case ComponentType::Endpoint: {
        EndpointSpec s;
        s.instance = instance;
        s.hoursProvisioned = kDefaultPlanMonths * kHoursPerMonth; // always on, 8760 h
        return s;
    }
    case ComponentType::Logs: {
        LogsSpec s;
        s.gbPerMonth = 1.0;
        s.retentionMonths = 1.0; // kept a month, then expired
        s.months = kDefaultPlanMonths; // produced over the plan's year
        return s;
    }
    }
    return ComputeSpec{};
}

} // namespace

Component makeComponent(ComponentType type, const Stage &stage, const QString &defaultInstance)
{
    const QString base = componentTypeDisplayName(type);
    auto taken = [&](const QString &name) {
        return std::any_of(stage.components.begin(), stage.components.end(),
                           [&](const Component &c) { return c.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);

    Component component;
    component.name = name;
    component.spec = defaultSpec(type, defaultInstance);
    return component;
}

QString duplicateName(const QString &name, const Stage &stage)
{
    static const QRegularExpression kNumbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    QString stem = name;
    int next = 2;
    if (const QRegularExpressionMatch m = kNumbered.match(name); m.hasMatch()) {
        stem = m.captured(1);
        next = m.captured(2).toInt() + 1;
    }
    QSet<QString> taken;
    for (const Component &c : stage.components)
        taken.insert(c.name);
    QString candidate;
    for (int n = std::max(next, 2);; ++n) {
        candidate = QStringLiteral("%1 (%2)").arg(stem).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace greenprint
