// SPDX-License-Identifier: GPL-3.0-or-later
// neuron-monitor output: one JSON report per line (Trainium and Inferentia instances).
#include "bytesource.h"
#include "fieldparsing.h"
#include "importer.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace greenprint::actuals {

namespace {

class NeuronText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::NeuronText)
};

using nlohmann::json;

const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString stringMember(const json &object, const char *key)
{
    const json *value = member(object, key);
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>())
                                       : QString();
}

struct InstanceSeries
{
    QString instanceType;
    QString region;
    double seconds = 0.0;
    double busyCoreSeconds = 0.0; ///< sum over reports of period x utilized cores (0..1 each)
    double coreSeconds = 0.0; ///< sum over reports of period x cores of the instance
    qint64 samples = 0;
};

} // namespace

ImportResult importNeuronMonitor(const QString &path, const ImportProgress &progress)
{
    ImportResult result;
    ByteSource source;
    if (!source.open(path)) {
        result.errorString = source.errorString();
        return result;
    }
    std::map<QString, InstanceSeries> instances;
    std::vector<char> chunk(256 * 1024);
    std::string line;
    qint64 lineNumber = 0;
    qint64 reports = 0;
    double lastPeriod = 0.0;
    const auto fail = [&](qint64 column, const QString &problem) {
        result.errorString =
            QStringLiteral("%1:%2:%3: %4").arg(path).arg(lineNumber).arg(column).arg(problem);
    };
    const auto handleLine = [&]() -> bool {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            return true;
        json report;
        try {
            report = json::parse(line);
        } catch (const json::parse_error &e) {
            fail(static_cast<qint64>(e.byte),
                 NeuronText::tr("not JSON: %1").arg(QString::fromUtf8(e.what())));
            return false;
        }
        if (!report.is_object()) {
            fail(1, NeuronText::tr("a neuron-monitor report is a JSON object"));
            return false;
        }
        ++reports;
        QString instanceId = QStringLiteral("instance");
        InstanceSeries *series = nullptr;
        const json *info = member(report, "instance_info");
        if (info)
            if (const QString id = stringMember(*info, "instance_id"); !id.isEmpty())
                instanceId = id;
        series = &instances[instanceId];
        if (info) {
            series->instanceType = stringMember(*info, "instance_type");
            series->region = stringMember(*info, "instance_region");
        }
        double cores = 0.0;
        if (const json *hw = member(report, "neuron_hardware_info")) {
            const json *devices = member(*hw, "neuron_device_count");
            const json *perDevice = member(*hw, "neuroncore_per_device_count");
            if (devices && perDevice && devices->is_number() && perDevice->is_number())
                cores = devices->get<double>() * perDevice->get<double>();
        }
        double period = 0.0;
        double busyCores = 0.0;
        double coresInUse = 0.0;
        if (const json *runtimes = member(report, "neuron_runtime_data");
            runtimes && runtimes->is_array()) {
            for (const json &runtime : *runtimes) {
                const json *rep = member(runtime, "report");
                const json *counters = rep ? member(*rep, "neuroncore_counters") : nullptr;
                if (!counters)
                    continue;
                if (const json *p = member(*counters, "period"); p && p->is_number())
                    period = std::max(period, p->get<double>());
                const json *inUse = member(*counters, "neuroncores_in_use");
                if (!inUse || !inUse->is_object())
                    continue;
                for (const auto &[core, values] : inUse->items()) {
                    const json *u = member(values, "neuroncore_utilization");
                    if (!u || !u->is_number() || u->get<double>() < 0.0
                        || u->get<double>() > 100.0) {
                        fail(1,
                             NeuronText::tr("neuron_runtime_data: core %1: neuroncore_utilization "
                                            "must be a percentage from 0 to 100")
                                 .arg(QString::fromStdString(core)));
                        return false;
                    }
                    busyCores += u->get<double>() / 100.0;
                    coresInUse += 1.0;
                }
            }
        }
        if (period <= 0.0)
            period = lastPeriod; // an idle report: the instance ran one more period
        lastPeriod = period;
        series->seconds += period;
        series->busyCoreSeconds += period * busyCores;
        series->coreSeconds += period * std::max(cores, coresInUse);
        ++series->samples;
        return true;
    };
    for (;;) {
        const qint64 got = source.read(chunk.data(), static_cast<qint64>(chunk.size()));
        if (got < 0) {
            result.errorString = source.errorString();
            return result;
        }
        if (got == 0)
            break;
        const char *begin = chunk.data();
        const char *end = begin + got;
        while (begin < end) {
            const char *newline =
                static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
            if (!newline) {
                line.append(begin, end);
                break;
            }
            line.append(begin, newline);
            if (!handleLine())
                return result;
            line.clear();
            begin = newline + 1;
        }
        if (progress && !progress(source.progressBytes(), source.fileBytes())) {
            result.cancelled = true;
            return result;
        }
    }
    if (!line.empty() && !handleLine())
        return result;
    if (reports == 0) {
        result.errorString = NeuronText::tr("%1: no neuron-monitor report in the file").arg(path);
        return result;
    }
    ImportedData data;
    data.provenance = Internal::provenanceOf(SourceKind::NeuronMonitor, path,
                                             QStringLiteral("neuron-monitor json lines"));
    data.provenance.recordsRead = reports;
    for (const auto &[id, series] : instances) {
        Measurement m;
        m.source = SourceKind::NeuronMonitor;
        m.resource = id;
        m.instanceType = series.instanceType;
        m.region = series.region;
        m.hours = series.seconds / 3600.0;
        if (series.coreSeconds > 0.0)
            m.averageUtilization = series.busyCoreSeconds / series.coreSeconds;
        m.samples = series.samples;
        data.measurements.push_back(std::move(m));
    }
    result.data = std::move(data);
    return result;
}

} // namespace greenprint::actuals
