// SPDX-License-Identifier: GPL-3.0-or-later
// JSON -> Project (every format version read): every value is validated and every problem reported.
#include "projectjson.h"

#include "formatversion.h"
#include "jsonobjectreader.h"
#include "provenancejson.h"
#include "jsonpath.h"

#include "domain/fieldlimits.h"
#include "domain/filedefaults.h"
#include "domain/names.h"

#include <QHash>

#include <cmath>

namespace greenprint::Internal {
namespace {

using Presence = JsonObjectReader::Presence;
constexpr Presence kRequired = Presence::Required;
constexpr Presence kOptional = Presence::Optional;

constexpr NumberRange kFraction{0.0, 1.0};
constexpr NumberRange kPue{1.0, 3.0};
constexpr double kHoursPerWeek = 168.0;
constexpr NumberRange kWeekHours{0.0, kHoursPerWeek};
constexpr NumberRange kServerLifetimeYears{1.0, 15.0};
// The upper bounds and their reasons: domain/fieldlimits.h.
constexpr NumberRange kHours{0.0, limits::kMaxHours, false, true};
constexpr NumberRange kMonths{0.0, limits::kMaxMonths, false, true};
constexpr NumberRange kRecurrenceMonths{0.0, limits::kMaxMonths, true, true};
constexpr NumberRange kWeeks{0.0, limits::kMaxWeeks, false, true};
constexpr NumberRange kGigabytes{0.0, limits::kMaxGigabytes, false, true};
constexpr NumberRange kPowerW{0.0, limits::kMaxPowerW, false, true};
constexpr NumberRange kPositivePowerW{0.0, limits::kMaxPowerW, true, true};
constexpr NumberRange kMemoryGiB{0.0, limits::kMaxMemoryGiB, false, true};
constexpr NumberRange kPrice{0.0, limits::kMaxPriceUsdPerHour, false, true};
constexpr NumberRange kEmbodied{0.0, limits::kMaxEmbodiedCo2eKg, false, true};
constexpr NumberRange kGrid{0.0, limits::kMaxGridGCo2ePerKWh, false, true};
constexpr NumberRange kLatencyMs{0.0, limits::kMaxLatencyMs, true, true};
constexpr NumberRange kParameters{0.0, limits::kMaxParameters, true, true};
constexpr NumberRange kTokens{0.0, limits::kMaxTokens, true, true};
constexpr NumberRange kEpochs{0.0, limits::kMaxEpochs, true, true};
constexpr NumberRange kRequests{0.0, limits::kMaxRequests, false, true};
constexpr NumberRange kTokensPerRequest{0.0, limits::kMaxTokensPerRequest, true, true};
constexpr NumberRange kOutputTokens{0.0, limits::kMaxTokensPerRequest, false, true};
constexpr NumberRange kBatchSize{1.0, limits::kMaxBatchSize, false, true};
constexpr NumberRange kBusyTimeFactor{0.0, limits::kMaxBusyTimeFactor, true, true};
constexpr NumberRange kSequenceLength{0.0, limits::kMaxTokensPerRequest, true, true};
constexpr int kFirstMarketBasedYear = 2022;
constexpr int kLastMarketBasedYear = 2023;

template<typename T>
void assign(T &target, const std::optional<T> &value)
{
    if (value)
        target = *value;
}

template<typename Enum>
void assignKeyword(Enum &target, const std::optional<int> &index)
{
    if (index)
        target = static_cast<Enum>(*index);
}

/** Reads one project document; one instance per call of projectFromJson. */
class ProjectJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)

public:
    /** `names`: where instance and region names of components are shared (StringPool). */
    explicit ProjectJsonReader(Issues &issues, ComponentCollector *streamed = nullptr,
                               StringPool *names = nullptr)
        : m_issues(issues)
        , m_streamed(streamed)
        , m_names(names)
    { }

    std::optional<Project> read(const OrderedJson &document);
    std::optional<Component> readComponent(const OrderedJson &json, const QString &path);

private:
    bool readHeader(JsonObjectReader &top);
    void readSettings(const OrderedJson &json, const QString &path, ProjectSettings &settings);
    void readConstraints(const OrderedJson &json, const QString &path, Constraints &constraints);
    void readScenarios(const OrderedJson &json, const QString &path, Project &project);
    std::optional<Scenario> readScenario(const OrderedJson &json, const QString &path);
    QStringList readStringList(const OrderedJson &json, const QString &path, const QString &what);
    void readCatalog(const OrderedJson &json, const QString &path, Project &project);
    std::optional<CatalogInstance> readInstance(const OrderedJson &json, const QString &path);
    std::optional<CatalogRegion> readRegion(const OrderedJson &json, const QString &path);
    void readStages(const OrderedJson &json, const QString &path, Project &project);
    std::optional<int> stageKindOf(const OrderedJson &json, const QString &path);
    void readStage(const OrderedJson &json, const QString &path, std::size_t index, Stage &stage);
    ComponentSpec readSpec(ComponentType type, JsonObjectReader &r, std::uint16_t &defaults);
    std::optional<Calibration> readCalibration(const OrderedJson &json, const QString &path);
    std::optional<MeasuredValue> readMeasuredValue(JsonObjectReader &parent, const char *key,
                                                   NumberRange range);
    std::optional<double> readHoursOrWork(JsonObjectReader &r, const char *hoursKey,
                                          BoxedOptional<WorkSpec> &work);
    std::optional<WorkSpec> readWork(const OrderedJson &json, const QString &path,
                                     bool trainingAllowed);
    void error(const QString &path, const QString &message);

