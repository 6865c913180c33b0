// SPDX-License-Identifier: GPL-3.0-or-later
// A project with one component of every type, matching referencefixture.h.
#pragma once

#include "domain/project.h"

namespace greenprint::test {

/*
 * Region r-a. Data processing: "ETL" compute (test.cpu) and "Raw data" storage.
 * Model building: "Notebook" (test.cpu). Training: "Train" compute (2 x test.gpu,
 * 10 h), "Sweep" tuning, "Copy out" transfer. Inference: "Serve" endpoint and "Logs".
 */
inline Project makeSampleProject()
{
    Project p;
    p.name = QStringLiteral("Sample");
    p.region = QStringLiteral("r-a");
    auto add = [&](StageKind kind, const QString &name, ComponentSpec spec) {
        Component c;
        c.name = name;
        c.spec = std::move(spec);
        p.stage(kind).components.push_back(c);
    };
    ComputeSpec etl;
    etl.instance = QStringLiteral("test.cpu");
    etl.count = 4;
    etl.hours = 5.0;
    add(StageKind::DataProcessing, QStringLiteral("ETL"), etl);
    add(StageKind::DataProcessing, QStringLiteral("Raw data"),
        StorageSpec{StorageClass::S3Standard, 500.0, 2.0});
    add(StageKind::ModelBuilding, QStringLiteral("Notebook"),
        NotebookSpec{QStringLiteral("test.cpu"), 10.0, 20.0, 4.0, 0.4});
    ComputeSpec train;
    train.instance = QStringLiteral("test.gpu");
    train.count = 2;
    train.hours = 10.0;
    add(StageKind::Training, QStringLiteral("Train"), train);
    TuningSpec sweep;
    sweep.instance = QStringLiteral("test.gpu");
    sweep.strategy = TuningStrategy::Bayesian;
    sweep.trials = 8;
    sweep.hoursPerTrial = 1.5;
    sweep.utilization = 0.7;
    add(StageKind::Training, QStringLiteral("Sweep"), sweep);
    add(StageKind::Training, QStringLiteral("Copy out"), TransferSpec{50.0, QStringLiteral("r-b")});
    EndpointSpec serve;
    serve.instance = QStringLiteral("test.gpu");
    serve.hoursProvisioned = 730.0;
    serve.utilization = 0.3;
    add(StageKind::Inference, QStringLiteral("Serve"), serve);
    add(StageKind::Inference, QStringLiteral("Logs"), LogsSpec{5.0, 3.0, 12.0});
    return p;
}

} // namespace greenprint::test
