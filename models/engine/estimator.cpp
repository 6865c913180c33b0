// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimator.h"

#include "functionalunits.h"

#include "../domain/cataloglookup.h"
#include "../domain/instancenames.h"
#include "banddrivers.h"
#include "catalogcheck.h"
#include "defaultassumptions.h"
#include "../domain/names.h"
#include "../io/fieldpath.h"
#include "marketbased.h"
#include "methodprofile.h"
#include "powermodel.h"
#include "worksizing.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Estimator)
};

/** Index of the low, central and high ends of every band. */
enum Bound { Low = 0, Central = 1, High = 2 };
constexpr std::array<Bound, 3> kBounds = {Low, Central, High};

template<typename T>
using Banded = std::array<T, 3>;

/** The plan's catalogs (cataloglookup.h) and the accelerator peaks its components ask for. */
class Lookup : public CatalogLookup
{
public:
    using CatalogLookup::CatalogLookup;

    /**
     * Peak of all the instance's accelerators at bf16 (AcceleratorSpec::peak falls
     * back to the nearest published figure); empty when none is published.
     * Memoised per instance: every component on the instance asks for it.
     */
    std::optional<double> deepLearningPeakTflops(const InstanceSpec &spec) const
    {
        if (auto it = m_peaks.constFind(spec.id); it != m_peaks.cend())
            return *it;
        std::optional<double> peak;
        if (spec.acceleratorCount > 0) {
            if (const AcceleratorSpec *a = reference().method.accelerator(spec.accelerator)) {
                if (const std::optional<double> chip = a->peak(Precision::Bf16))
                    peak = spec.acceleratorCount * *chip;
            }
        }
        m_peaks.insert(spec.id, peak);
        return peak;
    }

private:
    mutable QHash<QString, std::optional<double>> m_peaks;
};

/** What every component of one stage shares: its region, PUE, intensity and constants. */
struct StageContext
{
    int stageIndex = 0;
    QString regionId;
    IntensityBand intensity;
    Pue pue;
    bool includeEmbodied = true;
    double spotDiscount = 0.0;
    UsedConstant spotDiscountConstant; ///< where spotDiscount comes from
    bool regionKnown = true; ///< false: the stage's operational carbon cannot be counted
};

/** Adds each assumption once, keeping the order they were met in. */
class AssumptionSet
{
public:
    void add(const QStringList &items)
    {
        for (const QString &item : items) {
            if (!m_seen.contains(item)) {
                m_seen.insert(item);
                m_list << item;
            }
        }
    }
    const QStringList &list() const { return m_list; }

private:
    QSet<QString> m_seen;
    QStringList m_list;
};

/**
 * The profile's power band per instance row and load, each asked once per estimate: a
 * profile is a pure function of the two, and a plan repeats a few rows and loads over
 * thousands of components (asking again hashed the CPU name on every component).
 * Rows are keyed by address: the cache must not outlive the rows it was asked about.
 */
class PowerBandCache
{
public:
    explicit PowerBandCache(const MethodProfile &profile)
        : m_profile(profile)
        , m_fixedUtilization(profile.fixedUtilization())
    { }

    /** The load the profile estimates `utilization` at (a peer profile may fix its own). */
    double load(double utilization) const { return m_fixedUtilization.value_or(utilization); }

    struct Entry
    {
        PowerBand band;
        bool assumptionsNoted = false; ///< its assumptions are in the estimate's list already
    };

    Entry &at(const InstanceSpec &spec, double load)
    {
        const Key key{&spec, std::bit_cast<std::uint64_t>(load)};
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            it = m_entries.emplace(key, Entry{m_profile.instancePower(spec, load)}).first;
        return it->second;
    }

private:
    struct Key
    {
        const InstanceSpec *spec;
        std::uint64_t loadBits; ///< the load's bits: equal keys are the same double
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const noexcept
        {
            return std::hash<const void *>()(k.spec)
                ^ (std::hash<std::uint64_t>()(k.loadBits) << 1);
        }
    };

    const MethodProfile &m_profile;
    const std::optional<double> m_fixedUtilization;
    std::unordered_map<Key, Entry, KeyHash> m_entries; ///< node-based: references stay valid
};

/** Adds each constant once, by key, keeping the order they were met in. */
class ConstantSet
{
public:
    void add(const UsedConstant &constant)
    {
        if (!m_seen.contains(constant.key)) {
            m_seen.insert(constant.key);
            m_list.push_back(constant);
        }
    }
    void add(const std::vector<UsedConstant> &constants)
    {
        for (const UsedConstant &c : constants)
            add(c);
    }
    /** The reference data's row `key`, when there is one. */
    void addRow(const ReferenceData &reference, QStringView key)
    {
        if (const Coefficient *c = reference.coefficient(key))
            add({c->key, c->value, c->unit, c->vintage, c->source, c->assumption});
    }
    const std::vector<UsedConstant> &list() const { return m_list; }

private:
    QSet<QString> m_seen;
    std::vector<UsedConstant> m_list;
};

/** What an instance row brings to the estimate beyond published figures, once per name. */
QStringList instanceAssumptions(const InstanceSpec &spec, const ReferenceData &reference)
{
    QStringList items;
    if (!spec.derivedFrom.isEmpty()) {
        const InstanceSpec *base = reference.instance(spec.derivedFrom);
        items << Tr::tr("%1: derived size, not in the catalog: power, memory, embodied share and "
                        "price scaled by vCPU from %2 (%3 vs %4 vCPUs)")
                     .arg(spec.id, spec.derivedFrom)
                     .arg(spec.vcpus)
                     .arg(base ? base->vcpus : 0);
    }
    if (spec.sagemaker) {
        const Coefficient *factor = reference.coefficient(CoefficientKey::SageMakerPriceFactor);
        items << Tr::tr("%1: SageMaker name of %2, the same hardware; SageMaker price = EC2 "
                        "On-Demand price x %3: no SageMaker price table in the sources, so "
                        "SageMaker costs are a lower bound")
                     .arg(spec.id, spec.otherName)
                     .arg(factor ? factor->value : 1.0);
    }
    if (spec.acceleratorCount > 0) {
        const AcceleratorSpec *a = reference.method.accelerator(spec.accelerator);
        if (a && a->assumption) {
            // The first two sentences of the notes say what is assumed and why.
            QString why = a->notes;
            static const QRegularExpression kAssumptionPrefix(
                QStringLiteral("^ASSUMPTION[^:]*:\\s*"));
            why.remove(kAssumptionPrefix);
            qsizetype end = why.indexOf(QStringLiteral(". "));
            if (end > 0)
                end = why.indexOf(QStringLiteral(". "), end + 2);
            if (end > 0)
                why.truncate(end + 1);
            const auto peak = a->peak(Precision::Bf16);
            items << Tr::tr("%1 (assumption): TDP %2 W, dense 16-bit peak %3. %4")
                         .arg(a->name,
                              a->tdpW ? QString::number(*a->tdpW) : Tr::tr("not published"),
                              peak ? Tr::tr("%1 TFLOPS").arg(*peak) : Tr::tr("not published"), why);
        }
    }
    return items;
}

