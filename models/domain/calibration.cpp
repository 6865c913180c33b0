// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include "project.h"

#include <QCoreApplication>

#include <cmath>

namespace greenprint {
namespace {

class CalibrationText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Calibration)
};

/** The same value as written to and read back from the file (17 significant digits). */
bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

bool holds(const std::optional<MeasuredValue> &measured, std::optional<double> current)
{
    return measured && current && same(measured->value, *current);
}

/** The component's current hours, utilization and power fields (nullopt: none or work-sized). */
struct CurrentFields
{
    std::optional<double> hours;
    std::optional<double> utilization;
    std::optional<double> powerW;
};

CurrentFields currentFields(const Component &component)
{
    CurrentFields f;
    if (const auto *c = std::get_if<ComputeSpec>(&component.spec)) {
        if (!c->work)
            f.hours = c->hours;
        f.utilization = c->utilization;
        f.powerW = c->measuredPowerW;
    } else if (const auto *t = std::get_if<TuningSpec>(&component.spec)) {
        if (!t->work)
            f.hours = t->hoursPerTrial;
        f.utilization = t->utilization;
    } else if (const auto *e = std::get_if<EndpointSpec>(&component.spec)) {
        f.hours = e->hoursProvisioned;
        if (!e->work)
            f.utilization = e->utilization;
    }
    return f;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

MeasuredFields measuredFields(const Component &component)
{
    MeasuredFields m;
    if (!component.calibration)
        return m;
    const CurrentFields f = currentFields(component);
    const Calibration &c = *component.calibration;
    m.hours = holds(c.hours, f.hours);
    m.utilization = holds(c.utilization, f.utilization);
    m.powerW = holds(c.powerW, f.powerW);
    return m;
}

QString measuredSource(const MeasuredValue &value)
{
    return CalibrationText::tr("%1 (%2, %3 to %4, %n record(s))", nullptr, int(value.records))
        .arg(value.files.join(QStringLiteral(", ")), value.source, value.from.toString(Qt::ISODate),
             value.to.toString(Qt::ISODate));
}

QStringList calibrationNotes(const Component &component)
{
    QStringList notes;
    if (!component.calibration)
        return notes;
    const Calibration &c = *component.calibration;
    const MeasuredFields m = measuredFields(component);
    const auto planned = [](const MeasuredValue &v, double scale, int decimals) {
        return v.planned ? number(*v.planned * scale, decimals) : CalibrationText::tr("none");
    };
    if (m.hours) {
        notes << (std::holds_alternative<TuningSpec>(component.spec)
                      ? CalibrationText::tr("\"%1\": measured %2 h per trial and instance (the "
                                            "plan assumed %3 h), from %4")
                      : CalibrationText::tr("\"%1\": measured %2 h per instance (the plan "
                                            "assumed %3 h), from %4"))
                     .arg(component.name, number(c.hours->value, 2), planned(*c.hours, 1.0, 2),
                          measuredSource(*c.hours));
    }
    if (m.utilization) {
        notes << CalibrationText::tr("\"%1\": measured utilization %2 % (the plan assumed %3 %), "
                                     "from %4")
                     .arg(component.name, number(c.utilization->value * 100.0, 1),
                          planned(*c.utilization, 100.0, 1), measuredSource(*c.utilization));
    }
    if (m.powerW) {
        notes << CalibrationText::tr("\"%1\": measured average power %2 W per instance replaces "
                                     "the power model (%3 W at the plan's load), from %4; its "
                                     "utilization no longer changes its energy")
                     .arg(component.name, number(c.powerW->value, 1), planned(*c.powerW, 1.0, 1),
                          measuredSource(*c.powerW));
    }
    const auto edited = [&](const std::optional<MeasuredValue> &v, bool measured,
                            const QString &what) {
        if (v && !measured) {
            notes << CalibrationText::tr("\"%1\": %2 was changed after calibration "
                                         "(measured %3 from %4); it is not counted as measured")
                         .arg(component.name, what, QString::number(v->value, 'g', 6),
                              measuredSource(*v));
        }
    };
    edited(c.hours, m.hours, CalibrationText::tr("hours"));
    edited(c.utilization, m.utilization, CalibrationText::tr("utilization"));
    edited(c.powerW, m.powerW, CalibrationText::tr("power"));
    return notes;
}

} // namespace greenprint
