// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios: suggestions and overrides applied to a copy of the baseline, every override
// validated like a file value, and errors that name the scenario and the path.
#include "advisortestprojects.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include "advisor/advisor.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"
#include "io/overrideapplier.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "scenario/scenarioapplier.h"

#include <QTest>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

class TestScenario : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void appliesOverridesToACopy();
    void appliesSuggestionsByIdThenOverrides();
    void exampleScenarioEstimates();
    void overrideErrors_data();
    void overrideErrors();
    void removesAndAddsOptionalKeys();
    void unknownSuggestionNamesScenarioAndId();
    void unknownScenarioListsTheScenarios();
    void readsAndWritesConstraintsAndScenarios();
    void writesConstraintsOnlyWhenSet();

private:
    static Project bert();
};

Project TestScenario::bert()
{
    ProjectReader reader;
    const auto p =
        reader.readFile(sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s));
    if (!p)
        qFatal("%s", qPrintable(reader.errorString()));
    return *p;
}

void TestScenario::appliesOverridesToACopy()
{
    const Project baseline = bert();
    const Project before = baseline;
    Scenario s;
    s.name = u"Trainium"_s;
    s.overrides = {{u"stages[2].components[0].instance"_s, "\"trn1.32xlarge\"", {}},
                   {u"stages[2].components[0].count"_s, "1", {}},
                   {u"stages[2].region"_s, "\"eu-north-1\"", {}}};
    ScenarioApplier applier(builtReferenceData());
    const std::optional<Project> changed = applier.apply(baseline, s);
    QVERIFY2(changed, qPrintable(applier.errorString()));
    QVERIFY(baseline == before);
    const auto *job = std::get_if<ComputeSpec>(&changed->stages[2].components[0].spec);
    QVERIFY(job);
    QCOMPARE(job->instance, u"trn1.32xlarge"_s);
    QCOMPARE(job->count, 1);
    QCOMPARE(changed->stages[2].region, u"eu-north-1"_s);
    // Everything else is as it was.
    Project expected = baseline;
    auto &expectedJob = std::get<ComputeSpec>(expected.stages[2].components[0].spec);
    expectedJob.instance = u"trn1.32xlarge"_s;
    expectedJob.count = 1;
    expected.stages[2].region = u"eu-north-1"_s;
    QVERIFY(*changed == expected);
}

void TestScenario::appliesSuggestionsByIdThenOverrides()
{
    const ReferenceData &ref = builtReferenceData();
    const Project baseline = bert();
    const Advisor advisor(ref);
    const std::vector<Suggestion> all = advisor.suggest(baseline);
    Scenario s;
    s.name = u"Top three"_s;
    std::vector<Suggestion> chosen(all.begin(), all.begin() + 3);
    for (const Suggestion &sg : chosen)
        s.suggestions << sg.id;
    s.overrides = {{u"stages[0].components[0].count"_s, "2", {}}};
    ScenarioApplier applier(ref);
    const std::optional<Project> changed = applier.apply(baseline, s, all);
    QVERIFY2(changed, qPrintable(applier.errorString()));

    Combination combination = advisor.combine(baseline, chosen);
    std::get<ComputeSpec>(combination.project.stages[0].components[0].spec).count = 2;
    QVERIFY(*changed == combination.project);
    GP_COMPARE_NEAR(estimateProject(*changed, ref).total.co2e.kg,
                    estimateProject(combination.project, ref).total.co2e.kg, 1e-12, 0.0);
}

void TestScenario::exampleScenarioEstimates()
{
    const ReferenceData &ref = builtReferenceData();
    const Project baseline = bert();
    QCOMPARE(baseline.scenarios.size(), std::size_t(1));
    ScenarioApplier applier(ref);
    const std::optional<Estimate> e = applier.estimate(baseline, baseline.scenarios[0].name);
    QVERIFY2(e, qPrintable(applier.errorString()));
    QVERIFY(e->total.co2e.kg < estimateProject(baseline, ref).total.co2e.kg);
    QCOMPARE(e->stages[2].region, u"eu-north-1"_s);
}

