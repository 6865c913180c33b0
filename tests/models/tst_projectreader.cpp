// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectReader: valid files, every malformed-file fixture, limits and issue reporting.
#include "strictqtest.h"
#include "testpaths.h"

#include "io/formatversion.h"
#include "io/projectreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestProjectReader : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void readsValidFiles_data();
    void readsValidFiles();
    void rejectsInvalidFile_data();
    void rejectsInvalidFile();
    void everyInvalidFixtureIsTested();
    void readsEveryField();
    void appliesDefaultsForOptionalFields();
    void readsFileWithOnlyRequiredKeys();
    void defaultsNamesCountsAndPricing();
    void componentsShareRepeatedNames();
    void readsWorkOnEveryJobType();
    void readsEverySetting();
    void reportsEveryWorkProblem();
    void acceptsEveryNumberForm();
    void keepsUnknownKeysAtEveryLevel();
    void reportsEveryProblem();
    void stopsAtNewerFormatVersion();
    void refusesFilesOverTheSizeLimit();
    void refusesMissingFile();
    void warnsAboutUnknownKeysWithoutExtrasMap();
    void neverCrashesOnTruncatedInput();
    void reuseClearsIssues();
    void duplicateKeyInFormat1IsTheOnlyError_data();
    void duplicateKeyInFormat1IsTheOnlyError();

private:
    static QByteArray readAll(const QString &path);
};

