// SPDX-License-Identifier: GPL-3.0-or-later
// Instance names beyond the catalog rows: SageMaker `ml.` names and sizes derived by vCPU.
#pragma once

/*
 * Instance names
 * ==============
 * The catalog (data/reference/instances.csv) holds EC2 instance types. Two
 * more kinds of name resolve to catalog hardware:
 *
 *   ml.<type>      a SageMaker name (training, tuning, processing, batch
 *                  transform, endpoints, notebooks, Studio, HyperPod) runs on
 *                  the hardware of the EC2 <type>. addSageMakerNames() adds one
 *                  InstanceSpec per name at load time: same hardware, the
 *                  SageMaker price (the EC2 price x the labelled factor
 *                  pricing.sagemaker_price_factor), `sagemaker` set and
 *                  `otherName` linking the two names both ways.
 *   <family>.<size> a size the catalog lacks of a CPU family it knows:
 *                  deriveInstance() scales the nearest catalog size by vCPU
 *                  (power, memory, embodied share, price) and labels the
 *                  result with `derivedFrom`. An unknown family, or a new size
 *                  of an accelerated family (accelerators per size are not
 *                  proportional to vCPUs), is an error naming the closest
 *                  known types.
 *
 * Files keep the name the user typed; the estimate says which hardware it used.
 */

#include "referencedata.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/** One row of data/reference/sagemaker_instances.csv. */
struct SageMakerName
{
    QString mlName; ///< e.g. "ml.g5.xlarge"
    QString ec2Instance; ///< e.g. "g5.xlarge"
    QStringList uses; ///< training, tuning, processing, batch_transform, endpoint, ...
    QString source;
};

/**
 * Appends one InstanceSpec per SageMaker name whose EC2 type is in
 * `data->instances`, and sets `otherName` on the EC2 rows. Call before
 * ReferenceData::reindex().
 */
void addSageMakerNames(const std::vector<SageMakerName> &names, ReferenceData *data);

/** The outcome of resolving a name the catalog does not hold. */
struct InstanceResolution
{
    std::optional<InstanceSpec> spec; ///< a derived size (derivedFrom set)
    QString error; ///< why not, naming the closest known types
};

/** Resolves `id` (EC2 or `ml.` name) that `reference.instance(id)` does not know. */
InstanceResolution deriveInstance(const ReferenceData &reference, const QString &id);

/** vCPUs a size name stands for relative to `xlarge` (large 0.5, 4xlarge 4); nullopt if none. */
std::optional<double> sizeUnits(QStringView size);

} // namespace greenprint