class ComponentEstimator
{
public:
    ComponentEstimator(const Lookup &lookup, const MethodProfile &profile, const StageContext &ctx,
                       Issues &issues, AssumptionSet &assumptions, ConstantSet &constants)
        : m_lookup(lookup)
        , m_profile(profile)
        , m_ctx(ctx)
        , m_issues(issues)
        , m_assumptions(assumptions)
        , m_constants(constants)
        , m_powerBands(profile)
        , m_ssdWhPerTBHour(lookup.reference().coefficientValue(CoefficientKey::SsdWhPerTBHour, 1.2))
        , m_hddWhPerTBHour(
              lookup.reference().coefficientValue(CoefficientKey::HddWhPerTBHour, 0.65))
    { }

    ComponentEstimate estimate(const Component &component, int componentIndex)
    {
        m_componentIndex = componentIndex;
        m_warnedEmbodied = false;
        m_warnedPrice = false;
        m_failed = false;
        m_costUnknown = false;
        m_warnings.clear();
        m_itKWh = 0.0;
        m_embodiedKg = {0.0, 0.0, 0.0};
        m_fractionItKWh = {0.0, 0.0, 0.0};
        m_powerItKWh = {0.0, 0.0, 0.0};
        ComponentEstimate result;
        result.name = component.name;
        result.type = component.type();
        result.region = m_ctx.regionId;
        result.pue = m_ctx.pue;
        result.gridGCo2ePerKWh = m_ctx.intensity.central.gPerKWh;
        std::visit([&](const auto &spec) { apply(spec, result); }, component.spec);
        if (m_failed) { // partial figures: no load stands for the component either
            result.appliedLoadFraction.reset();
            result.idleLoadFraction.reset();
        }
        m_assumptions.add(calibrationNotes(component));
        finish(result);
        return result;
    }

private:
    void issue(Issue::Severity severity, const char16_t *field, const QString &message)
    {
        if (severity == Issue::Severity::Error)
            m_failed = true;
        m_issues.push_back(
            {severity,
             FieldPath::component(m_ctx.stageIndex, m_componentIndex, QString::fromUtf16(field)),
             message,
             {}});
    }

    /** The row `id` names, resolved once per name (an unknown name is reported every time). */
    const InstanceSpec *instance(const QString &id)
    {
        if (const auto it = m_resolved.constFind(id); it != m_resolved.cend())
            return *it;
        const InstanceSpec *spec = resolve(id);
        if (spec)
            m_resolved.insert(id, spec);
        return spec;
    }

    const InstanceSpec *resolve(const QString &id)
    {
        QString error;
        const InstanceSpec *spec = m_lookup.instance(id, &error);
        if (std::optional<InstanceSpec> own = m_profile.ownInstance(id, spec))
            return &m_profileInstances.insert_or_assign(id, std::move(*own)).first->second;
        if (!spec) {
            issue(Issue::Severity::Error, u"instance",
                  error.isEmpty() ? Tr::tr("unknown instance type \"%1\"; it is not in the "
                                           "reference data, your catalog or the project's catalog")
                                        .arg(id)
                                  : error);
            return nullptr;
        }
        // Once per instance row: formatting them (a regular expression included) for
        // every component cost a third of estimating 100,000 components.
        if (m_instancesNoted.insert(spec).second) {
            m_assumptions.add(instanceAssumptions(*spec, m_lookup.reference()));
            if (spec->sagemaker)
                m_constants.addRow(m_lookup.reference(), CoefficientKey::SageMakerPriceFactor);
        }
        return spec;
    }

    /** Hours per instance from work, or nullopt (with an issue) when the work cannot be sized. */
    std::optional<WorkSizing> size(const WorkSpec &work, const InstanceSpec &spec, int count,
                                   ComponentEstimate &result)
    {
        QString error;
        auto sizing = sizeWork(work, spec, count, m_lookup.reference(), &error);
        if (!sizing) {
            issue(Issue::Severity::Error, u"work", error);
            return std::nullopt;
        }
        if (const int stated = int(work.sequenceLength.has_value()) + int(work.layers.has_value())
                + int(work.hiddenSize.has_value());
            stated > 0 && stated < 3) {
            issue(Issue::Severity::Warning, u"work.sequenceLength",
                  Tr::tr("attention FLOPs are not counted: state the sequence length, the layers "
                         "and the hidden size together (%1 of the 3 stated)")
                      .arg(stated));
        }
        result.hoursDerived = true;
        result.instanceThroughputTflops = sizing->instanceThroughputTflops;
        result.throughputAchieved = sizing->throughputAchieved;
        if (!sizing->throughputAchieved)
            result.achievedUtilization = sizing->achievedCentral;
        result.acceleratorLoad = sizing->loadCentral;
        result.workHoursPerRun = sizing->hoursCentral;
        noteSizingConstants(*sizing);
        m_assumptions.add({sizing->achievedBasis});
        m_assumptions.add(sizing->assumptions);
        if (work.busyTimeFactor) {
            const QString source = work.busyTimeFactorSource.isEmpty() ? Tr::tr("no source stated")
                                                                       : work.busyTimeFactorSource;
            m_assumptions.add({Tr::tr("%1: busy time x %2 of what its work implies (%3), at the "
                                      "same load on the power curve")
                                   .arg(result.name)
                                   .arg(*work.busyTimeFactor, 0, 'g', 6)
                                   .arg(source)});
        }
        if (sizing->loadOverridden) {
            issue(Issue::Severity::Warning, u"work.acceleratorLoad",
                  Tr::tr("the accelerator load is set by hand (%1) instead of the %2 that the "
                         "achieved fraction of peak (%3) implies; time and power no longer "
                         "follow one model")
                      .arg(sizing->loadCentral, 0, 'f', 2)
                      .arg(sizing->loadDerived, 0, 'f', 2)
                      .arg(sizing->loadBasisFraction, 0, 'f', 3));
        }
        return sizing;
    }

