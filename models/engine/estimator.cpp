// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimator.h"

#include "../domain/names.h"
#include "powermodel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace greenprint {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("greenprint::Estimator", text);
}

QString componentPath(int stageIndex, int componentIndex, const char16_t *field)
{
    return QStringLiteral("stages[%1].components[%2].%3")
        .arg(stageIndex)
        .arg(componentIndex)
        .arg(QStringView(field));
}

/** Per-call view of the catalogs: project-local entries shadow reference ones. */
class Lookup
{
public:
    Lookup(const Project &project, const ReferenceData &reference)
        : m_reference(reference)
    {
        for (const CatalogInstance &ci : project.catalogInstances)
            m_instances.insert(ci.id, toInstanceSpec(ci));
        for (const CatalogRegion &cr : project.catalogRegions)
            m_regions.insert(cr.id, toRegionSpec(cr));
    }

    const InstanceSpec *instance(const QString &id) const
    {
        if (auto it = m_instances.constFind(id); it != m_instances.cend())
            return &*it;
        return m_reference.instance(id);
    }

    const RegionSpec *region(const QString &id) const
    {
        if (auto it = m_regions.constFind(id); it != m_regions.cend())
            return &*it;
        return m_reference.region(id);
    }

    const ReferenceData &reference() const { return m_reference; }

private:
    const ReferenceData &m_reference;
    QHash<QString, InstanceSpec> m_instances;
    QHash<QString, RegionSpec> m_regions;
};

/** What every component of one stage shares: its region, PUE and constants. */
struct StageContext
{
    int stageIndex = 0;
    QString regionId;
    GridIntensity intensity;
    double pue = 1.0;
    bool includeEmbodied = true;
    double lifetimeHours = 35040.0;
    double spotDiscount = 0.0;
};

class ComponentEstimator
{
public:
    ComponentEstimator(const Lookup &lookup, const StageContext &ctx, Issues &issues)
        : m_lookup(lookup), m_ctx(ctx), m_issues(issues)
    {}

    ComponentEstimate estimate(const Component &component, int componentIndex)
    {
        m_componentIndex = componentIndex;
        m_warnedEmbodied = false;
        m_warnedPrice = false;
        ComponentEstimate result;
        result.name = component.name;
        result.type = component.type();
        result.region = m_ctx.regionId;
        result.pue = m_ctx.pue;
        std::visit([&](const auto &spec) { apply(spec, result); }, component.spec);
        finish(result);
        return result;
    }

private:
    void issue(Issue::Severity severity, const char16_t *field, const QString &message)
    {
        m_issues.push_back({severity, componentPath(m_ctx.stageIndex, m_componentIndex, field),
                            message, {}});
    }

    const InstanceSpec *instance(const QString &id)
    {
        const InstanceSpec *spec = m_lookup.instance(id);
        if (!spec) {
            issue(Issue::Severity::Error, u"instance",
                  tr("unknown instance type \"%1\"; it is not in the reference data, "
                     "your catalog or the project's catalog").arg(id));
        }
        return spec;
    }

    /**
     * Instance-hours at one utilization: power from the load curve (or the
     * measured watts), embodied share and price. Accumulates into `result`.
     */
    void addInstanceHours(const InstanceSpec &spec, int count, Hours hoursEach, double utilization,
                          std::optional<double> measuredPowerW, Pricing pricing,
                          ComponentEstimate &result)
    {
        const PowerW power = measuredPowerW ? PowerW{*measuredPowerW}
                                            : interpolatePower(spec.loadPoints, utilization);
        const Hours instanceHours = hoursEach * static_cast<double>(count);
        result.footprint.itEnergy += power * instanceHours;

        if (spec.embodiedCo2eKg) {
            result.footprint.embodiedCo2e
                += Co2eKg{*spec.embodiedCo2eKg * instanceHours.h / m_ctx.lifetimeHours};
        } else if (instanceHours.h > 0.0 && !m_warnedEmbodied) {
            m_warnedEmbodied = true;
            issue(Issue::Severity::Warning, u"instance",
                  tr("no embodied-emissions figure for \"%1\"; embodied carbon is not counted")
                      .arg(spec.id));
        }

        if (spec.priceUsdPerHour) {
            const double factor = pricing == Pricing::Spot ? 1.0 - m_ctx.spotDiscount : 1.0;
            result.footprint.cost += CostUsd{*spec.priceUsdPerHour * instanceHours.h * factor};
        } else if (instanceHours.h > 0.0 && !m_warnedPrice) {
            m_warnedPrice = true;
            issue(Issue::Severity::Warning, u"instance",
                  tr("no price for \"%1\" in the reference data; its cost is not counted")
                      .arg(spec.id));
        }
    }

