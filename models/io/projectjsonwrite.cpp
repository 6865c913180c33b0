// SPDX-License-Identifier: GPL-3.0-or-later
// Project -> JSON of the current format version, in the fixed key order of the format.
#include "projectjson.h"

#include "formatversion.h"

#include "domain/filedefaults.h"
#include "domain/names.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace greenprint::Internal {
namespace {

// Integral doubles up to 2^53 are exact as integers and are written without ".0".
constexpr double kMaxExactInteger = 9007199254740992.0;

/** Builds one document; stops at the first value that cannot be written. */
class ProjectJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectWriter)

public:
    std::optional<OrderedJson> write(const Project &project, const QString &appVersion);
    const QString &error() const { return m_error; }

private:
    OrderedJson provenance(const Provenance &provenance);
    OrderedJson settings(const ProjectSettings &settings);
    OrderedJson constraints(const Constraints &constraints);
    OrderedJson scenario(const Scenario &scenario);
    OrderedJson rawValue(const QByteArray &text, const QString &what);
    OrderedJson catalog(const Project &project);
    OrderedJson instance(const CatalogInstance &instance);
    OrderedJson region(const CatalogRegion &region);
    OrderedJson stage(const Stage &stage);
    OrderedJson component(const Component &component);
    void spec(OrderedJson &json, const Component &component);
    OrderedJson work(const WorkSpec &work, bool trainingAllowed);
    OrderedJson calibration(const Calibration &calibration);
    OrderedJson measuredValue(const MeasuredValue &value);
    OrderedJson number(double value);
    void addExtras(OrderedJson &json, const JsonExtras &extras,
                   std::initializer_list<const char *> optionalKeys = {});
    void fail(const QString &message);

    QString m_error;
};

OrderedJson string(const QString &text)
{
    return OrderedJson(text.toStdString());
}

std::optional<OrderedJson> ProjectJsonWriter::write(const Project &project,
                                                    const QString &appVersion)
{
    OrderedJson json = OrderedJson::object();
    json["format"] = string(QString::fromUtf16(kProjectFormatId));
    json["formatVersion"] = kProjectFormatVersion;
    json["appVersion"] = string(appVersion);
    json["provenance"] = provenance(project.provenance);
    json["name"] = string(project.name);
    json["region"] = string(project.region);
    json["settings"] = settings(project.settings);
    if (!project.constraints.isEmpty())
        json["constraints"] = constraints(project.constraints);
    json["catalog"] = catalog(project);
    OrderedJson stages = OrderedJson::array();
    for (const Stage &s : project.stages)
        stages.push_back(stage(s));
    json["stages"] = std::move(stages);
    if (!project.scenarios.empty()) {
        OrderedJson scenarios = OrderedJson::array();
        for (const Scenario &s : project.scenarios)
            scenarios.push_back(scenario(s));
        json["scenarios"] = std::move(scenarios);
    }
    addExtras(json, project.extras, {"constraints", "scenarios"});
    if (!m_error.isEmpty())
        return std::nullopt;
    return json;
}

OrderedJson ProjectJsonWriter::provenance(const Provenance &provenance)
{
    OrderedJson json = OrderedJson::object();
    json["referenceDataVersion"] = provenance.referenceDataVersion
        ? string(*provenance.referenceDataVersion)
        : OrderedJson(nullptr);
    if (const auto &saved = provenance.savedEstimate) {
        json["savedEstimate"] =
            OrderedJson{{"methodology", string(methodologyKey(saved->methodology))},
                        {"energyKWh", number(saved->energy.kWh)},
                        {"co2eKg", number(saved->co2e.kg)},
                        {"marketCo2eKg", number(saved->marketCo2e.kg)},
                        {"costUsd", number(saved->cost.usd)}};
    }
    addExtras(json, provenance.extras, {"savedEstimate"});
    return json;
}

