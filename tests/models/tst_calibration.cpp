// SPDX-License-Identifier: GPL-3.0-or-later
// Calibrating a plan from actuals: numbers worked out by hand on the test fixture.

// Qt headers first: moc (Qt 6.4) cannot parse <compare> unless a Qt header came before.
#include <QtGlobal>

#include "actuals/calibration.h"
#include "actuals/calibrationformats.h"
#include "actuals/importer.h"
#include "advisor/advisor.h"
#include "engine/estimator.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QTest>

using namespace greenprint;
using namespace greenprint::actuals;
using namespace Qt::Literals::StringLiterals;

namespace {

/*
 * Region r-a (400 g/kWh, PUE 1.2), embodied left out. test.gpu: 100 W idle,
 * 300 W at 50 %, 400 W peak.
 * Training "train": 2 x test.gpu for 10 h at 50 %. Model building "nb": a
 * notebook. Inference "serve": 1 x test.gpu real-time, 8760 h at 30 %.
 */
Project makeProject()
{
    Project p;
    p.name = u"Calibration"_s;
    p.region = u"r-a"_s;
    p.settings.includeEmbodied = false;
    ComputeSpec train;
    train.instance = u"test.gpu"_s;
    train.count = 2;
    train.hours = 10.0;
    train.utilization = 0.5;
    p.stage(StageKind::Training).components.push_back({u"train"_s, train, {}});
    NotebookSpec nb;
    nb.instance = u"test.gpu"_s;
    nb.activeHoursPerWeek = 10.0;
    nb.weeks = 4.0;
    p.stage(StageKind::ModelBuilding).components.push_back({u"nb"_s, nb, {}});
    EndpointSpec serve;
    serve.instance = u"test.gpu"_s;
    serve.hoursProvisioned = 8760.0;
    serve.utilization = 0.3;
    p.stage(StageKind::Inference).components.push_back({u"serve"_s, serve, {}});
    return p;
}

ImportedData import(SourceKind kind, const QString &file)
{
    ImportedData data;
    data.provenance.kind = kind;
    data.provenance.file = u"/somewhere/"_s + file;
    return data;
}

UsageRow billed(const QString &tag, const QString &instance, double hours, QDate day)
{
    UsageRow r;
    r.day = day;
    r.account = u"1"_s;
    r.region = u"r-a"_s;
    r.product = u"AmazonEC2"_s;
    r.usageType = u"BoxUsage:"_s + instance;
    r.instanceType = instance;
    r.componentTag = tag;
    r.category = UsageCategory::Compute;
    r.unit = u"Hrs"_s;
    r.usageAmount = hours;
    r.lineItems = 1;
    return r;
}

actuals::Measurement measured(SourceKind source, const QString &tag, double hours,
                              std::optional<double> utilization, std::optional<double> powerW,
                              const QString &run = u"run-1"_s)
{
    actuals::Measurement m;
    m.source = source;
    m.resource = run;
    m.componentTag = tag;
    m.start = QDateTime(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC);
    m.end = m.start.addSecs(qint64(hours * 3600));
    m.hours = hours;
    m.averageUtilization = utilization;
    m.averagePowerW = powerW;
    m.samples = 1;
    return m;
}

/** Bill: 30 + 6 instance-hours of test.gpu for "train"; CloudWatch: 20 % for 1 h, 80 % for 3 h. */
std::vector<ImportedData> trainImports()
{
    ImportedData bill = import(SourceKind::Cur, u"bill.csv"_s);
    bill.usage = {billed(u"train"_s, u"test.gpu"_s, 30.0, QDate(2024, 5, 10)),
                  billed(u"train"_s, u"test.gpu"_s, 6.0, QDate(2024, 5, 12))};
    ImportedData cw = import(SourceKind::CloudWatch, u"cw.csv"_s);
    cw.measurements = {measured(SourceKind::CloudWatch, u"train"_s, 1.0, 0.2, std::nullopt),
                       measured(SourceKind::CloudWatch, u"train"_s, 3.0, 0.8, std::nullopt)};
    return {bill, cw};
}

const ComponentCalibration *find(const CalibrationResult &r, const QString &name)
{
    for (const ComponentCalibration &c : r.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestCalibration : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void measuredValuesReplaceAssumptions();
    void measuredPowerGivesTheEnergy();
    void refusals_data();
    void refusals();
    void endpointKeepsItsHorizon();
    void roundTripsThroughTheFile();
    void fileErrorsNameTheJsonPath_data();
    void fileErrorsNameTheJsonPath();
    void editedValueIsNoLongerMeasured();
    void sampleImportsCalibrateTheExample();
    void rightSizingSaysUtilizationWasMeasured();
    void csvPlanListsTheMeasuredValues();
};

void TestCalibration::measuredValuesReplaceAssumptions()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    const CalibrationResult r = calibrateFromActuals(project, estimateProject(project, reference),
                                                     reference, trainImports());
    const ComponentCalibration *train = find(r, u"train"_s);
    QVERIFY(train && train->calibrated);
    const auto &spec = std::get<ComputeSpec>(train->calibrated->spec);
    QCOMPARE(spec.hours, 18.0); // (30 + 6) instance-hours / 2 instances
    QCOMPARE(spec.utilization, (0.2 * 1.0 + 0.8 * 3.0) / 4.0); // hours-weighted: 0.65
    QCOMPARE(spec.measuredPowerW, std::nullopt); // no CodeCarbon: the power model stays
    const Calibration &cal = *train->calibrated->calibration;
    QCOMPARE(cal.hours->planned, std::optional<double>(10.0));
    QCOMPARE(cal.hours->files, QStringList{u"bill.csv"_s}); // the name, never the folder
    QCOMPARE(cal.hours->source, u"cur"_s);
    QCOMPARE(cal.hours->from, QDate(2024, 5, 10));
    QCOMPARE(cal.hours->to, QDate(2024, 5, 12));
    QCOMPARE(cal.hours->records, 2);
    QCOMPARE(cal.utilization->planned, std::optional<double>(0.5));
    QCOMPARE(cal.utilization->source, u"cloudwatch"_s);
    QVERIFY(!cal.powerW);

    // The estimate names what was measured, with value and source.
    const Project calibrated = applyCalibration(project, r);
    const Estimate e = estimateProject(calibrated, reference);
    const QString all = e.assumptions.join(u'\n');
    QVERIFY2(all.contains(u"\"train\": measured 18.00 h per instance (the plan assumed 10.00 h), "
                          u"from bill.csv (cur, 2024-05-10 to 2024-05-12, 2 record(s))"_s),
             qPrintable(all));
    QVERIFY(all.contains(u"\"train\": measured utilization 65.0 % (the plan assumed 50.0 %)"_s));
    QVERIFY(!all.contains(u"measured average power"_s));
    // The notebook matched nothing: only the matched component is listed.
    QCOMPARE(int(r.components.size()), 1);
}

void TestCalibration::measuredPowerGivesTheEnergy()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    std::vector<ImportedData> imports = trainImports();
    ImportedData cc = import(SourceKind::CodeCarbon, u"emissions.csv"_s);
    cc.measurements = {measured(SourceKind::CodeCarbon, u"train"_s, 4.0, std::nullopt, 250.0)};
    imports.push_back(cc);
    const CalibrationResult r =
        calibrateFromActuals(project, estimateProject(project, reference), reference, imports);
    const Project calibrated = applyCalibration(project, r);
    const auto &spec = std::get<ComputeSpec>(calibrated.stages[2].components[0].spec);
    QCOMPARE(spec.measuredPowerW, std::optional<double>(250.0));
    // The plan's power at 50 % on test.gpu is 300 W (the fixture's curve).
    QCOMPARE(calibrated.stages[2].components[0].calibration->powerW->planned,
             std::optional<double>(300.0));
    // 250 W x 18 h x 2 instances = 9 kWh IT; x PUE 1.2 = 10.8 kWh; x 0.4 kg/kWh = 4.32 kg.
    const Estimate e = estimateProject(calibrated, reference);
    const ComponentEstimate &train = e.stages[2].components[0];
    QVERIFY(qAbs(train.footprint.energy.kWh - 10.8) < 1e-9);
    QVERIFY(qAbs(train.footprint.co2e.kg - 4.32) < 1e-9);
    QVERIFY(e.assumptions.join(u'\n').contains(
        u"\"train\": measured average power 250.0 W per instance replaces the power model "
        u"(300.0 W at the plan's load), from emissions.csv (codecarbon"_s));
}