    /** The coefficients work sizing read: the load model's, and the serving model's. */
    void noteSizingConstants(const WorkSizing &sizing)
    {
        const ReferenceData &ref = m_lookup.reference();
        if (m_sizingNoted.insert(sizing.served).second) {
            m_constants.addRow(ref, u"accelerator.gemm_fraction_of_peak_at_full_duty");
            if (sizing.served) {
                // The decode model's fitted constants (engine/serving.h), every class's.
                for (const Coefficient &c : ref.coefficients) {
                    if (c.key.startsWith(u"serving.")
                        || c.key == CoefficientKey::KvCacheValuesPerTokenPerParameter)
                        m_constants.addRow(ref, c.key);
                }
            }
        }
    }

    static Banded<Hours> banded(Hours h) { return {h, h, h}; }
    static Banded<Hours> banded(const WorkSizing &s)
    {
        return {s.hoursLow, s.hoursCentral, s.hoursHigh};
    }
    /** Load while busy per bound: the low-hours bound runs at the high fraction of peak. */
    static Banded<double> bandedLoad(const WorkSizing &s)
    {
        return {s.loadHigh, s.loadCentral, s.loadLow};
    }
    static Banded<double> bandedLoad(double u) { return {u, u, u}; }

    /**
     * Instances running `hours` (per bound) each at `utilization`: IT energy
     * per bound from the profile's power band, embodied share and, when `priced`,
     * cost (else the caller prices the hours with addInstancePrice()). Returns
     * the central load the profile was asked for (its fixed utilization, if it
     * has one), or nullopt under measured power.
     */
    std::optional<double> addInstanceHours(const InstanceSpec &spec, int count,
                                           const Banded<Hours> &hours,
                                           const Banded<double> &utilization,
                                           std::optional<double> measuredPowerW, Pricing pricing,
                                           ComponentEstimate &result, bool priced = true)
    {
        // Once per instance row: the profile formats the row's embodied assumptions
        // every time it is asked, and they depend on the row alone.
        const auto [embodied, firstUse] = m_embodiedPerHour.try_emplace(&spec);
        if (firstUse) {
            embodied->second = m_profile.embodiedPerInstanceHour(spec);
            if (m_ctx.includeEmbodied)
                m_assumptions.add(m_profile.embodiedAssumptions(spec));
        }
        const Co2eKgPerHour embodiedPerHour = embodied->second;
        // The profile's power band at each bound's load, asked once per row and load.
        Banded<const PowerBand *> bandAt = {nullptr, nullptr, nullptr};
        std::optional<double> appliedLoad;
        if (!measuredPowerW) {
            for (Bound b : kBounds)
                bandAt[b] = &m_powerBands.at(spec, m_powerBands.load(utilization[b])).band;
            PowerBandCache::Entry &central =
                m_powerBands.at(spec, m_powerBands.load(utilization[Central]));
            if (!central.assumptionsNoted) {
                central.assumptionsNoted = true;
                m_assumptions.add(central.band.assumptions);
            }
            appliedLoad = m_powerBands.load(utilization[Central]);
            for (const QString &warning : std::as_const(central.band.warnings)) {
                if (!m_warnings.contains(warning)) {
                    m_warnings.insert(warning);
                    issue(Issue::Severity::Warning, u"instance", warning);
                }
            }
        }
        const auto endOf = [](const PowerBand &band, Bound b) {
            return b == Low ? band.low : b == High ? band.high : band.central;
        };
        for (Bound b : kBounds) {
            // Each driver alone at this bound's end, the others central.
            const PowerW measured{measuredPowerW.value_or(0.0)};
            const PowerW powerAtLoad = measuredPowerW
                ? measured
                : endOf(*bandAt[b], Central); // central curve, the bound's load
            const PowerW powerBand = measuredPowerW
                ? measured
                : endOf(*bandAt[Central], b); // central load, the bound's curve
            const double instanceHours = hours[b].h * count;
            const double centralHours = hours[Central].h * count;
            if (b == Central)
                m_itKWh += (powerAtLoad * Hours{instanceHours}).kWh;
            m_embodiedKg[b] += (embodiedPerHour * Hours{instanceHours}).kg;
            m_fractionItKWh[b] += (powerAtLoad * Hours{instanceHours}).kWh;
            m_powerItKWh[b] += (powerBand * Hours{centralHours}).kWh;
        }

        const double instanceHours = hours[Central].h * count;
        if (!spec.embodiedCo2eKg && embodiedPerHour <= Co2eKgPerHour{0.0} && instanceHours > 0.0
            && !m_warnedEmbodied && m_profile.methodology() != Methodology::GreenAlgorithms) {
            m_warnedEmbodied = true;
            issue(Issue::Severity::Warning, u"instance",
                  Tr::tr("no embodied-emissions figure for \"%1\"; embodied carbon is not counted")
                      .arg(spec.id));
        }
        if (priced)
            addInstancePrice(spec, instanceHours, pricing, result);
        return appliedLoad;
    }

    /** The price of `instanceHours` hours of `spec` (instances times hours), or why none. */
    void addInstancePrice(const InstanceSpec &spec, double instanceHours, Pricing pricing,
                          ComponentEstimate &result)
    {
        if (spec.priceUsdPerHour) {
            const double factor = pricing == Pricing::Spot ? 1.0 - m_ctx.spotDiscount : 1.0;
            addPriceAssumptions(spec, pricing);
            result.footprint.cost += CostUsd{*spec.priceUsdPerHour * instanceHours * factor};
        } else if (instanceHours > 0.0) {
            m_costUnknown = true;
        }
        if (!spec.priceUsdPerHour && instanceHours > 0.0 && !m_warnedPrice) {
            m_warnedPrice = true;
            issue(Issue::Severity::Warning, u"instance",
                  Tr::tr("no price for \"%1\" in the reference data; its cost is not counted")
                      .arg(spec.id));
        }
    }

    void addPriceCoefficientAssumption(const Coefficient &c)
    {
        m_constants.addRow(m_lookup.reference(), c.key);
        if (c.assumption && m_coefficientsNoted.insert(&c).second) {
            m_assumptions.add({Tr::tr("%1 = %2 %3: a third-party us-east-1 figure, not read on an "
                                      "AWS pricing page")
                                   .arg(c.key)
                                   .arg(c.value)
                                   .arg(c.unit)});
        }
    }

