// SPDX-License-Identifier: GPL-3.0-or-later
#include "names.h"

#include <QCoreApplication>

#include <iterator>

namespace greenprint {
namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &key, const char16_t *const (&keys)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(keys[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

/** The keys as a list; each *Keys() below builds it once (the reader asks on every component). */
template<std::size_t N>
QStringList allKeys(const char16_t *const (&keys)[N])
{
    QStringList list;
    for (const char16_t *k : keys)
        list << QString::fromUtf16(k);
    return list;
}

constexpr const char16_t *kStageKeys[] = {u"data-processing", u"model-building", u"training",
                                          u"inference"};
constexpr const char16_t *kComponentKeys[] = {u"compute", u"storage",  u"transfer", u"notebook",
                                              u"tuning",  u"endpoint", u"logs"};
constexpr const char16_t *kPricingKeys[] = {u"on-demand", u"spot"};
constexpr const char16_t *kRecurrencePeriodKeys[] = {u"day", u"week", u"month"};
constexpr const char16_t *kStorageKeys[] = {u"s3-standard",
                                            u"s3-intelligent-tiering",
                                            u"s3-standard-ia",
                                            u"s3-one-zone-ia",
                                            u"s3-glacier-instant",
                                            u"s3-glacier-flexible",
                                            u"s3-glacier-deep-archive",
                                            u"ebs-gp3",
                                            u"ebs-io2",
                                            u"ebs-st1",
                                            u"efs"};
constexpr const char16_t *kTuningKeys[] = {u"grid", u"random", u"bayesian", u"hyperband"};
constexpr const char16_t *kEndpointKeys[] = {u"real-time", u"async", u"serverless", u"batch"};
constexpr const char16_t *kMethodologyKeys[] = {u"greenprint", u"ccf", u"green-algorithms"};
constexpr const char16_t *kGridDatasetKeys[] = {u"recommended", u"electricity-maps-2023", u"ccf",
                                                u"owid-ember"};
constexpr const char16_t *kPrecisionKeys[] = {u"fp32", u"tf32", u"bf16", u"fp16", u"fp8", u"int8"};

static_assert(std::size(kStageKeys) == kStageCount);
static_assert(std::size(kComponentKeys) == kComponentTypeCount);
static_assert(std::size(kStorageKeys) == kStorageClassCount);
static_assert(std::size(kPrecisionKeys) == kPrecisionCount);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Names)
};

} // namespace

QString stageKey(StageKind k)
{
    return QString::fromUtf16(kStageKeys[static_cast<int>(k)]);
}
std::optional<StageKind> stageFromKey(const QString &key)
{
    return fromKey<StageKind>(key, kStageKeys);
}

QString stageDisplayName(StageKind kind)
{
    switch (kind) {
    case StageKind::DataProcessing:
        return Tr::tr("Data processing");
    case StageKind::ModelBuilding:
        return Tr::tr("Model building");
    case StageKind::Training:
        return Tr::tr("Training");
    case StageKind::Inference:
        return Tr::tr("Inference");
    }
    return {};
}

QString stageDefaultName(StageKind kind)
{
    static constexpr const char16_t *names[] = {u"Data processing", u"Model building", u"Training",
                                                u"Inference"};
    return QString::fromUtf16(names[static_cast<int>(kind)]);
}

QString stageDisplayName(StageKind kind, const QString &storedName)
{
    return storedName.isEmpty() || storedName == stageDefaultName(kind) ? stageDisplayName(kind)
                                                                        : storedName;
}

QString componentTypeKey(ComponentType t)
{
    return QString::fromUtf16(kComponentKeys[static_cast<int>(t)]);
}
std::optional<ComponentType> componentTypeFromKey(const QString &key)
{
    return fromKey<ComponentType>(key, kComponentKeys);
}

QString componentTypeDisplayName(ComponentType type)
{
    switch (type) {
    case ComponentType::Compute:
        return Tr::tr("Compute");
    case ComponentType::Storage:
        return Tr::tr("Storage");
    case ComponentType::Transfer:
        return Tr::tr("Data transfer");
    case ComponentType::Notebook:
        return Tr::tr("Notebook");
    case ComponentType::Tuning:
        return Tr::tr("Hyperparameter tuning");
    case ComponentType::Endpoint:
        return Tr::tr("Endpoint");
    case ComponentType::Logs:
        return Tr::tr("Logs");
    }
    return {};
}

QString pricingKey(Pricing p)
{
    return QString::fromUtf16(kPricingKeys[static_cast<int>(p)]);
}
QString recurrencePeriodKey(RecurrencePeriod period)
{
    return QString::fromUtf16(kRecurrencePeriodKeys[static_cast<int>(period)]);
}

std::optional<RecurrencePeriod> recurrencePeriodFromKey(const QString &key)
{
    return fromKey<RecurrencePeriod>(key, kRecurrencePeriodKeys);
}

std::optional<Pricing> pricingFromKey(const QString &key)
{
    return fromKey<Pricing>(key, kPricingKeys);
}