    Issues &m_issues;
    ComponentCollector *m_streamed;
    StringPool *m_names;
};

void ProjectJsonReader::error(const QString &path, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, path, message, {}});
}

std::optional<Project> ProjectJsonReader::read(const OrderedJson &document)
{
    if (!document.is_object()) {
        error({}, tr("the file must contain a JSON object (a Greenprint project)"));
        return std::nullopt;
    }
    const qsizetype errorsBefore = qsizetype(m_issues.size());
    JsonObjectReader top(document, {}, m_issues);
    if (!readHeader(top))
        return std::nullopt;

    Project project;
    // Only format, formatVersion, name and stages are required; every other
    // key takes the default documented in data/schema/project.schema.json.
    assign(project.appVersion, top.string("appVersion", kOptional));
    if (const OrderedJson *provenance = top.object("provenance", kOptional))
        project.provenance = readProvenance(*provenance, top.pathOf("provenance"), m_issues);
    assign(project.name, top.string("name", kRequired));
    assign(project.region, top.string("region", kOptional, false));
    if (const OrderedJson *settings = top.object("settings", kOptional))
        readSettings(*settings, top.pathOf("settings"), project.settings);
    if (const OrderedJson *constraints = top.object("constraints", kOptional))
        readConstraints(*constraints, top.pathOf("constraints"), project.constraints);
    if (const OrderedJson *catalog = top.object("catalog", kOptional))
        readCatalog(*catalog, top.pathOf("catalog"), project);
    if (const OrderedJson *stages = top.array("stages", kRequired))
        readStages(*stages, top.pathOf("stages"), project);
    if (const OrderedJson *scenarios = top.array("scenarios", kOptional))
        readScenarios(*scenarios, top.pathOf("scenarios"), project);
    project.extras = top.extras();

    const Issues added(m_issues.begin() + errorsBefore, m_issues.end());
    if (hasErrors(added))
        return std::nullopt;
    return project;
}

bool ProjectJsonReader::readHeader(JsonObjectReader &top)
{
    const std::optional<QString> format = top.string("format", kRequired);
    if (!format)
        return false;
    if (*format != QStringView(kProjectFormatId)) {
        error(top.pathOf("format"),
              tr("must be \"%1\": this is not a Greenprint project file")
                  .arg(QStringView(kProjectFormatId)));
        return false;
    }
    if (!top.has("formatVersion")) {
        error(top.pathOf("formatVersion"), tr("required key is missing"));
        return false;
    }
    // Read as a double: a version beyond int (99999999999) is a newer format, not a
    // range error, and is never cast to int.
    const std::optional<double> version =
        top.number("formatVersion", kRequired, NumberRange{1.0, std::nullopt}, /*quiet=*/true);
    if (!version || std::trunc(*version) != *version) {
        error(top.pathOf("formatVersion"), tr("must be an integer >= %1").arg(1));
        return false;
    }
    if (*version > kProjectFormatVersion) {
        error(top.pathOf("formatVersion"),
              tr("written by a newer Greenprint (format %1); this version reads up to %2")
                  .arg(QString::number(*version, 'g', 17))
                  .arg(kProjectFormatVersion));
        return false;
    }
    // Older formats would be upgraded here, one named migration per version step.
    return true;
}

void ProjectJsonReader::readSettings(const OrderedJson &json, const QString &path,
                                     ProjectSettings &settings)
{
    JsonObjectReader r(json, path, m_issues);
    assignKeyword(settings.methodology, r.keyword("methodology", kOptional, methodologyKeys()));
    assign(settings.includeEmbodied, r.boolean("includeEmbodied", kOptional));
    assignKeyword(settings.gridDataset, r.keyword("gridDataset", kOptional, gridDatasetKeys()));
    assign(settings.serverLifetimeYears,
           r.number("serverLifetimeYears", kOptional, kServerLifetimeYears));
    assign(settings.marketBasedYear,
           r.integer("marketBasedYear", kOptional, kFirstMarketBasedYear, kLastMarketBasedYear));
    settings.pue = r.number("pue", kOptional, kPue);
    settings.spotDiscountFraction = r.number("spotDiscountFraction", kOptional, kFraction);
    settings.extras = r.extras();
}