namespace {

struct InvalidCase
{
    const char *file; ///< tests/data/invalid/<file>.greenprint
    QString jsonPath; ///< the path of the issue expected
    QString fragment; ///< a fragment of its message
};

/** One malformed-file fixture per row; every file in tests/data/invalid has one. */
std::vector<InvalidCase> invalidCases()
{
    std::vector<InvalidCase> cases;
    const auto row = [&cases](const char *file, const QString &jsonPath, const QString &fragment) {
        cases.push_back({file, jsonPath, fragment});
    };
    row("syntax-missing-comma", u""_s, u"invalid JSON at line 3, column 17"_s);
    row("syntax-trailing-comma", u""_s, u"line 4, column 1"_s);
    row("syntax-truncated", u""_s, u"unexpected end of input"_s);
    row("empty-file", u""_s, u"the file is empty"_s);
    row("nan-literal", u""_s, u"NaN and Infinity are not allowed"_s);
    row("infinity-literal", u""_s, u"NaN and Infinity are not allowed"_s);
    row("number-overflow", u""_s, u"number out of range at line"_s);
    row("invalid-utf8", u""_s, u"not valid UTF-8 text (at line"_s);
    row("duplicate-key", u"name"_s, u"duplicate key \"name\""_s);
    row("duplicate-key-nested", u"stages[0].components[0].count"_s, u"duplicate key"_s);
    row("nesting-too-deep", u"deep"_s + u"[0]"_s.repeated(63),
        u"nesting is deeper than 64 levels"_s);
    row("not-an-object", u""_s, u"must contain a JSON object"_s);
    row("wrong-format-id", u"format"_s, u"not a Greenprint project file"_s);
    row("missing-format", u"format"_s, u"required key is missing"_s);
    row("newer-format-version", u"formatVersion"_s,
        u"written by a newer Greenprint (format 3); this version reads up to 2"_s);
    row("format-version-zero", u"formatVersion"_s, u"must be an integer >= 1"_s);
    row("format-version-string", u"formatVersion"_s, u"must be an integer >= 1"_s);
    row("missing-name", u"name"_s, u"required key is missing"_s);
    row("name-not-string", u"name"_s, u"must be a string"_s);
    row("region-empty", u"region"_s, u"must be a non-empty string"_s);
    row("settings-not-object", u"settings"_s, u"must be an object"_s);
    row("methodology-unknown", u"settings.methodology"_s,
        u"must be one of: greenprint, ccf, green-algorithms"_s);
    row("include-embodied-string", u"settings.includeEmbodied"_s, u"must be true or false"_s);
    row("settings-pue-below-1", u"settings.pue"_s, u"must be a number between 1 and 3"_s);
    row("spot-discount-above-1", u"settings.spotDiscountFraction"_s,
        u"must be a number between 0 and 1"_s);
    row("duplicate-catalog-instance", u"catalog.instances[1].id"_s,
        u"duplicate catalog instance id \"lab-dgx-a100\" "
        "(first defined at catalog.instances[0].id)"_s);
    row("duplicate-catalog-region", u"catalog.regions[1].id"_s, u"duplicate catalog region id"_s);
    row("catalog-idle-above-max", u"catalog.instances[0].powerW.idle"_s,
        u"must not be greater than powerW.max"_s);
    row("catalog-vcpus-zero", u"catalog.instances[1].vcpus"_s, u"must be an integer >= 1"_s);
    row("catalog-region-pue-high", u"catalog.regions[0].pue"_s,
        u"must be a number between 1 and 3"_s);
    row("catalog-instance-not-object", u"catalog.instances[0]"_s, u"must be an object"_s);
    row("stages-wrong-order", u"stages[2].kind"_s,
        u"stage \"model-building\" is out of order: stages come in the order data-processing, "
        "model-building, training, inference"_s);
    row("stage-duplicate", u"stages[2].kind"_s,
        u"duplicate stage \"training\" (first at stages[1].kind)"_s);
    row("stage-kind-unknown", u"stages[0].kind"_s,
        u"must be one of: data-processing, model-building, training, inference"_s);
    row("stage-region-empty", u"stages[0].region"_s, u"must be a non-empty string"_s);
    row("components-not-array", u"stages[3].components"_s, u"must be an array"_s);
    row("component-type-unknown", u"stages[0].components[0].type"_s,
        u"must be one of: compute, storage, transfer, notebook, tuning, endpoint, logs"_s);
    row("compute-negative-hours", u"stages[2].components[1].hours"_s, u"must be a number >= 0"_s);
    row("compute-hours-string", u"stages[2].components[1].hours"_s, u"must be a number >= 0"_s);
    row("compute-utilization-above-1", u"stages[0].components[0].utilization"_s,
        u"must be a number between 0 and 1"_s);
    row("compute-count-zero", u"stages[0].components[0].count"_s, u"must be an integer >= 1"_s);
    row("compute-count-fractional", u"stages[0].components[0].count"_s,
        u"must be an integer >= 1"_s);
    row("compute-count-too-large", u"stages[0].components[0].count"_s,
        u"must be at most 1000000"_s);
    row("compute-pricing-unknown", u"stages[0].components[0].pricing"_s,
        u"must be one of: on-demand, spot"_s);
    row("compute-missing-instance", u"stages[0].components[0].instance"_s,
        u"required key is missing"_s);
    row("compute-measured-power-negative", u"stages[0].components[0].measuredPowerW"_s,
        u"must be a number >= 0"_s);
    row("storage-class-unknown", u"stages[0].components[1].storageClass"_s,
        u"must be one of: s3-standard, s3-intelligent-tiering"_s);
    row("transfer-missing-to-region", u"stages[0].components[2].toRegion"_s,
        u"required key is missing"_s);
    row("notebook-week-overbooked", u"stages[1].components[0]"_s,
        u"activeHoursPerWeek + idleHoursPerWeek must be at most 168"_s);
    row("notebook-active-above-168", u"stages[1].components[0].activeHoursPerWeek"_s,
        u"must be a number between 0 and 168"_s);
    row("tuning-trials-zero", u"stages[2].components[0].trials"_s, u"must be an integer >= 1"_s);
    row("tuning-strategy-unknown", u"stages[2].components[0].strategy"_s,
        u"must be one of: grid, random, bayesian, hyperband"_s);
    row("endpoint-models-hosted-zero", u"stages[3].components[0].modelsHosted"_s,
        u"must be an integer >= 1"_s);
    row("endpoint-mode-unknown", u"stages[3].components[0].mode"_s,
        u"must be one of: real-time, async, serverless, batch"_s);
    row("logs-negative-retention", u"stages[3].components[2].retentionMonths"_s,
        u"must be a number >= 0"_s);
    row("component-not-object", u"stages[2].components[0]"_s, u"must be an object"_s);
    row("several-errors", u"stages[2].components[0].strategy"_s, u"must be one of"_s);
    row("work-and-hours", u"stages[2].components[0]"_s, u"give either hours or work, not both"_s);
    row("tuning-work-and-hours-per-trial", u"stages[2].components[0]"_s,
        u"give either hoursPerTrial or work, not both"_s);
    row("compute-missing-hours-and-work", u"stages[2].components[0].hours"_s,
        u"required key is missing (give either hours or work)"_s);
    row("work-missing-parameters", u"stages[2].components[0].work.parameters"_s,
        u"required key is missing"_s);
    row("work-negative-tokens", u"stages[2].components[0].work.tokens"_s,
        u"must be a number > 0"_s);
    row("work-busy-time-factor-zero", u"stages[2].components[0].work.busyTimeFactor"_s,
        u"must be a number > 0"_s);
    row("work-busy-time-factor-source-alone",
        u"stages[2].components[0].work.busyTimeFactorSource"_s,
        u"gives the source of a busyTimeFactor that the work does not state"_s);
    row("work-kind-unknown", u"stages[2].components[0].work.kind"_s,
        u"must be one of: training, inference"_s);
    row("work-training-with-requests", u"stages[2].components[0].work.requests"_s,
        u"does not apply to training work"_s);
    row("endpoint-training-work", u"stages[3].components[0].work.kind"_s,
        u"must be \"inference\": an endpoint serves requests, it does not train"_s);
    row("work-precision-unknown", u"stages[3].components[0].work.precision"_s,
        u"must be one of: fp32, tf32, bf16, fp16, fp8, int8"_s);
    row("grid-dataset-unknown", u"settings.gridDataset"_s,
        u"must be one of: recommended, electricity-maps-2023, ccf, owid-ember"_s);
    row("server-lifetime-zero", u"settings.serverLifetimeYears"_s,
        u"must be a number between 1 and 15"_s);
    row("market-based-year-2019", u"settings.marketBasedYear"_s,
        u"must be an integer between 2022 and 2023"_s);
    row("constraints-accuracy-above-1", u"constraints.accuracyFloor"_s,
        u"must be a number between 0 and 1"_s);
    row("constraints-latency-zero", u"constraints.latencyCeilingMs"_s, u"must be a number > 0"_s);
    row("constraints-users-region-empty", u"constraints.usersRegion"_s,
        u"must be a non-empty string"_s);
    row("constraints-regions-empty", u"constraints.allowedRegions"_s,
        u"must list at least one region"_s);
    row("constraints-region-duplicate", u"constraints.allowedRegions[1]"_s,
        u"duplicate region \"eu-north-1\" (first at constraints.allowedRegions[0])"_s);
    row("constraints-not-object", u"constraints"_s, u"must be an object"_s);
    row("scenario-name-duplicate", u"scenarios[1].name"_s,
        u"duplicate scenario name \"A\" (first defined at scenarios[0].name)"_s);
    row("scenario-missing-name", u"scenarios[0].name"_s, u"required key is missing"_s);
    row("scenario-override-bad-path", u"scenarios[0].overrides[0].path"_s,
        u"is not a JSON path such as stages[2].components[0].instance"_s);
    row("scenario-override-missing-value", u"scenarios[0].overrides[0].value"_s,
        u"required key is missing"_s);
    row("scenarios-not-array", u"scenarios"_s, u"must be an array"_s);
    return cases;
}

QStringList validFiles()
{
    QStringList files;
    for (const QString &dir :
         {test::testDataPath(u"projects/v1"_s), test::sourcePath(u"data/examples"_s)}) {
        for (const QFileInfo &info :
             QDir(dir).entryInfoList({u"*.greenprint"_s}, QDir::Files, QDir::Name))
            files << info.absoluteFilePath();
    }
    return files;
}

} // namespace