void TestScenario::overrideErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("index out of range")
        << u"stages[2].components[9].instance"_s << QByteArray("\"x\"")
        << u"stages[2].components[9].instance"_s << u"stages[2].components[9] is out of range"_s;
    QTest::newRow("stage out of range") << u"stages[4].region"_s << QByteArray("\"x\"")
                                        << u"stages[4].region"_s << u"out of range"_s;
    QTest::newRow("typo") << u"stages[2].components[0].instanse"_s << QByteArray("\"x\"")
                          << u"stages[2].components[0].instanse"_s
                          << u"has no field stages[2].components[0].instanse"_s;
    QTest::newRow("not an array") << u"settings[0]"_s << QByteArray("1") << u"settings[0]"_s
                                  << u"settings is not an array"_s;
    QTest::newRow("invalid value")
        << u"stages[2].components[0].count"_s << QByteArray("-1")
        << u"stages[2].components[0].count"_s << u"must be an integer >= 1"_s;
    QTest::newRow("wrong type") << u"stages[2].components[0].pricing"_s << QByteArray("\"free\"")
                                << u"stages[2].components[0].pricing"_s
                                << u"must be one of: on-demand, spot"_s;
    QTest::newRow("locked") << u"formatVersion"_s << QByteArray("2") << u"formatVersion"_s
                            << u"cannot be overridden"_s;
    QTest::newRow("syntax") << u"stages[x]"_s << QByteArray("1") << u"stages[x]"_s
                            << u"is not a JSON path"_s;
    QTest::newRow("bad JSON") << u"name"_s << QByteArray("{nope") << u"name"_s
                              << u"not valid JSON"_s;
    QTest::newRow("remove required")
        << u"stages[2].components[0].instance"_s << QByteArray("null")
        << u"stages[2].components[0].instance"_s << u"required key is missing"_s;
    QTest::newRow("key of another type")
        << u"stages[2].components[0].pue"_s << QByteArray("1.2") << u"stages[2].components[0].pue"_s
        << u"does not define at that place"_s;
}

void TestScenario::overrideErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, issuePath);
    QFETCH(QString, fragment);
    const Project baseline = bert();
    Scenario s;
    s.name = u"Broken"_s;
    s.overrides = {{path, value, {}}};
    ScenarioApplier applier(builtReferenceData());
    QVERIFY(!applier.apply(baseline, s));
    const Issues &issues = applier.issues();
    const auto match = std::find_if(issues.begin(), issues.end(), [&](const Issue &i) {
        return i.path == issuePath && i.message.contains(fragment)
            && i.message.startsWith(u"scenario \"Broken\": "_s);
    });
    QVERIFY2(match != issues.end(), qPrintable(applier.errorString()));
}

void TestScenario::removesAndAddsOptionalKeys()
{
    Project baseline = projectWith(StageKind::Training, compute(u"Job"_s, u"m6i.4xlarge"_s, 10.0));
    baseline.stages[2].region = u"eu-west-1"_s;
    OverrideApplier applier;
    const std::optional<Project> changed =
        applier.apply(baseline,
                      {{u"stages[2].region"_s, "null", {}},
                       {u"stages[2].components[0].measuredPowerW"_s, "250", {}},
                       {u"settings.pue"_s, "1.2", {}},
                       {u"constraints"_s, "{\"allowedRegions\":[\"eu-north-1\"]}", {}}});
    QVERIFY2(changed, qPrintable(applier.errorString()));
    QVERIFY(changed->stages[2].region.isEmpty());
    QCOMPARE(std::get<ComputeSpec>(changed->stages[2].components[0].spec).measuredPowerW,
             std::optional<double>(250.0));
    QCOMPARE(changed->settings.pue, std::optional<double>(1.2));
    QCOMPARE(changed->constraints.allowedRegions, QStringList{u"eu-north-1"_s});
    QCOMPARE(baseline.stages[2].region, u"eu-west-1"_s);

    const std::optional<Project> missing =
        applier.apply(baseline, {{u"settings.pue"_s, "null", {}}});
    QVERIFY(!missing);
    QVERIFY(applier.errorString().contains(u"there is no settings.pue to remove"_s));
}

void TestScenario::unknownSuggestionNamesScenarioAndId()
{
    Scenario s;
    s.name = u"Old"_s;
    s.suggestions = {u"spot/training/7"_s};
    ScenarioApplier applier(builtReferenceData());
    QVERIFY(!applier.apply(bert(), s));
    QVERIFY2(applier.errorString().contains(
                 u"scenario \"Old\": suggestion \"spot/training/7\" does not apply"_s),
             qPrintable(applier.errorString()));

    // A suggestion withheld by a constraint cannot be applied either.
    Project bounded = bert();
    bounded.constraints.latencyCeilingMs = 50.0;
    Scenario batch;
    batch.name = u"Batch"_s;
    batch.suggestions = {u"batch-transform/inference/0"_s};
    QVERIFY(applier.apply(bert(), batch));
    QVERIFY(!applier.apply(bounded, batch));
}