void ProjectJsonReader::readConstraints(const OrderedJson &json, const QString &path,
                                        Constraints &constraints)
{
    JsonObjectReader r(json, path, m_issues);
    if (const OrderedJson *regions = r.array("allowedRegions", kOptional)) {
        constraints.allowedRegions =
            readStringList(*regions, r.pathOf("allowedRegions"), tr("region"));
        if (regions->empty()) {
            error(r.pathOf("allowedRegions"),
                  tr("must list at least one region (leave the key out to allow every region)"));
        }
    }
    constraints.accuracyFloor = r.number("accuracyFloor", kOptional, kFraction);
    constraints.latencyCeilingMs = r.number("latencyCeilingMs", kOptional, kLatencyMs);
    assign(constraints.servesEdgeDevices, r.boolean("servesEdgeDevices", kOptional));
    assign(constraints.usersRegion, r.string("usersRegion", kOptional, false));
    constraints.extras = r.extras();
}

/** An array of unique non-empty strings; `what` names one item in messages. */
QStringList ProjectJsonReader::readStringList(const OrderedJson &json, const QString &path,
                                              const QString &what)
{
    QStringList result;
    QHash<QString, qsizetype> firstIndex; // not result.indexOf(): O(n) per item
    for (std::size_t i = 0; i < json.size(); ++i) {
        const QString itemPath = indexPath(path, qsizetype(i));
        const OrderedJson &item = json[i];
        if (!item.is_string() || item.get_ref<const std::string &>().empty()) {
            error(itemPath, tr("must be a non-empty string"));
            continue;
        }
        const QString text = QString::fromStdString(item.get_ref<const std::string &>());
        if (const auto first = firstIndex.constFind(text); first != firstIndex.cend()) {
            error(itemPath,
                  tr("duplicate %1 \"%2\" (first at %3)")
                      .arg(what, text, indexPath(path, first.value())));
        } else {
            firstIndex.insert(text, qsizetype(i));
        }
        result << text;
    }
    return result;
}

void ProjectJsonReader::readScenarios(const OrderedJson &json, const QString &path,
                                      Project &project)
{
    QHash<QString, QString> firstName;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const QString itemPath = indexPath(path, qsizetype(i));
        std::optional<Scenario> scenario = readScenario(json[i], itemPath);
        if (!scenario)
            continue;
        const QString namePath = joinPath(itemPath, QStringLiteral("name"));
        if (firstName.contains(scenario->name)) {
            error(namePath,
                  tr("duplicate scenario name \"%1\" (first defined at %2)")
                      .arg(scenario->name, firstName.value(scenario->name)));
        } else {
            firstName.insert(scenario->name, namePath);
        }
        project.scenarios.push_back(std::move(*scenario));
    }
}

std::optional<Scenario> ProjectJsonReader::readScenario(const OrderedJson &json,
                                                        const QString &path)
{
    if (!json.is_object()) {
        error(path, tr("must be an object"));
        return std::nullopt;
    }
    JsonObjectReader r(json, path, m_issues);
    Scenario scenario;
    const std::optional<QString> name = r.string("name", kRequired, false);
    if (const OrderedJson *ids = r.array("suggestions", kOptional))
        scenario.suggestions = readStringList(*ids, r.pathOf("suggestions"), tr("suggestion"));
    if (const OrderedJson *overrides = r.array("overrides", kOptional)) {
        for (std::size_t i = 0; i < overrides->size(); ++i) {
            const QString itemPath = indexPath(r.pathOf("overrides"), qsizetype(i));
            const OrderedJson &item = (*overrides)[i];
            if (!item.is_object()) {
                error(itemPath, tr("must be an object"));
                continue;
            }
            JsonObjectReader o(item, itemPath, m_issues);
            ScenarioOverride override;
            const std::optional<QString> target = o.string("path", kRequired, false);
            QString syntaxError;
            if (target && !parseJsonPath(*target, &syntaxError))
                error(o.pathOf("path"), syntaxError);
            assign(override.path, target);
            assign(override.value, o.rawJson("value", kRequired));
            override.extras = o.extras();
            scenario.overrides.push_back(std::move(override));
        }
    }
    scenario.extras = r.extras();
    if (!name)
        return std::nullopt;
    scenario.name = *name;
    return scenario;
}