void TestCalibration::refusals_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("source"); // "power", "other-instance", "notebook"
    QTest::addColumn<QString>("expected");
    QTest::newRow("power above the instance's peak")
        << u"train"_s << u"power"_s
        << u"emissions.csv: run \"run-7\" (row ending 2024-05-10T12:00:00Z) averages 450.0 W, "
           u"above the 400 W peak of one test.gpu"_s;
    QTest::newRow("another instance type billed")
        << u"train"_s << u"other-instance"_s
        << u"the bill shows test.cpu where the plan has test.gpu"_s;
    QTest::newRow("notebook") << u"nb"_s << u"notebook"_s
                              << u"a bill does not tell its active hours from its idle ones"_s;
}

void TestCalibration::refusals()
{
    QFETCH(QString, component);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    std::vector<ImportedData> imports = trainImports();
    if (source == u"power") {
        ImportedData cc = import(SourceKind::CodeCarbon, u"emissions.csv"_s);
        cc.measurements = {
            measured(SourceKind::CodeCarbon, u"train"_s, 4.0, std::nullopt, 450.0, u"run-7"_s)};
        imports.push_back(cc);
    } else if (source == u"other-instance") {
        imports[0].usage.push_back(billed(u"train"_s, u"test.cpu"_s, 5.0, QDate(2024, 5, 11)));
    } else {
        imports[0].usage.push_back(billed(u"nb"_s, u"test.gpu"_s, 100.0, QDate(2024, 5, 11)));
    }
    const CalibrationResult r =
        calibrateFromActuals(project, estimateProject(project, reference), reference, imports);
    const ComponentCalibration *c = find(r, component);
    QVERIFY(c);
    QVERIFY(!c->calibrated);
    QVERIFY2(c->refusal.contains(expected), qPrintable(c->refusal));
    // A refused component stays exactly as planned.
    const Project after = applyCalibration(project, r);
    QCOMPARE(after.stages[size_t(c->ref.stage)].components[size_t(c->ref.component)],
             project.stages[size_t(c->ref.stage)].components[size_t(c->ref.component)]);
}