QString storageClassKey(StorageClass c)
{
    return QString::fromUtf16(kStorageKeys[static_cast<int>(c)]);
}
std::optional<StorageClass> storageClassFromKey(const QString &key)
{
    return fromKey<StorageClass>(key, kStorageKeys);
}

QString storageClassDisplayName(StorageClass c)
{
    switch (c) {
    case StorageClass::S3Standard:
        return Tr::tr("S3 Standard");
    case StorageClass::S3IntelligentTiering:
        return Tr::tr("S3 Intelligent-Tiering");
    case StorageClass::S3StandardIA:
        return Tr::tr("S3 Standard-IA");
    case StorageClass::S3OneZoneIA:
        return Tr::tr("S3 One Zone-IA");
    case StorageClass::S3GlacierInstantRetrieval:
        return Tr::tr("S3 Glacier Instant Retrieval");
    case StorageClass::S3GlacierFlexibleRetrieval:
        return Tr::tr("S3 Glacier Flexible Retrieval");
    case StorageClass::S3GlacierDeepArchive:
        return Tr::tr("S3 Glacier Deep Archive");
    case StorageClass::EbsGp3:
        return Tr::tr("EBS gp3 (SSD)");
    case StorageClass::EbsIo2:
        return Tr::tr("EBS io2 (SSD)");
    case StorageClass::EbsSt1:
        return Tr::tr("EBS st1 (HDD)");
    case StorageClass::Efs:
        return Tr::tr("EFS");
    }
    return {};
}

QString tuningStrategyKey(TuningStrategy s)
{
    return QString::fromUtf16(kTuningKeys[static_cast<int>(s)]);
}
std::optional<TuningStrategy> tuningStrategyFromKey(const QString &key)
{
    return fromKey<TuningStrategy>(key, kTuningKeys);
}

QString endpointModeKey(EndpointMode m)
{
    return QString::fromUtf16(kEndpointKeys[static_cast<int>(m)]);
}
std::optional<EndpointMode> endpointModeFromKey(const QString &key)
{
    return fromKey<EndpointMode>(key, kEndpointKeys);
}

QString methodologyKey(Methodology m)
{
    return QString::fromUtf16(kMethodologyKeys[static_cast<int>(m)]);
}
std::optional<Methodology> methodologyFromKey(const QString &key)
{
    return fromKey<Methodology>(key, kMethodologyKeys);
}
QString methodologyDisplayName(Methodology m)
{
    switch (m) {
    case Methodology::Greenprint:
        return Tr::tr("Greenprint");
    case Methodology::CloudCarbonFootprint:
        return Tr::tr("Cloud Carbon Footprint");
    case Methodology::GreenAlgorithms:
        return Tr::tr("Green Algorithms");
    }
    return {};
}

QString precisionKey(Precision p)
{
    return QString::fromUtf16(kPrecisionKeys[static_cast<int>(p)]);
}
std::optional<Precision> precisionFromKey(const QString &key)
{
    return fromKey<Precision>(key, kPrecisionKeys);
}
QString precisionDisplayName(Precision p)
{
    return precisionKey(p).toUpper();
}

QString gridDatasetKey(GridDatasetChoice d)
{
    return QString::fromUtf16(kGridDatasetKeys[static_cast<int>(d)]);
}
std::optional<GridDatasetChoice> gridDatasetFromKey(const QString &key)
{
    return fromKey<GridDatasetChoice>(key, kGridDatasetKeys);
}
QString gridDatasetDisplayName(GridDatasetChoice d)
{
    switch (d) {
    case GridDatasetChoice::Recommended:
        return Tr::tr("Recommended");
    case GridDatasetChoice::ElectricityMaps2023:
        return Tr::tr("Electricity Maps 2023");
    case GridDatasetChoice::Ccf:
        return Tr::tr("Cloud Carbon Footprint");
    case GridDatasetChoice::OwidEmber:
        return Tr::tr("OWID / Ember");
    }
    return {};
}

QStringList stageKeys()
{
    static const QStringList keys = allKeys(kStageKeys);
    return keys;
}
QStringList componentTypeKeys()
{
    static const QStringList keys = allKeys(kComponentKeys);
    return keys;
}
QStringList recurrencePeriodKeys()
{
    static const QStringList keys = allKeys(kRecurrencePeriodKeys);
    return keys;
}

QStringList pricingKeys()
{
    static const QStringList keys = allKeys(kPricingKeys);
    return keys;
}
QStringList storageClassKeys()
{
    static const QStringList keys = allKeys(kStorageKeys);
    return keys;
}
QStringList tuningStrategyKeys()
{
    static const QStringList keys = allKeys(kTuningKeys);
    return keys;
}
QStringList endpointModeKeys()
{
    static const QStringList keys = allKeys(kEndpointKeys);
    return keys;
}
QStringList methodologyKeys()
{
    static const QStringList keys = allKeys(kMethodologyKeys);
    return keys;
}
QStringList gridDatasetKeys()
{
    static const QStringList keys = allKeys(kGridDatasetKeys);
    return keys;
}
QStringList precisionKeys()
{
    static const QStringList keys = allKeys(kPrecisionKeys);
    return keys;
}

} // namespace greenprint
