// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceformats.h"

#include "../engine/instanceefficiency.h"
#include "csvwriter.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

namespace greenprint {
namespace {

using ordered_json = nlohmann::ordered_json;

/** One listing column: its key (JSON/CSV), its header (table) and how to read a row. */
template<typename Row>
struct Column
{
    const char *key;
    const char *header;
    std::function<QString(const Row &)> text;
    std::function<ordered_json(const Row &)> json;
    bool numeric = false;
};

QString num(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString optNum(const std::optional<double> &v, int decimals)
{
    return v ? num(*v, decimals) : QString();
}

ordered_json optJson(const std::optional<double> &v)
{
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

template<typename Row>
QString render(const std::vector<Row> &rows, const std::vector<Column<Row>> &columns,
               ListingFormat format)
{
    switch (format) {
    case ListingFormat::Json: {
        ordered_json array = ordered_json::array();
        for (const Row &r : rows) {
            ordered_json o;
            for (const Column<Row> &c : columns)
                o[c.key] = c.json(r);
            array.push_back(std::move(o));
        }
        return QString::fromStdString(array.dump(2)) + u'\n';
    }
    case ListingFormat::Csv: {
        CsvWriter csv;
        QStringList header;
        for (const Column<Row> &c : columns)
            header << QString::fromLatin1(c.key);
        csv.addRecord(header);
        for (const Row &r : rows) {
            for (const Column<Row> &c : columns)
                csv.addTextField(c.text(r));
            csv.endRecord();
        }
        return csv.text();
    }
    case ListingFormat::Table: {
        std::vector<QStringList> cells;
        QStringList header;
        std::vector<TextTable::Align> alignment;
        for (const Column<Row> &c : columns) {
            header << QCoreApplication::translate("greenprint::ReferenceFormats", c.header);
            alignment.push_back(c.numeric ? TextTable::Align::Right : TextTable::Align::Left);
        }
        cells.push_back(header);
        for (const Row &r : rows) {
            QStringList line;
            for (const Column<Row> &c : columns)
                line << c.text(r);
            cells.push_back(line);
        }
        return TextTable(std::move(alignment)).render(cells);
    }
    }
    return {};
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QString regionsListing(const ReferenceData &data, ListingFormat format)
{
    using R = RegionSpec;
    const bool table = format == ListingFormat::Table;
    std::vector<Column<R>> columns = {
        {"region", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Region"),
         [](const R &r) { return r.id; },
         [](const R &r) { return ordered_json(r.id.toStdString()); }},
        {"name", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Name"),
         [](const R &r) { return r.name; },
         [](const R &r) { return ordered_json(r.name.toStdString()); }},
        {"gridGCo2ePerKWh", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "gCO2e/kWh"),
         [](const R &r) { return num(r.gridGCo2ePerKWh, 1); },
         [](const R &r) { return ordered_json(r.gridGCo2ePerKWh); }, true},
        {"pue", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "PUE"),
         [](const R &r) { return optNum(r.pue, 2); }, [](const R &r) { return optJson(r.pue); },
         true},
        {"renewableMatched2023", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "100% RE 2023"),
         [](const R &r) { return yesNo(r.renewableMatched2023); },
         [](const R &r) { return ordered_json(r.renewableMatched2023); }},
        {"gridBasis", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Basis"),
         [](const R &r) { return r.gridBasis; },
         [](const R &r) { return ordered_json(r.gridBasis.toStdString()); }},
    };
    if (!table) {
        columns.push_back({"source", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Source"),
                           [](const R &r) { return r.source; },
                           [](const R &r) { return ordered_json(r.source.toStdString()); }});
    }
    std::vector<R> rows = data.regions;
    std::sort(rows.begin(), rows.end(), [](const R &a, const R &b) { return a.id < b.id; });
    return render(rows, columns, format);
}

QString instancesListing(const ReferenceData &data, ListingFormat format)
{
    using I = InstanceSpec;
    const bool table = format == ListingFormat::Table;
    QHash<QString, InstanceEfficiency> cache;
    const auto efficiency = [&](const I &i) -> const InstanceEfficiency & {
        auto it = cache.find(i.id);
        if (it == cache.end())
            it = cache.insert(i.id, instanceEfficiency(i, data));
        return *it;
    };
    const auto powerText = [](double w, const InstanceEfficiency &e) {
        return num(w, 0) + (e.powerIsDerivedAssumption ? QStringLiteral("*") : QString());
    };
    std::vector<Column<I>> columns = {
        {"instance", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Instance"),
         [](const I &i) { return i.id; },
         [](const I &i) { return ordered_json(i.id.toStdString()); }},
        {"category", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Category"),
         [](const I &i) { return instanceCategoryKey(i.category); },
         [](const I &i) { return ordered_json(instanceCategoryKey(i.category).toStdString()); }},
        {"vcpus", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "vCPUs"),
         [](const I &i) { return QString::number(i.vcpus); },
         [](const I &i) { return ordered_json(i.vcpus); }, true},
        {"memoryGiB", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Memory GiB"),
         [](const I &i) { return num(i.memoryGiB, 0); },
         [](const I &i) { return ordered_json(i.memoryGiB); }, true},
        {"accelerator", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Accelerator"),
         [](const I &i) { return i.accelerator; },
         [](const I &i) { return ordered_json(i.accelerator.toStdString()); }},
        {"acceleratorCount", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Accel."),
         [](const I &i) { return QString::number(i.acceleratorCount); },
         [](const I &i) { return ordered_json(i.acceleratorCount); }, true},
        {"sagemakerOrEc2Name", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Other name"),
         [](const I &i) { return i.otherName; },
         [](const I &i) { return ordered_json(i.otherName.toStdString()); }},
        // Idle and max with the same model as Typical W: accelerators, Neuron chips included.
        {"idlePowerW", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Idle W"),
         [&](const I &i) { return powerText(efficiency(i).idlePowerW, efficiency(i)); },
         [&](const I &i) { return ordered_json(efficiency(i).idlePowerW); }, true},
        {"maxPowerW", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Max W"),
         [&](const I &i) { return powerText(efficiency(i).maxPowerW, efficiency(i)); },
         [&](const I &i) { return ordered_json(efficiency(i).maxPowerW); }, true},
        {"peakTflops", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Peak TFLOPS"),
         [&](const I &i) { return optNum(efficiency(i).peakTflops, 1); },
         [&](const I &i) { return optJson(efficiency(i).peakTflops); }, true},
        {"typicalPowerW", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Typical W"),
         [&](const I &i) { return powerText(efficiency(i).typicalPowerW, efficiency(i)); },
         [&](const I &i) { return ordered_json(efficiency(i).typicalPowerW); }, true},
        {"tflopsPerKW", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "TFLOPS/kW"),
         [&](const I &i) { return optNum(efficiency(i).tflopsPerKW, 1); },
         [&](const I &i) { return optJson(efficiency(i).tflopsPerKW); }, true},
        {"tflopsPerUsdHour", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "TFLOPS per USD/h"),
         [&](const I &i) { return optNum(efficiency(i).tflopsPerUsdHour, 1); },
         [&](const I &i) { return optJson(efficiency(i).tflopsPerUsdHour); }, true},
        {"cpuIndex", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "CPU index"),
         [&](const I &i) { return optNum(efficiency(i).cpuIndex, 1); },
         [&](const I &i) { return optJson(efficiency(i).cpuIndex); }, true},
        {"priceUsdPerHour", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "USD/h"),
         [](const I &i) { return optNum(i.priceUsdPerHour, 4); },
         [](const I &i) { return optJson(i.priceUsdPerHour); }, true},
        {"powerMethod", QT_TRANSLATE_NOOP("greenprint::ReferenceFormats", "Power method"),
         [](const I &i) { return i.powerMethod; },
         [](const I &i) { return ordered_json(i.powerMethod.toStdString()); }},
    };
    if (!table) {
        columns.push_back({"catalogIdlePowerW", "", [](const I &i) { return num(i.idlePowerW, 1); },
                           [](const I &i) { return ordered_json(i.idlePowerW); }, true});
        columns.push_back({"catalogMaxPowerW", "", [](const I &i) { return num(i.maxPowerW, 1); },
                           [](const I &i) { return ordered_json(i.maxPowerW); }, true});
        columns.push_back({"derivedFrom", "", [](const I &i) { return i.derivedFrom; },
                           [](const I &i) { return ordered_json(i.derivedFrom.toStdString()); }});
        columns.push_back({"embodiedCo2eKg", "",
                           [](const I &i) { return optNum(i.embodiedCo2eKg, 2); },
                           [](const I &i) { return optJson(i.embodiedCo2eKg); }, true});
        columns.push_back({"networkGbps", "", [](const I &i) { return optNum(i.networkGbps, 1); },
                           [](const I &i) { return optJson(i.networkGbps); }, true});
        columns.push_back({"source", "", [](const I &i) { return i.source; },
                           [](const I &i) { return ordered_json(i.source.toStdString()); }});
    }
    std::vector<I> rows = data.instances;
    std::sort(rows.begin(), rows.end(), [](const I &a, const I &b) { return a.id < b.id; });
    QString text = render(rows, columns, format);
    if (table) {
        text += QCoreApplication::translate(
            "greenprint::ReferenceFormats",
            "\nPeak TFLOPS: dense bf16 (fp16 where bf16 is unpublished) of all accelerators. "
            "Idle, Max and Typical W: Greenprint power model at 0 %, 100 % and the default "
            "utilization, accelerators included, before PUE; * marks AWS Neuron chips, whose "
            "power is a derived assumption. Other name: the SageMaker ml. name of an EC2 type, "
            "or the EC2 type of an ml. name. CPU index: vCPUs x throughput per vCPU relative to "
            "Skylake.\n");
    }
    return text;
}

} // namespace greenprint
