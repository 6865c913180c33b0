// SPDX-License-Identifier: GPL-3.0-or-later
#include "actualcomparison.h"

#include "../domain/names.h"
#include "curusage.h"
#include "unitestimator.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace greenprint::actuals {

namespace {

class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::CompareText)
};

/** The planner's default load of a new compute component (project.h, ComputeSpec). */
const double kDefaultUtilization = ComputeSpec{}.utilization;

Quantities scaled(const Quantities &unit, double amount)
{
    Quantities q;
    q.hours = unit.hours * amount;
    q.energyKWh = unit.energyKWh * amount;
    q.co2eKg = unit.co2eKg * amount;
    q.operationalCo2eKg = unit.operationalCo2eKg * amount;
    q.marketCo2eKg = unit.marketCo2eKg * amount;
    return q;
}

Quantities plannedQuantities(const ComponentEstimate &e)
{
    Quantities q;
    if (!e.instance.isEmpty())
        q.hours = e.hours.h * e.count;
    q.energyKWh = e.footprint.energy.kWh;
    q.co2eKg = e.footprint.co2e.kg;
    q.operationalCo2eKg = e.footprint.operationalCo2e.kg;
    q.marketCo2eKg = e.footprint.marketCo2e.kg;
    q.costUsd = e.footprint.cost.usd;
    return q;
}

/** Hours-weighted mean of the measurements that carry `value`. */
template<typename Get>
std::optional<double> weightedMean(const std::vector<MatchedMeasurement> &measurements, Get get)
{
    double sum = 0.0;
    double weight = 0.0;
    for (const MatchedMeasurement &m : measurements) {
        if (const std::optional<double> v = get(m.measurement)) {
            const double w = m.measurement.hours > 0.0 ? m.measurement.hours : 1.0;
            sum += *v * w;
            weight += w;
        }
    }
    return weight > 0.0 ? std::optional<double>(sum / weight) : std::nullopt;
}

/** The key with the largest value. */
QString largest(const QMap<QString, double> &amounts)
{
    QString best;
    double bestAmount = -1.0;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        if (it.value() > bestAmount) {
            best = it.key();
            bestAmount = it.value();
        }
    }
    return best;
}

struct Valuation
{
    std::optional<double> utilization; ///< used for instance hours; nullopt: planned/default
    std::optional<double> powerW;
    std::optional<StorageClass> storageClass; ///< of the component, for untyped storage rows
};

class Comparer
{
public:
    Comparer(const Project &project, const ReferenceData &reference)
        : m_units(project, reference)
    { }

    /** The actual footprint of one billed row; energy incomplete when it cannot be valued. */
    Quantities value(const UsageRow &row, const Valuation &how)
    {
        Quantities q;
        q.costUsd = row.costUsd;
        std::optional<Quantities> unit;
        switch (row.category) {
        case UsageCategory::Compute:
            unit = m_units.instanceHour(catalogInstanceName(row.instanceType), row.region,
                                        how.utilization.value_or(kDefaultUtilization), how.powerW);
            break;
        case UsageCategory::Storage: {
            std::optional<StorageClass> cls = storageClassForUsageType(row.usageType);
            if (!cls)
                cls = how.storageClass;
            if (cls)
                unit = m_units.storageGBMonth(*cls, row.region);
            break;
        }
        case UsageCategory::Transfer:
            unit = m_units.transferGB(row.region);
            break;
        case UsageCategory::Other:
            break;
        }
        if (unit) {
            const double cost = q.costUsd;
            q = scaled(*unit, row.usageAmount);
            q.costUsd = cost;
        } else {
            q.complete = false;
            if (row.category == UsageCategory::Compute)
                q.hours = row.usageAmount;
        }
        m_valued.push_back({row, q});
        return q;
    }

    std::optional<double> co2ePerHour(const QString &instance, const QString &region, double u,
                                      std::optional<double> powerW = std::nullopt)
    {
        const auto unit = m_units.instanceHour(catalogInstanceName(instance), region, u, powerW);
        return unit ? std::optional<double>(unit->co2eKg) : std::nullopt;
    }

