// SPDX-License-Identifier: GPL-3.0-or-later
// In-memory reference data: instances, regions, storage classes, coefficients, claims.
#pragma once

/*
 * Reference data
 * ==============
 * Everything the estimator knows about the world, loaded once from the
 * reference SQLite database (refdata/referencerepository.h), merged with the
 * user's own instances and regions (refdata/userrepository.h) and, inside the
 * estimator, with the project's catalog. Plain values: the estimator is a pure
 * function of (Project, ReferenceData).
 *
 * Every row keeps its `source` so the UI and reports can cite it, and
 * `assumption` is set where a value is not a published figure.
 */

#include "../units.h"
#include "methoddata.h"
#include "project.h"
#include "regionofferings.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/** Custom stays fifth: project files and settings store the keys, the UI the order. */
enum class InstanceCategory {
    Trainium,
    Inferentia,
    NvidiaGpu,
    Graviton,
    X86Cpu,
    Custom,
    OtherAccelerator ///< Gaudi, Radeon, Qualcomm AI 100, FPGAs, media accelerators
};

/** Where a catalog row comes from; later sources override earlier ones by id. */
enum class DataOrigin { Reference, User, Project };

/** Average whole-instance power at one utilization (0..1), excluding PUE. */
struct LoadPoint
{
    double utilization = 0.0;
    double powerW = 0.0;
    bool operator==(const LoadPoint &) const = default;
};

struct InstanceSpec
{
    QString id; ///< e.g. "p4d.24xlarge"
    QString family; ///< e.g. "p4d"
    InstanceCategory category = InstanceCategory::X86Cpu;
    QString processor;
    QString cpuMicroarchitecture;
    int vcpus = 0;
    double memoryGiB = 0.0;
    QString accelerator; ///< e.g. "NVIDIA A100 40GB"; empty for CPU-only
    int acceleratorCount = 0;
    std::optional<double> acceleratorTdpW; ///< per device; empty where not published
    double idlePowerW = 0.0; ///< whole instance, no PUE
    double maxPowerW = 0.0;
    /** Measured or derived load curve, ascending by utilization; at least idle and max. */
    std::vector<LoadPoint> loadPoints;
    bool teadsMeasured = false; ///< loadPoints are Teads' whole-machine measurements
    QString powerMethod; ///< e.g. "teads", "ccf_derived (accelerators excluded)"
    std::optional<double> embodiedCo2eKg; ///< manufacturing share of this instance size
    std::optional<double> platformEmbodiedCo2eKg; ///< the whole server
    int familyMaxVcpus = 0; ///< vCPUs of the family's largest size (the whole host)
    std::optional<double> priceUsdPerHour; ///< On-Demand Linux, us-east-1
    QString priceAsOf;
    /** Sustained network bandwidth of one instance, Gbit/s; empty where only a burst is listed. */
    std::optional<double> networkGbps;
    /**
     * The other name of the same hardware: the EC2 type of a SageMaker `ml.`
     * name, or the `ml.` name of an EC2 type SageMaker offers; empty otherwise.
     */
    QString otherName;
    bool sagemaker = false; ///< `id` is a SageMaker `ml.` name
    QStringList sagemakerUses; ///< training, tuning, processing, endpoint, ...
    /** Non-empty: a size not in the catalog, scaled by vCPU from this catalog type. */
    QString derivedFrom;
    QString notes;
    QString source;
    DataOrigin origin = DataOrigin::Reference;
    bool operator==(const InstanceSpec &) const = default;
};