OrderedJson ProjectJsonWriter::settings(const ProjectSettings &settings)
{
    OrderedJson json = OrderedJson::object();
    json["methodology"] = string(methodologyKey(settings.methodology));
    json["includeEmbodied"] = settings.includeEmbodied;
    json["gridDataset"] = string(gridDatasetKey(settings.gridDataset));
    json["serverLifetimeYears"] = number(settings.serverLifetimeYears);
    json["marketBasedYear"] = settings.marketBasedYear;
    if (settings.pue)
        json["pue"] = number(*settings.pue);
    if (settings.spotDiscountFraction)
        json["spotDiscountFraction"] = number(*settings.spotDiscountFraction);
    addExtras(json, settings.extras, {"pue", "spotDiscountFraction"});
    return json;
}

OrderedJson ProjectJsonWriter::constraints(const Constraints &constraints)
{
    OrderedJson json = OrderedJson::object();
    if (!constraints.allowedRegions.isEmpty()) {
        OrderedJson regions = OrderedJson::array();
        for (const QString &region : constraints.allowedRegions)
            regions.push_back(string(region));
        json["allowedRegions"] = std::move(regions);
    }
    if (constraints.accuracyFloor)
        json["accuracyFloor"] = number(*constraints.accuracyFloor);
    if (constraints.latencyCeilingMs)
        json["latencyCeilingMs"] = number(*constraints.latencyCeilingMs);
    if (constraints.servesEdgeDevices)
        json["servesEdgeDevices"] = true;
    if (!constraints.usersRegion.isEmpty())
        json["usersRegion"] = string(constraints.usersRegion);
    addExtras(json, constraints.extras,
              {"allowedRegions", "accuracyFloor", "latencyCeilingMs", "servesEdgeDevices",
               "usersRegion"});
    return json;
}

OrderedJson ProjectJsonWriter::scenario(const Scenario &scenario)
{
    OrderedJson json = OrderedJson::object();
    json["name"] = string(scenario.name);
    OrderedJson ids = OrderedJson::array();
    for (const QString &id : scenario.suggestions)
        ids.push_back(string(id));
    json["suggestions"] = std::move(ids);
    OrderedJson overrides = OrderedJson::array();
    for (const ScenarioOverride &o : scenario.overrides) {
        OrderedJson item = OrderedJson::object();
        item["path"] = string(o.path);
        item["value"] = rawValue(o.value, o.path);
        addExtras(item, o.extras);
        overrides.push_back(std::move(item));
    }
    json["overrides"] = std::move(overrides);
    addExtras(json, scenario.extras);
    return json;
}

/** A scenario override's value: JSON text, parsed so that it is written like the rest. */
OrderedJson ProjectJsonWriter::rawValue(const QByteArray &text, const QString &what)
{
    OrderedJson value = OrderedJson::parse(text.cbegin(), text.cend(), nullptr, false);
    if (value.is_discarded()) {
        fail(tr("the override of \"%1\" does not hold valid JSON").arg(what));
        return OrderedJson();
    }
    return value;
}

OrderedJson ProjectJsonWriter::catalog(const Project &project)
{
    OrderedJson instances = OrderedJson::array();
    for (const CatalogInstance &i : project.catalogInstances)
        instances.push_back(instance(i));
    OrderedJson regions = OrderedJson::array();
    for (const CatalogRegion &r : project.catalogRegions)
        regions.push_back(region(r));
    OrderedJson json = OrderedJson::object();
    json["instances"] = std::move(instances);
    json["regions"] = std::move(regions);
    addExtras(json, project.catalogExtras);
    return json;
}

OrderedJson ProjectJsonWriter::instance(const CatalogInstance &instance)
{
    OrderedJson json = OrderedJson::object();
    json["id"] = string(instance.id);
    json["name"] = string(instance.name);
    json["vcpus"] = instance.vcpus;
    json["memoryGiB"] = number(instance.memoryGiB);
    json["accelerator"] = string(instance.accelerator);
    json["acceleratorCount"] = instance.acceleratorCount;
    OrderedJson power = OrderedJson::object();
    power["idle"] = number(instance.idlePowerW);
    power["max"] = number(instance.maxPowerW);
    json["powerW"] = std::move(power);
    if (instance.priceUsdPerHour)
        json["priceUsdPerHour"] = number(*instance.priceUsdPerHour);
    if (instance.embodiedCo2eKg)
        json["embodiedCo2eKg"] = number(*instance.embodiedCo2eKg);
    if (instance.overridesReference)
        json["overridesReference"] = true;
    addExtras(json, instance.extras, {"priceUsdPerHour", "embodiedCo2eKg", "overridesReference"});
    return json;
}

