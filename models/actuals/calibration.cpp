// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include "actualcomparison.h"
#include "curusage.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>

namespace greenprint::actuals {

namespace {

class CalibrateText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::Calibration)
};

/** A measured quantity gathered over imports: weighted sum, period and files. */
struct Gathered
{
    double sum = 0.0;
    double weight = 0.0;
    QDate from;
    QDate to;
    QStringList files;
    QStringList sources;
    qint64 records = 0;

    void add(double value, double w, const QDate &first, const QDate &last,
             const ImportProvenance &import)
    {
        sum += value * w;
        weight += w;
        if (first.isValid() && (!from.isValid() || first < from))
            from = first;
        if (last.isValid() && (!to.isValid() || last > to))
            to = last;
        const QString file = QFileInfo(import.file).fileName();
        if (!files.contains(file))
            files << file;
        const QString source = sourceKindKey(import.kind);
        if (!sources.contains(source))
            sources << source;
        ++records;
    }
    bool measured() const { return weight > 0.0; }
    double mean() const { return sum / weight; }
    MeasuredValue value(double v, std::optional<double> planned) const
    {
        return {v, planned, sources.join(QStringLiteral(", ")), files, from, to, records, {}};
    }
};

/** Everything measured for one component. */
struct ComponentActuals
{
    std::map<QString, double> hoursByInstance; ///< billed instance-hours per catalog name
    Gathered hours; ///< instance-hours of the planned instance type (sum, weight 1 per row)
    Gathered utilization;
    Gathered power; ///< CodeCarbon only
    bool acceleratorPowerOnly = false; ///< nvidia-smi or neuron-monitor power, no CodeCarbon
    QString implausible;
};

double weightOf(const Measurement &m)
{
    return m.hours > 0.0 ? m.hours : 1.0;
}

std::optional<double> peakPowerW(const Project &project, const ReferenceData &reference,
                                 const QString &instance)
{
    for (const CatalogInstance &c : project.catalogInstances) {
        if (c.id == instance)
            return c.maxPowerW > 0.0 ? std::optional<double>(c.maxPowerW) : std::nullopt;
    }
    const InstanceSpec *spec = reference.instance(instance);
    return spec && spec->maxPowerW > 0.0 ? std::optional<double>(spec->maxPowerW) : std::nullopt;
}

QString hoursText(double h)
{
    return QString::number(h, 'f', 2);
}

QString percentText(double u)
{
    return QString::number(u * 100.0, 'f', 1);
}

const ComponentEstimate *plannedEstimate(const Estimate &plan, StageKind kind, int index)
{
    for (const StageEstimate &s : plan.stages) {
        if (s.kind == kind && index < int(s.components.size()))
            return &s.components[size_t(index)];
    }
    return nullptr;
}

class Calibrator
{
public:
    Calibrator(const Project &project, const Estimate &plan, const ReferenceData &reference)
        : m_project(project)
        , m_plan(plan)
        , m_reference(reference)
    { }

    void gather(const ImportedData &import, const MatchOptions &options)
    {
        const Matching matching =
            matchActuals(m_project, import.usage, import.measurements, options);
        for (const auto &[ref, rows] : matching.usage) {
            const QString planned = catalogInstanceName(component(ref).instance());
            ComponentActuals &a = m_actuals[ref];
            for (const MatchedUsage &m : rows) {
                if (m.row.category != UsageCategory::Compute || m.row.usageAmount <= 0.0)
                    continue;
                const QString billed = catalogInstanceName(m.row.instanceType);
                a.hoursByInstance[billed] += m.row.usageAmount;
                if (billed == planned)
                    a.hours.add(m.row.usageAmount, 1.0, m.row.day, m.row.day, import.provenance);
            }
        }
        for (const auto &[ref, measurements] : matching.measurements) {
            ComponentActuals &a = m_actuals[ref];
            const QString instance = catalogInstanceName(component(ref).instance());
            for (const MatchedMeasurement &mm : measurements) {
                const Measurement &m = mm.measurement;
                const QDate first = m.start.date();
                const QDate last = m.end.date();
                if (m.averageUtilization)
                    a.utilization.add(*m.averageUtilization, weightOf(m), first, last,
                                      import.provenance);
                if (!m.averagePowerW)
                    continue;
                if (m.source != SourceKind::CodeCarbon) {
                    a.acceleratorPowerOnly = true;
                    continue;
                }
                const std::optional<double> peak = peakPowerW(m_project, m_reference, instance);
                if (peak && *m.averagePowerW > *peak && a.implausible.isEmpty()) {
                    a.implausible =
                        CalibrateText::tr("%1: run \"%2\" (row ending %3) averages %4 W, above "
                                          "the %5 W peak of one %6: the log measured something "
                                          "else or is wrong; nothing of it was calibrated")
                            .arg(import.provenance.file, m.resource, m.end.toString(Qt::ISODate),
                                 QString::number(*m.averagePowerW, 'f', 1),
                                 QString::number(*peak, 'f', 0), instance);
                }
                a.power.add(*m.averagePowerW, weightOf(m), first, last, import.provenance);
            }
        }
    }