    void addPriceAssumptions(const InstanceSpec &spec, Pricing pricing)
    {
        // The stage's region is fixed: the sentences depend on the row and the pricing only.
        if (!m_pricesNoted.insert({&spec, pricing}).second)
            return;
        const QString asOf = spec.priceAsOf.isEmpty() ? Tr::tr("date not stated") : spec.priceAsOf;
        if (m_ctx.regionId == u"us-east-1") {
            m_assumptions.add({Tr::tr("Instance prices: us-east-1 On-Demand Linux, %1").arg(asOf)});
        } else {
            m_assumptions.add({Tr::tr("%1: us-east-1 price, %2 (no regional price in the sources)")
                                   .arg(m_ctx.regionId, asOf)});
        }
        if (pricing == Pricing::Spot) {
            m_constants.add(m_ctx.spotDiscountConstant);
            m_assumptions.add({Tr::tr("Spot price = On-Demand x (1 - %1): AWS's \"up to 90 %\" "
                                      "Spot saving is an upper bound, so Spot costs are a lower "
                                      "bound")
                                   .arg(m_ctx.spotDiscount)});
        }
    }

    /** `spec` is the resolved instance `id`, or nullptr when it is unknown. */
    void setInstanceSummary(ComponentEstimate &result, const QString &id, const InstanceSpec *spec,
                            int count, Hours hours)
    {
        result.instance = id;
        result.count = count;
        result.hours = hours;
        const double instanceHours = hours.h * count;
        result.averagePower =
            instanceHours > 0.0 ? PowerW{m_itKWh * 1000.0 / instanceHours} : PowerW{0.0};
        // Components given in hours report the instance's peak too, at the 16-bit
        // precision deep learning runs in (work sizing set it at the work's precision).
        if (!result.instanceThroughputTflops && spec) {
            const auto [peak, firstUse] = m_peakTflops.try_emplace(spec);
            if (firstUse)
                peak->second = m_lookup.deepLearningPeakTflops(*spec);
            result.instanceThroughputTflops = peak->second;
        }
    }

    void apply(const ComputeSpec &s, ComponentEstimate &result)
    {
        // A recurring job: the hours (or work) are one run's, the footprint all runs'.
        const double runs = s.runs();
        Hours hours{s.hours};
        const InstanceSpec *spec = instance(s.instance);
        if (spec) {
            Banded<Hours> h = banded(hours);
            Banded<double> load = bandedLoad(s.utilization);
            if (s.work) {
                h = banded(Hours{0.0});
                if (auto sizing = size(*s.work, *spec, s.count, result)) {
                    h = banded(*sizing);
                    load = bandedLoad(*sizing);
                }
                hours = h[Central];
            }
            for (Bound b : kBounds)
                h[b] = Hours{h[b].h * runs};
            result.appliedLoadFraction =
                addInstanceHours(*spec, s.count, h, load, s.measuredPowerW, s.pricing, result);
        }
        if (s.recurrence)
            noteRecurrence(result.name, *s.recurrence);
        result.runs = runs;
        setInstanceSummary(result, s.instance, spec, s.count, Hours{hours.h * runs});
    }

    /** States a recurring job's run count, and how it follows, under the assumptions. */
    void noteRecurrence(const QString &name, const Recurrence &recurrence)
    {
        QString every;
        switch (recurrence.every) {
        case RecurrencePeriod::Day:
            every = Tr::tr("daily");
            break;
        case RecurrencePeriod::Week:
            every = Tr::tr("weekly");
            break;
        case RecurrencePeriod::Month:
            every = Tr::tr("monthly");
            break;
        }
        m_assumptions.add({Tr::tr("%1: runs %2 times (%3 for %4 months of 730 h: %4 x 730 h / "
                                  "%5 h); energy, carbon and cost are one run's times %2")
                               .arg(name, QString::number(recurrence.runs(), 'f', 1), every,
                                    QString::number(recurrence.months, 'g', 6),
                                    QString::number(recurrencePeriodHours(recurrence.every)))});
    }

    void apply(const NotebookSpec &s, ComponentEstimate &result)
    {
        const Hours active{s.activeHoursPerWeek * s.weeks};
        const Hours idle{s.idleHoursPerWeek * s.weeks};
        const InstanceSpec *spec = instance(s.instance);
        if (spec) {
            const double u = s.activeUtilization;
            result.appliedLoadFraction = addInstanceHours(*spec, s.count, banded(active), {u, u, u},
                                                          std::nullopt, Pricing::OnDemand, result);
            const std::optional<double> idleLoad =
                addInstanceHours(*spec, s.count, banded(idle), {0.0, 0.0, 0.0}, std::nullopt,
                                 Pricing::OnDemand, result);
            if (idle.h > 0.0)
                result.idleLoadFraction = idleLoad;
        }
        setInstanceSummary(result, s.instance, spec, s.count, active + idle);
    }

    void apply(const TuningSpec &s, ComponentEstimate &result)
    {
        Hours perInstance{s.trials * s.hoursPerTrial};
        const InstanceSpec *spec = instance(s.instance);
        if (spec) {
            Banded<Hours> h = banded(perInstance);
            Banded<double> load = bandedLoad(s.utilization);
            if (s.work) {
                h = banded(Hours{0.0});
                if (auto sizing = size(*s.work, *spec, s.count, result)) {
                    const Banded<Hours> perTrial = banded(*sizing);
                    for (Bound b : kBounds)
                        h[b] = perTrial[b] * static_cast<double>(s.trials);
                    load = bandedLoad(*sizing);
                }
                perInstance = h[Central];
            }
            result.appliedLoadFraction =
                addInstanceHours(*spec, s.count, h, load, std::nullopt, Pricing::OnDemand, result);
        }
        setInstanceSummary(result, s.instance, spec, s.count, perInstance);
    }

