// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodtables.h"

#include "sqlrow.h"

#include "../domain/names.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace greenprint {
namespace {

using Internal::SqlRow;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ReferenceRepository)
};

/** Runs `SELECT * FROM table` and calls `read` for every row. */
template<typename ReadRow>
bool forEachRow(QSqlQuery &query, const QString &table, QString *error, ReadRow read)
{
    if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
        *error = Tr::tr("cannot read the table %1: %2").arg(table, query.lastError().text());
        return false;
    }
    const Internal::SqlColumns columns(query.record());
    while (query.next())
        read(SqlRow(query, columns));
    return true;
}

/** CCF's processor lists are stored ";"-separated; empty means none. */
QStringList splitList(const QString &text)
{
    return text.split(u';', Qt::SkipEmptyParts);
}

} // namespace

bool readMethodTables(QSqlQuery &query, MethodData *data, QString *error)
{
    MethodData result;
    const bool ok =
        forEachRow(query, QStringLiteral("accelerators"), error,
                   [&](const SqlRow &row) {
                       AcceleratorSpec a;
                       a.name = row.text(QStringLiteral("accelerator"));
                       a.vendor = row.text(QStringLiteral("vendor"));
                       a.tdpW = row.optionalNumber(QStringLiteral("tdp_w"));
                       a.memoryGB = row.optionalNumber(QStringLiteral("memory_gb"));
                       a.memoryBandwidthGBps =
                           row.optionalNumber(QStringLiteral("memory_bandwidth_gbps"));
                       const char16_t *columns[kPrecisionCount] = {u"fp32_tflops", u"tf32_tflops",
                                                                   u"bf16_tflops", u"fp16_tflops",
                                                                   u"fp8_tflops",  u"int8_tops"};
                       for (int i = 0; i < kPrecisionCount; ++i)
                           a.peakTflops[i] = row.optionalNumber(QString::fromUtf16(columns[i]));
                       a.assumption = row.yes(QStringLiteral("assumption"));
                       a.peakNote = row.text(QStringLiteral("sparsity_note"));
                       a.notes = row.text(QStringLiteral("notes"));
                       a.source = row.text(QStringLiteral("source"));
                       result.accelerators.push_back(std::move(a));
                   })
        && forEachRow(
            query, QStringLiteral("compute_coefficients"), error,
            [&](const SqlRow &row) {
                const QString device = row.text(QStringLiteral("device_type"));
                const QString model = row.text(QStringLiteral("microarchitecture_or_model"));
                if (device == u"gpu") {
                    result.gpuPower.push_back({model, row.number(QStringLiteral("min_w")),
                                               row.number(QStringLiteral("max_w")),
                                               row.text(QStringLiteral("source"))});
                } else {
                    result.cpuPower.push_back({model, row.text(QStringLiteral("coefficient_set")),
                                               row.number(QStringLiteral("min_w")),
                                               row.number(QStringLiteral("max_w")),
                                               row.optionalNumber(QStringLiteral("gb_per_chip")),
                                               row.text(QStringLiteral("source"))});
                }
            })
        && forEachRow(query, QStringLiteral("accelerator_embodied"), error,
                      [&](const SqlRow &row) {
                          AcceleratorEmbodied a;
                          a.accelerator = row.text(QStringLiteral("accelerator"));
                          a.dieAreaMm2 = row.number(QStringLiteral("die_area_mm2"));
                          a.dies = row.value(QStringLiteral("dies")).toInt();
                          a.memoryGB = row.number(QStringLiteral("memory_gb"));
                          a.embodiedKg = row.number(QStringLiteral("embodied_kgco2e"));
                          a.assumption = row.yes(QStringLiteral("assumption"));
                          a.notes = row.text(QStringLiteral("notes"));
                          a.source = row.text(QStringLiteral("source"));
                          result.acceleratorEmbodied.push_back(std::move(a));
                      })
        && forEachRow(query, QStringLiteral("platform_embodied"), error,
                      [&](const SqlRow &row) {
                          PlatformEmbodied p;
                          p.family = row.text(QStringLiteral("family"));
                          p.familyMaxVcpus = row.value(QStringLiteral("family_max_vcpus")).toInt();
                          p.hostKg = row.number(QStringLiteral("host_kgco2e"));
                          p.basis = row.text(QStringLiteral("basis"));
                          p.assumption = row.yes(QStringLiteral("assumption"));
                          p.notes = row.text(QStringLiteral("notes"));
                          p.source = row.text(QStringLiteral("source"));
                          result.platformEmbodied.push_back(std::move(p));
                      })
        && forEachRow(
            query, QStringLiteral("cpu_throughput"), error,
            [&](const SqlRow &row) {
                result.cpuThroughput.push_back(
                    {row.text(QStringLiteral("microarchitecture")),
                     row.optionalNumber(QStringLiteral("relative_perf_per_vcpu")),
                     row.text(QStringLiteral("baseline")), row.yes(QStringLiteral("assumption")),
                     row.text(QStringLiteral("notes")), row.text(QStringLiteral("source"))});
            })
        && forEachRow(query, QStringLiteral("achieved_utilization"), error,
                      [&](const SqlRow &row) {
                          AchievedUtilization u;
                          u.acceleratorClass = row.text(QStringLiteral("accelerator_class"));
                          u.task = row.text(QStringLiteral("task")) == u"inference"
                              ? WorkTask::Inference
                              : WorkTask::Training;
                          u.low = row.optionalNumber(QStringLiteral("low"));
                          u.central = row.optionalNumber(QStringLiteral("central"));
                          u.high = row.optionalNumber(QStringLiteral("high"));
                          u.assumption = row.yes(QStringLiteral("assumption"));
                          u.notes = row.text(QStringLiteral("notes"));
                          u.source = row.text(QStringLiteral("source"));
                          result.achievedUtilization.push_back(std::move(u));
                      })
        && forEachRow(
            query, QStringLiteral("achieved_utilization_fit"), error,
            [&](const SqlRow &row) {
                AchievedUtilizationFit f;
                f.generation = row.text(QStringLiteral("generation"));
                f.task = row.text(QStringLiteral("task")) == u"inference" ? WorkTask::Inference
                                                                          : WorkTask::Training;
                f.accelerators =
                    row.text(QStringLiteral("accelerators")).split(u'|', Qt::SkipEmptyParts);
                f.mfuAt1BParameters = row.number(QStringLiteral("mfu_at_1b_parameters"));
                f.sizeExponent = row.number(QStringLiteral("size_exponent"));
                f.floor = row.number(QStringLiteral("mfu_floor"));
                f.ceiling = row.number(QStringLiteral("mfu_ceiling"));
                f.residualP10 = row.number(QStringLiteral("residual_p10"));
                f.residualP90 = row.number(QStringLiteral("residual_p90"));
                f.runs = row.value(QStringLiteral("runs")).toInt();
                f.families = row.text(QStringLiteral("families")).split(u' ', Qt::SkipEmptyParts);
                f.notes = row.text(QStringLiteral("notes"));
                f.source = row.text(QStringLiteral("source"));
                result.achievedUtilizationFits.push_back(std::move(f));
            })
        && forEachRow(query, QStringLiteral("achieved_throughput"), error,
                      [&](const SqlRow &row) {
                          AchievedThroughput t;
                          t.accelerator = row.text(QStringLiteral("accelerator"));
                          t.task = row.text(QStringLiteral("task")) == u"inference"
                              ? WorkTask::Inference
                              : WorkTask::Training;
                          // The schema admits only the six precision keys.
                          t.precision = precisionFromKey(row.text(QStringLiteral("precision")))
                                            .value_or(Precision::Bf16);
                          t.parameters = row.number(QStringLiteral("parameters"));
                          t.tokensPerSample = row.number(QStringLiteral("tokens_per_sample"));
                          t.samplesPerSecond = row.number(QStringLiteral("samples_per_second"));
                          t.devices = row.value(QStringLiteral("devices")).toInt();
                          t.instance = row.text(QStringLiteral("instance"));
                          t.assumption = row.yes(QStringLiteral("assumption"));
                          t.notes = row.text(QStringLiteral("notes"));
                          t.source = row.text(QStringLiteral("source"));
                          result.achievedThroughputs.push_back(std::move(t));
                      })
        && forEachRow(
            query, QStringLiteral("grid_datasets"), error,
            [&](const SqlRow &row) {
                result.gridDatasets.push_back(
                    {row.text(QStringLiteral("dataset_id")), row.text(QStringLiteral("name")),
                     row.text(QStringLiteral("year")), row.text(QStringLiteral("basis")),
                     row.text(QStringLiteral("licence")), row.text(QStringLiteral("source"))});
            })
        && forEachRow(query, QStringLiteral("accelerator_load_curve"), error,
                      [&](const SqlRow &row) {
                          result.acceleratorLoadCurve.push_back(
                              {row.number(QStringLiteral("duty_fraction")),
                               row.number(QStringLiteral("tdp_fraction"))});
                          result.acceleratorLoadCurveSource = row.text(QStringLiteral("source"));
                      })
        && forEachRow(query, QStringLiteral("ccf_instance_types"), error,
                      [&](const SqlRow &row) {
                          CcfInstanceType t;
                          t.id = row.text(QStringLiteral("instance_type"));
                          t.vcpus = row.value(QStringLiteral("vcpus")).toInt();
                          t.memoryGiB = row.number(QStringLiteral("memory_gib"));
                          t.embodiedKg = row.optionalNumber(QStringLiteral("embodied_kgco2e"));
                          t.familyLastVcpus =
                              row.value(QStringLiteral("family_last_vcpus")).toInt();
                          t.familyLastMemoryGiB =
                              row.number(QStringLiteral("family_last_memory_gib"));
                          t.cpuProcessors = splitList(row.text(QStringLiteral("cpu_processors")));
                          t.gpuCount = row.value(QStringLiteral("gpu_count")).toInt();
                          t.gpuProcessors = splitList(row.text(QStringLiteral("gpu_processors")));
                          t.burstableBaselinePct =
                              row.optionalNumber(QStringLiteral("burstable_baseline_pct"));
                          result.ccfInstanceTypes.push_back(std::move(t));
                      })
        && forEachRow(query, QStringLiteral("ccf_processors"), error,
                      [&](const SqlRow &row) {
                          result.ccfProcessors.push_back(
                              {row.text(QStringLiteral("processor")),
                               row.optionalNumber(QStringLiteral("min_w_per_vcpu")),
                               row.optionalNumber(QStringLiteral("max_w_per_vcpu")),
                               row.optionalNumber(QStringLiteral("memory_gb_per_chip"))});
                      })
        && forEachRow(query, QStringLiteral("ccf_constants"), error,
                      [&](const SqlRow &row) {
                          const QString key = row.text(QStringLiteral("key"));
                          if (key == u"version.aws")
                              result.ccfAwsVersion = row.text(QStringLiteral("value"));
                          else if (key == u"version.core")
                              result.ccfCoreVersion = row.text(QStringLiteral("value"));
                          else if (const auto value = row.optionalNumber(QStringLiteral("value")))
                              result.ccfConstants.push_back({QStringLiteral("ccf"), key, *value,
                                                             row.text(QStringLiteral("source")),
                                                             row.text(QStringLiteral("unit"))});
                      })
        && forEachRow(
            query, QStringLiteral("ccf_emission_factors"), error,
            [&](const SqlRow &row) {
                result.ccfConstants.push_back(
                    {QStringLiteral("ccf"),
                     QStringLiteral("emissions_factor.") + row.text(QStringLiteral("region")),
                     row.number(QStringLiteral("t_co2e_per_kwh")),
                     row.text(QStringLiteral("source")), QStringLiteral("tCO2e/kWh")});
            })
        && forEachRow(query, QStringLiteral("green_algorithms"), error, [&](const SqlRow &row) {
               const QString key = row.text(QStringLiteral("key"));
               if (row.text(QStringLiteral("kind")) == u"constant" && key == u"tool_version")
                   result.greenAlgorithmsRelease = row.text(QStringLiteral("value"));
               if (row.text(QStringLiteral("kind")) == u"constant" && key == u"commit")
                   result.greenAlgorithmsCommit = row.text(QStringLiteral("value"));
               const auto value = row.optionalNumber(QStringLiteral("value"));
               if (!value)
                   return; // descriptive rows (formula, version) carry no number
               result.greenAlgorithms.push_back(
                   {row.text(QStringLiteral("kind")), row.text(QStringLiteral("key")), *value,
                    row.text(QStringLiteral("source")), row.text(QStringLiteral("unit"))});
           });
    if (!ok)
        return false;
    std::sort(result.acceleratorLoadCurve.begin(), result.acceleratorLoadCurve.end(),
              [](const LoadCurvePoint &a, const LoadCurvePoint &b) { return a.duty < b.duty; });
    *data = std::move(result);
    return true;
}

} // namespace greenprint