QByteArray TestProjectReader::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProjectReader::readsValidFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = validFiles();
    QVERIFY(files.size() >= 9);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestProjectReader::readsValidFiles()
{
    QFETCH(QString, path);
    ProjectReader reader;
    const std::optional<Project> project = reader.readFile(path);
    QVERIFY2(project, qPrintable(reader.errorString()));
    QVERIFY2(reader.issues().empty(), qPrintable(reader.errorString()));
    QVERIFY(!project->name.isEmpty());
    for (int i = 0; i < kStageCount; ++i)
        QCOMPARE(project->stages[i].kind, kAllStageKinds[i]);
}

void TestProjectReader::rejectsInvalidFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("fragment");
    for (const InvalidCase &c : invalidCases()) {
        QTest::newRow(c.file) << test::testDataPath(
            u"invalid/%1.greenprint"_s.arg(QString::fromUtf8(c.file)))
                              << c.jsonPath << c.fragment;
    }
}

void TestProjectReader::rejectsInvalidFile()
{
    QFETCH(QString, path);
    QFETCH(QString, jsonPath);
    QFETCH(QString, fragment);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    ProjectReader reader;
    QVERIFY(!reader.readFile(path));
    QVERIFY(hasErrors(reader.issues()));
    const auto match =
        std::find_if(reader.issues().begin(), reader.issues().end(), [&](const Issue &issue) {
            return issue.path == jsonPath && issue.message.contains(fragment);
        });
    QVERIFY2(match != reader.issues().end(),
             qPrintable(
                 u"expected \"%1: %2\", got:\n%3"_s.arg(jsonPath, fragment, reader.errorString())));
    QCOMPARE(match->severity, Issue::Severity::Error);
    QCOMPARE(match->file, path);
    const QString line = jsonPath.isEmpty() ? path + u": "_s : path + u": "_s + jsonPath + u": "_s;
    QVERIFY(reader.errorString().contains(line + match->message));
}

void TestProjectReader::duplicateKeyInFormat1IsTheOnlyError_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("top level") << u"duplicate-key"_s;
    QTest::newRow("nested") << u"duplicate-key-nested"_s;
}

void TestProjectReader::duplicateKeyInFormat1IsTheOnlyError()
{
    // The file is format 1 and otherwise valid: it is checked after the upgrade to
    // format 2, so the provenance that format 1 never had is not reported missing.
    QFETCH(QString, file);
    ProjectReader reader;
    QVERIFY(!reader.readFile(test::testDataPath(u"invalid/%1.greenprint"_s.arg(file))));
    QCOMPARE(reader.fileFormatVersion(), 1);
    int errors = 0;
    for (const Issue &issue : reader.issues())
        errors += issue.severity == Issue::Severity::Error ? 1 : 0;
    QVERIFY2(errors == 1, qPrintable(reader.errorString()));
}

void TestProjectReader::everyInvalidFixtureIsTested()
{
    QStringList tested;
    for (const InvalidCase &c : invalidCases())
        tested << QString::fromUtf8(c.file);
    QVERIFY(tested.size() >= 24);
    const QStringList files = QDir(test::testDataPath(u"invalid"_s))
                                  .entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QVERIFY2(tested.contains(QFileInfo(file).completeBaseName()),
                 qPrintable(u"no test row for invalid/"_s + file));
    }
    QCOMPARE(files.size(), tested.size());
}