    void apply(const EndpointSpec &s, ComponentEstimate &result)
    {
        // Batch and serverless capacity exists only while work runs; real-time
        // and async endpoints stay provisioned and their load follows the work.
        const bool ondemand = s.mode == EndpointMode::Serverless || s.mode == EndpointMode::Batch;
        // With work, the busy hours run at the load the achieved fraction of peak implies (the
        // same physics as a training job); provisioned capacity idles for the rest.
        Banded<Hours> hours = banded(Hours{s.hoursProvisioned});
        Banded<double> load = bandedLoad(s.utilization);
        const InstanceSpec *spec = instance(s.instance);
        const std::optional<WorkSpec> served = s.servedWork(); // requests per month made a total
        if (spec && served) {
            Banded<Hours> busy = banded(Hours{0.0});
            Banded<double> busyLoad = bandedLoad(1.0);
            if (auto sizing = size(*served, *spec, s.count, result)) {
                busy = banded(*sizing);
                busyLoad = bandedLoad(*sizing);
            }
            if (ondemand) {
                result.appliedLoadFraction = addInstanceHours(
                    *spec, s.count, busy, busyLoad, std::nullopt, Pricing::OnDemand, result);
                hours = busy;
            } else {
                Banded<Hours> idle;
                for (Bound b : kBounds) {
                    busy[b] = Hours{std::min(busy[b].h, s.hoursProvisioned)};
                    idle[b] = Hours{s.hoursProvisioned - busy[b].h};
                }
                result.appliedLoadFraction = addInstanceHours(
                    *spec, s.count, busy, busyLoad, std::nullopt, Pricing::OnDemand, result, false);
                const std::optional<double> idleLoad =
                    addInstanceHours(*spec, s.count, idle, bandedLoad(0.0), std::nullopt,
                                     Pricing::OnDemand, result, false);
                if (idle[Central].h > 0.0)
                    result.idleLoadFraction = idleLoad;
                // The bill is the provisioned hours, priced once: priced as busy plus idle, a
                // change of the work alone (quantize, compile) would move the cost by rounding.
                addInstancePrice(*spec, s.hoursProvisioned * s.count, Pricing::OnDemand, result);
            }
            setInstanceSummary(result, s.instance, spec, s.count, hours[Central]);
            return;
        }
        if (s.mode == EndpointMode::Serverless) {
            // Without work, serverless counts busy hours (provisioned x utilization) at full load.
            hours = banded(Hours{s.hoursProvisioned * s.utilization});
            load = {1.0, 1.0, 1.0};
        }
        if (spec) {
            result.appliedLoadFraction = addInstanceHours(*spec, s.count, hours, load, std::nullopt,
                                                          Pricing::OnDemand, result);
        }
        setInstanceSummary(result, s.instance, spec, s.count, hours[Central]);
    }

    void apply(const StorageSpec &s, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        const StorageClassSpec *cls = ref.storageClass(s.storageClass);
        const Hours hours{s.months * kHoursPerMonth};
        result.hours = hours;
        if (!cls) {
            issue(Issue::Severity::Error, u"storageClass",
                  Tr::tr("no reference data for storage class \"%1\"")
                      .arg(storageClassKey(s.storageClass)));
            return;
        }
        // Once per class and stage: the sentences depend on the class alone, and formatting
        // them for every component was a third of estimating 100,000 components.
        if (m_storageClassesNoted.insert(s.storageClass).second)
            noteStorageClass(*cls, s.storageClass);
        addStoredGBHours(*cls, s.sizeGB * hours.h);
        if (cls->priceUsdPerGBMonth)
            result.footprint.cost += CostUsd{*cls->priceUsdPerGBMonth * s.sizeGB * s.months};
        else
            missingPrice(u"storageClass", storageClassDisplayName(s.storageClass));
    }

    /** The constant and the assumptions a storage class brings to the estimate. */
    void noteStorageClass(const StorageClassSpec &cls, StorageClass storageClass)
    {
        noteStorageMedium(cls);
        if (isArchiveClass(storageClass))
            addArchiveEnergyAssumption(cls, storageClass);
        if (cls.priceUsdPerGBMonth && cls.assumption) {
            m_assumptions.add({Tr::tr("%1: %2 USD per GB-month is a third-party us-east-1 "
                                      "figure, not read on an AWS pricing page")
                                   .arg(storageClassDisplayName(storageClass))
                                   .arg(*cls.priceUsdPerGBMonth)});
        }
    }

    void apply(const TransferSpec &s, ComponentEstimate &result)
    {
        const ReferenceData &ref = m_lookup.reference();
        if (!m_lookup.region(s.toRegion)) {
            issue(Issue::Severity::Error, u"toRegion",
                  Tr::tr("unknown destination region \"%1\"").arg(s.toRegion));
        }
        if (!m_transfer) { // the rows every transfer reads, looked up and noted once per stage
            m_transfer.emplace(
                TransferRows{usedCoefficient(ref, CoefficientKey::NetworkKWhPerGB, 0.001),
                             ref.coefficient(CoefficientKey::TransferUsdPerGB)});
            m_constants.add(m_transfer->network);
            if (m_transfer->price)
                addPriceCoefficientAssumption(*m_transfer->price);
        }
        addITEnergy(s.sizeGB * m_transfer->network.value);
        if (m_transfer->price)
            result.footprint.cost += CostUsd{m_transfer->price->value * s.sizeGB};
        else
            missingPrice(u"sizeGB", Tr::tr("inter-region data transfer"));
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
        if (!m_logs) { // the rows every log group reads, looked up and noted once per stage
            m_logs.emplace(LogsRows{ref.storageClass(StorageClass::S3Standard),
                                    ref.coefficient(CoefficientKey::LogsIngestUsdPerGB),
                                    ref.coefficient(CoefficientKey::LogsStorageUsdPerGBMonth)});
            if (m_logs->storage)
                noteStorageMedium(*m_logs->storage);
            if (m_logs->ingestPrice && m_logs->storagePrice) {
                addPriceCoefficientAssumption(*m_logs->ingestPrice);
                addPriceCoefficientAssumption(*m_logs->storagePrice);
            }
        }
        if (m_logs->storage)
            addStoredGBHours(*m_logs->storage, gbMonths * kHoursPerMonth);
        if (m_logs->ingestPrice && m_logs->storagePrice) {
            result.footprint.cost += CostUsd{m_logs->ingestPrice->value * s.gbPerMonth * m
                                             + m_logs->storagePrice->value * gbMonths};
        } else {
            missingPrice(u"gbPerMonth", Tr::tr("log ingestion and storage"));
        }
    }

    void addITEnergy(double kWh)
    {
        m_itKWh += kWh;
        for (Bound b : kBounds) {
            m_fractionItKWh[b] += kWh;
            m_powerItKWh[b] += kWh;
        }
    }

    /** Wh per TB-hour of a class's medium (CCF's SSD or HDD coefficient). */
    double whPerTBHour(const StorageClassSpec &cls) const
    {
        return cls.medium == StorageMedium::Ssd ? m_ssdWhPerTBHour : m_hddWhPerTBHour;
    }

    /** Storage energy: TB-hours x Wh per TB-hour of the medium x replication. */
    void addStoredGBHours(const StorageClassSpec &cls, double gbHours)
    {
        addITEnergy(gbHours / 1000.0 * whPerTBHour(cls) * cls.replicationFactor / 1000.0);
    }

