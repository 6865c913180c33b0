// SPDX-License-Identifier: GPL-3.0-or-later
// Per-unit figures (SCI form, (E x I + M) per R): magnitudes worked out by hand from the fixture.
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "tolerance.h"

#include "engine/estimator.h"
#include "engine/functionalunits.h"
#include "io/csvreader.h"
#include "io/estimateformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace greenprint;

namespace {

/*
 * Worked by hand from tests/models/referencefixture.h (test.gpu: 100 W idle,
 * 300 W at 50 %, 400 W at 100 %, 1000 kgCO2e embodied over the default 6 years =
 * 52,560 h; region r-a: 400 gCO2e/kWh, PUE 1.2):
 *
 * Training, 2 x test.gpu for 10 h at 50 %: IT 2 x 10 h x 300 W = 6 kWh,
 *   facility 7.2 kWh, operational 2.88 kg, embodied 20 / 52,560 x 1000 =
 *   0.380518 kg: 3.260518 kgCO2e and 7.2 kWh per training run.
 * Two notebooks on test.gpu, each 10 h active at 50 % and 20 h idle a week
 *   for 4 weeks: IT 2 x (40 h x 300 W + 80 h x 100 W) = 40 kWh, facility
 *   48 kWh, operational 19.2 kg, embodied 240 / 52,560 x 1000 = 4.566210 kg:
 *   23.766210 kg over 8 notebook weeks = 2.970776 kgCO2e and 6 kWh per week.
 * A real-time endpoint, test.gpu 1000 h at 50 %: 360 kWh, 144 + 19.025875 kg.
 * A nightly evaluation, 1 x test.gpu for 1 h at 50 % daily for 12 months: 365 runs
 *   (8760 h / 24 h), IT 365 h x 300 W = 109.5 kWh, facility 131.4 kWh, operational
 *   52.56 kg, embodied 365 / 52,560 x 1000 = 6.944444 kg: 59.504444 kgCO2e, 0.36 kWh
 *   a run (the training job draws 7.2 kWh a run: it is the main job).
 */
constexpr double kTrainingKg = 3.260518;
constexpr double kTrainingKWh = 7.2;
constexpr double kNotebookWeekKg = 2.970776;
constexpr double kNotebookWeekKWh = 6.0;
constexpr double kEndpointKg = 163.025875;
constexpr double kNightlyEvalKg = 59.504444;
constexpr double kNightlyEvalKWh = 131.4;

Component compute(double hours, int count)
{
    ComputeSpec spec;
    spec.instance = QStringLiteral("test.gpu");
    spec.count = count;
    spec.hours = hours;
    spec.utilization = 0.5;
    return Component{QStringLiteral("job"), spec, {}};
}

/** 1 x test.gpu for 1 h at 50 %, every `period` for 12 months. */
Component recurringEval(RecurrencePeriod period)
{
    Component c = compute(1, 1);
    c.name = QStringLiteral("Nightly evaluation");
    std::get<ComputeSpec>(c.spec).recurrence = Recurrence{period, 12.0};
    return c;
}

Component notebook()
{
    NotebookSpec spec;
    spec.instance = QStringLiteral("test.gpu");
    spec.activeHoursPerWeek = 10;
    spec.idleHoursPerWeek = 20;
    spec.weeks = 4;
    spec.activeUtilization = 0.5;
    return Component{QStringLiteral("notebook"), spec, {}};
}

Component endpoint(const QString &instance)
{
    EndpointSpec spec;
    spec.instance = instance;
    spec.hoursProvisioned = 1000;
    spec.utilization = 0.5;
    return Component{QStringLiteral("endpoint"), spec, {}};
}

/** Inference work of a 7 B model: `requests` of `tokens` tokens each (prompt and output). */
WorkSpec inferenceWork(double requests, double tokens)
{
    WorkSpec work;
    work.kind = WorkSpec::Kind::Inference;
    work.parameters = 7e9;
    work.requests = requests;
    work.tokensPerRequest = tokens;
    return work;
}

/** A g5.xlarge endpoint serving `work`, beside a one-hour g5.xlarge training job. */
Project servingProject(const WorkSpec &work)
{
    Project project;
    project.region = QStringLiteral("us-east-1");
    project.stages[2].components.push_back(compute(10, 1));
    std::get<ComputeSpec>(project.stages[2].components[0].spec).instance =
        QStringLiteral("g5.xlarge");
    Component served = endpoint(QStringLiteral("g5.xlarge"));
    served.name = QStringLiteral("Chat");
    std::get<EndpointSpec>(served.spec).work = work;
    project.stages[3].components.push_back(served);
    return project;
}

Project fixtureProject()
{
    Project project;
    project.region = QStringLiteral("r-a");
    project.stages[0].components.push_back(compute(1, 1));
    project.stages[1].components.push_back(notebook());
    project.stages[1].components.push_back(notebook());
    project.stages[2].components.push_back(compute(10, 2));
    project.stages[3].components.push_back(endpoint(QStringLiteral("test.gpu")));
    return project;
}

} // namespace