void TestProjectReader::readsEveryField()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/all-component-types.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QCOMPARE(p->name, u"Every component type"_s);
    QCOMPARE(p->region, u"eu-north-1"_s);
    QCOMPARE(p->appVersion, u"0.1.0"_s);
    QCOMPARE(p->settings.methodology, Methodology::Greenprint);
    QCOMPARE(p->settings.includeEmbodied, false);
    QCOMPARE(p->settings.pue, std::optional<double>(1.2));
    QCOMPARE(p->settings.spotDiscountFraction, std::optional<double>(0.65));

    QCOMPARE(p->catalogInstances.size(), std::size_t(2));
    const CatalogInstance &dgx = p->catalogInstances[0];
    QCOMPARE(dgx.id, u"lab-dgx-a100"_s);
    QCOMPARE(dgx.vcpus, 256);
    QCOMPARE(dgx.acceleratorCount, 8);
    QCOMPARE(dgx.idlePowerW, 1500.0);
    QCOMPARE(dgx.maxPowerW, 6500.0);
    QCOMPARE(dgx.priceUsdPerHour, std::optional<double>(14.5));
    QCOMPARE(p->catalogInstances[1].priceUsdPerHour, std::nullopt);
    QCOMPARE(p->catalogRegions.size(), std::size_t(2));
    QCOMPARE(p->catalogRegions[0].pue, std::optional<double>(1.45));
    QCOMPARE(p->catalogRegions[1].pue, std::nullopt);

    const Stage &ingest = p->stages[0];
    QCOMPARE(ingest.name, u"Ingest"_s);
    QCOMPARE(ingest.region, u"us-west-2"_s);
    QCOMPARE(p->stages[1].region, QString());
    QCOMPARE(ingest.components.size(), std::size_t(3));
    const auto *compute = std::get_if<ComputeSpec>(&ingest.components[0].spec);
    QVERIFY(compute);
    QCOMPARE(compute->instance, u"m7i.4xlarge"_s);
    QCOMPARE(compute->count, 3);
    QCOMPARE(compute->hours, 12.5);
    QCOMPARE(compute->pricing, Pricing::Spot);
    QCOMPARE(compute->measuredPowerW, std::optional<double>(180.25));
    const auto *storage = std::get_if<StorageSpec>(&ingest.components[1].spec);
    QVERIFY(storage);
    QCOMPARE(storage->storageClass, StorageClass::S3OneZoneIA);
    const auto *transfer = std::get_if<TransferSpec>(&ingest.components[2].spec);
    QVERIFY(transfer);
    QCOMPARE(transfer->toRegion, u"eu-north-1"_s);
    const auto *notebook = std::get_if<NotebookSpec>(&p->stages[1].components[0].spec);
    QVERIFY(notebook);
    QCOMPARE(notebook->idleHoursPerWeek, 128.0);
    QCOMPARE(notebook->activeUtilization, 0.45);
    const auto *tuning = std::get_if<TuningSpec>(&p->stages[2].components[0].spec);
    QVERIFY(tuning);
    QCOMPARE(tuning->strategy, TuningStrategy::Grid);
    QCOMPARE(tuning->trials, 16);
    const auto *endpoint = std::get_if<EndpointSpec>(&p->stages[3].components[0].spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->mode, EndpointMode::Async);
    QCOMPARE(endpoint->modelsHosted, 3);
    const auto *logs = std::get_if<LogsSpec>(&p->stages[3].components[2].spec);
    QVERIFY(logs);
    QCOMPARE(logs->retentionMonths, 0.0);
    QCOMPARE(logs->months, 24.0);
}

void TestProjectReader::appliesDefaultsForOptionalFields()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/optional-fields-absent.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QCOMPARE(p->settings.pue, std::nullopt);
    QCOMPARE(p->settings.spotDiscountFraction, std::nullopt);
    QCOMPARE(p->settings.gridDataset, GridDatasetChoice::Recommended);
    QCOMPARE(p->settings.serverLifetimeYears, 4.0); // format 1's documented default
    QCOMPARE(p->settings.marketBasedYear, 2023);
    QVERIFY(p->settings.extras.isEmpty());
    const auto *compute = std::get_if<ComputeSpec>(&p->stages[0].components[0].spec);
    QVERIFY(compute);
    QCOMPARE(compute->measuredPowerW, std::nullopt);
    QCOMPARE(compute->work, std::nullopt);
    const auto *notebook = std::get_if<NotebookSpec>(&p->stages[1].components[0].spec);
    QVERIFY(notebook);
    QCOMPARE(notebook->activeUtilization, NotebookSpec().activeUtilization);
}