    CalibrationResult result(std::optional<ComponentRef> only) const
    {
        CalibrationResult result;
        for (const auto &[ref, actuals] : m_actuals) {
            if (only && ref != *only)
                continue;
            const Component &c = component(ref);
            if (c.instance().isEmpty())
                continue; // storage, transfer and logs: nothing of theirs is measured
            ComponentCalibration cc = calibrate(ref, c, actuals);
            result.components.push_back(std::move(cc));
        }
        return result;
    }

private:
    const Component &component(ComponentRef ref) const
    {
        return m_project.stages[size_t(ref.stage)].components[size_t(ref.component)];
    }

    ComponentCalibration calibrate(ComponentRef ref, const Component &c,
                                   const ComponentActuals &a) const
    {
        ComponentCalibration cc;
        cc.ref = ref;
        cc.name = c.name;
        const QString planned = catalogInstanceName(c.instance());
        if (!a.implausible.isEmpty()) {
            cc.refusal = a.implausible;
            return cc;
        }
        QStringList others;
        for (const auto &[instance, hours] : a.hoursByInstance) {
            if (instance != planned)
                others << instance;
        }
        if (!others.isEmpty()) {
            cc.refusal = CalibrateText::tr("the bill shows %1 where the plan has %2: change the "
                                           "instance type first, then calibrate")
                             .arg(others.join(QStringLiteral(", ")), planned);
            return cc;
        }
        if (std::holds_alternative<NotebookSpec>(c.spec)) {
            cc.refusal = CalibrateText::tr("a notebook: a bill does not tell its active hours "
                                           "from its idle ones, so its plan is kept");
            return cc;
        }
        if (const auto *e = std::get_if<EndpointSpec>(&c.spec);
            e && e->mode == EndpointMode::Serverless) {
            cc.refusal = CalibrateText::tr("a serverless endpoint is billed by inference time, "
                                           "not by instance-hours: its plan is kept");
            return cc;
        }
        const ComponentEstimate *estimate =
            plannedEstimate(m_plan, m_project.stages[size_t(ref.stage)].kind, ref.component);
        Component out = c;
        Calibration calibration = c.calibration.value_or(Calibration{});
        const bool hoursBilled = a.hours.measured() && a.hours.sum > 0.0;
        std::optional<double> plannedPowerW;
        if (estimate && estimate->averagePower.w > 0.0)
            plannedPowerW = estimate->averagePower.w;

        // Per-type targets: the hours field and its divisor, the utilization field, the work.
        double *hoursField = nullptr;
        double divisor = 1.0;
        double *utilizationField = nullptr;
        std::optional<double> *powerField = nullptr;
        BoxedOptional<WorkSpec> *work = nullptr;
        bool endpoint = false;
        if (auto *s = std::get_if<ComputeSpec>(&out.spec)) {
            hoursField = &s->hours;
            divisor = s->count * s->runs(); // the bill covers every run of a recurring job
            utilizationField = &s->utilization;
            powerField = &s->measuredPowerW;
            work = &s->work;
        } else if (auto *t = std::get_if<TuningSpec>(&out.spec)) {
            hoursField = &t->hoursPerTrial;
            divisor = double(t->count) * t->trials;
            utilizationField = &t->utilization;
            work = &t->work;
        } else if (auto *e = std::get_if<EndpointSpec>(&out.spec)) {
            utilizationField = &e->utilization;
            work = &e->work;
            endpoint = true;
        } else {
            return cc;
        }
        const bool workSized = work && work->has_value();
        const double plannedHours = workSized && estimate && divisor > 0.0
            ? estimate->hours.h * (estimate->count > 0 ? estimate->count : 1) / divisor
            : hoursField ? *hoursField
                         : 0.0;
        const double plannedUtilization =
            actuals::plannedUtilization(c, estimate).value_or(*utilizationField);

        if (workSized && !endpoint && !hoursBilled) {
            cc.refusal = CalibrateText::tr("sized from its work and no billed hours of %1 match "
                                           "it: import its bill (CUR) to calibrate it")
                             .arg(planned);
            return cc;
        }
        bool changed = false;
        if (hoursField && hoursBilled && divisor > 0.0) {
            const double measured = a.hours.sum / divisor;
            *hoursField = measured;
            calibration.hours = a.hours.value(measured, plannedHours);
            cc.changes << CalibrateText::tr("hours: %1 h instead of %2 h (%3)")
                              .arg(hoursText(measured), hoursText(plannedHours),
                                   measuredSource(*calibration.hours));
            changed = true;
        } else if (endpoint && hoursBilled) {
            cc.notes << CalibrateText::tr("hours kept: an endpoint's provisioned hours are the "
                                          "plan's horizon, and the bill's %1 instance-hours are a "
                                          "sample of it")
                            .arg(hoursText(a.hours.sum));
        } else if (hoursField) {
            cc.notes << CalibrateText::tr("hours not billed for %1: the plan's %2 h kept")
                            .arg(planned, hoursText(plannedHours));
        }
        if (a.utilization.measured()) {
            const double measured = a.utilization.mean();
            *utilizationField = measured;
            calibration.utilization = a.utilization.value(measured, plannedUtilization);
            cc.changes << CalibrateText::tr("utilization: %1 % instead of %2 % (%3)")
                              .arg(percentText(measured), percentText(plannedUtilization),
                                   measuredSource(*calibration.utilization));
            changed = true;
        } else {
            cc.notes << CalibrateText::tr("utilization not measured: the plan's %1 % kept")
                            .arg(percentText(plannedUtilization));
        }
        if (a.power.measured() && powerField) {
            const double measured = a.power.mean();
            *powerField = measured;
            calibration.powerW = a.power.value(measured, plannedPowerW);
            cc.changes << CalibrateText::tr("power: %1 W per instance instead of the power "
                                            "model's %2 W (%3); utilization no longer changes "
                                            "its energy")
                              .arg(QString::number(measured, 'f', 1),
                                   plannedPowerW ? QString::number(*plannedPowerW, 'f', 1)
                                                 : CalibrateText::tr("unknown"),
                                   measuredSource(*calibration.powerW));
            changed = true;
        } else if (a.power.measured()) {
            cc.notes << CalibrateText::tr("measured power not applied: only compute jobs carry a "
                                          "measured power; this one keeps the power model");
        } else if (a.acceleratorPowerOnly) {
            cc.notes << CalibrateText::tr("the power logs measure the accelerators only, not the "
                                          "instance: the power model is kept");
        }
        if (!changed) {
            cc.refusal = CalibrateText::tr("nothing the plan uses was measured");
            return cc;
        }
        if (workSized) {
            // The measured hours (or load) replace what the work predicted; the work goes.
            if (!calibration.utilization)
                *utilizationField = plannedUtilization;
            work->reset();
            cc.notes << CalibrateText::tr("its work no longer sizes it: measured values replace "
                                          "the work model's prediction");
        }
        out.calibration = calibration;
        cc.calibrated = std::move(out);
        return cc;
    }

    const Project &m_project;
    const Estimate &m_plan;
    const ReferenceData &m_reference;
    std::map<ComponentRef, ComponentActuals> m_actuals;
};

} // namespace

int CalibrationResult::calibratedCount() const
{
    return int(
        std::count_if(components.begin(), components.end(),
                      [](const ComponentCalibration &c) { return c.calibrated.has_value(); }));
}

CalibrationResult calibrateFromActuals(const Project &project, const Estimate &plan,
                                       const ReferenceData &reference,
                                       const std::vector<ImportedData> &imports,
                                       const MatchOptions &options,
                                       std::optional<ComponentRef> only)
{
    Calibrator calibrator(project, plan, reference);
    for (const ImportedData &import : imports)
        calibrator.gather(import, options);
    return calibrator.result(only);
}

Project applyCalibration(Project project, const CalibrationResult &result)
{
    for (const ComponentCalibration &c : result.components) {
        if (c.calibrated)
            project.stages[size_t(c.ref.stage)].components[size_t(c.ref.component)] = *c.calibrated;
    }
    return project;
}

} // namespace greenprint::actuals