void ProjectJsonReader::readCatalog(const OrderedJson &json, const QString &path, Project &project)
{
    JsonObjectReader r(json, path, m_issues);
    QHash<QString, QString> firstInstance;
    if (const OrderedJson *instances = r.array("instances", kOptional)) {
        for (std::size_t i = 0; i < instances->size(); ++i) {
            const QString itemPath = indexPath(r.pathOf("instances"), qsizetype(i));
            std::optional<CatalogInstance> instance = readInstance((*instances)[i], itemPath);
            if (!instance)
                continue;
            const QString idPath = joinPath(itemPath, QStringLiteral("id"));
            if (firstInstance.contains(instance->id)) {
                error(idPath,
                      tr("duplicate catalog instance id \"%1\" (first defined at %2)")
                          .arg(instance->id, firstInstance.value(instance->id)));
            } else {
                firstInstance.insert(instance->id, idPath);
            }
            project.catalogInstances.push_back(std::move(*instance));
        }
    }
    QHash<QString, QString> firstRegion;
    if (const OrderedJson *regions = r.array("regions", kOptional)) {
        for (std::size_t i = 0; i < regions->size(); ++i) {
            const QString itemPath = indexPath(r.pathOf("regions"), qsizetype(i));
            std::optional<CatalogRegion> region = readRegion((*regions)[i], itemPath);
            if (!region)
                continue;
            const QString idPath = joinPath(itemPath, QStringLiteral("id"));
            if (firstRegion.contains(region->id)) {
                error(idPath,
                      tr("duplicate catalog region id \"%1\" (first defined at %2)")
                          .arg(region->id, firstRegion.value(region->id)));
            } else {
                firstRegion.insert(region->id, idPath);
            }
            project.catalogRegions.push_back(std::move(*region));
        }
    }
    project.catalogExtras = r.extras();
}

std::optional<CatalogInstance> ProjectJsonReader::readInstance(const OrderedJson &json,
                                                               const QString &path)
{
    if (!json.is_object()) {
        error(path, tr("must be an object"));
        return std::nullopt;
    }
    JsonObjectReader r(json, path, m_issues);
    CatalogInstance instance;
    const std::optional<QString> id = r.string("id", kRequired, false);
    assign(instance.name, r.string("name", kRequired));
    assign(instance.vcpus, r.integer("vcpus", kRequired, 1, limits::kMaxVcpus, true));
    assign(instance.memoryGiB, r.number("memoryGiB", kRequired, kMemoryGiB));
    assign(instance.accelerator, r.string("accelerator", kRequired));
    assign(instance.acceleratorCount,
           r.integer("acceleratorCount", kRequired, 0, limits::kMaxAccelerators, true));
    if (const OrderedJson *power = r.object("powerW", kRequired)) {
        JsonObjectReader p(*power, r.pathOf("powerW"), m_issues);
        const std::optional<double> idle = p.number("idle", kRequired, kPowerW);
        const std::optional<double> max = p.number("max", kRequired, kPositivePowerW);
        if (idle && max && *idle > *max)
            error(p.pathOf("idle"), tr("must not be greater than powerW.max (%1)").arg(*max));
        assign(instance.idlePowerW, idle);
        assign(instance.maxPowerW, max);
        p.warnAboutUnknownKeys();
    }
    instance.priceUsdPerHour = r.number("priceUsdPerHour", kOptional, kPrice);
    instance.embodiedCo2eKg = r.number("embodiedCo2eKg", kOptional, kEmbodied);
    instance.overridesReference = r.boolean("overridesReference", kOptional).value_or(false);
    instance.extras = r.extras();
    if (!id)
        return std::nullopt;
    instance.id = *id;
    return instance;
}

std::optional<CatalogRegion> ProjectJsonReader::readRegion(const OrderedJson &json,
                                                           const QString &path)
{
    if (!json.is_object()) {
        error(path, tr("must be an object"));
        return std::nullopt;
    }
    JsonObjectReader r(json, path, m_issues);
    CatalogRegion region;
    const std::optional<QString> id = r.string("id", kRequired, false);
    assign(region.name, r.string("name", kRequired));
    assign(region.gridGCo2ePerKWh, r.number("gridGCo2ePerKWh", kRequired, kGrid));
    region.pue = r.number("pue", kOptional, kPue);
    region.overridesReference = r.boolean("overridesReference", kOptional).value_or(false);
    region.extras = r.extras();
    if (!id)
        return std::nullopt;
    region.id = *id;
    return region;
}

/**
 * The stages are listed by kind, at most once each and in the order of the
 * four stages; a stage left out is empty and takes its default name.
 */