void TestProjectReader::readsFileWithOnlyRequiredKeys()
{
    ProjectReader reader;
    const std::optional<Project> p = reader.readFile(
        test::testDataPath(u"projects/handwritten/required-keys-only.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QVERIFY2(reader.issues().empty(), qPrintable(reader.errorString()));
    QCOMPARE(p->name, u"Only the required keys"_s);
    QCOMPARE(p->appVersion, QString());
    QCOMPARE(p->region, u"us-east-1"_s);
    QCOMPARE(p->provenance, Provenance());
    QCOMPARE(p->settings, ProjectSettings());
    QVERIFY(p->catalogInstances.empty());
    QVERIFY(p->catalogRegions.empty());
    QCOMPARE(p->componentCount(), 0);
    const QStringList names{u"Data processing"_s, u"Model building"_s, u"Training"_s,
                            u"Inference"_s};
    for (int i = 0; i < kStageCount; ++i) {
        QCOMPARE(p->stages[i].kind, kAllStageKinds[i]);
        QCOMPARE(p->stages[i].name, names.at(i));
    }
}

void TestProjectReader::defaultsNamesCountsAndPricing()
{
    ProjectReader reader;
    const std::optional<Project> p = reader.readFile(
        test::testDataPath(u"projects/handwritten/defaults-everywhere.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QVERIFY2(reader.issues().empty(), qPrintable(reader.errorString()));
    QCOMPARE(p->region, u"eu-west-1"_s);
    // Stages left out are empty; listed ones land at their kind's place.
    QVERIFY(p->stages[0].components.empty());
    QVERIFY(p->stages[1].components.empty());
    QCOMPARE(p->stages[2].name, u"Training"_s);
    QCOMPARE(p->stages[3].name, u"Serving"_s);

    const ComponentList &training = p->stages[2].components;
    QCOMPARE(training.size(), std::size_t(2));
    QCOMPARE(training[0].name, u"compute g5.xlarge"_s);
    const auto *compute = std::get_if<ComputeSpec>(&training[0].spec);
    QVERIFY(compute);
    QCOMPARE(compute->count, 1);
    QCOMPARE(compute->pricing, Pricing::OnDemand);
    QCOMPARE(compute->hours, 10.0);
    QCOMPARE(training[1].name, u"storage"_s);

    const ComponentList &serving = p->stages[3].components;
    QCOMPARE(serving[0].name, u"Real-time endpoint"_s);
    const auto *endpoint = std::get_if<EndpointSpec>(&serving[0].spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->count, 1);
    QCOMPARE(endpoint->modelsHosted, 1);
    const auto *logs = std::get_if<LogsSpec>(&serving[1].spec);
    QVERIFY(logs);
    QCOMPARE(logs->retentionMonths, 0.0); // never expire, like a new CloudWatch log group
}

/**
 * The instance and region names that components repeat are converted once: equal names share
 * one string (a large plan would otherwise hold a copy per component), and a different one
 * stays apart.
 */
void TestProjectReader::componentsShareRepeatedNames()
{
    const QByteArray json = R"({"format": "greenprint-project", "formatVersion": 2, "name": "p",
        "stages": [{"kind": "training", "components": [
          {"type": "compute", "instance": "g5.xlarge", "hours": 1},
          {"type": "compute", "instance": "g5.xlarge", "hours": 2},
          {"type": "transfer", "sizeGB": 1, "toRegion": "eu-west-1"},
          {"type": "notebook", "instance": "m6i.xlarge", "activeHoursPerWeek": 1,
           "idleHoursPerWeek": 1, "weeks": 1},
          {"type": "transfer", "sizeGB": 2, "toRegion": "eu-west-1"}]}]})";
    ProjectReader reader;
    const std::optional<Project> p = reader.read(json, u"shared.greenprint"_s);
    QVERIFY2(p, qPrintable(reader.errorString()));
    const ComponentList &c = p->stages[2].components;
    QCOMPARE(c.size(), std::size_t(5));
    const QString first = std::get<ComputeSpec>(c[0].spec).instance;
    const QString second = std::get<ComputeSpec>(c[1].spec).instance;
    QCOMPARE(second, u"g5.xlarge"_s);
    QVERIFY(first.isSharedWith(second));
    const QString notebook = std::get<NotebookSpec>(c[3].spec).instance;
    QCOMPARE(notebook, u"m6i.xlarge"_s);
    QVERIFY(!notebook.isSharedWith(first));
    const QString to = std::get<TransferSpec>(c[2].spec).toRegion;
    QCOMPARE(to, u"eu-west-1"_s);
    QVERIFY(to.isSharedWith(std::get<TransferSpec>(c[4].spec).toRegion));
}

void TestProjectReader::readsWorkOnEveryJobType()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/work-on-every-type.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QVERIFY(reader.issues().empty());

    // Tuning: the work of one trial; epochs and precision take their defaults.
    const auto *tuning = std::get_if<TuningSpec>(&p->stages[1].components[0].spec);
    QVERIFY(tuning);
    QVERIFY(tuning->work);
    QCOMPARE(tuning->hoursPerTrial, 0.0);
    QCOMPARE(tuning->trials, 12);
    QCOMPARE(tuning->work->kind, WorkSpec::Kind::Training);
    QCOMPARE(tuning->work->parameters, 125e6);
    QCOMPARE(tuning->work->tokens, 2.5e9);
    QCOMPARE(tuning->work->epochs, 1.0);
    QCOMPARE(tuning->work->precision, Precision::Bf16);
    QVERIFY(tuning->work->extras.isEmpty());

    // Compute with training work: every key, unknown keys inside work kept.
    const ComponentList &training = p->stages[2].components;
    QCOMPARE(training.size(), std::size_t(3));
    const auto *pretrain = std::get_if<ComputeSpec>(&training[0].spec);
    QVERIFY(pretrain);
    QCOMPARE(pretrain->hours, 0.0);
    QCOMPARE(pretrain->count, 16);
    QCOMPARE(pretrain->measuredPowerW, std::optional<double>(7200.0));
    QCOMPARE(pretrain->pricing, Pricing::Spot);
    QVERIFY(pretrain->work);
    const WorkSpec &w = *pretrain->work;
    QCOMPARE(w.kind, WorkSpec::Kind::Training);
    QCOMPARE(w.parameters, 7e9);
    QCOMPARE(w.tokens, 1.5e12);
    QCOMPARE(w.epochs, 1.5);
    QCOMPARE(w.precision, Precision::Fp8);
    QCOMPARE(w.requests, 0.0);
    QCOMPARE(w.extras.keys(), (QStringList{u"activationCheckpointing"_s, u"optimizer"_s}));
    QCOMPARE(w.extras.value(u"optimizer"_s),
             QByteArray("{\"name\":\"adamw\",\"betas\":[0.9,0.95]}"));
    QCOMPARE(w.flops(), 6.0 * 7e9 * 1.5e12 * 1.5);
    QVERIFY(training[0].extras.isEmpty()); // work is a known key of the component

    // Compute with inference work (zero requests are allowed).
    const auto *scoring = std::get_if<ComputeSpec>(&training[1].spec);
    QVERIFY(scoring);
    QVERIFY(scoring->work);
    QCOMPARE(scoring->work->kind, WorkSpec::Kind::Inference);
    QCOMPARE(scoring->work->requests, 0.0);
    QCOMPARE(scoring->work->tokensPerRequest, 128.0);
    QCOMPARE(scoring->work->precision, Precision::Int8);
    QCOMPARE(scoring->work->flops(), 0.0);

    // Hours alone still work.
    const auto *hours = std::get_if<ComputeSpec>(&training[2].spec);
    QVERIFY(hours);
    QCOMPARE(hours->hours, 3.0);
    QCOMPARE(hours->work, std::nullopt);

    // Endpoints: hoursProvisioned plus the inference work they serve.
    const auto *chat = std::get_if<EndpointSpec>(&p->stages[3].components[0].spec);
    QVERIFY(chat);
    QCOMPARE(chat->hoursProvisioned, 8760.0);
    QVERIFY(chat->work);
    QCOMPARE(chat->work->kind, WorkSpec::Kind::Inference);
    QCOMPARE(chat->work->parameters, 7e9);
    QCOMPARE(chat->work->requests, 24e6);
    QCOMPARE(chat->work->tokensPerRequest, 512.0);
    QCOMPARE(chat->work->precision, Precision::Bf16);
    QCOMPARE(chat->work->epochs, 1.0); // untouched default
    QCOMPARE(chat->work->extras.value(u"batching"_s), QByteArray("\"continuous\""));
    QCOMPARE(chat->work->flops(), 2.0 * 7e9 * 512.0 * 24e6);
    const auto *batch = std::get_if<EndpointSpec>(&p->stages[3].components[1].spec);
    QVERIFY(batch);
    QVERIFY(batch->work);
    QCOMPARE(batch->work->tokensPerRequest, 64.5);
    QCOMPARE(batch->work->precision, Precision::Fp16);
    // A work's busy-time factor and its source (the advisor's compiled copies).
    QCOMPARE(batch->work->busyTimeFactor, std::optional<double>(0.871878));
    QCOMPARE(batch->work->busyTimeFactorSource, u"measured:h100 torch.compile vs eager (run 2)"_s);
    QVERIFY(batch->work->extras.isEmpty());
    QCOMPARE(chat->work->busyTimeFactor, std::nullopt);
}

void TestProjectReader::readsEverySetting()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/settings-every-key.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QCOMPARE(p->settings.methodology, Methodology::CloudCarbonFootprint);
    QCOMPARE(p->settings.includeEmbodied, true);
    QCOMPARE(p->settings.gridDataset, GridDatasetChoice::ElectricityMaps2023);
    QCOMPARE(p->settings.serverLifetimeYears, 6.0);
    QCOMPARE(p->settings.marketBasedYear, 2022);
    QCOMPARE(p->settings.pue, std::optional<double>(1.135));
    QCOMPARE(p->settings.spotDiscountFraction, std::optional<double>(0.7));
    QVERIFY(p->settings.extras.isEmpty());

    // The ends of each range are accepted; just beyond them is not.
    const QByteArray json =
        readAll(test::testDataPath(u"projects/v1/settings-every-key.greenprint"_s));
    const auto withSettings = [&json](const QByteArray &from, const QByteArray &to) {
        QByteArray copy = json;
        copy.replace(from, to);
        return copy;
    };
    struct Case
    {
        QByteArray from;
        QByteArray to;
        bool valid;
    };
    const std::vector<Case> cases{
        {"\"serverLifetimeYears\": 6", "\"serverLifetimeYears\": 1", true},
        {"\"serverLifetimeYears\": 6", "\"serverLifetimeYears\": 15", true},
        {"\"serverLifetimeYears\": 6", "\"serverLifetimeYears\": 5.5", true},
        {"\"serverLifetimeYears\": 6", "\"serverLifetimeYears\": 15.01", false},
        {"\"serverLifetimeYears\": 6", "\"serverLifetimeYears\": \"6\"", false},
        {"\"marketBasedYear\": 2022", "\"marketBasedYear\": 2023", true},
        {"\"marketBasedYear\": 2022", "\"marketBasedYear\": 2023.0", true},
        {"\"marketBasedYear\": 2022", "\"marketBasedYear\": 2024", false},
        {"\"marketBasedYear\": 2022", "\"marketBasedYear\": 2022.5", false},
        {"\"gridDataset\": \"electricity-maps-2023\"", "\"gridDataset\": \"ccf\"", true},
        {"\"gridDataset\": \"electricity-maps-2023\"", "\"gridDataset\": \"owid-ember\"", true},
        {"\"gridDataset\": \"electricity-maps-2023\"", "\"gridDataset\": \"recommended\"", true},
        {"\"gridDataset\": \"electricity-maps-2023\"", "\"gridDataset\": \"\"", false},
    };
    for (const Case &c : cases) {
        const QByteArray changed = withSettings(c.from, c.to);
        QVERIFY(changed != json);
        QCOMPARE(bool(reader.read(changed, u"s"_s)), c.valid);
        if (!c.valid)
            QVERIFY2(reader.issues().front().path.startsWith(u"settings."_s),
                     qPrintable(reader.errorString()));
    }
}

