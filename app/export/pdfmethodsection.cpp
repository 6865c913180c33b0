// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmethodsection.h"

#include "pdfreportwriter.h"
#include "pdfstyle.h"

#include "domain/cataloglookup.h"
#include "domain/names.h"
#include "engine/greenprintprofile.h"
#include "engine/marketbased.h"

#include <QSet>

#include <map>

namespace greenprint {
namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

PdfMethodSection::PdfMethodSection(PdfReportWriter &writer, const PdfReportInput &input)
    : m_writer(writer)
    , m_input(input)
    , m_numbers(input.locale)
{
    for (const CatalogInstance &c : input.project.catalogInstances)
        m_catalogInstances.push_back(toInstanceSpec(c));
}

const InstanceSpec *PdfMethodSection::instance(const QString &id) const
{
    for (const InstanceSpec &spec : m_catalogInstances) {
        if (spec.id == id)
            return &spec;
    }
    return m_input.reference ? m_input.reference->instance(id) : nullptr;
}

void PdfMethodSection::write()
{
    m_writer.newPage();
    m_writer.addHeading(tr("Assumptions and method"), 1);
    writeMethod();
    writeLoads();
    writeDerivedPower();
    writeRegions();
    writeInstances();
    writeStorage();
    writeCoefficients();
    writeDatasets();
    writeSources();
}

QString PdfMethodSection::cite(const QString &sources)
{
    QStringList numbers;
    const QStringList parts = sources.split(u'|', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString source = part.trimmed();
        if (source.isEmpty())
            continue;
        qsizetype at = m_sources.indexOf(source);
        if (at < 0) {
            m_sources << source;
            at = m_sources.size() - 1;
        }
        numbers << QString::number(at + 1);
    }
    return numbers.isEmpty() ? QStringLiteral("–") : numbers.join(QStringLiteral(", "));
}

void PdfMethodSection::writeSources()
{
    if (m_sources.isEmpty())
        return;
    m_writer.addHeading(tr("Sources"), 2);
    QStringList markers;
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        markers << QStringLiteral("[%1]").arg(i + 1);
    m_writer.addList(m_sources, markers, TextStyle::Small);
}

void PdfMethodSection::writeMethod()
{
    const Estimate &e = m_input.estimate;
    m_writer.addParagraph(e.methodSummary); // the engine's own account of the method
    m_writer.addParagraph(tr("Cost uses AWS list prices (On-Demand, Linux, us-east-1) unless "
                             "the component sets Spot pricing; storage, transfer and logs use "
                             "the prices listed below."));
    m_writer.addHeading(tr("Assumptions this estimate relied on"), 2);
    if (e.assumptions.isEmpty())
        m_writer.addParagraph(tr("None beyond the constants below."));
    else
        m_writer.addBullets(e.assumptions, TextStyle::Small);
}

QString PdfMethodSection::load(double fraction) const
{
    return tr("%1 %").arg(m_numbers.plain(fraction * 100.0, 3));
}

void PdfMethodSection::writeLoads()
{
    const Estimate &e = m_input.estimate;
    PdfTable table;
    table.columns = {{tr("Component"), 2.2, false}, {tr("Instance"), 1.5, false},
                     {tr("Hours (h)"), 1, true},    {tr("Load applied"), 0.9, true},
                     {tr("Idle load"), 0.8, true},  {tr("Average power (W)"), 1, true},
                     {tr("Basis"), 3.0, false}};
    for (const StageEstimate &s : e.stages) {
        for (const ComponentEstimate &c : s.components) {
            if (!c.appliedLoadFraction)
                continue; // no modelled power: storage, transfer, logs, measured or unknown
            QString basis = c.hoursDerived ? tr("hours from work") : tr("hours as stated");
            if (c.hoursDerived && c.throughputAchieved)
                basis = tr("hours from work at a published achieved rate");
            else if (c.hoursDerived && c.achievedUtilization)
                basis = tr("hours from work at %1 of peak").arg(load(*c.achievedUtilization));
            // A method with its own fixed load (CCF) overrides the one the work implies.
            if (c.acceleratorLoad && *c.acceleratorLoad != *c.appliedLoadFraction)
                basis += u'\n'
                    + tr("the method's own load; the work implies %1")
                          .arg(load(*c.acceleratorLoad));
            table.rows.push_back(
                {{c.name, c.count > 1 ? tr("%1 × %2").arg(c.count).arg(c.instance) : c.instance,
                  m_numbers.hours(c.hours.h), load(*c.appliedLoadFraction),
                  c.idleLoadFraction ? load(*c.idleLoadFraction) : QStringLiteral("–"),
                  m_numbers.plain(c.averagePower.w, 4), basis},
                 PdfTable::RowKind::Normal});
        }
    }
    if (table.rows.empty())
        return;
    m_writer.addHeading(tr("Hours and load on the power curve"), 2);
    m_writer.addParagraph(tr("As the estimate applied them, per instance: the load sets each "
                             "instance's power while it works; idle hours of notebooks and "
                             "provisioned endpoints run at the idle load. Average power is over "
                             "all hours, before PUE."),
                          TextStyle::Small);
    m_writer.addTable(table);
}

void PdfMethodSection::writeDerivedPower()
{
    if (!m_input.reference || m_input.estimate.methodology != Methodology::Greenprint)
        return;
    std::map<QString, DerivedAcceleratorPower> derived;
    const GreenprintProfile profile(*m_input.reference, ProjectSettings{});
    for (const StageEstimate &s : m_input.estimate.stages) {
        for (const ComponentEstimate &c : s.components) {
            const InstanceSpec *spec = c.instance.isEmpty() ? nullptr : instance(c.instance);
            if (!spec || !isNeuronAccelerator(spec->accelerator))
                continue;
            if (const auto power = profile.neuronPower(spec->accelerator))
                derived.emplace(spec->accelerator, *power);
        }
    }
    if (derived.empty())
        return;
    m_writer.addHeading(tr("Derived assumption: AWS Neuron accelerator power"), 2);
    m_writer.addParagraph(tr("AWS publishes no power figure for its Neuron chips, only claims "
                             "about instances. Greenprint derives each chip's power so that the "
                             "same work on a whole Neuron instance and on the claim's baseline "
                             "instance (host and memory included, each at its own achieved "
                             "fraction of peak) uses the energy ratio AWS claims. These values "
                             "are a derived assumption, not a published figure; the band runs "
                             "up to energy parity with the baseline instance."),
                          TextStyle::Small);
    PdfTable table;
    table.columns = {{tr("Accelerator"), 1.4, false},
                     {tr("Power per chip (W)"), 1, true},
                     {tr("Band (W)"), 1, true},
                     {tr("Derivation (derived assumption)"), 3.0, false},
                     {tr("Claims"), 0.6, false}};
    for (const auto &[name, power] : derived) {
        table.rows.push_back(
            {{name, m_numbers.plain(power.centralW, 4),
              tr("%1–%2").arg(m_numbers.plain(power.lowW, 4), m_numbers.plain(power.highW, 4)),
              power.formula, power.claimIds.join(QStringLiteral(", "))},
             PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
}

void PdfMethodSection::writeRegions()
{
    struct Used
    {
        double intensity = 0.0;
        double pue = 1.0;
        bool inPlan = false;
    };
    std::map<QString, Used> used;
    for (const Estimate *estimate : describedEstimates()) {
        const bool plan = estimate == &m_input.estimate;
        for (const StageEstimate &s : estimate->stages) {
            for (const ComponentEstimate &c : s.components) {
                if (!c.region.isEmpty() && !used.count(c.region))
                    used[c.region] = {c.gridGCo2ePerKWh, c.pue.ratio, plan};
            }
        }
    }
    if (used.empty())
        return;
    const Estimate &e = m_input.estimate;
    const ProjectSettings &settings = m_input.project.settings;
    m_writer.addHeading(tr("Grid intensity and PUE per region"), 2);
    PdfTable table;
    table.columns = {{tr("Region"), 1.1, false},
                     {tr("Intensity (gCO2e/kWh)"), 1, true},
                     {tr("Intensity basis"), 3.0, false},
                     {tr("PUE"), 1, true},
                     {tr("PUE basis"), 1.6, false},
                     {tr("Market-based %1 (gCO2e/kWh)").arg(e.marketBasedYear), 1.3, false},
                     {tr("Sources"), 0.8, false}};
    for (const auto &[id, u] : used) {
        RegionSpec spec;
        const RegionSpec *region = nullptr;
        for (const CatalogRegion &c : m_input.project.catalogRegions) {
            if (c.id == id) {
                spec = toRegionSpec(c);
                region = &spec;
            }
        }
        if (!region && m_input.reference)
            region = m_input.reference->region(id);
        QString basis = tr("unknown region");
        QString pueBasis;
        QString matched = m_numbers.plain(u.intensity, 4) + u'\n' + tr("location-based");
        QString label = usedLabel(id, u.inPlan);
        QString sources = QStringLiteral("–");
        if (region) {
            if (!region->name.isEmpty())
                label = usedLabel(id + u'\n' + region->name, u.inPlan);
            basis = region->origin == DataOrigin::Reference
                ? region->gridBasis
                : tr("the project's or user's own value");
            if (e.methodology == Methodology::Greenprint
                && e.gridDataset != GridDatasetChoice::Recommended)
                basis = tr("%1 dataset").arg(gridDatasetKey(e.gridDataset));
            matched = marketBasis(*region, u.intensity);
            QString cited = region->origin == DataOrigin::Reference ? region->source : QString();
            const bool matchedThatYear = e.marketBasedYear == 2022 ? region->renewableMatched2022
                                                                   : region->renewableMatched2023;
            const ResidualMixFactor *mix = m_input.reference && !matchedThatYear
                ? m_input.reference->residualMix(region->countryIso3, e.marketBasedYear)
                : nullptr;
            if (mix)
                cited += (cited.isEmpty() ? QString() : QStringLiteral(" | ")) + mix->source;
            if (!cited.isEmpty())
                sources = cite(cited);
        }
        if (e.methodology == Methodology::CloudCarbonFootprint)
            basis = tr("CCF emission factor");
        else if (e.methodology == Methodology::GreenAlgorithms)
            basis = tr("Green Algorithms location intensity");
        if (settings.pue)
            pueBasis = tr("project setting");
        else if (e.methodology == Methodology::CloudCarbonFootprint)
            pueBasis = tr("CCF constant");
        else if (e.methodology == Methodology::GreenAlgorithms)
            pueBasis = tr("Green Algorithms constant");
        else if (region && region->pue)
            pueBasis = region->pueYear ? tr("AWS regional PUE, %1").arg(*region->pueYear)
                                       : tr("AWS regional PUE");
        else
            pueBasis = tr("AWS fleet-wide PUE");
        table.rows.push_back({{label, m_numbers.plain(u.intensity, 4), orDash(basis),
                               m_numbers.plain(u.pue, 4), pueBasis, matched, sources},
                              PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
}

QString PdfMethodSection::marketBasis(const RegionSpec &region, double locationGPerKWh) const
{
    static const ReferenceData kNoReference;
    const ReferenceData &reference = m_input.reference ? *m_input.reference : kNoReference;
    const MarketBasedFactor f = marketBasedFactor(region, m_input.estimate.marketBasedYear,
                                                  reference, GridIntensity{locationGPerKWh});
    if (f.assumption.isEmpty())
        return tr("0 (renewable-matched)");
    if (const ResidualMixFactor *mix =
            reference.residualMix(region.countryIso3, m_input.estimate.marketBasedYear))
        return m_numbers.plain(f.intensity.gPerKWh, 4) + u'\n'
            + tr("residual mix %1 (%2)").arg(mix->country).arg(mix->dataYear);
    return m_numbers.plain(f.intensity.gPerKWh, 4) + u'\n' + tr("location-based: no residual mix");
}

std::vector<const Estimate *> PdfMethodSection::describedEstimates() const
{
    std::vector<const Estimate *> estimates{&m_input.estimate, &m_input.baseline};
    for (const PdfScenario &s : m_input.scenarios)
        estimates.push_back(&s.estimate);
    return estimates;
}

QString PdfMethodSection::usedLabel(const QString &id, bool inPlan) const
{
    return inPlan ? id : id + u'\n' + tr("scenarios only");
}

void PdfMethodSection::writeInstances()
{
    std::map<QString, bool> inPlanById; // sorted by id
    for (const Estimate *estimate : describedEstimates()) {
        const bool plan = estimate == &m_input.estimate;
        for (const StageEstimate &s : estimate->stages) {
            for (const ComponentEstimate &c : s.components) {
                if (!c.instance.isEmpty())
                    inPlanById[c.instance] = inPlanById[c.instance] || plan;
            }
        }
    }
    if (inPlanById.empty())
        return;
    m_writer.addHeading(tr("Instances"), 2);
    PdfTable table;
    table.columns = {{tr("Instance"), 1.2, false},       {tr("vCPUs"), 1, true},
                     {tr("Accelerators"), 1.6, false},   {tr("Power basis"), 1.6, false},
                     {tr("Embodied (kgCO2e)"), 1, true}, {tr("Price (USD/h)"), 1, true},
                     {tr("Sources"), 0.8, false}};
    for (const auto &[id, inPlan] : inPlanById) {
        const InstanceSpec *spec = instance(id);
        if (!spec) {
            table.rows.push_back(
                {{usedLabel(id, inPlan), QStringLiteral("–"), QStringLiteral("–"), tr("unknown"),
                  QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–")},
                 PdfTable::RowKind::Normal});
            continue;
        }
        const QString accelerators = spec->acceleratorCount > 0
            ? tr("%1 × %2").arg(spec->acceleratorCount).arg(spec->accelerator)
            : QStringLiteral("–");
        QString source;
        if (spec->origin == DataOrigin::Project)
            source = tr("project catalog");
        else if (spec->origin == DataOrigin::User)
            source = tr("user catalog");
        else
            source = cite(spec->source);
        table.rows.push_back(
            {{usedLabel(id, inPlan), m_numbers.count(spec->vcpus), accelerators,
              orDash(spec->powerMethod),
              spec->embodiedCo2eKg ? m_numbers.plain(*spec->embodiedCo2eKg, 5)
                                   : QStringLiteral("–"),
              spec->priceUsdPerHour ? m_numbers.usd(*spec->priceUsdPerHour) : QStringLiteral("–"),
              source},
             PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
}

void PdfMethodSection::writeStorage()
{
    if (!m_input.reference)
        return;
    QSet<int> classes;
    for (const Stage &stage : m_input.project.stages) {
        for (const Component &c : stage.components) {
            if (const auto *storage = std::get_if<StorageSpec>(&c.spec))
                classes.insert(int(storage->storageClass));
        }
    }
    if (classes.isEmpty())
        return;
    QList<int> sorted(classes.begin(), classes.end());
    std::sort(sorted.begin(), sorted.end());
    m_writer.addHeading(tr("Storage classes"), 2);
    PdfTable table;
    table.columns = {{tr("Storage class"), 1.4, false}, {tr("Medium"), 0.6, false},
                     {tr("Copies (×)"), 1, true},       {tr("Price (USD/GB-month)"), 1, true},
                     {tr("Notes"), 4.0, false},         {tr("Sources"), 0.8, false}};
    for (int value : std::as_const(sorted)) {
        const auto cls = static_cast<StorageClass>(value);
        const StorageClassSpec *spec = m_input.reference->storageClass(cls);
        if (!spec)
            continue;
        QString notes = spec->assumption ? tr("Assumption. ") : QString();
        if (!spec->notes.isEmpty())
            notes += spec->notes + u' ';
        table.rows.push_back(
            {{storageClassDisplayName(cls),
              spec->medium == StorageMedium::Ssd ? tr("SSD") : tr("HDD"),
              m_numbers.plain(spec->replicationFactor),
              spec->priceUsdPerGBMonth ? m_numbers.plain(*spec->priceUsdPerGBMonth, 4)
                                       : QStringLiteral("–"),
              orDash(notes.trimmed()), cite(spec->source)},
             PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
}

void PdfMethodSection::writeCoefficients()
{
    // What the estimates read, as the engine reports it: the plan's first, then what
    // only the baseline or a scenario read.
    std::vector<std::pair<const UsedConstant *, bool>> constants; // constant, in the plan
    QSet<QString> listed;
    for (const Estimate *estimate : describedEstimates()) {
        for (const UsedConstant &c : estimate->constants) {
            if (!listed.contains(c.key)) {
                listed.insert(c.key);
                constants.emplace_back(&c, estimate == &m_input.estimate);
            }
        }
    }
    if (constants.empty())
        return;
    m_writer.addHeading(tr("Constants"), 2);
    PdfTable table;
    table.columns = {{tr("Constant"), 1.6, false},
                     {tr("Value"), 1, true},
                     {tr("Unit"), 1.2, false},
                     {tr("Vintage"), 1.6, false},
                     {tr("Sources"), 0.8, false}};
    for (const auto &[c, inPlan] : constants) {
        const QString name = c->assumption ? tr("%1 (assumption)").arg(c->key) : c->key;
        table.rows.push_back({{usedLabel(name, inPlan), m_numbers.plain(c->value), orDash(c->unit),
                               orDash(c->vintage), cite(c->source)},
                              PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
}

void PdfMethodSection::writeDatasets()
{
    if (!m_input.reference || m_input.reference->method.gridDatasets.empty())
        return;
    m_writer.addHeading(tr("Grid-intensity datasets"), 2);
    PdfTable table;
    table.columns = {{tr("Dataset"), 2.0, false},
                     {tr("Year"), 1.0, false},
                     {tr("Basis"), 2.2, false},
                     {tr("Licence"), 2.0, false},
                     {tr("Sources"), 0.8, false}};
    for (const GridDataset &d : m_input.reference->method.gridDatasets) {
        const QString name = d.id == gridDatasetKey(m_input.estimate.gridDataset)
            ? tr("%1 (chosen)").arg(d.name)
            : d.name;
        table.rows.push_back(
            {{name, orDash(d.year), orDash(d.basis), orDash(d.licence), cite(d.source)},
             PdfTable::RowKind::Normal});
    }
    m_writer.addTable(table);
    m_writer.addParagraph(tr("Reference data version %1. Every row of the reference data keeps "
                             "its source; see data/reference/SOURCES.md in the Greenprint "
                             "sources for licences and provenance.")
                              .arg(m_input.estimate.dataVersion),
                          TextStyle::Small, PdfStyle::muted());
}

} // namespace greenprint
