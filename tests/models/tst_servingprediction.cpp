// SPDX-License-Identifier: GPL-3.0-or-later
// Validation, not arithmetic: public LLM serving measurements predicted by the serving model
// (engine/serving.h) on the real reference data. The constants were fitted on the `fit` rows
// of data/reference/serving_measurements.csv (data/fit_serving.py); the `test` rows are other
// models, never fitted on. Measured errors are pinned; a change to the method or its data that
// moves them must update the pins and the README ("Serving") together.
#include "domain/names.h"
#include "engine/greenprintprofile.h"
#include "engine/serving.h"
#include "engine/worksizing.h"
#include "io/csvreader.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace greenprint;
using namespace Qt::StringLiterals;

namespace {

// Held-out rows, README "Serving": update together with the method.
constexpr double kPinnedH100EnergyMedian = 0.206;
constexpr double kPinnedH100EnergyWorst = 0.807;
constexpr double kPinnedH100EnergyBias = 0.057;
constexpr double kPinnedH100StepMedian = 0.192;
constexpr double kPinnedNeuronThroughputMedian = 0.417;
constexpr double kPinnedNeuronThroughputWorst = 0.587;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

struct Row
{
    QString set;
    QString model;
    QString accelerator;
    DecodeInput in;
    double measuredStepS = 0.0;
    double measuredTokensPerS = 0.0;
    double measuredJPerToken = 0.0; ///< 0: not measured (Neuron)
};

std::vector<Row> readRows(const ReferenceData &ref)
{
    CsvReader csv;
    const QString path = test::sourcePath(u"data/reference/serving_measurements.csv"_s);
    if (!csv.readFile(path))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(csv.errorString()));
    const double kv = ref.coefficientValue(CoefficientKey::KvCacheValuesPerTokenPerParameter, 0.0);
    std::vector<Row> rows;
    for (const QStringList &fields : csv.rows()) {
        const auto value = [&](const char *column) {
            return fields.at(csv.columnIndex(QString::fromLatin1(column)));
        };
        Row r;
        r.set = value("set");
        r.model = value("model");
        r.accelerator = value("accelerator");
        const AcceleratorSpec *acc = ref.method.accelerator(r.accelerator);
        const std::optional<Precision> precision = precisionFromKey(value("precision"));
        if (!acc || !precision || !acc->peak(*precision) || !acc->memoryBandwidthGBps)
            qFatal("%s: accelerator %s unknown", qPrintable(r.model), qPrintable(r.accelerator));
        r.in.parameters = value("parameters").toDouble();
        r.in.activeParameters = value("active_parameters").toDouble();
        r.in.bytesPerValue = bytesPerValue(*precision);
        r.in.kvValuesPerTokenPerParameter = kv;
        r.in.batch = value("batch").toDouble();
        r.in.contextTokens =
            value("input_tokens").toDouble() + value("output_tokens").toDouble() / 2;
        r.in.accelerators = value("accelerators").toInt();
        r.in.peakTflopsPerAccelerator = *acc->peak(*precision);
        r.in.bandwidthGBpsPerAccelerator = *acc->memoryBandwidthGBps;
        r.measuredStepS = value("measured_step_ms").toDouble() / 1e3;
        r.measuredTokensPerS = value("measured_output_tokens_per_s").toDouble();
        r.measuredJPerToken = value("measured_j_per_output_token").toDouble();
        rows.push_back(r);
    }
    return rows;
}

QString classOf(const QString &accelerator)
{
    if (accelerator.contains(u"Inferentia"_s))
        return u"inferentia"_s;
    if (accelerator.contains(u"Trainium"_s))
        return u"trainium"_s;
    return u"nvidia_gpu"_s;
}

} // namespace

class TestServingPrediction : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void noReservedFamilyAndModelsHeldOut();
    void heldOutMeasurementsPredicted();
};

void TestServingPrediction::noReservedFamilyAndModelsHeldOut()
{
    const std::vector<Row> rows = readRows(test::builtReferenceData());
    const QRegularExpression reserved(u"llama[ -]?(2|3)|bloom|gpt-?3\\b|pythia|deepseek"_s,
                                      QRegularExpression::CaseInsensitiveOption);
    // GPUs: the test models are other models than the fit's. Neuron: AWS publishes one
    // non-reserved model (Mistral 7B), so its test rows are other batch sizes and instances.
    QSet<QString> fitModels;
    QSet<QString> fitRuns;
    const auto run = [](const Row &r) {
        return r.model + r.accelerator + QString::number(r.in.batch);
    };
    for (const Row &r : rows) {
        QVERIFY2(!reserved.match(r.model).hasMatch(), qPrintable(r.model));
        QVERIFY2(r.set == u"fit"_s || r.set == u"test"_s, qPrintable(r.set));
        if (r.set == u"fit"_s) {
            fitModels.insert(r.model);
            fitRuns.insert(run(r));
        }
    }
    int tested = 0;
    for (const Row &r : rows) {
        if (r.set != u"test"_s)
            continue;
        ++tested;
        QVERIFY2(!fitRuns.contains(run(r)), qPrintable(r.model));
        if (classOf(r.accelerator) == u"nvidia_gpu"_s)
            QVERIFY2(!fitModels.contains(r.model), qPrintable(r.model));
    }
    QVERIFY(tested >= 30);
}

