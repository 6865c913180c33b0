// SPDX-License-Identifier: GPL-3.0-or-later
// Measured runs from CSV logs: CodeCarbon emissions.csv, nvidia-smi and CloudWatch exports.
#include "csvstream.h"
#include "fieldparsing.h"
#include "importer.h"
#include "importsupport.h"

#include <algorithm>
#include <map>
#include <string>

namespace greenprint::actuals {

namespace {

using Internal::nextRecord;
using Internal::parseNumber;
using Internal::readTime;
using Internal::toQString;

class MeasurementText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::MeasurementText)
};

/** Opens the CSV and finds the required columns; false with result.errorString set. */
bool openWithColumns(CsvStream &csv, const QString &path, const QString &what,
                     std::initializer_list<const char *> required, ImportResult &result)
{
    if (!csv.open(path)) {
        result.errorString = csv.errorString();
        return false;
    }
    for (const char *name : required) {
        if (csv.columnIndex(name) < 0) {
            result.errorString = MeasurementText::tr("%1:1: not %2: no column \"%3\"")
                                     .arg(path, what, QString::fromLatin1(name));
            return false;
        }
    }
    return true;
}

/** A number field, optionally followed by a unit ("250.3 W", "87 %"); "[N/A]" gives nullopt. */
std::optional<double> numberWithUnit(std::string_view text, std::string_view unit)
{
    if (!unit.empty() && text.size() > unit.size()
        && text.substr(text.size() - unit.size()) == unit)
        text.remove_suffix(unit.size());
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return parseNumber(text);
}

bool isNotAvailable(std::string_view text)
{
    return text == "[N/A]" || text == "N/A" || text.empty() || text == "[Not Supported]";
}

/** Running sums of one resource in a sampled log. */
struct SampleSeries
{
    QDateTime first;
    QDateTime last;
    double powerSumW = 0.0;
    qint64 powerSamples = 0;
    double utilizationSum = 0.0;
    qint64 utilizationSamples = 0;
    qint64 samples = 0;
    qint64 minimumStepMs = 0; ///< smallest gap between samples: the sampling period
    QString instanceType;

    void addTime(const QDateTime &time)
    {
        if (samples > 0) {
            const qint64 step = std::abs(last.msecsTo(time));
            if (step > 0 && (minimumStepMs == 0 || step < minimumStepMs))
                minimumStepMs = step;
        }
        if (!first.isValid() || time < first)
            first = time;
        if (!last.isValid() || time > last)
            last = time;
        ++samples;
    }

    /** Samples x period: each sample stands for one period of the log. */
    Measurement toMeasurement(SourceKind source, const QString &resource) const
    {
        Measurement m;
        m.source = source;
        m.resource = resource;
        m.instanceType = instanceType;
        m.start = first;
        m.end = last.addMSecs(minimumStepMs);
        m.hours = static_cast<double>(minimumStepMs) * static_cast<double>(samples) / 3.6e6;
        if (powerSamples > 0) {
            m.averagePowerW = powerSumW / static_cast<double>(powerSamples);
            m.energyKWh = *m.averagePowerW * m.hours / 1000.0;
        }
        if (utilizationSamples > 0)
            m.averageUtilization = utilizationSum / static_cast<double>(utilizationSamples);
        m.samples = samples;
        return m;
    }
};

} // namespace