    const std::vector<std::pair<UsageRow, Quantities>> &valued() const { return m_valued; }

private:
    UnitEstimator m_units;
    std::vector<std::pair<UsageRow, Quantities>> m_valued;
};

QString formatNumber(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

void addDrivers(Comparer &comparer, ComponentComparison &c, double actualComputeHours)
{
    const double deltaTotal = c.actual.co2eKg - c.planned.co2eKg;
    const bool instanceComponent = !c.plannedInstance.isEmpty() && c.plannedUtilization
        && actualComputeHours > 0.0 && !c.actualInstance.isEmpty();
    if (c.plannedInstance.isEmpty()) {
        c.drivers.push_back({Driver::Usage, deltaTotal, {}});
        return;
    }
    if (actualComputeHours <= 0.0 && c.planned.hours > 0.0) {
        c.drivers.push_back({Driver::Hours, -c.planned.co2eKg,
                             CompareText::tr("no billed hours instead of %1")
                                 .arg(formatNumber(c.planned.hours, 1))});
        c.drivers.push_back({Driver::Other, c.actual.co2eKg, {}});
        return;
    }
    if (!instanceComponent || !c.actual.complete) {
        c.drivers.push_back({Driver::Other, deltaTotal, {}});
        return;
    }
    const double up = *c.plannedUtilization;
    const double ua = c.measuredUtilization.value_or(up);
    const auto f0 = comparer.co2ePerHour(c.plannedInstance, c.plannedRegion, up);
    const auto f2 = comparer.co2ePerHour(c.actualInstance, c.plannedRegion, up);
    const auto f3 = comparer.co2ePerHour(c.actualInstance, c.actualRegion, up);
    const auto f4 = comparer.co2ePerHour(c.actualInstance, c.actualRegion, ua, c.measuredPowerW);
    if (!f0 || !f2 || !f3 || !f4 || *f0 <= 0.0 || *f2 <= 0.0 || *f3 <= 0.0
        || c.planned.hours <= 0.0) {
        c.drivers.push_back({Driver::Other, deltaTotal, {}});
        return;
    }
    // Start from the plan's own carbon per instance-hour (work sizing, idle notebook
    // hours and endpoint load included), then swap in one actual at a time, each as
    // the ratio it changes the carbon of an instance-hour by.
    const double b0 = c.planned.co2eKg;
    const double s1 = actualComputeHours * b0 / c.planned.hours;
    const double s2 = s1 * *f2 / *f0;
    const double s3 = s2 * *f3 / *f2;
    const double s4 = s3 * *f4 / *f3;
    c.drivers.push_back(
        {Driver::Hours, s1 - b0,
         CompareText::tr("%1 instance-hours instead of %2")
             .arg(formatNumber(actualComputeHours, 1), formatNumber(c.planned.hours, 1))});
    c.drivers.push_back(
        {Driver::Instance, s2 - s1,
         c.actualInstance == c.plannedInstance
             ? CompareText::tr("%1 as planned").arg(c.plannedInstance)
             : CompareText::tr("%1 instead of %2").arg(c.actualInstance, c.plannedInstance)});
    c.drivers.push_back(
        {Driver::Region, s3 - s2,
         c.actualRegion == c.plannedRegion
             ? CompareText::tr("%1 as planned").arg(c.plannedRegion)
             : CompareText::tr("%1 instead of %2").arg(c.actualRegion, c.plannedRegion)});
    QString utilizationDetail;
    if (c.measuredPowerW)
        utilizationDetail =
            CompareText::tr("measured %1 W per instance").arg(formatNumber(*c.measuredPowerW, 0));
    else if (c.measuredUtilization)
        utilizationDetail = CompareText::tr("measured %1 % instead of planned %2 %")
                                .arg(formatNumber(ua * 100.0, 1), formatNumber(up * 100.0, 1));
    else
        utilizationDetail =
            CompareText::tr("not measured: planned %1 % kept").arg(formatNumber(up * 100.0, 1));
    c.drivers.push_back({Driver::Utilization, s4 - s3, utilizationDetail});
    c.drivers.push_back(
        {Driver::Other, deltaTotal - (s4 - b0),
         CompareText::tr("the plan's own load model (work-sized load, idle hours) against one "
                         "average load, several instance types or regions, storage")});
}

std::optional<AwsComparison>
compareWithAws(const std::vector<CarbonRow> &carbon,
               const std::vector<std::pair<UsageRow, Quantities>> &valued, const Project &project)
{
    if (carbon.empty())
        return std::nullopt;
    AwsComparison aws;
    QSet<QDate> months;
    QSet<QString> regions;
    QSet<QString> versions;
    bool allMarket = true;
    double market = 0.0;
    for (const CarbonRow &row : carbon) {
        const QDate month(row.periodStart.year(), row.periodStart.month(), 1);
        months.insert(month);
        if (!row.region.isEmpty())
            regions.insert(row.region);
        if (!row.modelVersion.isEmpty())
            versions.insert(row.modelVersion);
        aws.awsLocationCo2eKg += row.locationMtco2e * 1000.0;
        if (row.marketMtco2e)
            market += *row.marketMtco2e * 1000.0;
        else
            allMarket = false;
    }
    if (allMarket)
        aws.awsMarketCo2eKg = market;
    aws.firstMonth = *std::min_element(months.cbegin(), months.cend());
    aws.lastMonth = *std::max_element(months.cbegin(), months.cend());
    aws.regions = QStringList(regions.cbegin(), regions.cend());
    aws.regions.sort();
    aws.modelVersions = QStringList(versions.cbegin(), versions.cend());
    aws.modelVersions.sort();
    for (const auto &[row, q] : valued) {
        if (months.contains(QDate(row.day.year(), row.day.month(), 1))
            && regions.contains(row.region))
            aws.greenprint += q;
    }
    const QString model = aws.modelVersions.isEmpty()
        ? CompareText::tr("unnamed")
        : aws.modelVersions.join(QStringLiteral(", "));
    aws.gapReasons = {
        CompareText::tr("Method: AWS allocates the measured energy of its data centres to "
                        "customers by their usage (model %1); Greenprint estimates each instance "
                        "from its power curve at your utilization.")
            .arg(model),
        CompareText::tr(
            "Unused capacity: AWS's figure carries a share of idle and overhead "
            "server capacity; Greenprint counts only the capacity you were billed for."),
        CompareText::tr("Scope 3: AWS's figure covers Scope 1 and 2 (Scope 3 categories only in "
                        "newer model versions); Greenprint's location-based figure includes the "
                        "embodied share of servers (%1 kgCO2e here, %2 kgCO2e without it).")
            .arg(formatNumber(aws.greenprint.co2eKg - aws.greenprint.operationalCo2eKg, 3),
                 formatNumber(aws.greenprint.operationalCo2eKg, 3)),
        CompareText::tr("Market-based method: AWS's market-based figure counts the renewable "
                        "electricity Amazon buys; Greenprint's counts 0 g/kWh only in Regions AWS "
                        "lists as renewable-matched in %1.")
            .arg(project.settings.marketBasedYear),
        CompareText::tr("Coverage: AWS's figure covers every service of the accounts in those "
                        "months; Greenprint values the compute, storage and data transfer it "
                        "recognises in the CUR (other usage counts for cost only)."),
    };
    return aws;
}

} // namespace