void TestScenario::unknownScenarioListsTheScenarios()
{
    ScenarioApplier applier(builtReferenceData());
    QVERIFY(!applier.estimate(bert(), u"Nope"_s));
    QVERIFY2(applier.errorString().contains(u"unknown scenario \"Nope\"; the project's scenarios "
                                            "are: Stop idle notebooks"_s),
             qPrintable(applier.errorString()));
    QVERIFY(!applier.estimate(Project(), u"Nope"_s));
    QVERIFY(applier.errorString().contains(u"the project has no scenarios"_s));
}

void TestScenario::readsAndWritesConstraintsAndScenarios()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(testDataPath(u"projects/v1/constraints-and-scenarios.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    QVERIFY(reader.issues().empty());
    const Constraints &c = p->constraints;
    QCOMPARE(c.allowedRegions, (QStringList{u"eu-north-1"_s, u"eu-west-1"_s}));
    QCOMPARE(c.accuracyFloor, std::optional<double>(0.98));
    QCOMPARE(c.latencyCeilingMs, std::optional<double>(120.5));
    QVERIFY(c.servesEdgeDevices);
    QCOMPARE(c.extras.value(u"reviewedBy"_s), QByteArray("\"ops\""));
    QCOMPARE(p->scenarios.size(), std::size_t(2));
    const Scenario &s = p->scenarios[0];
    QCOMPARE(s.name, u"Stockholm on Trainium"_s);
    QCOMPARE(s.suggestions, QStringList{u"idle-notebook/model-building/0"_s});
    QCOMPARE(s.overrides.size(), std::size_t(5));
    QCOMPARE(s.overrides[1].value, QByteArray("\"trn1.2xlarge\""));
    QCOMPARE(s.overrides[1].extras.value(u"note"_s), QByteArray("\"from the Pareto chart\""));
    QCOMPARE(s.overrides[3].value, QByteArray("null"));
    QCOMPARE(s.overrides[4].value, QByteArray("{\"b\":1,\"a\":[true,null]}"));
    QCOMPARE(s.extras.value(u"colour"_s), QByteArray("\"#2a7\""));
    QVERIFY(p->scenarios[1].suggestions.isEmpty());
    QVERIFY(p->scenario(u"Nothing yet"_s));
    QVERIFY(!p->scenario(u"nothing yet"_s));

    ProjectWriter writer;
    const QByteArray json = writer.toJson(*p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    const qsizetype settings = json.indexOf("\n  \"settings\":");
    const qsizetype constraints = json.indexOf("\n  \"constraints\":");
    const qsizetype catalog = json.indexOf("\n  \"catalog\":");
    const qsizetype stages = json.indexOf("\n  \"stages\":");
    const qsizetype scenarios = json.indexOf("\n  \"scenarios\":");
    QVERIFY(settings < constraints && constraints < catalog && stages < scenarios);
    QVERIFY(json.contains("\"value\": {\n            \"b\": 1,"));
    const std::optional<Project> back = reader.read(json, u"written"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    Project expected = *p;
    expected.appVersion = back->appVersion;
    QVERIFY(*back == expected);
    QCOMPARE(writer.toJson(*back), json);
}

void TestScenario::writesConstraintsOnlyWhenSet()
{
    ProjectWriter writer;
    Project p;
    QByteArray json = writer.toJson(p);
    QVERIFY(!json.contains("constraints"));
    QVERIFY(!json.contains("scenarios"));
    p.constraints.servesEdgeDevices = true;
    json = writer.toJson(p);
    QVERIFY(json.contains("  \"constraints\": {\n    \"servesEdgeDevices\": true\n  },\n"));

    Project bad;
    bad.scenarios.push_back({u"x"_s, {}, {{u"name"_s, "{oops", {}}}, {}});
    QVERIFY(writer.toJson(bad).isEmpty());
    QVERIFY(writer.errorString().contains(u"does not hold valid JSON"_s));
    Project clash;
    clash.extras.insert(u"scenarios"_s, "[]");
    QVERIFY(writer.toJson(clash).isEmpty());
    QVERIFY(writer.errorString().contains(u"clashes"_s));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
