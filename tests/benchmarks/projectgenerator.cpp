// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectgenerator.h"

#include <QStringList>

#include <vector>

namespace greenprint::bench {
namespace {

/** A small linear congruential generator: fast and identical on every platform. */
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_state(seed)
    { }

    std::uint32_t next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * (next() % 10000) / 10000.0; }
    /** Rounded to two decimals, as people type numbers. */
    double typed(double lo, double hi) { return static_cast<int>(uniform(lo, hi) * 100) / 100.0; }

private:
    std::uint32_t m_state;
};

struct Pools
{
    QStringList cpu; ///< CPU-only instances
    QStringList accelerated; ///< GPU and Neuron instances
    QStringList regions;
};

Pools pools(const ReferenceData &reference)
{
    Pools p;
    for (const InstanceSpec &i : reference.instances)
        (i.acceleratorCount > 0 ? p.accelerated : p.cpu) << i.id;
    for (const RegionSpec &r : reference.regions)
        p.regions << r.id;
    if (p.cpu.isEmpty())
        p.cpu = p.accelerated;
    if (p.accelerated.isEmpty())
        p.accelerated = p.cpu;
    return p;
}

WorkSpec trainingWork(Random &random)
{
    WorkSpec work;
    work.kind = WorkSpec::Kind::Training;
    work.parameters = random.uniform(1e8, 7e9);
    work.tokens = random.uniform(1e9, 5e10);
    work.epochs = 1 + random.below(3);
    return work;
}

ComponentSpec compute(Random &random, const Pools &p, bool accelerated)
{
    ComputeSpec s;
    const QStringList &pool = accelerated ? p.accelerated : p.cpu;
    s.instance = pool.at(random.below(static_cast<int>(pool.size())));
    s.count = 1 + random.below(accelerated ? 16 : 64);
    s.hours = random.typed(1.0, 500.0);
    s.utilization = random.typed(0.2, 0.95);
    s.pricing = random.below(4) == 0 ? Pricing::Spot : Pricing::OnDemand;
    if (accelerated && random.below(10) == 0)
        s.work = trainingWork(random);
    return s;
}

ComponentSpec storage(Random &random)
{
    StorageSpec s;
    s.storageClass = static_cast<StorageClass>(random.below(kStorageClassCount));
    s.sizeGB = random.typed(10.0, 500000.0);
    s.months = 1 + random.below(36);
    return s;
}

ComponentSpec transfer(Random &random, const Pools &p)
{
    return TransferSpec{random.typed(1.0, 50000.0),
                        p.regions.at(random.below(static_cast<int>(p.regions.size())))};
}

ComponentSpec notebook(Random &random, const Pools &p)
{
    NotebookSpec s;
    s.instance = p.cpu.at(random.below(static_cast<int>(p.cpu.size())));
    s.activeHoursPerWeek = random.typed(2.0, 40.0);
    s.idleHoursPerWeek = random.typed(0.0, 100.0);
    s.weeks = 1 + random.below(52);
    s.activeUtilization = random.typed(0.1, 0.8);
    return s;
}

ComponentSpec tuning(Random &random, const Pools &p)
{
    TuningSpec s;
    s.instance = p.accelerated.at(random.below(static_cast<int>(p.accelerated.size())));
    s.count = 1 + random.below(4);
    s.strategy = static_cast<TuningStrategy>(random.below(4));
    s.trials = 4 + random.below(60);
    s.hoursPerTrial = random.typed(0.25, 12.0);
    s.utilization = random.typed(0.4, 0.95);
    return s;
}

ComponentSpec endpoint(Random &random, const Pools &p)
{
    EndpointSpec s;
    s.mode = static_cast<EndpointMode>(random.below(4));
    const bool accelerated = random.below(2) == 0;
    const QStringList &pool = accelerated ? p.accelerated : p.cpu;
    s.instance = pool.at(random.below(static_cast<int>(pool.size())));
    s.count = 1 + random.below(8);
    s.hoursProvisioned = random.typed(24.0, 8760.0);
    s.utilization = random.typed(0.05, 0.7);
    s.modelsHosted = 1 + random.below(3);
    return s;
}

ComponentSpec logs(Random &random)
{
    return LogsSpec{random.typed(1.0, 500.0), static_cast<double>(random.below(13)),
                    static_cast<double>(1 + random.below(24))};
}

} // namespace

Project generateProject(const ReferenceData &reference, int componentCount, std::uint32_t seed)
{
    Random random(seed);
    const Pools p = pools(reference);
    Project project;
    project.name = QStringLiteral("Generated plan with %1 components").arg(componentCount);
    project.region = p.regions.contains(QStringLiteral("us-east-1")) ? QStringLiteral("us-east-1")
                                                                     : p.regions.first();
    // One stage in another region, as multi-region plans do.
    project.stage(StageKind::Training).region =
        p.regions.at(random.below(static_cast<int>(p.regions.size())));

    for (int i = 0; i < componentCount; ++i) {
        // Weights out of 20: compute 7, storage 3, transfer 1, notebook 2, tuning 2,
        // endpoint 3, logs 2.
        const int pick = random.below(20);
        StageKind stage = StageKind::DataProcessing;
        ComponentSpec spec;
        if (pick < 7) {
            const bool accelerated = random.below(2) == 0;
            stage = accelerated ? StageKind::Training : StageKind::DataProcessing;
            spec = compute(random, p, accelerated);
        } else if (pick < 10) {
            spec = storage(random);
        } else if (pick < 11) {
            spec = transfer(random, p);
        } else if (pick < 13) {
            stage = StageKind::ModelBuilding;
            spec = notebook(random, p);
        } else if (pick < 15) {
            stage = StageKind::Training;
            spec = tuning(random, p);
        } else if (pick < 18) {
            stage = StageKind::Inference;
            spec = endpoint(random, p);
        } else {
            stage = StageKind::Inference;
            spec = logs(random);
        }
        Component component;
        component.name = QStringLiteral("Component %1").arg(i + 1);
        component.spec = std::move(spec);
        project.stage(stage).components.push_back(std::move(component));
    }
    return project;
}

} // namespace greenprint::bench