struct RegionSpec
{
    QString id; ///< e.g. "eu-north-1"
    QString name; ///< e.g. "Europe (Stockholm)"
    QString partition;
    QString country;
    QString countryIso3; ///< ISO 3166-1 alpha-3, e.g. "DEU" (keys the residual mix)
    std::optional<double> latitude;
    std::optional<double> longitude;
    double gridGCo2ePerKWh = 0.0; ///< recommended location-based intensity
    QString gridBasis; ///< dataset, year and method of gridGCo2ePerKWh
    std::optional<double> electricityMapsGCo2ePerKWh;
    std::optional<int> electricityMapsYear;
    std::optional<double> ccfGCo2ePerKWh;
    std::optional<double> owidGCo2ePerKWh;
    std::optional<int> owidYear;
    std::optional<double> pue; ///< AWS-published regional PUE
    std::optional<int> pueYear;
    bool renewableMatched2022 = false;
    bool renewableMatched2023 = false;
    QString notes;
    QString source;
    DataOrigin origin = DataOrigin::Reference;
    bool operator==(const RegionSpec &) const = default;
};

/**
 * The median round trip from an instance in one AWS Region to another
 * (region_latency.csv: cloudping.co, one year of TCP connection times).
 */
struct RegionLatency
{
    QString fromRegion;
    QString toRegion;
    double p50Ms = 0.0;
    QString source;
    bool operator==(const RegionLatency &) const = default;
};

/**
 * A country's residual-mix factor for one year (residual_mix.csv): the
 * electricity left after every tracked renewable certificate is taken out, the
 * GHG Protocol's market-based factor where no contract or matching applies.
 */
struct ResidualMixFactor
{
    QString countryIso3;
    QString country;
    int dataYear = 0;
    double gCo2PerKWh = 0.0;
    QString basis; ///< publication and what it counts (e.g. direct CO2 only)
    bool assumption = false;
    QString notes;
    QString source;
    bool operator==(const ResidualMixFactor &) const = default;
};

enum class StorageMedium { Ssd, Hdd };

struct StorageClassSpec
{
    StorageClass storageClass = StorageClass::S3Standard;
    StorageMedium medium = StorageMedium::Hdd;
    double replicationFactor = 1.0;
    std::optional<double> priceUsdPerGBMonth;
    QString source;
    QString notes; ///< caveats, and what an assumed figure is based on
    bool assumption = false; ///< price or mapping is not a published AWS figure
    bool operator==(const StorageClassSpec &) const = default;
};

/** One named constant from data/reference/coefficients.csv. */
struct Coefficient
{
    QString key; ///< stable id, e.g. "network.kwh_per_gb"
    double value = 0.0;
    QString unit;
    QString vintage;
    QString notes;
    QString source;
    bool assumption = false;
    bool operator==(const Coefficient &) const = default;
};

/** A published efficiency or cost claim the advisor can quantify. */
struct Claim
{
    QString id; ///< e.g. "C08"
    QString subject;
    QString metric;
    std::optional<double> value;
    QString unit;
    QString baseline;
    QString conditions;
    QString source;
    QString sourceType;
    QString paraphrase;
    bool operator==(const Claim &) const = default;
};

/** One phase of a Greenprint power measurement (data/reference/measurements.csv). */
struct Measurement
{
    int run = 0;
    QString phase; ///< e.g. "train_bert_bf16"
    QString whatRan;
    QString model;
    std::optional<Precision> precision; ///< empty where no arithmetic ran (idle phases)
    std::optional<int> batchSize;
    double seconds = 0.0;
    double workUnits = 0.0;
    double energyJ = 0.0;
    double meanPowerW = 0.0;
    std::optional<double> joulesPerUnit;
    QString unit; ///< step, sample, matmul
    QString source;
    bool operator==(const Measurement &) const = default;
};