void TestServingPrediction::heldOutMeasurementsPredicted()
{
    const ReferenceData &ref = test::builtReferenceData();
    const GreenprintProfile profile(ref, ProjectSettings{});
    const AcceleratorSpec *h100 = ref.method.accelerator(u"NVIDIA H100 SXM5 80GB"_s);
    QVERIFY(h100 && h100->tdpW);
    std::vector<double> energy, energySigned, step, neuron;
    for (const Row &r : readRows(ref)) {
        if (r.set != u"test"_s)
            continue;
        const ServingConstants constants = servingConstants(classOf(r.accelerator), ref);
        const DecodeStep s = decodeStep(r.in, constants);
        if (r.measuredJPerToken > 0.0) {
            // The GPUs only, as NVML measured them: the replica's boards at the decode load.
            const double watts = profile.acceleratorLoadFraction(decodeLoad(s, r.in, ref))
                * *h100->tdpW * r.in.accelerators;
            const double joules = watts * s.seconds / r.in.batch;
            const double e = joules / r.measuredJPerToken - 1.0;
            const double t = s.seconds / r.measuredStepS - 1.0;
            qInfo("%-36s %d GPU batch %6.1f  step %6.2f / %6.2f ms  %6.0f W  J/token %.3f / %.3f "
                  "(%+4.0f %%)",
                  qPrintable(r.model), r.in.accelerators, r.in.batch, s.seconds * 1e3,
                  r.measuredStepS * 1e3, watts, joules, r.measuredJPerToken, 100.0 * e);
            energy.push_back(std::abs(e));
            energySigned.push_back(e);
            step.push_back(std::abs(t));
        } else {
            const double tokensPerS = r.in.batch / s.seconds;
            const double e = tokensPerS / r.measuredTokensPerS - 1.0;
            qInfo("%-36s %2d x %s batch %.0f  %.0f / %.0f tokens/s (%+4.0f %%)",
                  qPrintable(r.model), r.in.accelerators, qPrintable(r.accelerator), r.in.batch,
                  tokensPerS, r.measuredTokensPerS, 100.0 * e);
            neuron.push_back(std::abs(e));
        }
    }
    QVERIFY(!energy.empty() && !neuron.empty());
    const double energyMedian = median(energy);
    const double energyWorst = *std::max_element(energy.begin(), energy.end());
    const double energyBias = median(energySigned);
    const double stepMedian = median(step);
    const double neuronMedian = median(neuron);
    const double neuronWorst = *std::max_element(neuron.begin(), neuron.end());
    qInfo("H100 J/token: median |error| %.3f, worst %.3f, bias %+.3f (%d rows); step median "
          "|error| %.3f; Neuron tokens/s: median |error| %.3f, worst %.3f (%d rows)",
          energyMedian, energyWorst, energyBias, int(energy.size()), stepMedian, neuronMedian,
          neuronWorst, int(neuron.size()));
    QVERIFY2(std::abs(energyMedian - kPinnedH100EnergyMedian) < 0.01,
             qPrintable(QString::number(energyMedian)));
    QVERIFY2(std::abs(energyWorst - kPinnedH100EnergyWorst) < 0.01,
             qPrintable(QString::number(energyWorst)));
    QVERIFY2(std::abs(energyBias - kPinnedH100EnergyBias) < 0.01,
             qPrintable(QString::number(energyBias)));
    QVERIFY2(std::abs(stepMedian - kPinnedH100StepMedian) < 0.01,
             qPrintable(QString::number(stepMedian)));
    QVERIFY2(std::abs(neuronMedian - kPinnedNeuronThroughputMedian) < 0.01,
             qPrintable(QString::number(neuronMedian)));
    QVERIFY2(std::abs(neuronWorst - kPinnedNeuronThroughputWorst) < 0.01,
             qPrintable(QString::number(neuronWorst)));
}

QTEST_GUILESS_MAIN(TestServingPrediction)
#include "tst_servingprediction.moc"