std::optional<double> plannedUtilization(const Component &component,
                                         const ComponentEstimate *estimate)
{
    const BoxedOptional<WorkSpec> *work = workOf(component);
    if (work && *work && estimate && estimate->acceleratorLoad) {
        const double load = *estimate->acceleratorLoad;
        const auto *e = std::get_if<EndpointSpec>(&component.spec);
        if (e && (e->mode == EndpointMode::RealTime || e->mode == EndpointMode::Async)) {
            const double busy = estimate->workHoursPerRun ? estimate->workHoursPerRun->h : 0.0;
            return e->hoursProvisioned > 0.0
                ? load * std::min(busy, e->hoursProvisioned) / e->hoursProvisioned
                : 0.0;
        }
        return load;
    }
    return std::visit(
        [](const auto &s) -> std::optional<double> {
            using T = std::decay_t<decltype(s)>;
            if constexpr (
                std::is_same_v<
                    T,
                    ComputeSpec> || std::is_same_v<T, TuningSpec> || std::is_same_v<T, EndpointSpec>) {
                return s.utilization;
            } else if constexpr (std::is_same_v<T, NotebookSpec>) {
                const double hours = s.activeHoursPerWeek + s.idleHoursPerWeek;
                return hours > 0.0 ? s.activeUtilization * s.activeHoursPerWeek / hours : 0.0;
            } else {
                return std::nullopt;
            }
        },
        component.spec);
}