ImportResult importCodeCarbon(const QString &path, const ImportProgress &progress)
{
    ImportResult result;
    CsvStream csv;
    if (!openWithColumns(
            csv, path, MeasurementText::tr("a CodeCarbon emissions.csv"),
            {"timestamp", "project_name", "run_id", "duration", "emissions", "energy_consumed"},
            result))
        return result;
    const int timestamp = csv.columnIndex("timestamp");
    const int project = csv.columnIndex("project_name");
    const int run = csv.columnIndex("run_id");
    const int duration = csv.columnIndex("duration");
    const int emissions = csv.columnIndex("emissions");
    const int energy = csv.columnIndex("energy_consumed");
    const int cloudRegion = csv.columnIndex("cloud_region");
    const int gpuUtilization = csv.columnIndex("gpu_utilization_percent");

    // CodeCarbon rewrites a run's row with cumulative totals: keep each run's longest row.
    std::map<QString, Measurement> runs;
    bool failed = false;
    while (nextRecord(csv, progress, result, &failed)) {
        QDateTime end;
        if (!readTime(csv, timestamp, &end, result))
            return result;
        std::optional<double> values[3];
        const int columns[3] = {duration, emissions, energy};
        for (int i = 0; i < 3; ++i) {
            values[i] = parseNumber(csv.field(columns[i]));
            if (!values[i] || *values[i] < 0.0) {
                result.errorString =
                    csv.errorAt(columns[i],
                                MeasurementText::tr("not a number of zero or more: \"%1\"")
                                    .arg(toQString(csv.field(columns[i]))));
                return result;
            }
        }
        Measurement m;
        m.source = SourceKind::CodeCarbon;
        m.resource = toQString(csv.field(run));
        m.componentTag = toQString(csv.field(project));
        m.end = end;
        m.start = end.addMSecs(-static_cast<qint64>(*values[0] * 1000.0));
        m.hours = *values[0] / 3600.0;
        m.co2eKg = *values[1];
        m.energyKWh = *values[2];
        if (m.hours > 0.0)
            m.averagePowerW = *values[2] * 1000.0 / m.hours;
        if (cloudRegion >= 0)
            m.region = toQString(csv.field(cloudRegion));
        if (gpuUtilization >= 0) {
            if (const auto u = parseNumber(csv.field(gpuUtilization)))
                m.averageUtilization = *u / 100.0;
        }
        m.samples = 1;
        const QString key = m.resource.isEmpty() ? QString::number(csv.recordLine()) : m.resource;
        auto it = runs.find(key);
        if (it == runs.end() || it->second.hours <= m.hours)
            runs[key] = std::move(m);
    }
    if (failed)
        return result;
    ImportedData data;
    data.provenance =
        Internal::provenanceOf(SourceKind::CodeCarbon, path, QStringLiteral("CodeCarbon csv"));
    data.provenance.recordsRead = csv.recordsRead();
    for (auto &[key, m] : runs)
        data.measurements.push_back(std::move(m));
    result.data = std::move(data);
    return result;
}

ImportResult importNvidiaSmi(const QString &path, const ImportProgress &progress)
{
    ImportResult result;
    CsvStream csv;
    csv.setTrimBlanks(true);
    if (!csv.open(path)) {
        result.errorString = csv.errorString();
        return result;
    }
    // Header fields carry units: "power.draw [W]", "utilization.gpu [%]".
    const auto find = [&csv](std::string_view prefix) {
        for (size_t i = 0; i < csv.header().size(); ++i) {
            const std::string &name = csv.header()[i];
            if (name == prefix
                || (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0
                    && name[prefix.size()] == ' '))
                return static_cast<int>(i);
        }
        return -1;
    };
    const int timestamp = find("timestamp");
    const int power = find("power.draw");
    const int utilization = find("utilization.gpu");
    const int gpuIndex = find("index");
    const int busId = find("pci.bus_id");
    if (timestamp < 0 || (power < 0 && utilization < 0)) {
        result.errorString =
            MeasurementText::tr("%1:1: not an nvidia-smi CSV log: it needs \"timestamp\" and "
                                "\"power.draw\" or \"utilization.gpu\" (nvidia-smi "
                                "--query-gpu=timestamp,index,power.draw,utilization.gpu "
                                "--format=csv)")
                .arg(path);
        return result;
    }
    std::map<QString, SampleSeries> gpus;
    bool failed = false;
    while (nextRecord(csv, progress, result, &failed)) {
        QDateTime time;
        if (!readTime(csv, timestamp, &time, result))
            return result;
        const QString gpu = gpuIndex >= 0 ? QStringLiteral("gpu ") + toQString(csv.field(gpuIndex))
            : busId >= 0                  ? toQString(csv.field(busId))
                                          : QStringLiteral("gpu 0");
        SampleSeries &series = gpus[gpu];
        series.addTime(time);
        const struct
        {
            int column;
            std::string_view unit;
            double *sum;
            qint64 *count;
            double scale;
        } readings[2] = {
            {power, "W", &series.powerSumW, &series.powerSamples, 1.0},
            {utilization, "%", &series.utilizationSum, &series.utilizationSamples, 0.01}};
        for (const auto &reading : readings) {
            if (reading.column < 0 || isNotAvailable(csv.field(reading.column)))
                continue;
            const std::optional<double> value =
                numberWithUnit(csv.field(reading.column), reading.unit);
            if (!value || *value < 0.0 || (reading.unit == "%" && *value > 100.0)) {
                result.errorString = csv.errorAt(reading.column,
                                                 MeasurementText::tr("not a valid reading: \"%1\"")
                                                     .arg(toQString(csv.field(reading.column))));
                return result;
            }
            *reading.sum += *value * reading.scale;
            ++*reading.count;
        }
    }
    if (failed)
        return result;
    ImportedData data;
    data.provenance =
        Internal::provenanceOf(SourceKind::NvidiaSmi, path, QStringLiteral("nvidia-smi csv"));
    data.provenance.recordsRead = csv.recordsRead();
    for (const auto &[gpu, series] : gpus)
        data.measurements.push_back(series.toMeasurement(SourceKind::NvidiaSmi, gpu));
    result.data = std::move(data);
    return result;
}