    static bool isArchiveClass(StorageClass c)
    {
        return c == StorageClass::S3GlacierInstantRetrieval
            || c == StorageClass::S3GlacierFlexibleRetrieval
            || c == StorageClass::S3GlacierDeepArchive;
    }

    /**
     * Archive classes draw what S3 Standard draws per stored TB: an assumption, since
     * AWS publishes neither their medium nor their energy (data/reference/SOURCES.md).
     */
    void addArchiveEnergyAssumption(const StorageClassSpec &cls, StorageClass storageClass)
    {
        const double kWhPerTBMonth =
            whPerTBHour(cls) * cls.replicationFactor * kHoursPerMonth / 1000.0;
        m_assumptions.add(
            {Tr::tr("%1: energy as CCF models every S3 class, %2 Wh per TB-hour x %3 copies "
                    "(%4 kWh per TB-month before PUE), an assumption: AWS publishes neither the "
                    "medium nor the energy of its archive classes, and no published per-TB "
                    "figure for cloud cold storage was found; tape or spun-down disks would "
                    "draw less")
                 .arg(storageClassDisplayName(storageClass))
                 .arg(whPerTBHour(cls))
                 .arg(cls.replicationFactor)
                 .arg(kWhPerTBMonth, 0, 'f', 2)});
    }

    /** The coefficient addStoredGBHours() reads for the class's medium. */
    void noteStorageMedium(const StorageClassSpec &cls)
    {
        m_constants.addRow(m_lookup.reference(),
                           cls.medium == StorageMedium::Ssd ? CoefficientKey::SsdWhPerTBHour
                                                            : CoefficientKey::HddWhPerTBHour);
    }

    void missingPrice(const char16_t *field, const QString &what)
    {
        m_costUnknown = true;
        issue(Issue::Severity::Warning, field,
              Tr::tr("no published price for %1 in the reference data; its cost is not counted")
                  .arg(what));
    }

    void finish(ComponentEstimate &result) const
    {
        Footprint &f = result.footprint;
        const IntensityBand &i = m_ctx.intensity;
        const double embodiedFactor = m_ctx.includeEmbodied ? 1.0 : 0.0;
        const Banded<GridIntensity> intensity = {i.low, i.central, i.high};
        // A profile that reports embodied emissions as energy too (CCF) adds
        // them at the grid factor; they carry no further operational carbon.
        const bool embodiedEnergy = m_profile.embodiedAsEnergy() && i.central.gPerKWh > 0.0;
        // The band of IT energy `itKWh`, embodied `embodiedKg` at intensity `grid`.
        const auto bandOf = [&](double itKWh, double embodiedKg, GridIntensity grid) {
            const EnergyKWh operational = EnergyKWh{itKWh} * m_ctx.pue;
            const EnergyKWh embodiedEnergyKWh = embodiedEnergy
                ? EnergyKWh{embodiedKg * embodiedFactor / (i.central.gPerKWh / 1000.0)}
                : EnergyKWh{0.0};
            return Band{operational + embodiedEnergyKWh,
                        operational * grid + Co2eKg{embodiedKg * embodiedFactor}};
        };
        const Band central = bandOf(m_itKWh, m_embodiedKg[Central], intensity[Central]);
        for (Bound b : {Low, High}) {
            const auto end = [b](DriverRange &range) -> Band & {
                return b == Low ? range.low : range.high;
            };
            end(f.drivers[int(BandDriver::AchievedFraction)]) =
                bandOf(m_fractionItKWh[b], m_embodiedKg[b], intensity[Central]);
            end(f.drivers[int(BandDriver::InstancePower)]) =
                bandOf(m_powerItKWh[b], m_embodiedKg[Central], intensity[Central]);
            end(f.drivers[int(BandDriver::GridIntensity)]) =
                bandOf(m_itKWh, m_embodiedKg[Central], intensity[b]);
        }
        const EnergyKWh operational = EnergyKWh{m_itKWh} * m_ctx.pue;
        f.itEnergy = EnergyKWh{m_itKWh};
        f.energy = central.energy;
        f.operationalCo2e = operational * i.central;
        f.embodiedCo2e = Co2eKg{m_embodiedKg[Central] * embodiedFactor};
        f.co2e = f.operationalCo2e + f.embodiedCo2e;
        f.marketCo2e = operational * i.market; // Scope 2 only: embodied is not electricity
        // Combined from the drivers (engine/banddrivers.h), not every range at its end.
        const CombinedBand combined = combineDrivers(central, f.drivers);
        f.low = combined.low;
        f.high = combined.high;
        f.complete = !m_failed && m_ctx.regionKnown;
        f.costKnown = !m_costUnknown;
    }

    const Lookup &m_lookup;
    const MethodProfile &m_profile;
    const StageContext &m_ctx;
    Issues &m_issues;
    AssumptionSet &m_assumptions;
    ConstantSet &m_constants;
    int m_componentIndex = 0;
    bool m_warnedEmbodied = false;
    bool m_warnedPrice = false;
    bool m_failed = false; ///< an Error was met: the figures are partial
    bool m_costUnknown = false; ///< a price was missing: the cost is partial
    QSet<QString> m_warnings; ///< the profile's warnings already raised for this component
    std::map<QString, InstanceSpec> m_profileInstances; ///< node-based: pointers stay valid
    // Rows whose assumptions this stage has stated already (they depend on the row alone).
    std::set<const InstanceSpec *> m_instancesNoted;
    std::set<std::pair<const InstanceSpec *, Pricing>> m_pricesNoted;
    std::set<const Coefficient *> m_coefficientsNoted;
    std::set<bool> m_sizingNoted; ///< sizing constants noted: plain, served
    std::map<const InstanceSpec *, Co2eKgPerHour> m_embodiedPerHour; ///< by row, asked once
    QHash<QString, const InstanceSpec *> m_resolved; ///< instance names resolved, to their row
    std::unordered_map<const InstanceSpec *, std::optional<double>> m_peakTflops; ///< by row
    PowerBandCache m_powerBands;
    const double m_ssdWhPerTBHour; ///< CCF's coefficients, read once per stage
    const double m_hddWhPerTBHour;
    std::set<StorageClass> m_storageClassesNoted; ///< classes whose assumptions are noted
    struct TransferRows
    {
        UsedConstant network; ///< kWh per GB moved
        const Coefficient *price = nullptr;
    };
    std::optional<TransferRows> m_transfer; ///< set (and noted) by the stage's first transfer
    struct LogsRows
    {
        const StorageClassSpec *storage = nullptr; ///< S3 Standard, where logs are kept
        const Coefficient *ingestPrice = nullptr;
        const Coefficient *storagePrice = nullptr;
    };
    std::optional<LogsRows> m_logs; ///< set (and noted) by the stage's first log group
    double m_itKWh = 0.0; ///< central IT energy
    Banded<double> m_embodiedKg = {0.0, 0.0, 0.0};
    // IT energy with one driver at each bound, the others central (Footprint::drivers).
    // The achieved fraction moves hours and load together; embodied follows its hours.
    Banded<double> m_fractionItKWh = {0.0, 0.0, 0.0};
    Banded<double> m_powerItKWh = {0.0, 0.0, 0.0};
};

