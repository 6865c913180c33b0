// SPDX-License-Identifier: GPL-3.0-or-later
// Inference served token by token (engine/serving.h): the formula by hand-computed rows, the
// sizing of whole jobs on the real reference data, memory deciding the replica, the file
// keys that state it, and the old model kept for work that does not state output tokens.
#include "engine/estimator.h"
#include "engine/serving.h"
#include "engine/worksizing.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;
using namespace Qt::StringLiterals;

namespace {

/** Hand-chosen constants, so that the rows below are easy to recompute. */
ServingConstants halfAndHalf()
{
    ServingConstants c;
    c.bandwidthFraction = 0.5;
    c.decodeFractionOfPeak = 0.5;
    return c;
}

/** One H100 (989.5 dense bf16 TFLOPS, 3,350 GB/s), bf16, no KV cache unless a row sets it. */
DecodeInput h100(double parameters, double active, double batch)
{
    DecodeInput in;
    in.parameters = parameters;
    in.activeParameters = active;
    in.bytesPerValue = 2.0;
    in.batch = batch;
    in.accelerators = 1;
    in.peakTflopsPerAccelerator = 989.5;
    in.bandwidthGBpsPerAccelerator = 3350.0;
    return in;
}

WorkSpec served(double parameters, double tokens, double output, double requests,
                std::optional<double> batch)
{
    WorkSpec w;
    w.kind = WorkSpec::Kind::Inference;
    w.parameters = parameters;
    w.tokensPerRequest = tokens;
    w.outputTokensPerRequest = output;
    w.requests = requests;
    w.batchSize = batch;
    return w;
}

} // namespace

class TestServing : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void bytesPerValueFollowsPrecision();
    void decodeStep_data();
    void decodeStep();
    void decodeLoadAddsComputeAndMemoryDuty();
    void sizesAServedJobOnP5();
    void memoryDecidesTheReplica();
    void mixtureOfExpertsReadsTheExpertsItTouches();
    void modelTooLargeForTheInstanceIsAnError();
    void defaultBatchIsAnAssumption();
    void workWithoutOutputTokensKeepsTheFlopsModel();
    void trainingCountsActiveParameters();
    void fileKeysRoundTrip();
    void fileKeysAreChecked();
    void monthlyTrafficIsServedTokenByToken_data();
    void monthlyTrafficIsServedTokenByToken();
};

void TestServing::bytesPerValueFollowsPrecision()
{
    QCOMPARE(bytesPerValue(Precision::Fp32), 4.0);
    QCOMPARE(bytesPerValue(Precision::Tf32), 4.0);
    QCOMPARE(bytesPerValue(Precision::Bf16), 2.0);
    QCOMPARE(bytesPerValue(Precision::Fp16), 2.0);
    QCOMPARE(bytesPerValue(Precision::Fp8), 1.0);
    QCOMPARE(bytesPerValue(Precision::Int8), 1.0);
}

void TestServing::decodeStep_data()
{
    QTest::addColumn<double>("parameters");
    QTest::addColumn<double>("active");
    QTest::addColumn<double>("batch");
    QTest::addColumn<double>("context");
    QTest::addColumn<double>("kvValues");
    QTest::addColumn<double>("expectedMs");
    QTest::addColumn<bool>("computeBound");
    // Bandwidth 3,350 GB/s x 0.5 = 1.675e12 B/s; compute 989.5e12 x 0.5 = 494.75e12 FLOP/s.
    // 7e9 x 2 bytes = 14e9 B / 1.675e12 = 8.3582 ms; 2 x 7e9 FLOP is 0.028 ms: memory-bound.
    QTest::newRow("dense 7B batch 1") << 7e9 << 7e9 << 1.0 << 0.0 << 0.0 << 8.358209 << false;
    // Batch 64 reads the same weights once: 2 x 7e9 x 64 = 8.96e11 FLOP = 1.811 ms < 8.358 ms.
    QTest::newRow("dense 7B batch 64") << 7e9 << 7e9 << 64.0 << 0.0 << 0.0 << 8.358209 << false;
    // 1e9 parameters, batch 1000: 2e12 FLOP / 494.75e12 = 4.0424 ms > 2e9 B / 1.675e12 = 1.194 ms.
    QTest::newRow("small model, large batch")
        << 1e9 << 1e9 << 1000.0 << 0.0 << 0.0 << 4.042446 << true;
    // KV: 4 x 1000 tokens x 1e-5 x 7e9 x 2 B = 5.6e8 B / 1.675e12 = 0.33433 ms on top.
    QTest::newRow("dense 7B with cache")
        << 7e9 << 7e9 << 4.0 << 1000.0 << 1e-5 << 8.692537 << false;
    // 30e9 of which 3e9 active, batch 8: 30e9 x (1 - 0.9^8) = 17.0859e9 touched x 2 B
    // = 34.17197e9 B / 1.675e12 = 20.40117 ms (batch 1 would read 6e9 B: 3.582 ms).
    QTest::newRow("MoE 30B-A3B batch 8") << 30e9 << 3e9 << 8.0 << 0.0 << 0.0 << 20.401175 << false;
    QTest::newRow("MoE 30B-A3B batch 1") << 30e9 << 3e9 << 1.0 << 0.0 << 0.0 << 3.582090 << false;
}