void ProjectJsonReader::readStages(const OrderedJson &json, const QString &path, Project &project)
{
    QHash<int, QString> firstKind;
    int lastKind = -1;
    Stage ignored;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const QString itemPath = indexPath(path, qsizetype(i));
        const OrderedJson &item = json[i];
        if (!item.is_object()) {
            error(itemPath, tr("must be an object"));
            continue;
        }
        const std::optional<int> kind = stageKindOf(item, itemPath);
        if (!kind) {
            readStage(item, itemPath, i, ignored);
            continue;
        }
        const QString kindPath = joinPath(itemPath, QStringLiteral("kind"));
        if (firstKind.contains(*kind)) {
            error(kindPath,
                  tr("duplicate stage \"%1\" (first at %2): each stage appears at most once")
                      .arg(stageKeys().at(*kind), firstKind.value(*kind)));
            readStage(item, itemPath, i, ignored);
            continue;
        }
        if (*kind < lastKind) {
            error(kindPath,
                  tr("stage \"%1\" is out of order: stages come in the order %2")
                      .arg(stageKeys().at(*kind), stageKeys().join(u", ")));
        }
        firstKind.insert(*kind, kindPath);
        lastKind = std::max(lastKind, *kind);
        readStage(item, itemPath, i, project.stages[std::size_t(*kind)]);
    }
}

/** The stage kind of a stage object; reports a missing or unknown kind. */
std::optional<int> ProjectJsonReader::stageKindOf(const OrderedJson &json, const QString &path)
{
    Issues scratch;
    JsonObjectReader r(json, path, scratch);
    const std::optional<int> kind = r.keyword("kind", kRequired, stageKeys());
    m_issues.insert(m_issues.end(), scratch.begin(), scratch.end());
    return kind;
}

void ProjectJsonReader::readStage(const OrderedJson &json, const QString &path, std::size_t index,
                                  Stage &stage)
{
    JsonObjectReader r(json, path, m_issues);
    r.markKnown("kind"); // read and checked by stageKindOf()
    assign(stage.name, r.string("name", kOptional));
    assign(stage.region, r.string("region", kOptional, false));
    stage.components.clear();
    if (const OrderedJson *components = r.array("components", kOptional)) {
        if (ComponentCollector::Stage *streamed = m_streamed ? m_streamed->stage(index) : nullptr) {
            stage.components = std::move(streamed->components);
            m_issues.insert(m_issues.end(), streamed->issues.begin(), streamed->issues.end());
            *streamed = {};
        }
        const QString componentsPath = r.pathOf("components");
        stage.components.reserve(stage.components.size() + components->size());
        for (std::size_t i = 0; i < components->size(); ++i) {
            const QString itemPath = indexPath(componentsPath, qsizetype(i));
            if (std::optional<Component> c = readComponent((*components)[i], itemPath))
                stage.components.push_back(std::move(*c));
        }
    }
    stage.extras = r.extras();
}

std::optional<Component> ProjectJsonReader::readComponent(const OrderedJson &json,
                                                          const QString &path)
{
    if (!json.is_object()) {
        error(path, tr("must be an object"));
        return std::nullopt;
    }
    JsonObjectReader r(json, path, m_issues);
    const std::optional<int> type = r.keyword("type", kRequired, componentTypeKeys());
    Component component;
    const std::optional<QString> name = r.string("name", kOptional);
    if (!type)
        return std::nullopt; // its other keys cannot be told apart from extras
    component.spec = readSpec(static_cast<ComponentType>(*type), r, component.fileDefaults);
    if (const OrderedJson *calibration = r.object("calibration", kOptional))
        component.calibration = readCalibration(*calibration, r.pathOf("calibration"));
    component.extras = r.extras();
    // Default name: the type keyword and the instance ("compute p4d.24xlarge").
    component.name = name ? *name : componentTypeKeys().at(*type);
    if (!name && !component.instance().isEmpty())
        component.name += u' ' + component.instance();
    return component;
}

std::optional<Calibration> ProjectJsonReader::readCalibration(const OrderedJson &json,
                                                              const QString &path)
{
    JsonObjectReader r(json, path, m_issues);
    Calibration calibration;
    calibration.hours = readMeasuredValue(r, "hours", kHours);
    calibration.utilization = readMeasuredValue(r, "utilization", kFraction);
    calibration.powerW = readMeasuredValue(r, "powerW", kPowerW);
    calibration.extras = r.extras();
    return calibration;
}