OrderedJson ProjectJsonWriter::region(const CatalogRegion &region)
{
    OrderedJson json = OrderedJson::object();
    json["id"] = string(region.id);
    json["name"] = string(region.name);
    json["gridGCo2ePerKWh"] = number(region.gridGCo2ePerKWh);
    if (region.pue)
        json["pue"] = number(*region.pue);
    if (region.overridesReference)
        json["overridesReference"] = true;
    addExtras(json, region.extras, {"pue", "overridesReference"});
    return json;
}

OrderedJson ProjectJsonWriter::stage(const Stage &stage)
{
    OrderedJson json = OrderedJson::object();
    json["kind"] = string(stageKey(stage.kind));
    json["name"] = string(stage.name);
    if (!stage.region.isEmpty())
        json["region"] = string(stage.region);
    OrderedJson components = OrderedJson::array();
    for (const Component &c : stage.components)
        components.push_back(component(c));
    json["components"] = std::move(components);
    addExtras(json, stage.extras, {"region"});
    return json;
}

OrderedJson ProjectJsonWriter::component(const Component &component)
{
    OrderedJson json = OrderedJson::object();
    json["type"] = string(componentTypeKey(component.type()));
    json["name"] = string(component.name);
    spec(json, component);
    if (component.calibration)
        json["calibration"] = calibration(*component.calibration);
    // Keys of the type that may be left out, so that an extra cannot take their place.
    // (A key left out because it holds its file default is one of them.)
    switch (component.type()) {
    case ComponentType::Compute:
        addExtras(json, component.extras,
                  {"hours", "measuredPowerW", "work", "recurrence", "calibration", "count",
                   "utilization", "pricing"});
        break;
    case ComponentType::Tuning:
        addExtras(json, component.extras,
                  {"hoursPerTrial", "work", "calibration", "count", "utilization"});
        break;
    case ComponentType::Endpoint:
        addExtras(json, component.extras,
                  {"work", "calibration", "mode", "count", "utilization", "modelsHosted"});
        break;
    case ComponentType::Notebook:
        addExtras(json, component.extras, {"calibration", "count", "activeUtilization"});
        break;
    case ComponentType::Storage:
        addExtras(json, component.extras, {"calibration", "storageClass"});
        break;
    case ComponentType::Logs:
        addExtras(json, component.extras, {"calibration", "retentionMonths"});
        break;
    default:
        addExtras(json, component.extras, {"calibration"});
        break;
    }
    return json;
}

OrderedJson ProjectJsonWriter::calibration(const Calibration &calibration)
{
    OrderedJson json = OrderedJson::object();
    for (const auto &[key, value] : {std::pair{"hours", &calibration.hours},
                                     std::pair{"utilization", &calibration.utilization},
                                     std::pair{"powerW", &calibration.powerW}}) {
        if (*value)
            json[key] = measuredValue(**value);
    }
    addExtras(json, calibration.extras, {"hours", "utilization", "powerW"});
    return json;
}

OrderedJson ProjectJsonWriter::measuredValue(const MeasuredValue &value)
{
    OrderedJson json = OrderedJson::object();
    json["value"] = number(value.value);
    if (value.planned)
        json["planned"] = number(*value.planned);
    json["source"] = string(value.source);
    OrderedJson files = OrderedJson::array();
    for (const QString &file : value.files)
        files.push_back(string(file));
    json["files"] = std::move(files);
    json["from"] = string(value.from.toString(Qt::ISODate));
    json["to"] = string(value.to.toString(Qt::ISODate));
    json["records"] = value.records;
    addExtras(json, value.extras, {"planned"});
    return json;
}