void TestServing::decodeStep()
{
    QFETCH(double, parameters);
    QFETCH(double, active);
    QFETCH(double, batch);
    QFETCH(double, context);
    QFETCH(double, kvValues);
    QFETCH(double, expectedMs);
    QFETCH(bool, computeBound);
    DecodeInput in = h100(parameters, active, batch);
    in.contextTokens = context;
    in.kvValuesPerTokenPerParameter = kvValues;
    const DecodeStep step = greenprint::decodeStep(in, halfAndHalf());
    GP_COMPARE_NEAR(step.seconds * 1e3, expectedMs, 1e-6, 0.0);
    QCOMPARE(step.computeBound, computeBound);
    GP_COMPARE_NEAR(step.flops, 2.0 * active * batch, 1e-12, 0.0);
}

void TestServing::decodeLoadAddsComputeAndMemoryDuty()
{
    const ReferenceData &ref = test::builtReferenceData();
    // Dense 7B batch 1 at half bandwidth: memory duty 0.5 (bytes / step / datasheet bandwidth);
    // compute 1.4e10 FLOP / 8.358 ms = 1.675 TFLOPS = 0.0016928 of peak / 0.644 = 0.0026286.
    const DecodeInput in = h100(7e9, 7e9, 1.0);
    const DecodeStep step = greenprint::decodeStep(in, halfAndHalf());
    GP_COMPARE_NEAR(decodeLoad(step, in, ref), 0.5 + 0.0026286, 1e-4, 0.0);
    // Compute-bound at half of peak: 0.5 / 0.644 = 0.7764 (+ a memory duty of 2e9 B per
    // 0.40424 s step, 0.0015); at 0.9 of peak the load would pass 1 and is capped.
    const DecodeInput big = h100(1e9, 1e9, 1e5);
    GP_COMPARE_NEAR(decodeLoad(greenprint::decodeStep(big, halfAndHalf()), big, ref),
                    0.5 / 0.644 + 2e9 / 0.404245 / 3350e9, 1e-4, 0.0);
    ServingConstants fast = halfAndHalf();
    fast.decodeFractionOfPeak = 0.9;
    QCOMPARE(decodeLoad(greenprint::decodeStep(big, fast), big, ref), 1.0);
}