void TestCalibration::endpointKeepsItsHorizon()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    ImportedData bill = import(SourceKind::Cur, u"bill.csv"_s);
    bill.usage = {billed(u"serve"_s, u"test.gpu"_s, 744.0, QDate(2024, 5, 31))};
    ImportedData cw = import(SourceKind::CloudWatch, u"cw.csv"_s);
    cw.measurements = {measured(SourceKind::CloudWatch, u"serve"_s, 744.0, 0.1, std::nullopt)};
    const CalibrationResult r =
        calibrateFromActuals(project, estimateProject(project, reference), reference, {bill, cw});
    const ComponentCalibration *serve = find(r, u"serve"_s);
    QVERIFY(serve && serve->calibrated);
    const auto &spec = std::get<EndpointSpec>(serve->calibrated->spec);
    QCOMPARE(spec.hoursProvisioned, 8760.0); // a month's bill is a sample of the year planned
    QCOMPARE(spec.utilization, 0.1);
    QVERIFY(!serve->calibrated->calibration->hours);
    QVERIFY(serve->notes.join(u'\n').contains(u"744.00 instance-hours are a sample"_s));
}

void TestCalibration::roundTripsThroughTheFile()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    const Project calibrated =
        applyCalibration(project,
                         calibrateFromActuals(project, estimateProject(project, reference),
                                              reference, trainImports()));
    ProjectWriter writer;
    const QByteArray json = writer.toJson(calibrated);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(json.contains("\"calibration\": {"));
    QVERIFY(json.contains("\"files\": [\n"));
    ProjectReader reader;
    const std::optional<Project> read = reader.read(json, u"calibrated.greenprint"_s);
    QVERIFY(read);
    QCOMPARE(read->stages[2].components[0], calibrated.stages[2].components[0]);
    QCOMPARE(estimateProject(*read, reference).total.co2e.kg,
             estimateProject(calibrated, reference).total.co2e.kg);
}

