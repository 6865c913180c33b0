// SPDX-License-Identifier: GPL-3.0-or-later
// What really ran: the records Greenprint imports from bills, carbon exports and power logs.
#pragma once

/*
 * Plan against actual
 * ===================
 * Greenprint's estimate is a plan. This subsystem reads what ran and puts it
 * beside the plan:
 *
 *   importers (curimporter, carbonexportimporter, measurementimporters)
 *       stream one file each - CSV, CSV.gz or JSON lines - into the value types
 *       below, never holding the file, with "file:line:column: problem" errors;
 *   ActualsStore
 *       keeps every import with its provenance in the user's SQLite database;
 *   matchUsage() (actualmatcher.h)
 *       assigns usage to plan components: the `greenprint:component`
 *       cost-allocation tag first, else stage kind + instance type (+ the
 *       period the user gives); the rest is "unplanned";
 *   compareActuals() (actualcomparison.h)
 *       re-estimates each component as it ran (the same estimator, with the
 *       billed instance type, hours and region and the measured utilization or
 *       power) and splits the carbon variance into its drivers.
 *
 * A CUR is aggregated while it is read (per day, account, region, product,
 * usage type, operation, instance type, component tag): millions of line
 * items become a few thousand UsageRows, which is also the shape of the
 * Athena query Greenprint emits for CURs too big for one machine.
 */

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace greenprint::actuals {

/** The kind of file an import came from. Keys: sourceKindKey(). */
enum class SourceKind { Cur, CarbonExport, CodeCarbon, NvidiaSmi, NeuronMonitor, CloudWatch };

/** What a CUR usage row is about. */
enum class UsageCategory { Compute, Storage, Transfer, Other };

/** CUR line items of one day summed per account, region, usage type, instance type and tag. */
struct UsageRow
{
    QDate day;
    QString account;
    QString region; ///< e.g. us-east-1; empty for global usage
    QString product; ///< line item product code, e.g. AmazonEC2, AmazonSageMaker
    QString usageType; ///< e.g. USE1-Train:ml.p4d.24xlarge, BoxUsage:g5.xlarge
    QString operation; ///< e.g. RunInstances, CreateTrainingJob
    QString instanceType; ///< as billed: g5.xlarge or ml.g5.xlarge; empty when none
    QString componentTag; ///< value of the greenprint:component cost-allocation tag
    UsageCategory category = UsageCategory::Other;
    QString unit; ///< pricing unit: Hrs, GB-Mo, GB, ...
    double usageAmount = 0.0; ///< in `unit` (instance-hours for compute)
    double costUsd = 0.0; ///< unblended cost
    qint64 lineItems = 0;
    bool operator==(const UsageRow &) const = default;
};

/** One row of AWS's carbon-emissions export (Customer Carbon Footprint Tool). */
struct CarbonRow
{
    QDate periodStart;
    QDate periodEnd;
    QString account;
    QString region; ///< region code; empty for global services
    QString product;
    QString modelVersion;
    double locationMtco2e = 0.0;
    std::optional<double> marketMtco2e;
    bool operator==(const CarbonRow &) const = default;
};

/** A measured run: a CodeCarbon run, a GPU or instance in a power or utilization log. */
struct Measurement
{
    SourceKind source = SourceKind::CodeCarbon;
    QString resource; ///< run id, GPU index, instance id or endpoint name
    QString instanceType; ///< when the log names it
    QString region; ///< when the log names it
    QString componentTag; ///< CodeCarbon project_name, matched like the CUR tag
    QDateTime start;
    QDateTime end;
    double hours = 0.0; ///< measured duration
    std::optional<double> energyKWh;
    std::optional<double> averagePowerW;
    std::optional<double> averageUtilization; ///< 0..1
    std::optional<double> co2eKg;
    qint64 samples = 0;
    bool operator==(const Measurement &) const = default;
};

/** Where an import came from (stored beside its rows). */
struct ImportProvenance
{
    qint64 id = 0; ///< row id in the store; 0 before it is stored
    SourceKind kind = SourceKind::Cur;
    QString format; ///< e.g. "CUR legacy", "CUR 2.0", "nvidia-smi csv"
    QString file;
    qint64 fileBytes = 0;
    QDateTime fileModified;
    QDateTime importedAt;
    qint64 recordsRead = 0;
    QString appVersion;
    bool operator==(const ImportProvenance &) const = default;
};

/** One imported file. */
struct ImportedData
{
    ImportProvenance provenance;
    std::vector<UsageRow> usage;
    std::vector<CarbonRow> carbon;
    std::vector<Measurement> measurements;
};

QString sourceKindKey(SourceKind kind);
std::optional<SourceKind> sourceKindFromKey(const QString &key);
QString usageCategoryKey(UsageCategory category);
std::optional<UsageCategory> usageCategoryFromKey(const QString &key);

} // namespace greenprint::actuals
