// SPDX-License-Identifier: GPL-3.0-or-later
#include "curusage.h"

#include <algorithm>
#include <tuple>

namespace greenprint::actuals {

std::string_view componentTagFromMap(std::string_view cell)
{
    for (const std::string_view key : {std::string_view("\"user_greenprint_component\""),
                                       std::string_view("\"user:greenprint:component\"")}) {
        size_t pos = cell.find(key);
        if (pos == std::string_view::npos)
            continue;
        pos += key.size();
        while (pos < cell.size() && (cell[pos] == ' ' || cell[pos] == ':'))
            ++pos;
        if (pos >= cell.size() || cell[pos] != '"')
            return {};
        const size_t end = cell.find('"', pos + 1);
        if (end == std::string_view::npos)
            return {};
        return cell.substr(pos + 1, end - pos - 1);
    }
    return {};
}

QString instanceTypeFromUsageType(const QString &usageType)
{
    const qsizetype colon = usageType.lastIndexOf(u':');
    if (colon < 0)
        return {};
    const QString before = usageType.left(colon);
    if (!(before.endsWith(QLatin1String("BoxUsage")) || before.endsWith(QLatin1String("SpotUsage"))
          || before.endsWith(QLatin1String("DedicatedUsage"))
          || usageType.mid(colon + 1).startsWith(QLatin1String("ml."))))
        return {};
    return usageType.mid(colon + 1);
}

UsageCategory classifyUsage(const QString &product, const QString &usageType,
                            const QString &instanceType)
{
    if (!instanceType.isEmpty()
        && (usageType.contains(QLatin1String("BoxUsage"))
            || usageType.contains(QLatin1String("SpotUsage"))
            || usageType.contains(QLatin1String("DedicatedUsage"))
            || (product == u"AmazonSageMaker" && usageType.contains(QLatin1String(":ml.")))))
        return UsageCategory::Compute;
    if (usageType.contains(QLatin1String("EBS:VolumeUsage"))
        || usageType.contains(QLatin1String("TimedStorage")))
        return UsageCategory::Storage;
    if (usageType.contains(QLatin1String("DataTransfer"))
        || usageType.contains(QLatin1String("AWS-Out-Bytes")))
        return UsageCategory::Transfer;
    return UsageCategory::Other;
}

QString sageMakerUsageKind(const QString &usageType)
{
    const qsizetype colon = usageType.indexOf(u':');
    if (colon < 0 || !usageType.mid(colon + 1).startsWith(QLatin1String("ml.")))
        return {};
    QString kind = usageType.left(colon);
    if (const qsizetype dash = kind.indexOf(u'-'); dash >= 0)
        kind = kind.mid(dash + 1); // USE1-Train -> Train
    return kind;
}

std::optional<StageKind> stageForSageMakerKind(const QString &kind)
{
    if (kind.startsWith(QLatin1String("Processing")))
        return StageKind::DataProcessing;
    if (kind.startsWith(QLatin1String("Notebk")) || kind.startsWith(QLatin1String("Studio")))
        return StageKind::ModelBuilding;
    if (kind.startsWith(QLatin1String("Train")))
        return StageKind::Training;
    if (kind.startsWith(QLatin1String("Host")) || kind.startsWith(QLatin1String("Tsform"))
        || kind.startsWith(QLatin1String("AsyncInf")))
        return StageKind::Inference;
    return std::nullopt;
}

std::optional<StorageClass> storageClassForUsageType(const QString &usageType)
{
    struct Pattern
    {
        const char *text;
        StorageClass storageClass;
    };
    // Most specific first: every S3 one contains "TimedStorage".
    static constexpr Pattern kPatterns[] = {
        {"EBS:VolumeUsage.gp3", StorageClass::EbsGp3},
        {"EBS:VolumeUsage.io2", StorageClass::EbsIo2},
        {"EBS:VolumeUsage.st1", StorageClass::EbsSt1},
        {"TimedStorage-INT", StorageClass::S3IntelligentTiering},
        {"TimedStorage-SIA", StorageClass::S3StandardIA},
        {"TimedStorage-ZIA", StorageClass::S3OneZoneIA},
        {"TimedStorage-GIR", StorageClass::S3GlacierInstantRetrieval},
        {"TimedStorage-GDA", StorageClass::S3GlacierDeepArchive},
        {"TimedStorage-Glacier", StorageClass::S3GlacierFlexibleRetrieval},
        {"TimedStorage-ByteHrs", StorageClass::S3Standard},
    };
    for (const Pattern &pattern : kPatterns) {
        if (usageType.contains(QLatin1String(pattern.text)))
            return pattern.storageClass;
    }
    return std::nullopt;
}

QString catalogInstanceName(const QString &billedInstanceType)
{
    // Same hardware, per domain/instancenames.h: compare and value ml. names as their EC2 type.
    return billedInstanceType.startsWith(QLatin1String("ml.")) ? billedInstanceType.mid(3)
                                                               : billedInstanceType;
}

void sortUsage(std::vector<UsageRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const UsageRow &a, const UsageRow &b) {
        return std::tie(a.day, a.account, a.region, a.product, a.usageType, a.operation,
                        a.instanceType, a.componentTag, a.unit)
            < std::tie(b.day, b.account, b.region, b.product, b.usageType, b.operation,
                       b.instanceType, b.componentTag, b.unit);
    });
}

} // namespace greenprint::actuals