ImportResult importCloudWatch(const QString &path, const ImportProgress &progress)
{
    ImportResult result;
    CsvStream csv;
    if (!openWithColumns(csv, path, MeasurementText::tr("a CloudWatch metric export"),
                         {"Timestamp", "MetricName", "Average"}, result))
        return result;
    const int timestamp = csv.columnIndex("Timestamp");
    const int metric = csv.columnIndex("MetricName");
    const int average = csv.columnIndex("Average");
    const int unit = csv.columnIndex("Unit");
    const int instanceType = csv.columnIndex("InstanceType");
    int resource = csv.columnIndex("InstanceId");
    if (resource < 0)
        resource = csv.columnIndex("EndpointName");
    if (resource < 0) {
        result.errorString = MeasurementText::tr("%1:1: a CloudWatch metric export needs an "
                                                 "\"InstanceId\" or \"EndpointName\" column")
                                 .arg(path);
        return result;
    }
    std::map<QString, SampleSeries> resources;
    bool failed = false;
    while (nextRecord(csv, progress, result, &failed)) {
        const std::string_view name = csv.field(metric);
        if (name != "CPUUtilization" && name != "GPUUtilization") {
            result.errorString = csv.errorAt(
                metric,
                MeasurementText::tr("metric \"%1\" is not CPUUtilization or GPUUtilization")
                    .arg(toQString(name)));
            return result;
        }
        if (unit >= 0 && !csv.field(unit).empty() && csv.field(unit) != "Percent") {
            result.errorString = csv.errorAt(
                unit,
                MeasurementText::tr("unit \"%1\" is not Percent").arg(toQString(csv.field(unit))));
            return result;
        }
        QDateTime time;
        if (!readTime(csv, timestamp, &time, result))
            return result;
        const std::optional<double> value = parseNumber(csv.field(average));
        if (!value || *value < 0.0 || *value > 100.0) {
            result.errorString = csv.errorAt(
                average,
                MeasurementText::tr("not a percentage from 0 to 100: \"%1\" (SageMaker "
                                    "endpoint metrics add up every core or GPU: divide by "
                                    "their number first)")
                    .arg(toQString(csv.field(average))));
            return result;
        }
        SampleSeries &series = resources[toQString(csv.field(resource)) + u' ' + toQString(name)];
        series.addTime(time);
        series.utilizationSum += *value / 100.0;
        ++series.utilizationSamples;
        if (instanceType >= 0)
            series.instanceType = toQString(csv.field(instanceType));
    }
    if (failed)
        return result;
    ImportedData data;
    data.provenance = Internal::provenanceOf(SourceKind::CloudWatch, path,
                                             QStringLiteral("CloudWatch metric csv"));
    data.provenance.recordsRead = csv.recordsRead();
    for (const auto &[name, series] : resources)
        data.measurements.push_back(series.toMeasurement(SourceKind::CloudWatch, name));
    result.data = std::move(data);
    return result;
}

} // namespace greenprint::actuals