void TestProjectReader::reportsEveryWorkProblem()
{
    // Several problems inside one work object are all reported, each with its path.
    const QByteArray json = R"({
      "format": "greenprint-project", "formatVersion": 1, "appVersion": "0.1.0",
      "name": "w", "region": "us-east-1",
      "settings": {"methodology": "greenprint", "includeEmbodied": true},
      "catalog": {"instances": [], "regions": []},
      "stages": [
        {"kind": "data-processing", "name": "d", "components": []},
        {"kind": "model-building", "name": "m", "components": []},
        {"kind": "training", "name": "t", "components": [
          {"type": "compute", "name": "c", "instance": "p5.48xlarge", "count": 1,
           "utilization": 0.9, "pricing": "on-demand",
           "work": {"kind": "inference", "parameters": 0, "tokensPerRequest": -1,
                    "epochs": 2, "precision": "BF16"}},
          {"type": "compute", "name": "not an object", "instance": "p5.48xlarge", "count": 1,
           "utilization": 0.9, "pricing": "on-demand", "work": [1]}]},
        {"kind": "inference", "name": "i", "components": [
          {"type": "endpoint", "name": "e", "mode": "batch", "instance": "g5.xlarge",
           "count": 1, "utilization": 0.5, "modelsHosted": 1,
           "work": {"kind": "inference", "parameters": 1e9, "requests": 5,
                    "tokensPerRequest": 10}}]}
      ]
    })";
    ProjectReader reader;
    QVERIFY(!reader.read(json, u"w"_s));
    QStringList lines;
    for (const Issue &issue : reader.issues()) {
        QCOMPARE(issue.severity, Issue::Severity::Error);
        lines << issue.path + u": "_s + issue.message;
    }
    const QString work = u"stages[2].components[0].work."_s;
    QCOMPARE(lines,
             (QStringList{
                 work + u"parameters: must be a number > 0"_s,
                 work + u"requests: required key is missing"_s,
                 work + u"tokensPerRequest: must be a number > 0"_s,
                 work + u"epochs: does not apply to inference work"_s,
                 work + u"precision: must be one of: fp32, tf32, bf16, fp16, fp8, int8"_s,
                 u"stages[2].components[1].work: must be an object"_s,
                 u"stages[3].components[0].hoursProvisioned: required key is missing"_s,
             }));
}