/** The keys of the component's type; a key that still holds the default the file gave it is left
 * out again (domain/filedefaults.h). */
void ProjectJsonWriter::spec(OrderedJson &json, const Component &component)
{
    const ComponentSpec &spec = component.spec;
    const auto stated = [&component](FileDefault key) { return !holdsFileDefault(component, key); };
    if (const auto *c = std::get_if<ComputeSpec>(&spec)) {
        json["instance"] = string(c->instance);
        if (stated(FileDefault::Count))
            json["count"] = c->count;
        if (!c->work)
            json["hours"] = number(c->hours);
        if (stated(FileDefault::Utilization))
            json["utilization"] = number(c->utilization);
        if (c->measuredPowerW)
            json["measuredPowerW"] = number(*c->measuredPowerW);
        if (stated(FileDefault::Pricing))
            json["pricing"] = string(pricingKey(c->pricing));
        if (c->work)
            json["work"] = work(*c->work, true);
        if (c->recurrence) {
            OrderedJson recurrence = OrderedJson::object();
            recurrence["every"] = string(recurrencePeriodKey(c->recurrence->every));
            recurrence["months"] = number(c->recurrence->months);
            json["recurrence"] = std::move(recurrence);
        }
    } else if (const auto *st = std::get_if<StorageSpec>(&spec)) {
        if (stated(FileDefault::StorageClass))
            json["storageClass"] = string(storageClassKey(st->storageClass));
        json["sizeGB"] = number(st->sizeGB);
        json["months"] = number(st->months);
    } else if (const auto *tf = std::get_if<TransferSpec>(&spec)) {
        json["sizeGB"] = number(tf->sizeGB);
        json["toRegion"] = string(tf->toRegion);
    } else if (const auto *nb = std::get_if<NotebookSpec>(&spec)) {
        json["instance"] = string(nb->instance);
        if (stated(FileDefault::Count))
            json["count"] = nb->count;
        json["activeHoursPerWeek"] = number(nb->activeHoursPerWeek);
        json["idleHoursPerWeek"] = number(nb->idleHoursPerWeek);
        json["weeks"] = number(nb->weeks);
        if (stated(FileDefault::ActiveUtilization))
            json["activeUtilization"] = number(nb->activeUtilization);
    } else if (const auto *tu = std::get_if<TuningSpec>(&spec)) {
        json["instance"] = string(tu->instance);
        if (stated(FileDefault::Count))
            json["count"] = tu->count;
        json["strategy"] = string(tuningStrategyKey(tu->strategy));
        json["trials"] = tu->trials;
        if (!tu->work)
            json["hoursPerTrial"] = number(tu->hoursPerTrial);
        if (stated(FileDefault::Utilization))
            json["utilization"] = number(tu->utilization);
        if (tu->work)
            json["work"] = work(*tu->work, true);
    } else if (const auto *ep = std::get_if<EndpointSpec>(&spec)) {
        if (stated(FileDefault::Mode))
            json["mode"] = string(endpointModeKey(ep->mode));
        json["instance"] = string(ep->instance);
        if (stated(FileDefault::Count))
            json["count"] = ep->count;
        json["hoursProvisioned"] = number(ep->hoursProvisioned);
        if (stated(FileDefault::Utilization))
            json["utilization"] = number(ep->utilization);
        if (stated(FileDefault::ModelsHosted))
            json["modelsHosted"] = ep->modelsHosted;
        if (ep->work)
            json["work"] = work(*ep->work, false);
    } else if (const auto *lg = std::get_if<LogsSpec>(&spec)) {
        json["gbPerMonth"] = number(lg->gbPerMonth);
        if (stated(FileDefault::RetentionMonths))
            json["retentionMonths"] = number(lg->retentionMonths);
        json["months"] = number(lg->months);
    }
}