std::optional<MeasuredValue>
ProjectJsonReader::readMeasuredValue(JsonObjectReader &parent, const char *key, NumberRange range)
{
    const OrderedJson *json = parent.object(key, kOptional);
    if (!json)
        return std::nullopt;
    JsonObjectReader r(*json, parent.pathOf(key), m_issues);
    MeasuredValue v;
    const std::optional<double> value = r.number("value", kRequired, range);
    v.planned = r.number("planned", kOptional, range);
    assign(v.source, r.string("source", kRequired, false));
    if (const OrderedJson *files = r.array("files", kRequired))
        v.files = readStringList(*files, r.pathOf("files"), tr("file"));
    for (const auto &[dateKey, date] : {std::pair{"from", &v.from}, std::pair{"to", &v.to}}) {
        const std::optional<QString> text = r.string(dateKey, kRequired, false);
        if (!text)
            continue;
        *date = QDate::fromString(*text, Qt::ISODate);
        if (!date->isValid())
            error(r.pathOf(dateKey), tr("must be a date as YYYY-MM-DD, found \"%1\"").arg(*text));
    }
    if (v.from.isValid() && v.to.isValid() && v.to < v.from)
        error(r.pathOf("to"), tr("must not be before \"from\""));
    if (const std::optional<int> records = r.integer("records", kOptional, 0))
        v.records = *records;
    v.extras = r.extras();
    if (!value)
        return std::nullopt;
    v.value = *value;
    return v;
}

/**
 * The keys a component may leave out take the defaults of domain/filedefaults.h
 * (the schema's `default`s), and `defaults` records which ones did.
 */
ComponentSpec ProjectJsonReader::readSpec(ComponentType type, JsonObjectReader &r,
                                          std::uint16_t &defaults)
{
    const auto defaulted = [&r, &defaults](FileDefault key) {
        if (!r.has(fileDefaultKey(key)))
            defaults |= static_cast<std::uint16_t>(key);
    };
    switch (type) {
    case ComponentType::Compute: {
        ComputeSpec s;
        s.count = FileDefaults::kCount;
        s.pricing = FileDefaults::kPricing;
        s.utilization = FileDefaults::kUtilization;
        for (FileDefault key : {FileDefault::Count, FileDefault::Pricing, FileDefault::Utilization})
            defaulted(key);
        assign(s.instance, r.string("instance", kRequired, false, m_names));
        assign(s.count, r.integer("count", kOptional, 1, limits::kMaxInstanceCount, true));
        assign(s.hours, readHoursOrWork(r, "hours", s.work));
        assign(s.utilization, r.number("utilization", kOptional, kFraction));
        s.measuredPowerW = r.number("measuredPowerW", kOptional, kPowerW);
        assignKeyword(s.pricing, r.keyword("pricing", kOptional, pricingKeys()));
        if (const OrderedJson *recurrence = r.object("recurrence", kOptional)) {
            JsonObjectReader o(*recurrence, r.pathOf("recurrence"), m_issues);
            Recurrence every;
            assignKeyword(every.every, o.keyword("every", kRequired, recurrencePeriodKeys()));
            assign(every.months, o.number("months", kRequired, kRecurrenceMonths));
            o.warnAboutUnknownKeys();
            s.recurrence = every;
        }
        return s;
    }
    case ComponentType::Storage: {
        StorageSpec s;
        s.storageClass = FileDefaults::kStorageClass;
        defaulted(FileDefault::StorageClass);
        assignKeyword(s.storageClass, r.keyword("storageClass", kOptional, storageClassKeys()));
        assign(s.sizeGB, r.number("sizeGB", kRequired, kGigabytes));
        assign(s.months, r.number("months", kRequired, kMonths));
        return s;
    }
    case ComponentType::Transfer: {
        TransferSpec s;
        assign(s.sizeGB, r.number("sizeGB", kRequired, kGigabytes));
        assign(s.toRegion, r.string("toRegion", kRequired, false, m_names));
        return s;
    }
    case ComponentType::Notebook: {
        NotebookSpec s;
        s.count = FileDefaults::kCount;
        defaulted(FileDefault::Count);
        assign(s.instance, r.string("instance", kRequired, false, m_names));
        assign(s.count, r.integer("count", kOptional, 1, limits::kMaxInstanceCount, true));
        const std::optional<double> active = r.number("activeHoursPerWeek", kRequired, kWeekHours);
        const std::optional<double> idle = r.number("idleHoursPerWeek", kRequired, kWeekHours);
        if (active && idle && *active + *idle > kHoursPerWeek) {
            error(r.path(),
                  tr("activeHoursPerWeek + idleHoursPerWeek must be at most %1 "
                     "(the hours in a week), found %2")
                      .arg(kHoursPerWeek)
                      .arg(*active + *idle));
        }
        assign(s.activeHoursPerWeek, active);
        assign(s.idleHoursPerWeek, idle);
        assign(s.weeks, r.number("weeks", kRequired, kWeeks));
        s.activeUtilization = FileDefaults::kUtilization;
        defaulted(FileDefault::ActiveUtilization);
        assign(s.activeUtilization, r.number("activeUtilization", kOptional, kFraction));
        return s;
    }
    case ComponentType::Tuning: {
        TuningSpec s;
        s.count = FileDefaults::kCount;
        s.utilization = FileDefaults::kUtilization;
        for (FileDefault key : {FileDefault::Count, FileDefault::Utilization})
            defaulted(key);
        assign(s.instance, r.string("instance", kRequired, false, m_names));
        assign(s.count, r.integer("count", kOptional, 1, limits::kMaxInstanceCount, true));
        assignKeyword(s.strategy, r.keyword("strategy", kRequired, tuningStrategyKeys()));
        assign(s.trials, r.integer("trials", kRequired, 1, limits::kMaxTrials, true));
        assign(s.hoursPerTrial, readHoursOrWork(r, "hoursPerTrial", s.work));
        assign(s.utilization, r.number("utilization", kOptional, kFraction));
        return s;
    }
    case ComponentType::Endpoint: {
        EndpointSpec s;
        s.mode = FileDefaults::kEndpointMode;
        s.count = FileDefaults::kCount;
        s.utilization = FileDefaults::kUtilization;
        s.modelsHosted = FileDefaults::kModelsHosted;
        for (FileDefault key : {FileDefault::Mode, FileDefault::Count, FileDefault::Utilization,
                                FileDefault::ModelsHosted})
            defaulted(key);
        assignKeyword(s.mode, r.keyword("mode", kOptional, endpointModeKeys()));
        assign(s.instance, r.string("instance", kRequired, false, m_names));
        assign(s.count, r.integer("count", kOptional, 1, limits::kMaxInstanceCount, true));
        assign(s.hoursProvisioned, r.number("hoursProvisioned", kRequired, kHours));
        assign(s.utilization, r.number("utilization", kOptional, kFraction));
        assign(s.modelsHosted,
               r.integer("modelsHosted", kOptional, 1, limits::kMaxModelsHosted, true));
        if (const OrderedJson *work = r.object("work", kOptional))
            s.work = readWork(*work, r.pathOf("work"), false);
        return s;
    }
    case ComponentType::Logs: {
        LogsSpec s;
        s.retentionMonths = FileDefaults::kRetentionMonths;
        defaulted(FileDefault::RetentionMonths);
        assign(s.gbPerMonth, r.number("gbPerMonth", kRequired, kGigabytes));
        assign(s.retentionMonths, r.number("retentionMonths", kOptional, kMonths));
        assign(s.months, r.number("months", kRequired, kMonths));
        return s;
    }
    }
    return {};
}

