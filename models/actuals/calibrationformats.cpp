// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationformats.h"

#include "../domain/names.h"
#include "../io/csvwriter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <tuple>

#include <nlohmann/json.hpp>

namespace greenprint::actuals {

namespace {

using ordered_json = nlohmann::ordered_json;

class CalibrationFormatText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::CalibrationFormats)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

ordered_json strings(const QStringList &list)
{
    ordered_json array = ordered_json::array();
    for (const QString &s : list)
        array.push_back(utf8(s));
    return array;
}

ordered_json measured(const MeasuredValue &v)
{
    return {{"value", v.value},
            {"planned", v.planned ? ordered_json(*v.planned) : ordered_json(nullptr)},
            {"source", utf8(v.source)},
            {"files", strings(v.files)},
            {"from", utf8(v.from.toString(Qt::ISODate))},
            {"to", utf8(v.to.toString(Qt::ISODate))},
            {"records", v.records}};
}

} // namespace

QByteArray calibrationToJson(const Project &project, const CalibrationResult &result)
{
    ordered_json components = ordered_json::array();
    for (const ComponentCalibration &c : result.components) {
        ordered_json values = ordered_json::object();
        if (c.calibrated && c.calibrated->calibration) {
            const Calibration &cal = *c.calibrated->calibration;
            for (const auto &[key, value] :
                 {std::pair{"hours", &cal.hours}, std::pair{"utilization", &cal.utilization},
                  std::pair{"powerW", &cal.powerW}}) {
                if (*value)
                    values[key] = measured(**value);
            }
        }
        components.push_back(
            {{"stage", utf8(stageKey(project.stages[size_t(c.ref.stage)].kind))},
             {"component", utf8(c.name)},
             {"calibrated", c.calibrated.has_value()},
             {"measured", std::move(values)},
             {"changes", strings(c.changes)},
             {"notes", strings(c.notes)},
             {"refusal",
              c.refusal.isEmpty() ? ordered_json(nullptr) : ordered_json(utf8(c.refusal))}});
    }
    const ordered_json root{{"calibrated", result.calibratedCount()},
                            {"components", std::move(components)}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString appendMeasuredCsv(const QString &planCsv, const Project &project)
{
    CsvWriter csv;
    bool any = false;
    for (const Stage &stage : project.stages) {
        for (const Component &c : stage.components) {
            if (!c.calibration || c.calibration->empty())
                continue;
            if (!any) {
                csv.addComment(QStringLiteral("Greenprint %1 measured values; project %2")
                                   .arg(QStringLiteral(GREENPRINT_VERSION), project.name));
                csv.addRecord({QStringLiteral("section"), QStringLiteral("stage"),
                               QStringLiteral("component"), QStringLiteral("field"),
                               QStringLiteral("value"), QStringLiteral("planned"),
                               QStringLiteral("source"), QStringLiteral("files"),
                               QStringLiteral("from"), QStringLiteral("to"),
                               QStringLiteral("records"), QStringLiteral("in_use")});
                any = true;
            }
            const MeasuredFields inUse = measuredFields(c);
            const Calibration &cal = *c.calibration;
            for (const auto &[field, value, used] :
                 {std::tuple{"hours_h", &cal.hours, inUse.hours},
                  std::tuple{"utilization_fraction", &cal.utilization, inUse.utilization},
                  std::tuple{"power_w", &cal.powerW, inUse.powerW}}) {
                if (!*value)
                    continue;
                const MeasuredValue &v = **value;
                csv.addTextField(QStringLiteral("measured"));
                csv.addTextField(stageKey(stage.kind));
                csv.addTextField(c.name);
                csv.addTextField(QString::fromLatin1(field));
                csv.addNumber(v.value, 6);
                if (v.planned)
                    csv.addNumber(*v.planned, 6);
                else
                    csv.addTextField(QString());
                csv.addTextField(v.source);
                csv.addTextField(v.files.join(QStringLiteral("; ")));
                csv.addTextField(v.from.toString(Qt::ISODate));
                csv.addTextField(v.to.toString(Qt::ISODate));
                csv.addInteger(v.records);
                csv.addTextField(used ? QStringLiteral("yes") : QStringLiteral("no"));
                csv.endRecord();
            }
        }
    }
    return any ? planCsv + QStringLiteral("\r\n") + csv.text() : planCsv;
}

QString calibrationToTable(const Project &project, const CalibrationResult &result)
{
    QString text;
    QTextStream stream(&text);
    stream << CalibrationFormatText::tr("Calibration from actuals: %1 of %n component(s) "
                                        "calibrated",
                                        nullptr, int(result.components.size()))
                  .arg(result.calibratedCount())
           << '\n';
    for (const ComponentCalibration &c : result.components) {
        const QString stage = project.stages[size_t(c.ref.stage)].name;
        stream << '\n'
               << (c.calibrated ? CalibrationFormatText::tr("calibrated: %1 / %2")
                                : CalibrationFormatText::tr("not calibrated: %1 / %2"))
                      .arg(stage, c.name)
               << '\n';
        if (!c.refusal.isEmpty())
            stream << "  " << c.refusal << '\n';
        for (const QString &line : c.changes)
            stream << "  " << CalibrationFormatText::tr("measured") << ' ' << line << '\n';
        for (const QString &line : c.notes)
            stream << "  " << line << '\n';
    }
    stream.flush();
    return text;
}

} // namespace greenprint::actuals