StageContext stageContext(const Project &project, const Lookup &lookup,
                          const MethodProfile &profile, int stageIndex, Issues &issues,
                          AssumptionSet &assumptions)
{
    const ReferenceData &ref = lookup.reference();
    const Stage &stage = project.stages[stageIndex];
    StageContext ctx;
    ctx.stageIndex = stageIndex;
    ctx.regionId = project.effectiveRegion(stage);
    ctx.includeEmbodied = project.settings.includeEmbodied;
    ctx.spotDiscountConstant = usedCoefficient(ref, CoefficientKey::SpotDiscountFraction, 0.0);
    if (const std::optional<double> own = project.settings.spotDiscountFraction) {
        ctx.spotDiscountConstant.value = *own;
        ctx.spotDiscountConstant.vintage = Tr::tr("project setting");
        ctx.spotDiscountConstant.source.clear();
        ctx.spotDiscountConstant.assumption = false;
    }
    ctx.spotDiscount = ctx.spotDiscountConstant.value;

    const QString regionPath = stage.region.isEmpty()
        ? QStringLiteral("region")
        : FieldPath::stage(stageIndex, QStringLiteral("region"));
    const RegionSpec *region = lookup.region(ctx.regionId);
    if (region) {
        ctx.intensity = profile.intensity(*region);
        // The market-based overlay is the same for every profile (marketbased.h).
        const MarketBasedFactor market = marketBasedFactor(
            *region, project.settings.marketBasedYear, ref, ctx.intensity.central);
        ctx.intensity.market = market.intensity;
        if (!market.assumption.isEmpty())
            ctx.intensity.assumptions << market.assumption;
        assumptions.add(ctx.intensity.assumptions);
    } else if (!stage.components.empty()) {
        ctx.regionKnown = false;
        // Once per region key: four stages inheriting the project's region are one mistake.
        const QString message =
            Tr::tr("unknown region \"%1\"; operational carbon of the stages in it is not counted")
                .arg(ctx.regionId);
        const bool reported = std::any_of(issues.begin(), issues.end(), [&](const Issue &i) {
            return i.path == regionPath && i.message == message;
        });
        if (!reported)
            issues.push_back({Issue::Severity::Error, regionPath, message, {}});
    }
    ctx.pue = profile.pue(region);
    if (region && !region->pue && !project.settings.pue
        && profile.methodology() == Methodology::Greenprint && !stage.components.empty()) {
        assumptions.add({Tr::tr("%1: AWS publishes no PUE for this region; the AWS global PUE "
                                "%2 is used")
                             .arg(ctx.regionId)
                             .arg(ctx.pue.ratio)});
    }
    return ctx;
}

/**
 * A file saved with other reference data (or another method) says so, with the
 * saved totals beside today's, so a colleague sees both sets of numbers.
 */
void addProvenanceNote(const Project &project, Estimate &estimate)
{
    const Provenance &p = project.provenance;
    if (!p.referenceDataVersion || *p.referenceDataVersion == estimate.dataVersion)
        return;
    QString message = Tr::tr("this file was last saved with reference data %1; this Greenprint "
                             "has %2")
                          .arg(*p.referenceDataVersion, estimate.dataVersion);
    if (const auto &saved = p.savedEstimate) {
        message +=
            Tr::tr(". Saved: %1 kgCO2e, %2 kWh, %3 USD (%4). Now: %5 kgCO2e, %6 kWh, %7 USD (%8)")
                .arg(saved->co2e.kg, 0, 'f', 1)
                .arg(saved->energy.kWh, 0, 'f', 1)
                .arg(saved->cost.usd, 0, 'f', 2)
                .arg(methodologyKey(saved->methodology))
                .arg(estimate.total.co2e.kg, 0, 'f', 1)
                .arg(estimate.total.energy.kWh, 0, 'f', 1)
                .arg(estimate.total.cost.usd, 0, 'f', 2)
                .arg(methodologyKey(estimate.methodology));
    }
    estimate.issues.push_back({Issue::Severity::Info, QStringLiteral("provenance"), message, {}});
}

int errorCount(const Issues &issues)
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
}

} // namespace

bool hasJobHours(ComponentType type)
{
    switch (type) {
    case ComponentType::Compute:
    case ComponentType::Tuning:
    case ComponentType::Notebook:
    case ComponentType::Endpoint:
        return true;
    default:
        return false;
    }
}

struct VariantEstimator::Data
{
    Data(const Project &p, const Estimate &e, const ReferenceData &r)
        : plan(p)
        , planEstimate(e)
        , lookup(p, r)
        , profile(makeMethodProfile(p.settings, r))
    { }

    const Project &plan;
    const Estimate &planEstimate;
    Lookup lookup;
    std::unique_ptr<MethodProfile> profile;
    std::vector<StageContext> contexts;
    bool usable = false;
    /** The plan has Error issues: those of the changed components are counted again. */
    bool planHasErrors = false;
};

VariantEstimator::VariantEstimator(const Project &plan, const Estimate &planEstimate,
                                   const ReferenceData &reference)
    : d(std::make_unique<Data>(plan, planEstimate, reference))
{
    Issues issues;
    AssumptionSet assumptions;
    for (int s = 0; s < kStageCount; ++s)
        d->contexts.push_back(stageContext(plan, d->lookup, *d->profile, s, issues, assumptions));
    d->planHasErrors = errorCount(planEstimate.issues) > 0;
    d->usable = planEstimate.stages.size() == std::size_t(kStageCount);
    for (int s = 0; d->usable && s < kStageCount; ++s) {
        d->usable = planEstimate.stages[s].components.size() == plan.stages[s].components.size();
    }
}

VariantEstimator::~VariantEstimator() = default;

