// SPDX-License-Identifier: GPL-3.0-or-later
// What a CUR usage type says: category, instance type, SageMaker job kind, storage class.
#pragma once

#include "../domain/project.h"
#include "actualdata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace greenprint::actuals {

/** Translation context of the CUR importer's messages. */
class CurText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::CurText)
};

/**
 * The cost-allocation tag that ties billed usage to a plan component
 * (activate it under Billing > Cost allocation tags). Its value is the
 * component's name, or "<stage key>/<component name>" when a name repeats
 * across stages (stage keys as in the project file, e.g. training/Fine-tune).
 */
inline constexpr std::string_view kComponentTagKey = "greenprint:component";

/**
 * The greenprint:component value inside a CUR 2.0 `resource_tags` map cell,
 * written as JSON ({"user_greenprint_component":"x", ...}); accepts the key as
 * "user_greenprint_component" or "user:greenprint:component". Empty if absent.
 */
std::string_view componentTagFromMap(std::string_view mapCell);

/** The instance type after the colon of a usage type (BoxUsage:g5.xlarge, USE1-Train:ml.p4d...). */
QString instanceTypeFromUsageType(const QString &usageType);

/** Compute (instance hours), storage (GB-months), transfer (GB) or other. */
UsageCategory classifyUsage(const QString &product, const QString &usageType,
                            const QString &instanceType);

/**
 * The kind of SageMaker usage in a usage type (the word before the colon,
 * region prefix removed): Train, Host, Notebk, Processing, Tsform (batch
 * transform), ...; empty for other products.
 */
QString sageMakerUsageKind(const QString &usageType);

/** The stage a SageMaker usage kind belongs to; nullopt when it does not say. */
std::optional<StageKind> stageForSageMakerKind(const QString &kind);

/** The storage class of an EBS or S3 storage usage type; nullopt when unknown. */
std::optional<StorageClass> storageClassForUsageType(const QString &usageType);

/**
 * The EC2 instance type a billed name runs on: SageMaker's "ml." prefix removed
 * (ml.p4d.24xlarge runs on a p4d.24xlarge, the rule of domain/instancenames.h).
 * The one place that makes a billed name and a plan's name comparable.
 */
QString catalogInstanceName(const QString &billedInstanceType);

/** Sorts rows by day, account, region, product, usage type, instance type, tag. */
void sortUsage(std::vector<UsageRow> &rows);

} // namespace greenprint::actuals