void TestServing::sizesAServedJobOnP5()
{
    // 8e9 parameters, 600 tokens of which 500 output, a million requests, batch 16, on one
    // p5.48xlarge (8 x H100 80 GB). By hand (fitted g 0.56, f 0.165; KV 9.05e-6 values per
    // token per parameter; inference fraction of peak 0.10 for the prompt):
    //   replica: 16e9 B weights + 16 x 600 x 144,800 B cache = 17.39 GB: one GPU, 8 replicas;
    //   decode step: max(16e9 / 1.876e12, 2.56e11 / 163.27e12) + 16 x 350 x 144,800 / 1.876e12
    //                = 8.5288 + 0.4322 = 8.96102 ms;
    //   per replica 125,000 requests: decode 125,000 x 500 / 16 x 8.96102 ms = 35,004.0 s,
    //   prefill 2 x 8e9 x 100 x 125,000 / (989.5e12 x 0.10) = 2,021.2 s; 10.28478 h.
    //   load: decode 0.04483 compute + 0.5600 memory duty; prefill 0.10 / 0.644; weighted 0.58029.
    const ReferenceData &ref = test::builtReferenceData();
    QString error;
    const auto s =
        sizeWork(served(8e9, 600, 500, 1e6, 16.0), *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(s->served);
    QCOMPARE(s->acceleratorsPerReplica, 1);
    QCOMPARE(s->replicasPerInstance, 8);
    GP_COMPARE_NEAR(s->decodeStepSeconds * 1e3, 8.961023, 1e-5, 0.0);
    GP_COMPARE_NEAR(s->hoursCentral.h, 10.284784, 1e-5, 0.0);
    GP_COMPARE_NEAR(s->loadCentral, 0.580290, 1e-4, 0.0);
    // hours = FLOPs / (peak x effective fraction) still holds for the whole job.
    GP_COMPARE_NEAR(s->flops / (s->instanceThroughputTflops * 1e12 * s->achievedCentral * 3600.0),
                    s->hoursCentral.h, 1e-9, 0.0);
    // The band: the prompt at the inference range, the decode at the fit's P10-P90 ratios.
    QVERIFY(s->hoursLow.h < s->hoursCentral.h && s->hoursCentral.h < s->hoursHigh.h);
    // Twice the instances: each replica serves half the requests, half the hours.
    const auto two =
        sizeWork(served(8e9, 600, 500, 1e6, 16.0), *ref.instance(u"p5.48xlarge"_s), 2, ref, &error);
    QVERIFY(two);
    GP_COMPARE_NEAR(two->hoursCentral.h, s->hoursCentral.h / 2.0, 1e-12, 0.0);
}

void TestServing::memoryDecidesTheReplica()
{
    // 70e9 bf16: 140 GB + 4 x 1000 x 1,267,000 B = 145.07 GB: two 80 GB GPUs, 4 replicas.
    // Step: 140e9 / (2 x 1.876e12) + 4 x 600 x 1.267e6 / 3.752e12 = 38.12388 ms; 53.93237 h.
    const ReferenceData &ref = test::builtReferenceData();
    QString error;
    const auto s = sizeWork(served(70e9, 1000, 800, 1e5, 4.0), *ref.instance(u"p5.48xlarge"_s), 1,
                            ref, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->acceleratorsPerReplica, 2);
    QCOMPARE(s->replicasPerInstance, 4);
    GP_COMPARE_NEAR(s->decodeStepSeconds * 1e3, 38.123881, 1e-5, 0.0);
    GP_COMPARE_NEAR(s->hoursCentral.h, 53.932373, 1e-5, 0.0);
    // The feasibility check counts the same bytes (one figure, one place).
    const std::optional<ServingMemory> memory =
        servingMemory(served(70e9, 1000, 800, 1e5, 4.0), ref);
    QVERIFY(memory);
    GP_COMPARE_NEAR(memory->totalBytes() / 1e9, 145.068, 1e-5, 0.0);
}

void TestServing::mixtureOfExpertsReadsTheExpertsItTouches()
{
    // 30e9 parameters, 3e9 active, batch 8 on p5: 60.26 GB fits one GPU; step 18.29638 ms,
    // 39.91623 h by hand. The same model dense would read 60e9 B per step.
    const ReferenceData &ref = test::builtReferenceData();
    WorkSpec moe = served(30e9, 600, 500, 1e6, 8.0);
    moe.activeParameters = 3e9;
    QString error;
    const auto s = sizeWork(moe, *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY2(s, qPrintable(error));
    GP_COMPARE_NEAR(s->decodeStepSeconds * 1e3, 18.296379, 1e-5, 0.0);
    GP_COMPARE_NEAR(s->hoursCentral.h, 39.916228, 1e-5, 0.0);
    // FLOPs count the active parameters only.
    GP_COMPARE_NEAR(moe.flops(), 2.0 * 3e9 * 600 * 1e6, 1e-12, 0.0);
    const auto dense =
        sizeWork(served(30e9, 600, 500, 1e6, 8.0), *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY(dense && dense->decodeStepSeconds > 1.5 * s->decodeStepSeconds);
}

void TestServing::modelTooLargeForTheInstanceIsAnError()
{
    const ReferenceData &ref = test::builtReferenceData();
    QString error;
    // 70e9 bf16 = 140 GB + 1000 tokens x 1.267e6 B of cache = 141 GB against one A10G's 24 GB.
    QVERIFY(!sizeWork(served(70e9, 1000, 800, 1e5, 1.0), *ref.instance(u"g5.xlarge"_s), 1, ref,
                      &error));
    QVERIFY2(error.contains(u"serving needs 141 GB"_s) && error.contains(u"g5.xlarge"_s),
             qPrintable(error));
}

void TestServing::defaultBatchIsAnAssumption()
{
    const ReferenceData &ref = test::builtReferenceData();
    QString error;
    const auto unstated = sizeWork(served(8e9, 600, 500, 1e6, std::nullopt),
                                   *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY(unstated);
    QVERIFY(
        std::any_of(unstated->assumptions.begin(), unstated->assumptions.end(),
                    [](const QString &a) { return a.startsWith(u"Batch size not stated: 1"_s); }));
    const auto one =
        sizeWork(served(8e9, 600, 500, 1e6, 1.0), *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY(one && one->assumptions.isEmpty());
    QCOMPARE(one->hoursCentral.h, unstated->hoursCentral.h);
    // Batch 1 pays a whole weight read per token: far longer than batch 16.
    const auto sixteen =
        sizeWork(served(8e9, 600, 500, 1e6, 16.0), *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY(sixteen && one->hoursCentral.h > 10.0 * sixteen->hoursCentral.h);
    // Through the estimator the assumption reaches the estimate's list.
    Component c;
    c.name = u"chat"_s;
    c.spec = ComputeSpec{u"p5.48xlarge"_s,
                         1,
                         0.0,
                         0.5,
                         std::nullopt,
                         Pricing::OnDemand,
                         served(8e9, 600, 500, 1e6, std::nullopt),
                         std::nullopt};
    Project p;
    p.stage(StageKind::Inference).components.push_back(c);
    const Estimate e = estimateProject(p, ref);
    QVERIFY(!hasErrors(e.issues));
    QVERIFY(std::any_of(e.assumptions.begin(), e.assumptions.end(), [](const auto &a) {
        return QString(a).startsWith(u"Batch size not stated"_s);
    }));
}

void TestServing::workWithoutOutputTokensKeepsTheFlopsModel()
{
    // Files written before serving was modelled: hours = FLOPs / (peak x fraction), unchanged.
    const ReferenceData &ref = test::builtReferenceData();
    WorkSpec w = served(8e9, 600, 0, 1e6, std::nullopt);
    w.outputTokensPerRequest.reset();
    QString error;
    const auto s = sizeWork(w, *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(!s->served);
    GP_COMPARE_NEAR(s->hoursCentral.h,
                    2.0 * 8e9 * 600 * 1e6 / (8 * 989.5e12 * s->achievedCentral * 3600.0), 1e-12,
                    0.0);
    QVERIFY(s->assumptions.isEmpty());
}

void TestServing::trainingCountsActiveParameters()
{
    WorkSpec w;
    w.kind = WorkSpec::Kind::Training;
    w.parameters = 47e9;
    w.activeParameters = 13e9;
    w.tokens = 1e12;
    GP_COMPARE_NEAR(w.flops(), 6.0 * 13e9 * 1e12, 1e-12, 0.0);
    w.activeParameters.reset();
    GP_COMPARE_NEAR(w.flops(), 6.0 * 47e9 * 1e12, 1e-12, 0.0);
}

namespace {
/** A project whose training stage holds `training` and whose inference stage holds `inference`. */
QByteArray projectWith(const QByteArray &training, const QByteArray &inference)
{
    return R"({
      "format": "greenprint-project", "formatVersion": 1, "appVersion": "0.1.0",
      "name": "w", "region": "us-east-1",
      "settings": {"methodology": "greenprint", "includeEmbodied": true},
      "catalog": {"instances": [], "regions": []},
      "stages": [
        {"kind": "data-processing", "name": "d", "components": []},
        {"kind": "model-building", "name": "m", "components": []},
        {"kind": "training", "name": "t", "components": [)"
        + training + R"(]},
        {"kind": "inference", "name": "i", "components": [)"
        + inference + "]}]}";
}

/** An endpoint on p5.48xlarge serving `work`. */
QByteArray projectWithWork(const QByteArray &work)
{
    return projectWith({}, R"({"type": "endpoint", "name": "e", "mode": "real-time",
        "instance": "p5.48xlarge", "count": 1, "hoursProvisioned": 720, "modelsHosted": 1,
        "work": )" + work + "}");
}
} // namespace

void TestServing::fileKeysRoundTrip()
{
    ProjectReader reader;
    const std::optional<Project> p = reader.read(
        projectWithWork(R"({"kind": "inference", "parameters": 3e10, "activeParameters": 3e9,
            "requests": 1e6, "tokensPerRequest": 600, "outputTokensPerRequest": 500,
            "batchSize": 32, "precision": "bf16"})"),
        u"w"_s);
    QVERIFY2(p, qPrintable(reader.errorString()));
    const auto *e = std::get_if<EndpointSpec>(&p->stage(StageKind::Inference).components[0].spec);
    QVERIFY(e && e->work);
    QCOMPARE(e->work->activeParameters, std::optional<double>(3e9));
    QCOMPARE(e->work->outputTokensPerRequest, std::optional<double>(500.0));
    QCOMPARE(e->work->batchSize, std::optional<double>(32.0));
    ProjectWriter writer;
    const QByteArray json = writer.toJson(*p);
    QVERIFY(json.contains("\"activeParameters\""));
    QVERIFY(json.contains("\"outputTokensPerRequest\""));
    QVERIFY(json.contains("\"batchSize\""));
    ProjectReader again;
    const std::optional<Project> back = again.read(json, u"w"_s);
    QVERIFY2(back, qPrintable(again.errorString()));
    QCOMPARE(back->stage(StageKind::Inference).components,
             p->stage(StageKind::Inference).components);
    // Work without the keys writes none of them (old files stay as they were).
    ProjectReader plain;
    const std::optional<Project> old =
        plain.read(projectWithWork(R"({"kind": "inference", "parameters": 1e9, "requests": 5,
            "tokensPerRequest": 10})"),
                   u"w"_s);
    QVERIFY2(old, qPrintable(plain.errorString()));
    const QByteArray oldJson = writer.toJson(*old);
    QVERIFY(!oldJson.contains("activeParameters") && !oldJson.contains("outputTokens")
            && !oldJson.contains("batchSize"));
}

void TestServing::fileKeysAreChecked()
{
    ProjectReader reader;
    QVERIFY(!reader.read(
        projectWithWork(R"({"kind": "inference", "parameters": 1e9, "activeParameters": 2e9,
            "requests": 5, "tokensPerRequest": 10, "outputTokensPerRequest": 11,
            "batchSize": 0.5})"),
        u"w"_s));
    QStringList lines;
    for (const Issue &issue : reader.issues())
        lines << issue.path + u": "_s + issue.message;
    const QString work = u"stages[3].components[0].work."_s;
    QCOMPARE(lines,
             (QStringList{
                 work
                     + u"outputTokensPerRequest: 11 output tokens is more than the 10 "
                       u"tokensPerRequest they are part of"_s,
                 work + u"batchSize: must be a number >= 1"_s,
                 work
                     + u"activeParameters: 2e+09 active parameters is more than the model's "
                       u"1e+09 parameters"_s,
             }));
    ProjectReader training;
    QVERIFY(!training.read(projectWith(R"({"type": "compute", "name": "c",
        "instance": "p5.48xlarge", "work": {"kind": "training", "parameters": 1e9,
        "tokens": 1e9, "batchSize": 4}})",
                                       {}),
                           u"w"_s));
    QVERIFY2(training.errorString().contains(u"batchSize"_s), qPrintable(training.errorString()));
}

// An endpoint may state its traffic per month (`requestsPerMonth`): the serving model sizes the
// total it makes over the hours provisioned (EndpointSpec::servedWork()), never the rate as if it
// were a total. The row of sizesAServedJobOnP5 (8e9, 600 tokens of which 500 output, batch 16, one
// p5.48xlarge) served 1e6 requests in 10.284784 h; hours scale with the requests (prefill and
// decode both per request), so by hand:
//   100,000 a month over 8,760 h = 1.2e6 requests: 12.341741 h busy;
//   100,000 a month over 4,380 h = 6e5: 6.170870 h;  over 730 h = 1e5: 1.028478 h.
void TestServing::monthlyTrafficIsServedTokenByToken_data()
{
    QTest::addColumn<double>("hoursProvisioned");
    QTest::addColumn<double>("totalRequests");
    QTest::addColumn<double>("busyHours");
    QTest::newRow("a year") << 8760.0 << 1.2e6 << 12.341741;
    QTest::newRow("half a year") << 4380.0 << 6e5 << 6.170870;
    QTest::newRow("a month") << 730.0 << 1e5 << 1.028478;
}

void TestServing::monthlyTrafficIsServedTokenByToken()
{
    QFETCH(double, hoursProvisioned);
    QFETCH(double, totalRequests);
    QFETCH(double, busyHours);
    const auto project = [&](const QByteArray &traffic) {
        const QByteArray json = projectWith(
            {},
            R"({"type": "endpoint", "name": "e", "mode": "real-time",
            "instance": "p5.48xlarge", "count": 1, "modelsHosted": 1, "hoursProvisioned": )"
                + QByteArray::number(hoursProvisioned, 'f', 0)
                + R"(, "work": {"kind": "inference", "parameters": 8e9, )" + traffic
                + R"(, "tokensPerRequest": 600, "outputTokensPerRequest": 500, "batchSize": 16,
                "precision": "bf16"}})");
        ProjectReader reader;
        std::optional<Project> p = reader.read(json, u"w"_s);
        if (!p)
            qWarning() << reader.errorString();
        return p;
    };
    const std::optional<Project> monthly = project(R"("requestsPerMonth": 100000)");
    const std::optional<Project> total =
        project(R"("requests": )" + QByteArray::number(totalRequests, 'f', 0));
    QVERIFY(monthly && total);
    const auto endpoint = [](const Project &p) {
        return std::get<EndpointSpec>(p.stage(StageKind::Inference).components[0].spec);
    };
    QVERIFY(endpoint(*monthly).work->requestsPerMonth);

    const ReferenceData &ref = test::builtReferenceData();
    QString error;
    const auto sizing =
        sizeWork(*endpoint(*monthly).servedWork(), *ref.instance(u"p5.48xlarge"_s), 1, ref, &error);
    QVERIFY2(sizing, qPrintable(error));
    QVERIFY(sizing->served);
    GP_COMPARE_NEAR(sizing->hoursCentral.h, busyHours, 1e-5, 0.0);

    const Estimate a = estimateProject(*monthly, ref);
    const Estimate b = estimateProject(*total, ref);
    QVERIFY(!hasErrors(a.issues) && a.total.complete);
    const ComponentEstimate &ca = a.stages[3].components[0];
    const ComponentEstimate &cb = b.stages[3].components[0];
    // Served token by token in both: the same effective fraction of peak and load.
    QVERIFY(ca.achievedUtilization && cb.achievedUtilization);
    GP_COMPARE_NEAR(*ca.achievedUtilization, sizing->achievedCentral, 1e-12, 0.0);
    GP_COMPARE_NEAR(*ca.achievedUtilization, *cb.achievedUtilization, 1e-12, 0.0);
    GP_COMPARE_NEAR(*ca.acceleratorLoad, sizing->loadCentral, 1e-12, 0.0);
    QVERIFY(a.total.energy.kWh > 0.0);
    GP_COMPARE_NEAR(a.total.energy.kWh, b.total.energy.kWh, 1e-12, 0.0);
    GP_COMPARE_NEAR(a.total.co2e.kg, b.total.co2e.kg, 1e-12, 0.0);
    // The rate read as if it were a total would serve 100,000 requests: less energy unless the
    // endpoint is provisioned for exactly a month.
    const std::optional<Project> misread = project(R"("requests": 100000)");
    QVERIFY(misread);
    const Estimate c = estimateProject(*misread, ref);
    if (hoursProvisioned > 730.0)
        QVERIFY(c.total.energy.kWh < a.total.energy.kWh * (1.0 - 1e-6));
    else
        GP_COMPARE_NEAR(c.total.energy.kWh, a.total.energy.kWh, 1e-12, 0.0);
}

QTEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
