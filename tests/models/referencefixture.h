// SPDX-License-Identifier: GPL-3.0-or-later
// A small, hand-made ReferenceData whose numbers make expectations easy to compute by hand.
#pragma once

#include "domain/referencedata.h"

namespace greenprint::test {

/*
 * test.gpu: 100 W idle, 300 W at 50 %, 400 W at 100 %; 1000 kgCO2e embodied; 2 USD/h.
 * test.cpu: 10 W idle, 50 W at 100 %; no embodied figure; no price.
 * r-a: 400 gCO2e/kWh, PUE 1.2.   r-b: 100 gCO2e/kWh, no PUE (falls back to 1.15).
 * Embodied over the project's server life (4 years by default); spot discount 60 %; transfer 0.02
 * USD/GB; logs 0.50 USD/GB ingested + 0.03 USD/GB-month stored. s3-standard: HDD, 6 copies, 0.023
 * USD/GB-month. ebs-gp3: SSD, 2 copies, 0.08 USD/GB-month.
 */
inline ReferenceData makeReferenceFixture()
{
    ReferenceData ref;
    ref.dataVersion = QStringLiteral("test");

    InstanceSpec gpu;
    gpu.id = QStringLiteral("test.gpu");
    gpu.category = InstanceCategory::NvidiaGpu;
    gpu.vcpus = 8;
    gpu.idlePowerW = 100;
    gpu.maxPowerW = 400;
    gpu.loadPoints = {{0.0, 100.0}, {0.5, 300.0}, {1.0, 400.0}};
    gpu.embodiedCo2eKg = 1000.0;
    gpu.priceUsdPerHour = 2.0;
    ref.instances.push_back(gpu);

    InstanceSpec cpu;
    cpu.id = QStringLiteral("test.cpu");
    cpu.category = InstanceCategory::X86Cpu;
    cpu.vcpus = 2;
    cpu.idlePowerW = 10;
    cpu.maxPowerW = 50;
    cpu.loadPoints = {{0.0, 10.0}, {1.0, 50.0}};
    ref.instances.push_back(cpu);

    RegionSpec a;
    a.id = QStringLiteral("r-a");
    a.gridGCo2ePerKWh = 400.0;
    a.pue = 1.2;
    ref.regions.push_back(a);
    RegionSpec b;
    b.id = QStringLiteral("r-b");
    b.gridGCo2ePerKWh = 100.0;
    ref.regions.push_back(b);

    auto storage = [&](StorageClass cls, StorageMedium medium, double replication, double price) {
        StorageClassSpec spec;
        spec.storageClass = cls;
        spec.medium = medium;
        spec.replicationFactor = replication;
        spec.priceUsdPerGBMonth = price;
        ref.storageClasses.push_back(spec);
    };
    storage(StorageClass::S3Standard, StorageMedium::Hdd, 6.0, 0.023);
    storage(StorageClass::EbsGp3, StorageMedium::Ssd, 2.0, 0.08);

    auto coefficient = [&](const char16_t *key, double value) {
        Coefficient c;
        c.key = QString::fromUtf16(key);
        c.value = value;
        ref.coefficients.push_back(c);
    };
    coefficient(CoefficientKey::SsdWhPerTBHour, 1.2);
    coefficient(CoefficientKey::HddWhPerTBHour, 0.65);
    coefficient(CoefficientKey::NetworkKWhPerGB, 0.001);
    coefficient(CoefficientKey::AwsGlobalPue, 1.15);
    coefficient(CoefficientKey::ServerLifetimeHours, 10000.0);
    coefficient(CoefficientKey::SpotDiscountFraction, 0.6);
    coefficient(CoefficientKey::TransferUsdPerGB, 0.02);
    coefficient(CoefficientKey::LogsIngestUsdPerGB, 0.5);
    coefficient(CoefficientKey::LogsStorageUsdPerGBMonth, 0.03);
    ref.reindex();
    return ref;
}

} // namespace greenprint::test