std::optional<VariantEstimator::Difference>
VariantEstimator::difference(const std::vector<ChangedComponent> &changes) const
{
    if (!d->usable)
        return std::nullopt;
    std::array<std::size_t, kStageCount> removed{};
    for (const ChangedComponent &c : changes) {
        if (!c.after)
            ++removed[std::size_t(c.stage)];
    }
    for (int s = 0; s < kStageCount; ++s) {
        const std::size_t size = d->plan.stages[s].components.size();
        if (size > 0 && removed[std::size_t(s)] == size)
            return std::nullopt; // the stage becomes empty
    }
    Difference result;
    Issues issues;
    Issues issuesBefore; // of the plan's changed components, when the plan has errors
    AssumptionSet assumptions; // the figures only: assumptions are the plan's business
    ConstantSet constants;
    std::optional<ComponentEstimator> estimator;
    std::optional<ComponentEstimator> estimatorBefore;
    int estimatorStage = -1;
    for (const ChangedComponent &c : changes) {
        const ComponentEstimate &old =
            d->planEstimate.stages[std::size_t(c.stage)].components[std::size_t(c.index)];
        const Component &planComponent =
            d->plan.stages[std::size_t(c.stage)].components[std::size_t(c.index)];
        result.before += old.footprint;
        if (hasJobHours(old.type))
            result.jobHoursBefore += old.hours.h;
        result.costKnown = result.costKnown && old.footprint.costKnown;
        if (c.after && *c.after == planComponent) {
            result.after += old.footprint; // unchanged: the plan's own figures
            if (hasJobHours(old.type))
                result.jobHoursAfter += old.hours.h;
            continue;
        }
        if (estimatorStage != c.stage) {
            const StageContext &context = d->contexts[std::size_t(c.stage)];
            estimator.emplace(d->lookup, *d->profile, context, issues, assumptions, constants);
            if (d->planHasErrors)
                estimatorBefore.emplace(d->lookup, *d->profile, context, issuesBefore, assumptions,
                                        constants);
            estimatorStage = c.stage;
        }
        // The plan's Error issues are not kept per component: its own are found again.
        if (d->planHasErrors)
            estimatorBefore->estimate(planComponent, c.index);
        if (!c.after)
            continue;
        const ComponentEstimate e = estimator->estimate(*c.after, c.index);
        result.after += e.footprint;
        if (hasJobHours(e.type))
            result.jobHoursAfter += e.hours.h;
        result.costKnown = result.costKnown && e.footprint.costKnown;
    }
    result.errorCountBefore = errorCount(issuesBefore);
    result.errorCount = errorCount(issues);
    return result;
}

void recordProvenance(Project &project, const Estimate &estimate)
{
    project.provenance.referenceDataVersion = estimate.dataVersion;
    project.provenance.savedEstimate = SavedEstimate{estimate.total.totals(), estimate.methodology};
}

Estimate estimateProject(const Project &project, const ReferenceData &reference)
{
    return estimateProject(project, reference, kConcurrentStageComponents);
}

Estimate estimateProject(const Project &project, const ReferenceData &reference,
                         int concurrentStageComponents)
{
    Estimate estimate;
    estimate.projectName = project.name;
    estimate.methodology = project.settings.methodology;
    estimate.dataVersion = reference.dataVersion;
    estimate.includeEmbodied = project.settings.includeEmbodied;
    estimate.gridDataset = project.settings.gridDataset;
    estimate.serverLifetimeYears = project.settings.serverLifetimeYears;
    estimate.marketBasedYear = project.settings.marketBasedYear;
    estimate.stages.reserve(kStageCount);

    const std::unique_ptr<MethodProfile> profile = makeMethodProfile(project.settings, reference);
    AssumptionSet assumptions;
    assumptions.add(profile->generalAssumptions());
    estimate.methodSummary = profile->methodSummary();
    ConstantSet constants;
    constants.add(profile->constants());
    QStringList catalogAssumptions;
    checkProjectCatalog(project, reference, estimate.issues, catalogAssumptions);
    assumptions.add(catalogAssumptions);
    assumptions.add(fileDefaultAssumptions(project));
    const Lookup lookup(project, reference);
    for (int s = 0; s < kStageCount; ++s) {
        const Stage &stage = project.stages[s];
        const StageContext ctx =
            stageContext(project, lookup, *profile, s, estimate.issues, assumptions);
        StageEstimate stageEstimate;
        stageEstimate.kind = stage.kind;
        stageEstimate.name = stage.name;
        stageEstimate.region = ctx.regionId;

        ComponentEstimator componentEstimator(lookup, *profile, ctx, estimate.issues, assumptions,
                                              constants);
        const int count = static_cast<int>(stage.components.size());
        // A large stage's second half is estimated on a second thread, with a lookup and a
        // profile of its own (their memos are not shared between threads), into issues and
        // notes of its own that follow the first half's: the same figures, issues and notes,
        // in the same order. Each thread fills its own slots.
        const int split = count >= std::max(concurrentStageComponents, 2) ? count / 2 : count;
        std::vector<ComponentEstimate> &estimates = stageEstimate.components;
        estimates.resize(std::size_t(count));
        Issues secondIssues;
        AssumptionSet secondAssumptions;
        ConstantSet secondConstants;
        std::thread secondThread;
        if (split < count) {
            secondThread = std::thread([&, split, count] {
                const std::unique_ptr<MethodProfile> ownProfile =
                    makeMethodProfile(project.settings, reference);
                const Lookup ownLookup(project, reference);
                ComponentEstimator second(ownLookup, *ownProfile, ctx, secondIssues,
                                          secondAssumptions, secondConstants);
                for (int c = split; c < count; ++c)
                    estimates[std::size_t(c)] = second.estimate(stage.components[c], c);
            });
        }
        for (int c = 0; c < split; ++c)
            estimates[std::size_t(c)] = componentEstimator.estimate(stage.components[c], c);
        if (secondThread.joinable()) {
            secondThread.join();
            estimate.issues.insert(estimate.issues.end(), secondIssues.begin(), secondIssues.end());
            assumptions.add(secondAssumptions.list());
            constants.add(secondConstants.list());
        }
        for (const ComponentEstimate &ce : estimates) // in order: the same sum, to the last bit
            stageEstimate.footprint += ce.footprint;
        estimate.total += stageEstimate.footprint;
        estimate.stages.push_back(std::move(stageEstimate));
    }
    estimate.assumptions = assumptions.list();
    assignPerUnitFigures(project, estimate); // adds how the training stage is counted
    estimate.constants = constants.list();
    addProvenanceNote(project, estimate);
    return estimate;
}

} // namespace greenprint