void TestCalibration::fileErrorsNameTheJsonPath_data()
{
    QTest::addColumn<QString>("calibration");
    QTest::addColumn<QString>("path");
    QTest::newRow("bad date")
        << uR"({"hours": {"value": 1, "source": "cur", "files": ["a.csv"], "from": "May", "to": "2024-05-02"}})"_s
        << u"stages[0].components[0].calibration.hours.from"_s;
    QTest::newRow("to before from")
        << uR"({"hours": {"value": 1, "source": "cur", "files": ["a.csv"], "from": "2024-05-03", "to": "2024-05-02"}})"_s
        << u"stages[0].components[0].calibration.hours.to"_s;
    QTest::newRow("utilization above 1")
        << uR"({"utilization": {"value": 1.5, "source": "cloudwatch", "files": ["a.csv"], "from": "2024-05-01", "to": "2024-05-02"}})"_s
        << u"stages[0].components[0].calibration.utilization.value"_s;
    QTest::newRow("no files")
        << uR"({"powerW": {"value": 100, "source": "codecarbon", "from": "2024-05-01", "to": "2024-05-02"}})"_s
        << u"stages[0].components[0].calibration.powerW.files"_s;
}

void TestCalibration::fileErrorsNameTheJsonPath()
{
    QFETCH(QString, calibration);
    QFETCH(QString, path);
    const QString text =
        uR"({"format": "greenprint-project", "formatVersion": 2, "name": "x", "stages": [
             {"kind": "data-processing", "components": [{"type": "compute", "instance": "m5.large",
              "hours": 1, "utilization": 0.5, "calibration": %1}]}]})"_s.arg(calibration);
    ProjectReader reader;
    QVERIFY(!reader.read(text.toUtf8(), u"edited.greenprint"_s));
    QStringList paths;
    for (const Issue &issue : reader.issues())
        paths << issue.path;
    QVERIFY2(paths.contains(path), qPrintable(paths.join(u", ")));
}

void TestCalibration::editedValueIsNoLongerMeasured()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    Project calibrated =
        applyCalibration(project,
                         calibrateFromActuals(project, estimateProject(project, reference),
                                              reference, trainImports()));
    Component &train = calibrated.stages[2].components[0];
    QVERIFY(measuredFields(train).utilization);
    std::get<ComputeSpec>(train.spec).utilization = 0.7;
    QVERIFY(!measuredFields(train).utilization);
    QVERIFY(measuredFields(train).hours);
    const QString notes = calibrationNotes(train).join(u'\n');
    QVERIFY2(notes.contains(u"utilization was changed after calibration (measured 0.65"_s),
             qPrintable(notes));
    QVERIFY(!notes.contains(u"measured utilization"_s));
}

void TestCalibration::sampleImportsCalibrateTheExample()
{
    const ReferenceData reference = test::builtReferenceData();
    ProjectReader reader;
    const std::optional<Project> project =
        reader.readFile(test::sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s));
    QVERIFY(project);
    std::vector<ImportedData> imports;
    const QString dir = test::sourcePath(u"data/examples/actuals/"_s);
    for (const auto &[kind, file] :
         {std::pair{SourceKind::Cur, u"cur-legacy.csv"_s},
          std::pair{SourceKind::CodeCarbon, u"codecarbon-emissions.csv"_s},
          std::pair{SourceKind::CloudWatch, u"cloudwatch-gpu.csv"_s}}) {
        ImportResult result = importFile(kind, dir + file);
        QVERIFY2(result.data, qPrintable(result.errorString));
        imports.push_back(std::move(*result.data));
    }
    const CalibrationResult r =
        calibrateFromActuals(*project, estimateProject(*project, reference), reference, imports);
    const Project calibrated = applyCalibration(*project, r);
    // cur-legacy.csv bills 96 instance-hours of m6i.4xlarge tagged for the 4-instance Spark job
    // (2 line items of 48 h) and 30.5 h of ml.p3.8xlarge training.
    QCOMPARE(std::get<ComputeSpec>(calibrated.stages[0].components[0].spec).hours, 24.0);
    const auto &fineTune = std::get<ComputeSpec>(calibrated.stages[2].components[0].spec);
    QCOMPARE(fineTune.hours, 30.5);
    QVERIFY(!fineTune.work); // measured time replaces the work model's prediction
    // codecarbon-emissions.csv: the fine-tuning run measured 39.72 kWh over 30.5 h.
    QVERIFY(fineTune.measuredPowerW);
    QVERIFY(qAbs(*fineTune.measuredPowerW - 1302.3) < 0.1);
    // The calibrated project writes, reads back and estimates the same.
    ProjectWriter writer;
    ProjectReader again;
    const std::optional<Project> read =
        again.read(writer.toJson(calibrated), u"calibrated.greenprint"_s);
    QVERIFY(read);
    QCOMPARE(*read, calibrated);
}

