// SPDX-License-Identifier: GPL-3.0-or-later
// Purpose-built projects for the advisor tests: one small plan per kind of component.
#pragma once

#include "domain/project.h"

#include <QString>

namespace greenprint::test {

inline Component compute(const QString &name, const QString &instance, double hours,
                         double utilization = 0.8, int count = 1)
{
    ComputeSpec s;
    s.instance = instance;
    s.count = count;
    s.hours = hours;
    s.utilization = utilization;
    return {name, s, {}};
}

inline Component trainingJob(const QString &name, const QString &instance, int count,
                             double epochs = 1.0, Precision precision = Precision::Bf16)
{
    ComputeSpec s;
    s.instance = instance;
    s.count = count;
    s.utilization = 0.9;
    WorkSpec w;
    w.parameters = 340e6;
    w.tokens = 2e9;
    w.epochs = epochs;
    w.precision = precision;
    s.work = w;
    return {name, s, {}};
}

inline Component storage(const QString &name, StorageClass c, double sizeGB, double months)
{
    return {name, StorageSpec{c, sizeGB, months}, {}};
}

inline Component endpoint(const QString &name, const QString &instance, int count,
                          double utilization, bool withWork = false,
                          EndpointMode mode = EndpointMode::RealTime,
                          Precision precision = Precision::Fp16)
{
    EndpointSpec s;
    s.mode = mode;
    s.instance = instance;
    s.count = count;
    s.hoursProvisioned = 8760.0;
    s.utilization = utilization;
    if (withWork) {
        WorkSpec w;
        w.kind = WorkSpec::Kind::Inference;
        w.parameters = 340e6;
        w.requests = 24e6;
        w.tokensPerRequest = 256.0;
        w.precision = precision;
        s.work = w;
    }
    return {name, s, {}};
}

inline Component notebook(const QString &name, double idleHoursPerWeek)
{
    NotebookSpec s;
    s.instance = QStringLiteral("g5.xlarge");
    s.activeHoursPerWeek = 10.0;
    s.idleHoursPerWeek = idleHoursPerWeek;
    s.weeks = 8.0;
    return {name, s, {}};
}

inline Component tuning(const QString &name, TuningStrategy strategy, int trials)
{
    TuningSpec s;
    s.instance = QStringLiteral("g5.2xlarge");
    s.strategy = strategy;
    s.trials = trials;
    s.hoursPerTrial = 1.5;
    s.utilization = 0.8;
    return {name, s, {}};
}

inline Component logs(const QString &name, double retentionMonths)
{
    return {name, LogsSpec{20.0, retentionMonths, 12.0}, {}};
}

/** A project in us-east-1 with `c` as the only component of stage `kind`. */
inline Project projectWith(StageKind kind, const Component &c)
{
    Project p;
    p.name = QStringLiteral("test");
    p.region = QStringLiteral("us-east-1");
    p.stage(kind).components.push_back(c);
    return p;
}

} // namespace greenprint::test