OrderedJson ProjectJsonWriter::work(const WorkSpec &work, bool trainingAllowed)
{
    const bool training = work.kind == WorkSpec::Kind::Training;
    if (training && !trainingAllowed)
        fail(tr("an endpoint serves inference work; it cannot hold training work"));
    OrderedJson json = OrderedJson::object();
    json["kind"] = string(workKindKeys().at(training ? 0 : 1));
    json["parameters"] = number(work.parameters);
    if (work.activeParameters)
        json["activeParameters"] = number(*work.activeParameters);
    if (training) {
        json["tokens"] = number(work.tokens);
        json["epochs"] = number(work.epochs);
        if (work.trainableParameters)
            json["trainableParameters"] = number(*work.trainableParameters);
        if (work.sequenceLength)
            json["sequenceLength"] = number(*work.sequenceLength);
        if (work.layers)
            json["layers"] = number(*work.layers);
        if (work.hiddenSize)
            json["hiddenSize"] = number(*work.hiddenSize);
    } else {
        json[work.requestsPerMonth ? "requestsPerMonth" : "requests"] = number(work.requests);
        json["tokensPerRequest"] = number(work.tokensPerRequest);
        if (work.outputTokensPerRequest)
            json["outputTokensPerRequest"] = number(*work.outputTokensPerRequest);
        if (work.batchSize)
            json["batchSize"] = number(*work.batchSize);
    }
    json["precision"] = string(precisionKey(work.precision));
    if (work.acceleratorLoad)
        json["acceleratorLoad"] = number(*work.acceleratorLoad);
    if (work.busyTimeFactor) {
        json["busyTimeFactor"] = number(*work.busyTimeFactor);
        if (!work.busyTimeFactorSource.isEmpty())
            json["busyTimeFactorSource"] = string(work.busyTimeFactorSource);
    }
    // The keys of the other kind belong to the format too.
    addExtras(json, work.extras,
              {"tokens", "epochs", "requests", "requestsPerMonth", "tokensPerRequest",
               "acceleratorLoad", "busyTimeFactor", "busyTimeFactorSource", "activeParameters",
               "outputTokensPerRequest", "batchSize", "trainableParameters", "sequenceLength",
               "layers", "hiddenSize"});
    return json;
}

OrderedJson ProjectJsonWriter::number(double value)
{
    if (!std::isfinite(value)) {
        fail(tr("cannot save a number that is not finite (%1)").arg(value));
        return OrderedJson(0);
    }
    if (std::trunc(value) == value && std::abs(value) <= kMaxExactInteger)
        return OrderedJson(static_cast<std::int64_t>(value));
    return OrderedJson(value);
}

void ProjectJsonWriter::addExtras(OrderedJson &json, const JsonExtras &extras,
                                  std::initializer_list<const char *> optionalKeys)
{
    // Only the format's own keys, written before the extras, can clash: the extras are
    // unique (a map), so they are appended without a lookup (O(n), not O(n^2)).
    const std::size_t formatKeys = json.size();
    const auto &members = json.get_ref<const OrderedJson::object_t &>();
    for (auto it = extras.cbegin(); it != extras.cend(); ++it) {
        const std::string key = it.key().toStdString();
        const bool optionalKey = std::any_of(optionalKeys.begin(), optionalKeys.end(),
                                             [&key](const char *k) { return key == k; });
        const bool formatKey =
            std::any_of(members.begin(), members.begin() + std::ptrdiff_t(formatKeys),
                        [&key](const auto &member) { return member.first == key; });
        if (formatKey || optionalKey) {
            fail(tr("the unknown key \"%1\" clashes with a key of the file format").arg(it.key()));
            continue;
        }
        const QByteArray &text = it.value();
        OrderedJson value = OrderedJson::parse(text.cbegin(), text.cend(), nullptr, false);
        if (value.is_discarded()) {
            fail(tr("the unknown key \"%1\" does not hold valid JSON").arg(it.key()));
            continue;
        }
        appendMember(json, key, std::move(value));
    }
}

void ProjectJsonWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace

std::optional<OrderedJson> projectToJson(const Project &project, const QString &appVersion,
                                         QString *error)
{
    ProjectJsonWriter writer;
    std::optional<OrderedJson> json = writer.write(project, appVersion);
    if (!json && error)
        *error = writer.error();
    return json;
}

} // namespace greenprint::Internal