class TestFunctionalUnits : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void trainingIsPerRun()
    {
        const Estimate e = estimateProject(fixtureProject(), test::makeReferenceFixture());
        const PerUnit &training = e.stages[2].perUnit;
        QCOMPARE(training.functionalUnit, FunctionalUnit::TrainingRun);
        QCOMPARE(training.units, 1.0);
        QVERIFY(training.co2eKgPerUnit);
        GP_COMPARE_NEAR(*training.co2eKgPerUnit, kTrainingKg, 1e-6, 0.0);
        GP_COMPARE_NEAR(*training.energyKWhPerUnit, kTrainingKWh, 1e-9, 0.0);
        QCOMPARE(e.stages[0].perUnit.functionalUnit, FunctionalUnit::PipelineRun);
        QCOMPARE(e.stages[0].perUnit.units, 1.0);
    }

    void trainingIsPerRunOfItsMainJob()
    {
        // One fine-tune (7.2 kWh a run) and a nightly evaluation (365 runs of 0.36 kWh):
        // a training run is the fine-tune, the evaluations all count towards it. R = 1,
        // never the evaluation's 365.
        Project project = fixtureProject();
        project.stages[2].components.push_back(recurringEval(RecurrencePeriod::Day));
        const Estimate e = estimateProject(project, test::makeReferenceFixture());
        const PerUnit &training = e.stages[2].perUnit;
        QCOMPARE(training.functionalUnit, FunctionalUnit::TrainingRun);
        QCOMPARE(training.units, 1.0);
        QVERIFY(training.co2eKgPerUnit);
        GP_COMPARE_NEAR(*training.co2eKgPerUnit, kTrainingKg + kNightlyEvalKg, 1e-6, 0.0);
        GP_COMPARE_NEAR(*training.energyKWhPerUnit, kTrainingKWh + kNightlyEvalKWh, 1e-9, 0.0);
        QCOMPARE(mainTrainingJob(e.stages[2]), std::optional<std::size_t>(0));
        // The choice is stated, with the evaluation's own count.
        const auto stated =
            std::find_if(e.assumptions.begin(), e.assumptions.end(), [](const QString &a) {
                return a.startsWith(u"Per training run: R = 1.0"_qs);
            });
        QVERIFY2(stated != e.assumptions.end(), qPrintable(e.assumptions.join(u'\n')));
        QVERIFY2(stated->contains(u"the runs of \"Nightly evaluation\" (365.0) are shared"_qs),
                 qPrintable(*stated));
    }

    void recurringMainJobSetsTheRuns()
    {
        // The training job itself weekly for 12 months (52.142857 runs of 7.2 kWh) beside the
        // nightly evaluation: R is the training job's runs, each carrying 365 / 52.14 = 7
        // evaluations.
        Project project = fixtureProject();
        std::get<ComputeSpec>(project.stages[2].components[0].spec).recurrence =
            Recurrence{RecurrencePeriod::Week, 12.0};
        project.stages[2].components.push_back(recurringEval(RecurrencePeriod::Day));
        const Estimate e = estimateProject(project, test::makeReferenceFixture());
        const PerUnit &training = e.stages[2].perUnit;
        constexpr double kWeeklyRuns = 8760.0 / 168.0;
        GP_COMPARE_NEAR(training.units, kWeeklyRuns, 1e-9, 0.0);
        GP_COMPARE_NEAR(*training.energyKWhPerUnit, kTrainingKWh + kNightlyEvalKWh / kWeeklyRuns,
                        1e-9, 0.0);
        // No request is served: the plan too is counted per run of the main job.
        QCOMPARE(e.perUnit.functionalUnit, FunctionalUnit::TrainingRun);
        GP_COMPARE_NEAR(e.perUnit.units, kWeeklyRuns, 1e-9, 0.0);
    }

    void trainingJobsOfOneCountStateNothing()
    {
        // Two training jobs run once each: R = 1 and no assumption to state.
        Project project = fixtureProject();
        project.stages[2].components.push_back(compute(1, 1));
        const Estimate e = estimateProject(project, test::makeReferenceFixture());
        QCOMPARE(e.stages[2].perUnit.units, 1.0);
        for (const QString &a : e.assumptions)
            QVERIFY2(!a.startsWith(u"Per training run"_qs), qPrintable(a));
    }

    void modelBuildingIsPerNotebookWeek()
    {
        const Estimate e = estimateProject(fixtureProject(), test::makeReferenceFixture());
        const PerUnit &building = e.stages[1].perUnit;
        QCOMPARE(building.functionalUnit, FunctionalUnit::NotebookWeek);
        QCOMPARE(building.units, 8.0);
        GP_COMPARE_NEAR(*building.co2eKgPerUnit, kNotebookWeekKg, 1e-6, 0.0);
        GP_COMPARE_NEAR(*building.energyKWhPerUnit, kNotebookWeekKWh, 1e-9, 0.0);
    }

    void inferenceWithoutRequestsHasNoNumber()
    {
        // The endpoint states no requests: R is 0 and the per-unit figures stay
        // empty; the plan is then counted per training run, everything included.
        const Estimate e = estimateProject(fixtureProject(), test::makeReferenceFixture());
        GP_COMPARE_NEAR(e.stages[3].footprint.co2e.kg, kEndpointKg, 1e-6, 0.0);
        const PerUnit &inference = e.stages[3].perUnit;
        QCOMPARE(inference.functionalUnit, FunctionalUnit::ThousandRequests);
        QCOMPARE(inference.units, 0.0);
        QVERIFY(!inference.co2eKgPerUnit);
        QVERIFY(!inference.energyKWhPerUnit);
        QCOMPARE(e.perUnit.functionalUnit, FunctionalUnit::TrainingRun);
        GP_COMPARE_NEAR(*e.perUnit.co2eKgPerUnit, e.total.co2e.kg, 1e-12, 0.0);
    }

    void servedRequestsCountPerThousand()
    {
        // 2 million requests of 500 tokens served by a real endpoint: R = 2,000
        // units of 1,000 requests, for the stage and, amortising the rest, the plan.
        Project project;
        project.region = QStringLiteral("us-east-1");
        project.stages[2].components.push_back(compute(10, 1));
        std::get<ComputeSpec>(project.stages[2].components[0].spec).instance =
            QStringLiteral("g5.xlarge");
        Component served = endpoint(QStringLiteral("g5.xlarge"));
        WorkSpec work;
        work.kind = WorkSpec::Kind::Inference;
        work.parameters = 7e9;
        work.requests = 2e6;
        work.tokensPerRequest = 500;
        std::get<EndpointSpec>(served.spec).work = work;
        project.stages[3].components.push_back(served);
        QCOMPARE(requestsServed(project.stages[3]), 2e6);

        const Estimate e = estimateProject(project, test::builtReferenceData());
        const PerUnit &inference = e.stages[3].perUnit;
        QCOMPARE(inference.functionalUnit, FunctionalUnit::ThousandRequests);
        QCOMPARE(inference.units, 2000.0);
        QVERIFY(e.stages[3].footprint.co2e.kg > 0.0);
        GP_COMPARE_NEAR(*inference.co2eKgPerUnit, e.stages[3].footprint.co2e.kg / 2000.0, 1e-12,
                        0.0);
        QCOMPARE(e.perUnit.functionalUnit, FunctionalUnit::ThousandRequests);
        GP_COMPARE_NEAR(*e.perUnit.co2eKgPerUnit, e.total.co2e.kg / 2000.0, 1e-12, 0.0);
        GP_COMPARE_NEAR(*e.perUnit.energyKWhPerUnit, e.total.energy.kWh / 2000.0, 1e-12, 0.0);
    }

    void servedTokensCountPerMillion()
    {
        // 2 million requests of 500 tokens (prompt and output together) = 1e9 tokens: R =
        // 1,000 units of 1 M tokens, beside the 2,000 units of 1,000 requests. A unit of 1 M
        // tokens is 2,000 requests of 500 tokens, so each figure is twice the per-1,000-requests
        // one, for the stage and for the plan (training amortised over the same tokens).
        const Project project = servingProject(inferenceWork(2e6, 500));
        const TokensServed served = tokensServed(project.stages[3]);
        QCOMPARE(served.tokens, 1e9);
        QVERIFY(served.withoutTokens.isEmpty());
        QCOMPARE(served.millionTokens(), std::optional<double>(1000.0));

        const Estimate e = estimateProject(project, test::builtReferenceData());
        const StageEstimate &inference = e.stages[3];
        QVERIFY(inference.footprint.complete);
        QVERIFY(inference.footprint.co2e.kg > 0.0);
        QVERIFY(inference.perMillionTokens);
        const PerUnit &perTokens = *inference.perMillionTokens;
        QCOMPARE(perTokens.functionalUnit, FunctionalUnit::MillionTokens);
        QCOMPARE(perTokens.units, 1000.0);
        GP_COMPARE_NEAR(*perTokens.co2eKgPerUnit, inference.footprint.co2e.kg / 1000.0, 1e-12, 0.0);
        GP_COMPARE_NEAR(*perTokens.energyKWhPerUnit, inference.footprint.energy.kWh / 1000.0, 1e-12,
                        0.0);
        GP_COMPARE_NEAR(*perTokens.co2eKgPerUnit, 2.0 * *inference.perUnit.co2eKgPerUnit, 1e-12,
                        0.0);
        QVERIFY(e.perMillionTokens);
        QCOMPARE(e.perMillionTokens->functionalUnit, FunctionalUnit::MillionTokens);
        QCOMPARE(e.perMillionTokens->units, 1000.0);
        GP_COMPARE_NEAR(*e.perMillionTokens->co2eKgPerUnit, e.total.co2e.kg / 1000.0, 1e-12, 0.0);
        GP_COMPARE_NEAR(*e.perMillionTokens->energyKWhPerUnit, e.total.energy.kWh / 1000.0, 1e-12,
                        0.0);
        GP_COMPARE_NEAR(*e.perMillionTokens->energyKWhPerUnit, 2.0 * *e.perUnit.energyKWhPerUnit,
                        1e-12, 0.0);
        // Only inference serves tokens.
        for (int s : {0, 1, 2})
            QVERIFY(!e.stages[std::size_t(s)].perMillionTokens);
        // How R was counted is stated.
        QVERIFY2(e.assumptions.contains(
                     u"Per 1 M tokens served: R = 1000.0 million tokens, the requests served times "
                     "the tokens per request (prompt and output tokens together) of every "
                     "endpoint and job that serves requests"_qs),
                 qPrintable(e.assumptions.join(u'\n')));
    }

    void recurringJobsServeTokensEveryRun()
    {
        // A daily batch job for 12 months (365 runs) of 1,000 requests of 100 tokens serves
        // 365 x 1,000 x 100 = 36.5 M tokens; with the endpoint's 1e9, R = 1,036.5.
        Project project = servingProject(inferenceWork(2e6, 500));
        Component daily = compute(1, 1);
        auto &job = std::get<ComputeSpec>(daily.spec);
        job.instance = QStringLiteral("g5.xlarge");
        job.work = inferenceWork(1000, 100);
        job.recurrence = Recurrence{RecurrencePeriod::Day, 12.0};
        project.stages[3].components.push_back(daily);
        GP_COMPARE_NEAR(tokensServed(project.stages[3]).tokens, 1.0365e9, 1e-12, 0.0);
        const Estimate e = estimateProject(project, test::builtReferenceData());
        QVERIFY(e.stages[3].perMillionTokens);
        GP_COMPARE_NEAR(e.stages[3].perMillionTokens->units, 1036.5, 1e-12, 0.0);
    }

    void tokensNotStatedEverywhereGiveNoFigure()
    {
        // A second endpoint serves 1 M requests but states no tokens per request: dividing the
        // stage by the first one's tokens alone would be no cost per token. No figure, for the
        // stage or the plan, and the assumptions name it; per 1,000 requests stays (3,000).
        Project project = servingProject(inferenceWork(2e6, 500));
        Component other = project.stages[3].components[0];
        other.name = QStringLiteral("Scoring");
        std::get<EndpointSpec>(other.spec).work = inferenceWork(1e6, 0);
        project.stages[3].components.push_back(other);
        const TokensServed served = tokensServed(project.stages[3]);
        QCOMPARE(served.tokens, 1e9);
        QCOMPARE(served.withoutTokens, QStringList{u"Scoring"_qs});
        QVERIFY(!served.millionTokens());

        const Estimate e = estimateProject(project, test::builtReferenceData());
        QVERIFY(!e.stages[3].perMillionTokens);
        QVERIFY(!e.perMillionTokens);
        QCOMPARE(e.stages[3].perUnit.units, 3000.0);
        QVERIFY2(e.assumptions.contains(
                     u"No figure per 1 M tokens served: these components serve requests but "
                     "state no tokens per request: \"Scoring\". The stage's footprint is not "
                     "divided by the tokens of the other components alone"_qs),
                 qPrintable(e.assumptions.join(u'\n')));
    }

    void noRequestsNoTokenFigure()
    {
        // The fixture's endpoint states no work, and an endpoint of 0 requests serves no token
        // whatever it states: no figure (never 0) and nothing to say about tokens.
        Project project = fixtureProject();
        Component idle = endpoint(QStringLiteral("test.gpu"));
        std::get<EndpointSpec>(idle.spec).work = inferenceWork(0, 0);
        project.stages[3].components.push_back(idle);
        const TokensServed served = tokensServed(project.stages[3]);
        QCOMPARE(served.tokens, 0.0);
        QVERIFY(served.withoutTokens.isEmpty());
        QVERIFY(!served.millionTokens());
        const Estimate e = estimateProject(project, test::makeReferenceFixture());
        QVERIFY(!e.stages[3].perMillionTokens);
        QVERIFY(!e.perMillionTokens);
        for (const QString &a : e.assumptions)
            QVERIFY2(!a.contains(u"1 M tokens"_qs), qPrintable(a));
    }

    void jsonStatesTokensWhereCounted()
    {
        // `perMillionTokens` beside `perUnit` on the total and the inference stage, the same
        // keys; absent where no token is counted (never null figures over 0 tokens).
        const Estimate e =
            estimateProject(servingProject(inferenceWork(2e6, 500)), test::builtReferenceData());
        const QJsonObject json = QJsonDocument::fromJson(estimateToJson(e)).object();
        const QJsonObject total = json[u"total"_qs].toObject()[u"perMillionTokens"_qs].toObject();
        QCOMPARE(total.keys(),
                 (QStringList{u"co2eKgPerUnit"_qs, u"energyKWhPerUnit"_qs, u"functionalUnit"_qs,
                              u"units"_qs}));
        QCOMPARE(total[u"functionalUnit"_qs].toString(), u"1 M tokens served"_qs);
        QCOMPARE(total[u"units"_qs].toDouble(), 1000.0);
        GP_COMPARE_NEAR(total[u"co2eKgPerUnit"_qs].toDouble(), e.total.co2e.kg / 1000.0, 1e-12,
                        0.0);
        const QJsonArray stages = json[u"stages"_qs].toArray();
        for (int s : {0, 1, 2})
            QVERIFY(!stages.at(s).toObject().contains(u"perMillionTokens"_qs));
        const QJsonObject inference = stages.at(3).toObject()[u"perMillionTokens"_qs].toObject();
        GP_COMPARE_NEAR(inference[u"energyKWhPerUnit"_qs].toDouble(),
                        e.stages[3].footprint.energy.kWh / 1000.0, 1e-12, 0.0);
        QVERIFY(json[u"total"_qs].toObject().contains(u"perUnit"_qs)); // kept as it was

        const Estimate none = estimateProject(fixtureProject(), test::makeReferenceFixture());
        const QJsonObject noTokens = QJsonDocument::fromJson(estimateToJson(none)).object();
        QVERIFY(!noTokens[u"total"_qs].toObject().contains(u"perMillionTokens"_qs));
    }

    void csvStatesTokensOnInferenceAndPlanRows()
    {
        const Estimate e =
            estimateProject(servingProject(inferenceWork(2e6, 500)), test::builtReferenceData());
        CsvReader csv;
        QVERIFY2(csv.parse(estimatesToCsv({{QStringLiteral("baseline"), e}}).toUtf8()),
                 qPrintable(csv.errorString()));
        const auto cell = [&csv](const QStringList &row, const char *column) {
            return row.value(csv.columnIndex(QString::fromLatin1(column)));
        };
        int rowsWithTokens = 0;
        for (const QStringList &row : csv.rows()) {
            const QString level = cell(row, "level");
            const bool counted =
                level == u"plan" || (level == u"stage" && cell(row, "stage") == u"inference");
            if (!counted) {
                for (const char *column : {"million_tokens_served", "co2e_kg_per_million_tokens",
                                           "energy_kwh_per_million_tokens"})
                    QCOMPARE(cell(row, column), QString());
                continue;
            }
            ++rowsWithTokens;
            QCOMPARE(cell(row, "million_tokens_served").toDouble(), 1000.0);
            const Footprint &f = level == u"plan" ? e.total : e.stages[3].footprint;
            GP_COMPARE_NEAR(cell(row, "co2e_kg_per_million_tokens").toDouble(), f.co2e.kg / 1000.0,
                            1e-5, 0.0);
            GP_COMPARE_NEAR(cell(row, "energy_kwh_per_million_tokens").toDouble(),
                            f.energy.kWh / 1000.0, 1e-5, 0.0);
        }
        QCOMPARE(rowsWithTokens, 2);
    }

    void unitTextsAreStable()
    {
        QCOMPARE(functionalUnitText(FunctionalUnit::MillionTokens), u"1 M tokens served"_qs);
        QCOMPARE(functionalUnitText(FunctionalUnit::ThousandRequests), u"1,000 requests"_qs);
        QCOMPARE(functionalUnitText(FunctionalUnit::TrainingRun), u"training run"_qs);
        QCOMPARE(functionalUnitText(FunctionalUnit::NotebookWeek), u"notebook week"_qs);
        QCOMPARE(functionalUnitText(FunctionalUnit::PipelineRun), u"pipeline run"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFunctionalUnits)
#include "tst_functionalunits.moc"