void TestProjectReader::acceptsEveryNumberForm()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/number-forms.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QCOMPARE(p->settings.pue, std::optional<double>(1.1));
    QCOMPARE(p->settings.spotDiscountFraction, std::optional<double>(0.7));
    const auto *compute = std::get_if<ComputeSpec>(&p->stages[0].components[0].spec);
    QVERIFY(compute);
    QCOMPARE(compute->count, 2); // written as 2.0
    QCOMPARE(compute->hours, 1000.0); // written as 1e3
    QCOMPARE(compute->utilization, 0.30000000000000004);
    const auto *storage = std::get_if<StorageSpec>(&p->stages[1].components[0].spec);
    QVERIFY(storage);
    QCOMPARE(storage->sizeGB, 1e-9);
    QCOMPARE(storage->months, 0.0); // -0.0 is not below 0
    const auto *logs = std::get_if<LogsSpec>(&p->stages[2].components[0].spec);
    QVERIFY(logs);
    QCOMPARE(logs->gbPerMonth, 1e9); // more digits than a double holds: the nearest one
    QCOMPARE(logs->months, 1200.0); // written as 1.2e3
}

void TestProjectReader::keepsUnknownKeysAtEveryLevel()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/v1/unknown-keys-everywhere.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QCOMPARE(p->extras.keys(), (QStringList{u"aFirst"_s, u"generator"_s, u"zzLast"_s}));
    QCOMPARE(p->extras.value(u"aFirst"_s), QByteArray("\"top-level extra\""));
    // Nested key order and number forms are kept as written.
    QCOMPARE(p->extras.value(u"zzLast"_s),
             QByteArray("{\"list\":[{\"b\":1,\"a\":2}],\"big\":123456789012345678,"
                        "\"neg\":-42,\"float\":2.0}"));
    QCOMPARE(p->settings.extras.value(u"zExtraSetting"_s),
             QByteArray("{\"nested\":{\"b\":2,\"a\":[1,2.5,null,true,\"x\"]}}"));
    QCOMPARE(p->settings.extras.value(u"aaFirst"_s), QByteArray("0.1"));
    QCOMPARE(p->catalogExtras.value(u"sourceUrl"_s),
             QByteArray("\"https://example.org/catalog.json\""));
    QCOMPARE(p->catalogInstances[0].extras.value(u"rackUnits"_s), QByteArray("2"));
    QCOMPARE(p->catalogRegions[0].extras.value(u"coordinates"_s), QByteArray("[47.37,8.54]"));
    QCOMPARE(p->stages[0].extras.value(u"weights"_s), QByteArray("[1e-07,1.5e+300,-3]"));
    QCOMPARE(p->stages[1].extras.value(u"owner"_s), QByteArray("null"));
    QCOMPARE(p->stages[0].components[0].extras.value(u"futureField"_s),
             QByteArray("{\"z\":1,\"a\":\"é\\\"\\\\\\n\\t\"}"));
    const ComponentList &c = p->stages[2].components;
    QCOMPARE(c.size(), std::size_t(5));
    QCOMPARE(c[0].extras.value(u"lifecycle"_s), QByteArray("{\"afterDays\":30}"));
    QCOMPARE(c[1].extras.value(u"via"_s), QByteArray("\"direct-connect\""));
    QCOMPARE(c[2].extras.value(u"earlyStopping"_s), QByteArray("true"));
    QCOMPARE(c[3].extras.value(u"autoscaling"_s), QByteArray("{\"min\":1,\"max\":4}"));
    QCOMPARE(c[4].extras.value(u"logGroup"_s), QByteArray("\"/aws/sagemaker/Endpoints\""));
    // Each component has its own keys only: the reader builds consecutive components in
    // the same storage, emptied in between, and nothing of one may reach the next.
    const QStringList ownExtra[] = {
        {u"lifecycle"_s}, {u"via"_s}, {u"earlyStopping"_s}, {u"autoscaling"_s}, {u"logGroup"_s}};
    for (std::size_t i = 0; i < c.size(); ++i)
        QCOMPARE(c[i].extras.keys(), ownExtra[i]);
    QCOMPARE(c[1].name, u"t"_s);
    QCOMPARE(p->stages[1].components[0].extras.value(u"kernel"_s), QByteArray("\"python3\""));
}