/**
 * A job states its hours (`hoursKey`) or the work it does (`work`), never both.
 * Returns the hours; sets `work` when the work is given and valid.
 */
std::optional<double> ProjectJsonReader::readHoursOrWork(JsonObjectReader &r, const char *hoursKey,
                                                         BoxedOptional<WorkSpec> &work)
{
    const bool hasHours = r.has(hoursKey);
    const bool hasWork = r.has("work");
    if (hasHours && hasWork) {
        error(r.path(), tr("give either %1 or work, not both").arg(QString::fromUtf8(hoursKey)));
    } else if (!hasHours && !hasWork) {
        error(r.pathOf(hoursKey),
              tr("required key is missing (give either %1 or work)")
                  .arg(QString::fromUtf8(hoursKey)));
    }
    const std::optional<double> hours = r.number(hoursKey, kOptional, kHours);
    if (const OrderedJson *json = r.object("work", kOptional))
        work = readWork(*json, r.pathOf("work"), true);
    return hours;
}

std::optional<WorkSpec> ProjectJsonReader::readWork(const OrderedJson &json, const QString &path,
                                                    bool trainingAllowed)
{
    JsonObjectReader r(json, path, m_issues);
    const qsizetype errorsBefore = qsizetype(m_issues.size());
    WorkSpec work;
    const std::optional<int> kind = r.keyword("kind", kRequired, workKindKeys());
    assignKeyword(work.kind, kind);
    assign(work.parameters, r.number("parameters", kRequired, kParameters));
    if (kind && work.kind == WorkSpec::Kind::Training && !trainingAllowed) {
        error(r.pathOf("kind"),
              tr("must be \"inference\": an endpoint serves requests, it does not train"));
    }

    // The keys of the other kind belong to the format: an error, not an extra.
    const auto notFor = [&r, this](const char *key, const QString &kindKey) {
        if (r.has(key))
            error(r.pathOf(key), tr("does not apply to %1 work").arg(kindKey));
    };
    // A part of the work that may not exceed its whole: `key` at most `whole`, or an error.
    const auto partOf = [&r, this](const char *key, const std::optional<double> &part, double whole,
                                   const QString &message) {
        if (part && whole > 0.0 && *part > whole)
            error(r.pathOf(key), message.arg(*part).arg(whole));
    };
    if (kind && work.kind == WorkSpec::Kind::Training) {
        assign(work.tokens, r.number("tokens", kRequired, kTokens));
        assign(work.epochs, r.number("epochs", kOptional, kEpochs));
        for (const char *key : {"requests", "requestsPerMonth", "tokensPerRequest",
                                "outputTokensPerRequest", "batchSize"})
            notFor(key, workKindKeys().at(*kind));
        work.trainableParameters = r.number("trainableParameters", kOptional, kParameters);
        partOf("trainableParameters", work.trainableParameters, work.parameters,
               tr("%1 trainable parameters is more than the model's %2 parameters"));
        // Counted together (WorkSpec::attentionFlopsPerToken); the estimate warns when only
        // some are stated, so that a form filled one field at a time always saves and reads.
        work.sequenceLength = r.number("sequenceLength", kOptional, kSequenceLength);
        if (const std::optional<int> layers = r.integer("layers", kOptional, 1, limits::kMaxLayers))
            work.layers = *layers;
        if (const std::optional<int> hidden =
                r.integer("hiddenSize", kOptional, 1, limits::kMaxHiddenSize))
            work.hiddenSize = *hidden;
    } else if (kind) {
        // An endpoint (the only holder of inference-only work) may state its traffic as a
        // monthly rate instead of the total over its hours provisioned.
        if (r.has("requestsPerMonth")) {
            if (trainingAllowed) {
                error(
                    r.pathOf("requestsPerMonth"),
                    tr("applies to endpoints only: a job's requests are its total, \"requests\""));
            } else if (r.has("requests")) {
                error(r.pathOf("requestsPerMonth"),
                      tr("give either \"requests\" (the total) or \"requestsPerMonth\", not both"));
            }
            assign(work.requests, r.number("requestsPerMonth", kRequired, kRequests));
            work.requestsPerMonth = true;
        } else {
            assign(work.requests, r.number("requests", kRequired, kRequests));
        }
        assign(work.tokensPerRequest, r.number("tokensPerRequest", kRequired, kTokensPerRequest));
        work.outputTokensPerRequest = r.number("outputTokensPerRequest", kOptional, kOutputTokens);
        partOf("outputTokensPerRequest", work.outputTokensPerRequest, work.tokensPerRequest,
               tr("%1 output tokens is more than the %2 tokensPerRequest they are part of"));
        work.batchSize = r.number("batchSize", kOptional, kBatchSize);
        for (const char *key :
             {"tokens", "epochs", "trainableParameters", "sequenceLength", "layers", "hiddenSize"})
            notFor(key, workKindKeys().at(*kind));
    }
    work.activeParameters = r.number("activeParameters", kOptional, kParameters);
    partOf("activeParameters", work.activeParameters, work.parameters,
           tr("%1 active parameters is more than the model's %2 parameters"));
    assignKeyword(work.precision, r.keyword("precision", kOptional, precisionKeys()));
    work.acceleratorLoad = r.number("acceleratorLoad", kOptional, kFraction);
    work.busyTimeFactor = r.number("busyTimeFactor", kOptional, kBusyTimeFactor);
    assign(work.busyTimeFactorSource, r.string("busyTimeFactorSource", kOptional));
    if (r.has("busyTimeFactorSource") && !work.busyTimeFactor)
        error(r.pathOf("busyTimeFactorSource"),
              tr("gives the source of a busyTimeFactor that "
                 "the work does not state"));
    work.extras = r.extras();

    if (!kind || hasErrors(Issues(m_issues.begin() + errorsBefore, m_issues.end())))
        return std::nullopt;
    return work;
}

} // namespace

QStringList workKindKeys()
{
    return {QStringLiteral("training"), QStringLiteral("inference")};
}

void ComponentCollector::component(std::size_t stageIndex, std::size_t, const QString &path,
                                   OrderedJson &element)
{
    if (m_stages.size() <= stageIndex)
        m_stages.resize(stageIndex + 1);
    Stage &stage = m_stages[stageIndex];
    if (std::optional<Component> c =
            ProjectJsonReader(stage.issues, nullptr, &m_names).readComponent(element, path))
        stage.components.push_back(std::move(*c));
}

void ComponentCollector::discard(std::size_t stageIndex, bool allStages)
{
    if (allStages)
        m_stages.clear();
    else if (stageIndex < m_stages.size())
        m_stages[stageIndex] = {};
}

ComponentCollector::Stage *ComponentCollector::stage(std::size_t stageIndex)
{
    return stageIndex < m_stages.size() ? &m_stages[stageIndex] : nullptr;
}

std::optional<Project> projectFromJson(const OrderedJson &document, Issues &issues,
                                       ComponentCollector *streamed)
{
    return ProjectJsonReader(issues, streamed).read(document);
}

} // namespace greenprint::Internal