    void setInstanceSummary(ComponentEstimate &result, const QString &id, int count, Hours hours)
    {
        result.instance = id;
        result.count = count;
        result.hours = hours;
        const double instanceHours = hours.h * count;
        result.averagePower = instanceHours > 0.0
            ? PowerW{result.footprint.itEnergy.kWh * 1000.0 / instanceHours}
            : PowerW{0.0};
    }

    void apply(const ComputeSpec &s, ComponentEstimate &result)
    {
        if (const InstanceSpec *spec = instance(s.instance)) {
            addInstanceHours(*spec, s.count, Hours{s.hours}, s.utilization, s.measuredPowerW,
                             s.pricing, result);
        }
        setInstanceSummary(result, s.instance, s.count, Hours{s.hours});
    }

    void apply(const NotebookSpec &s, ComponentEstimate &result)
    {
        const Hours active{s.activeHoursPerWeek * s.weeks};
        const Hours idle{s.idleHoursPerWeek * s.weeks};
        if (const InstanceSpec *spec = instance(s.instance)) {
            addInstanceHours(*spec, 1, active, s.activeUtilization, std::nullopt, Pricing::OnDemand,
                             result);
            addInstanceHours(*spec, 1, idle, 0.0, std::nullopt, Pricing::OnDemand, result);
        }
        setInstanceSummary(result, s.instance, 1, active + idle);
    }

    void apply(const TuningSpec &s, ComponentEstimate &result)
    {
        const Hours perInstance{s.trials * s.hoursPerTrial};
        if (const InstanceSpec *spec = instance(s.instance)) {
            addInstanceHours(*spec, s.count, perInstance, s.utilization, std::nullopt,
                             Pricing::OnDemand, result);
        }
        setInstanceSummary(result, s.instance, s.count, perInstance);
    }

    void apply(const EndpointSpec &s, ComponentEstimate &result)
    {
        // Serverless capacity exists only while a request runs: it is counted
        // as busy hours (provisioned x utilization) at full load.
        const bool serverless = s.mode == EndpointMode::Serverless;
        const Hours hours = serverless ? Hours{s.hoursProvisioned * s.utilization}
                                       : Hours{s.hoursProvisioned};
        const double load = serverless ? 1.0 : s.utilization;
        if (const InstanceSpec *spec = instance(s.instance)) {
            addInstanceHours(*spec, s.count, hours, load, std::nullopt, Pricing::OnDemand, result);
        }
        setInstanceSummary(result, s.instance, s.count, hours);
    }

    void apply(const StorageSpec &s, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        const StorageClassSpec *cls = ref.storageClass(s.storageClass);
        const Hours hours{s.months * kHoursPerMonth};
        result.hours = hours;
        if (!cls) {
            issue(Issue::Severity::Error, u"storageClass",
                  tr("no reference data for storage class \"%1\"")
                      .arg(storageClassKey(s.storageClass)));
            return;
        }
        addStoredGBHours(*cls, s.sizeGB * hours.h, result);
        if (cls->priceUsdPerGBMonth)
            result.footprint.cost += CostUsd{*cls->priceUsdPerGBMonth * s.sizeGB * s.months};
        else
            missingPrice(u"storageClass", storageClassDisplayName(s.storageClass));
    }