void TestProjectReader::reportsEveryProblem()
{
    ProjectReader reader;
    const QString path = test::testDataPath(u"invalid/several-errors.greenprint"_s);
    QVERIFY(!reader.readFile(path));
    QStringList paths;
    for (const Issue &issue : reader.issues())
        paths << issue.path;
    paths.sort();
    QCOMPARE(paths,
             (QStringList{u"settings.pue"_s, u"stages[0].components[0].hours"_s,
                          u"stages[2].components[0].strategy"_s,
                          u"stages[3].components[0].instance"_s}));
    QCOMPARE(reader.errorString().split(u'\n').size(), 4);
    QVERIFY(reader.errorString().contains(
        path + u": stages[0].components[0].hours: must be a number >= 0"_s));
}

void TestProjectReader::stopsAtNewerFormatVersion()
{
    ProjectReader reader;
    const QByteArray json =
        "{\"format\": \"greenprint-project\", \"formatVersion\": 7, \"stages\": 5}";
    QVERIFY(!reader.read(json, u"future.greenprint"_s));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QCOMPARE(reader.errorString(),
             u"future.greenprint: formatVersion: written by a newer Greenprint (format 7); "
             "this version reads up to 2"_s);
}

void TestProjectReader::refusesFilesOverTheSizeLimit()
{
    ProjectReader reader;
    QByteArray huge(kProjectMaxFileSize + 1, ' ');
    QVERIFY(!reader.read(huge, u"huge.greenprint"_s));
    QVERIFY2(reader.errorString().contains(u"larger than 256 MiB"_s),
             qPrintable(reader.errorString()));
    huge.clear();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.greenprint"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kProjectMaxFileSize + 4096)); // sparse: nothing is written
    file.close();
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QVERIFY(reader.errorString().contains(u"larger than 256 MiB"_s));
}

void TestProjectReader::refusesMissingFile()
{
    ProjectReader reader;
    const QString path = test::testDataPath(u"does-not-exist.greenprint"_s);
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QVERIFY(reader.errorString().startsWith(path + u": cannot open the file"_s));
}

void TestProjectReader::warnsAboutUnknownKeysWithoutExtrasMap()
{
    QByteArray json = readAll(test::testDataPath(u"projects/v1/all-component-types.greenprint"_s));
    QVERIFY(json.contains("\"max\": 6500"));
    json.replace("\"max\": 6500", "\"max\": 6500, \"peak\": 7000");
    ProjectReader reader;
    QVERIFY2(reader.read(json, u"x.greenprint"_s), qPrintable(reader.errorString()));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QCOMPARE(reader.issues().front().severity, Issue::Severity::Warning);
    QCOMPARE(reader.issues().front().path, u"catalog.instances[0].powerW.peak"_s);
}

void TestProjectReader::neverCrashesOnTruncatedInput()
{
    const QByteArray json =
        readAll(test::testDataPath(u"projects/v1/all-component-types.greenprint"_s));
    QVERIFY(!json.isEmpty());
    ProjectReader reader;
    for (qsizetype n = 0; n < json.size() - 2; n += 7) {
        QVERIFY(!reader.read(json.left(n), u"t"_s));
        QVERIFY(hasErrors(reader.issues()));
    }
    QVERIFY(reader.read(json, u"t"_s));
}

void TestProjectReader::reuseClearsIssues()
{
    ProjectReader reader;
    QVERIFY(!reader.read("[]", u"a"_s));
    QVERIFY(!reader.issues().empty());
    QVERIFY(reader.readFile(test::testDataPath(u"projects/v1/minimal.greenprint"_s)));
    QVERIFY(reader.issues().empty());
    QVERIFY(reader.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectReader)
#include "tst_projectreader.moc"