void TestCalibration::rightSizingSaysUtilizationWasMeasured()
{
    const ReferenceData &reference = test::builtReferenceData();
    Project project;
    project.name = u"Right-size"_s;
    ComputeSpec job;
    job.instance = u"m5.4xlarge"_s;
    job.count = 4;
    job.hours = 100.0;
    job.utilization = 0.6; // as planned: above the 50 % the rule looks for
    project.stage(StageKind::Training).components.push_back({u"J"_s, job, {}});
    ImportedData cw = import(SourceKind::CloudWatch, u"cpu.csv"_s);
    cw.measurements = {measured(SourceKind::CloudWatch, u"J"_s, 100.0, 0.2, std::nullopt)};
    const Advisor advisor(reference);
    const auto rightSize = [&advisor](const Project &p) -> std::optional<Suggestion> {
        for (const Suggestion &s : advisor.suggest(p)) {
            if (s.ruleId == u"right-size")
                return s;
        }
        return std::nullopt;
    };
    QVERIFY(!rightSize(project));
    const Project calibrated = applyCalibration(
        project,
        calibrateFromActuals(project, estimateProject(project, reference), reference, {cw}));
    const std::optional<Suggestion> s = rightSize(calibrated);
    QVERIFY(s);
    // 4 instances at a measured 20 % pack onto ceil(4 x 0.2 / 0.75) = 2 at 40 %.
    QVERIFY2(s->title.contains(u"2 x m5.4xlarge instead of 4 x m5.4xlarge"_s),
             qPrintable(s->title));
    QVERIFY2(s->description.startsWith(u"Measured utilization is 20 % (cpu.csv (cloudwatch, "_s),
             qPrintable(s->description));
    QCOMPARE(s->confidence, Confidence::High);
}

void TestCalibration::csvPlanListsTheMeasuredValues()
{
    const Project project = makeProject();
    const ReferenceData reference = test::makeReferenceFixture();
    QCOMPARE(appendMeasuredCsv(u"plan\r\n"_s, project), u"plan\r\n"_s); // nothing measured
    Project calibrated =
        applyCalibration(project,
                         calibrateFromActuals(project, estimateProject(project, reference),
                                              reference, trainImports()));
    std::get<ComputeSpec>(calibrated.stages[2].components[0].spec).hours = 12.0; // edited since
    const QString csv = appendMeasuredCsv(u"plan\r\n"_s, calibrated);
    QVERIFY(csv.startsWith(u"plan\r\n\r\n#"_s));
    QVERIFY2(csv.contains(u"\r\nmeasured,training,train,hours_h,18.000000,10.000000,cur,bill.csv,"
                          u"2024-05-10,2024-05-12,2,no\r\n"_s),
             qPrintable(csv));
    QVERIFY(csv.contains(u"\r\nmeasured,training,train,utilization_fraction,0.650000,0.500000,"
                         u"cloudwatch,cw.csv,2024-05-10,2024-05-10,2,yes\r\n"_s));
}

QTEST_MAIN(TestCalibration)
#include "tst_calibration.moc"