    void apply(const TransferSpec &s, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        if (!m_lookup.region(s.toRegion)) {
            issue(Issue::Severity::Error, u"toRegion",
                  tr("unknown destination region \"%1\"").arg(s.toRegion));
        }
        const double kWhPerGB = ref.coefficientValue(CoefficientKey::NetworkKWhPerGB, 0.001);
        result.footprint.itEnergy += EnergyKWh{s.sizeGB * kWhPerGB};
        if (const Coefficient *price = ref.coefficient(CoefficientKey::TransferUsdPerGB))
            result.footprint.cost += CostUsd{price->value * s.sizeGB};
        else
            missingPrice(u"sizeGB", tr("inter-region data transfer"));
    }

    void apply(const LogsSpec &s, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        // Stored volume grows by gbPerMonth each month until the retention
        // period caps it; GB-months is the area under that curve.
        const double m = s.months;
        const double r = s.retentionMonths > 0.0 ? std::min(s.retentionMonths, m) : m;
        const double gbMonths = s.gbPerMonth * (r * r / 2.0 + r * (m - r));
        result.hours = Hours{m * kHoursPerMonth};
        if (const StorageClassSpec *cls = ref.storageClass(StorageClass::S3Standard))
            addStoredGBHours(*cls, gbMonths * kHoursPerMonth, result);

        const Coefficient *ingest = ref.coefficient(CoefficientKey::LogsIngestUsdPerGB);
        const Coefficient *storage = ref.coefficient(CoefficientKey::LogsStorageUsdPerGBMonth);
        if (ingest && storage) {
            result.footprint.cost += CostUsd{ingest->value * s.gbPerMonth * m
                                             + storage->value * gbMonths};
        } else {
            missingPrice(u"gbPerMonth", tr("log ingestion and storage"));
        }
    }

    /** Storage energy: TB-hours x Wh per TB-hour of the medium x replication. */
    void addStoredGBHours(const StorageClassSpec &cls, double gbHours, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        const double whPerTBHour = cls.medium == StorageMedium::Ssd
            ? ref.coefficientValue(CoefficientKey::SsdWhPerTBHour, 1.2)
            : ref.coefficientValue(CoefficientKey::HddWhPerTBHour, 0.65);
        const double tbHours = gbHours / 1000.0;
        result.footprint.itEnergy
            += EnergyKWh{tbHours * whPerTBHour * cls.replicationFactor / 1000.0};
    }

    void missingPrice(const char16_t *field, const QString &what)
    {
        issue(Issue::Severity::Warning, field,
              tr("no published price for %1 in the reference data; its cost is not counted")
                  .arg(what));
    }

    void finish(ComponentEstimate &result) const
    {
        Footprint &f = result.footprint;
        f.energy = f.itEnergy * m_ctx.pue;
        f.operationalCo2e = f.energy * m_ctx.intensity;
        f.co2e = f.operationalCo2e + (m_ctx.includeEmbodied ? f.embodiedCo2e : Co2eKg{0.0});
        if (!m_ctx.includeEmbodied)
            f.embodiedCo2e = Co2eKg{0.0};
    }

    const Lookup &m_lookup;
    const StageContext &m_ctx;
    Issues &m_issues;
    int m_componentIndex = 0;
    bool m_warnedEmbodied = false;
    bool m_warnedPrice = false;
};