/** Stable keys of the coefficients the estimator reads. */
namespace CoefficientKey {
inline constexpr char16_t SsdWhPerTBHour[] = u"storage.ssd_wh_per_tb_hour";
inline constexpr char16_t HddWhPerTBHour[] = u"storage.hdd_wh_per_tb_hour";
inline constexpr char16_t MemoryKWhPerGBHour[] = u"memory.kwh_per_gb_hour";
inline constexpr char16_t NetworkKWhPerGB[] = u"network.kwh_per_gb";
inline constexpr char16_t AwsGlobalPue[] = u"datacenter.aws_global_pue";
inline constexpr char16_t CcfPue[] = u"datacenter.ccf_pue";
inline constexpr char16_t DefaultUtilization[] = u"utilization.default";
inline constexpr char16_t ServerLifetimeHours[] = u"embodied.lifetime_hours";
inline constexpr char16_t SpotDiscountFraction[] = u"pricing.spot_discount_fraction";
inline constexpr char16_t SageMakerPriceFactor[] = u"pricing.sagemaker_price_factor";
inline constexpr char16_t TransferUsdPerGB[] = u"price.transfer_inter_region_usd_per_gb";
inline constexpr char16_t LogsIngestUsdPerGB[] = u"price.logs_ingest_usd_per_gb";
inline constexpr char16_t LogsStorageUsdPerGBMonth[] = u"price.logs_storage_usd_per_gb_month";
inline constexpr char16_t TrainingBytesPerParameter[] = u"memory.training_bytes_per_parameter";
inline constexpr char16_t KvCacheValuesPerTokenPerParameter[] =
    u"memory.kv_cache_values_per_token_per_parameter";
inline constexpr char16_t FastInterconnectMinGbps[] = u"network.fast_interconnect_min_gbps";
inline constexpr char16_t EndpointBusyFractionTarget[] = u"endpoint.busy_fraction_target";
} // namespace CoefficientKey

struct ReferenceData
{
    QString dataVersion; ///< e.g. "2026.11"
    std::vector<InstanceSpec> instances;
    std::vector<RegionSpec> regions;
    std::vector<StorageClassSpec> storageClasses;
    std::vector<Coefficient> coefficients;
    std::vector<Claim> claims;
    std::vector<Measurement> measurements;
    std::vector<RegionLatency> regionLatencies;
    std::vector<ResidualMixFactor> residualMixes;
    MethodData method;
    /** Which covered Regions offer each catalog EC2 type (empty in old databases). */
    RegionOfferings offerings;

    /** Rebuilds the id indexes; call after changing the vectors. */
    void reindex();
    /** Adds or replaces (by id) instances and regions from another source. */
    void merge(const std::vector<InstanceSpec> &moreInstances,
               const std::vector<RegionSpec> &moreRegions);

    const InstanceSpec *instance(const QString &id) const;
    const RegionSpec *region(const QString &id) const;
    /** The measured round trip from `from` to `to`, or nullptr when the table lacks the pair. */
    const RegionLatency *latency(const QString &from, const QString &to) const;
    const StorageClassSpec *storageClass(StorageClass storageClass) const;
    /**
     * The residual mix of `countryIso3` for `year`, else of the nearest year the
     * table holds (the later one on a tie), or nullptr when it has none.
     */
    const ResidualMixFactor *residualMix(const QString &countryIso3, int year) const;
    const Coefficient *coefficient(QStringView key) const;
    /** The coefficient's value, or `fallback` when the database lacks it. */
    double coefficientValue(QStringView key, double fallback) const;
    const Claim *claim(const QString &id) const;
    /** The measured phase `phase` of run `run`, or nullptr. */
    const Measurement *measurement(int run, const QString &phase) const;
    /**
     * Whether AWS offers `instanceId` in `regionId` per the offerings snapshot. A
     * SageMaker `ml.` name answers for its EC2 hardware (SageMaker's own Region list
     * may be shorter); a type the snapshot does not list, or a Region it does not
     * cover, is Offering::Unknown.
     */
    Offering offering(const QString &instanceId, const QString &regionId) const;

private:
    QHash<QString, int> m_instanceIndex;
    QHash<QString, int> m_regionIndex;
    QHash<QString, int> m_latencyIndex; ///< "from to" -> row of regionLatencies
};

QString instanceCategoryKey(InstanceCategory category);
std::optional<InstanceCategory> instanceCategoryFromKey(const QString &key);
QString instanceCategoryDisplayName(InstanceCategory category);

} // namespace greenprint