Quantities &Quantities::operator+=(const Quantities &other)
{
    hours += other.hours;
    energyKWh += other.energyKWh;
    co2eKg += other.co2eKg;
    operationalCo2eKg += other.operationalCo2eKg;
    marketCo2eKg += other.marketCo2eKg;
    costUsd += other.costUsd;
    complete = complete && other.complete;
    return *this;
}

QString driverKey(Driver driver)
{
    switch (driver) {
    case Driver::Hours:
        return QStringLiteral("hours");
    case Driver::Instance:
        return QStringLiteral("instance");
    case Driver::Region:
        return QStringLiteral("region");
    case Driver::Utilization:
        return QStringLiteral("utilization");
    case Driver::Usage:
        return QStringLiteral("usage");
    case Driver::Other:
        return QStringLiteral("other");
    }
    return {};
}

Comparison compareActuals(const Project &project, const Estimate &plan,
                          const ReferenceData &reference, const ActualInputs &inputs)
{
    Comparison result;
    result.projectName = project.name;
    const Matching matching =
        matchActuals(project, inputs.usage, inputs.measurements, inputs.options);
    result.rowsOutsidePeriod = matching.rowsOutsidePeriod;
    result.unmatchedMeasurements = matching.unmatchedMeasurements;
    Comparer comparer(project, reference);

    for (int s = 0; s < kStageCount; ++s) {
        const Stage &stage = project.stages[size_t(s)];
        StageComparison sc;
        sc.kind = stage.kind;
        sc.name = stage.name;
        const StageEstimate *stageEstimate = nullptr;
        for (const StageEstimate &e : plan.stages) {
            if (e.kind == stage.kind)
                stageEstimate = &e;
        }
        for (int i = 0; i < int(stage.components.size()); ++i) {
            const Component &component = stage.components[size_t(i)];
            const ComponentRef ref{s, i};
            ComponentComparison c;
            c.ref = ref;
            c.name = component.name;
            c.type = component.type();
            c.plannedInstance = component.instance();
            c.plannedRegion = project.effectiveRegion(stage);
            const ComponentEstimate *estimate =
                stageEstimate && i < int(stageEstimate->components.size())
                ? &stageEstimate->components[size_t(i)]
                : nullptr;
            c.plannedUtilization = plannedUtilization(component, estimate);
            if (estimate)
                c.planned = plannedQuantities(*estimate);

            static const std::vector<MatchedMeasurement> kNone;
            const auto measured = matching.measurements.find(ref);
            const std::vector<MatchedMeasurement> &measurements =
                measured == matching.measurements.end() ? kNone : measured->second;
            c.measurements = qint64(measurements.size());
            c.measuredUtilization = weightedMean(
                measurements, [](const Measurement &m) { return m.averageUtilization; });
            c.measuredPowerW = weightedMean(measurements, [](const Measurement &m) {
                return m.source == SourceKind::CodeCarbon ? m.averagePowerW : std::nullopt;
            });

            Valuation how;
            how.utilization = c.measuredUtilization ? c.measuredUtilization : c.plannedUtilization;
            how.powerW = c.measuredPowerW;
            if (const auto *storage = std::get_if<StorageSpec>(&component.spec))
                how.storageClass = storage->storageClass;
            QMap<QString, double> hoursByInstance;
            QMap<QString, double> amountByRegion;
            double computeHours = 0.0;
            if (const auto used = matching.usage.find(ref); used != matching.usage.end()) {
                for (const MatchedUsage &m : used->second) {
                    c.actual += comparer.value(m.row, how);
                    ++c.usageRows;
                    amountByRegion[m.row.region] += m.row.usageAmount;
                    if (m.row.category == UsageCategory::Compute) {
                        hoursByInstance[catalogInstanceName(m.row.instanceType)] +=
                            m.row.usageAmount;
                        computeHours += m.row.usageAmount;
                    }
                }
            }
            c.actualInstance = largest(hoursByInstance);
            c.actualRegion = largest(amountByRegion);
            if (c.actualRegion.isEmpty())
                c.actualRegion = c.plannedRegion;
            addDrivers(comparer, c, computeHours);
            sc.planned += c.planned;
            sc.actual += c.actual;
            sc.components.push_back(std::move(c));
        }
        result.plannedTotal += sc.planned;
        result.actualTotal += sc.actual;
        result.stages.push_back(std::move(sc));
    }
    QMap<QString, qsizetype> unplannedIndex;
    for (const UnplannedUsage &u : matching.unplanned) {
        const Quantities q = comparer.value(u.row, {});
        result.actualTotal += q;
        const UsageRow &r = u.row;
        const QString key =
            QStringList{r.account,      r.region,       r.product, r.usageType, r.operation,
                        r.instanceType, r.componentTag, r.unit,    u.reason}
                .join(QChar(0x1f));
        const auto it = unplannedIndex.constFind(key);
        if (it == unplannedIndex.constEnd()) {
            unplannedIndex.insert(key, qsizetype(result.unplanned.size()));
            result.unplanned.push_back({r, r.day, u.reason, q});
            continue;
        }
        UnplannedComparison &uc = result.unplanned[size_t(*it)];
        uc.row.day = std::min(uc.row.day, r.day);
        uc.lastDay = std::max(uc.lastDay, r.day);
        uc.row.usageAmount += r.usageAmount;
        uc.row.costUsd += r.costUsd;
        uc.row.lineItems += r.lineItems;
        uc.actual += q;
    }
    for (const auto &[row, q] : comparer.valued()) {
        if (!result.firstDay.isValid() || row.day < result.firstDay)
            result.firstDay = row.day;
        if (!result.lastDay.isValid() || row.day > result.lastDay)
            result.lastDay = row.day;
    }
    result.aws = compareWithAws(inputs.carbon, comparer.valued(), project);

    result.assumptions
        << CompareText::tr("Actual energy and carbon are Greenprint estimates of the billed usage "
                           "with the plan's method and settings; actual cost is the bill's "
                           "unblended cost (credits, refunds, taxes and fees left out).")
        << CompareText::tr("Components without a utilization measurement keep their planned "
                           "utilization; unplanned instance hours are valued at %1 %, the "
                           "planner's default for a new compute component.")
               .arg(formatNumber(kDefaultUtilization * 100.0, 0))
        << CompareText::tr("SageMaker ml.* instances are valued as the EC2 instance type they run "
                           "on.");
    for (const Measurement &m : matching.unmatchedMeasurements) {
        result.issues.push_back(
            {Issue::Severity::Warning,
             sourceKindKey(m.source),
             CompareText::tr("measurement \"%1\" names no component or instance type of the plan; "
                             "tie it to a component with COMPONENT=FILE")
                 .arg(m.resource),
             {}});
    }
    return result;
}

} // namespace greenprint::actuals