StageContext stageContext(const Project &project, const Lookup &lookup, int stageIndex,
                          Issues &issues)
{
    const ReferenceData &ref = lookup.reference();
    const Stage &stage = project.stages[stageIndex];
    StageContext ctx;
    ctx.stageIndex = stageIndex;
    ctx.regionId = project.effectiveRegion(stage);
    ctx.includeEmbodied = project.settings.includeEmbodied;
    ctx.lifetimeHours = ref.coefficientValue(CoefficientKey::ServerLifetimeHours, 35040.0);
    ctx.spotDiscount = project.settings.spotDiscountFraction.value_or(
        ref.coefficientValue(CoefficientKey::SpotDiscountFraction, 0.0));

    const QString regionPath = stage.region.isEmpty()
        ? QStringLiteral("region")
        : QStringLiteral("stages[%1].region").arg(stageIndex);
    const RegionSpec *region = lookup.region(ctx.regionId);
    if (!region && !stage.components.empty()) {
        issues.push_back({Issue::Severity::Error, regionPath,
                          tr("unknown region \"%1\"; operational carbon of this stage is not "
                             "counted").arg(ctx.regionId), {}});
    }
    ctx.intensity = GridIntensity{region ? region->gridGCo2ePerKWh : 0.0};

    const double globalPue = ref.coefficientValue(CoefficientKey::AwsGlobalPue, 1.15);
    if (project.settings.pue)
        ctx.pue = *project.settings.pue;
    else if (region && region->pue)
        ctx.pue = *region->pue;
    else
        ctx.pue = globalPue;
    return ctx;
}

} // namespace

InstanceSpec toInstanceSpec(const CatalogInstance &ci)
{
    InstanceSpec spec;
    spec.id = ci.id;
    spec.family = ci.id.section(u'.', 0, 0);
    spec.category = InstanceCategory::Custom;
    spec.vcpus = ci.vcpus;
    spec.memoryGiB = ci.memoryGiB;
    spec.accelerator = ci.accelerator;
    spec.acceleratorCount = ci.acceleratorCount;
    spec.idlePowerW = ci.idlePowerW;
    spec.maxPowerW = ci.maxPowerW;
    spec.loadPoints = {{0.0, ci.idlePowerW}, {1.0, ci.maxPowerW}};
    spec.powerMethod = QStringLiteral("project catalog");
    spec.embodiedCo2eKg = ci.embodiedCo2eKg;
    spec.priceUsdPerHour = ci.priceUsdPerHour;
    spec.notes = ci.name;
    spec.source = QStringLiteral("project catalog");
    spec.origin = DataOrigin::Project;
    return spec;
}

RegionSpec toRegionSpec(const CatalogRegion &cr)
{
    RegionSpec spec;
    spec.id = cr.id;
    spec.name = cr.name;
    spec.gridGCo2ePerKWh = cr.gridGCo2ePerKWh;
    spec.gridBasis = QStringLiteral("project catalog");
    spec.pue = cr.pue;
    spec.source = QStringLiteral("project catalog");
    spec.origin = DataOrigin::Project;
    return spec;
}

Estimate estimateProject(const Project &project, const ReferenceData &reference)
{
    Estimate estimate;
    estimate.projectName = project.name;
    estimate.methodology = project.settings.methodology;
    estimate.dataVersion = reference.dataVersion;
    estimate.includeEmbodied = project.settings.includeEmbodied;
    estimate.stages.reserve(kStageCount);

    if (project.settings.methodology != Methodology::Greenprint) {
        estimate.issues.push_back(
            {Issue::Severity::Warning, QStringLiteral("settings.methodology"),
             tr("the \"%1\" profile is not implemented in this version; the estimate uses "
                "the Greenprint method").arg(methodologyKey(project.settings.methodology)), {}});
        estimate.methodology = Methodology::Greenprint;
    }

    const Lookup lookup(project, reference);
    for (int s = 0; s < kStageCount; ++s) {
        const Stage &stage = project.stages[s];
        const StageContext ctx = stageContext(project, lookup, s, estimate.issues);
        StageEstimate stageEstimate;
        stageEstimate.kind = stage.kind;
        stageEstimate.name = stage.name;
        stageEstimate.region = ctx.regionId;
        stageEstimate.components.reserve(stage.components.size());

        ComponentEstimator componentEstimator(lookup, ctx, estimate.issues);
        for (int c = 0; c < static_cast<int>(stage.components.size()); ++c) {
            ComponentEstimate ce = componentEstimator.estimate(stage.components[c], c);
            stageEstimate.footprint += ce.footprint;
            stageEstimate.components.push_back(std::move(ce));
        }
        estimate.total += stageEstimate.footprint;
        estimate.stages.push_back(std::move(stageEstimate));
    }
    return estimate;
}

} // namespace greenprint
