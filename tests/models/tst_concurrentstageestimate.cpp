// SPDX-License-Identifier: GPL-3.0-or-later
// A large stage is estimated on two threads (estimateProject's concurrentStageComponents): the
// estimate must be the one a single thread gives, to the last bit, with its issues, notes and
// constants in the same order.
#include "advisortestprojects.h"
#include "engine/estimator.h"
#include "io/estimateformats.h"
#include "io/projectreader.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <limits>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(greenprint::EstimateDetail)

namespace {

constexpr int kOneThread = std::numeric_limits<int>::max();

QStringList describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << u"%1 %2: %3"_s.arg(int(issue.severity)).arg(issue.path, issue.message);
    return lines;
}

/**
 * A training stage of 71 components: instance types met first in its second half (their notes
 * then come from the second thread), SageMaker names, an unknown instance in each half, work
 * sized from FLOPs, storage, transfer and logs.
 */
Project mixedLargeStage()
{
    Project p;
    p.name = u"mixed"_s;
    p.region = u"us-east-1"_s;
    ComponentList &components = p.stage(StageKind::Training).components;
    components.push_back(test::compute(u"typo first half"_s, u"m6i.xlarg"_s, 5));
    for (int i = 0; i < 32; ++i) {
        components.push_back(test::compute(u"cpu %1"_s.arg(i), u"m6i.xlarge"_s, 10.0 + i));
        if (i % 8 == 0)
            components.push_back(
                test::storage(u"data %1"_s.arg(i), StorageClass::S3Standard, 100.0 * (i + 1), 3));
    }
    for (int i = 0; i < 16; ++i) {
        components.push_back(test::trainingJob(u"train %1"_s.arg(i), u"p4d.24xlarge"_s, 2));
        components.push_back(test::compute(u"sagemaker %1"_s.arg(i), u"ml.g5.xlarge"_s, 7.5));
    }
    components.push_back(test::compute(u"typo second half"_s, u"p5.48xlarg"_s, 5));
    components.push_back(test::logs(u"logs"_s, 12));
    return p;
}

void compareOneAndTwoThreads(const Project &project)
{
    const ReferenceData &reference = test::builtReferenceData();
    const Estimate one = estimateProject(project, reference, kOneThread);
    const Estimate two = estimateProject(project, reference, 2);
    QCOMPARE(describe(two.issues), describe(one.issues));
    QCOMPARE(two.assumptions, one.assumptions);
    QVERIFY(two.constants == one.constants);
    QCOMPARE(two.total, one.total);
    QCOMPARE(estimateToJson(two, {}, EstimateDetail::Full),
             estimateToJson(one, {}, EstimateDetail::Full));
}

} // namespace

class TestConcurrentStageEstimate : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void mixedStageSameOnTwoThreads();
    void examplesSameOnTwoThreads_data();
    void examplesSameOnTwoThreads();
    void largeEstimateJsonIsOneDocumentInOrder_data();
    void largeEstimateJsonIsOneDocumentInOrder();
};

void TestConcurrentStageEstimate::mixedStageSameOnTwoThreads()
{
    const Project project = mixedLargeStage();
    const Estimate one = estimateProject(project, test::builtReferenceData(), kOneThread);
    // What the comparison must cover: problems and notes from both halves.
    QCOMPARE(std::count_if(one.issues.begin(), one.issues.end(),
                           [](const Issue &i) { return i.severity == Issue::Severity::Error; }),
             2);
    QCOMPARE(one.issues.front().path, u"stages[2].components[0].instance"_s);
    QVERIFY(one.assumptions.filter(u"ml.g5.xlarge"_s).size() == 1);
    compareOneAndTwoThreads(project);
}

void TestConcurrentStageEstimate::examplesSameOnTwoThreads_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(test::sourcePath(u"data/examples"_s));
    for (const QString &name : examples.entryList({u"*.greenprint"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
}

void TestConcurrentStageEstimate::examplesSameOnTwoThreads()
{
    QFETCH(QString, path);
    ProjectReader reader;
    const std::optional<Project> project = reader.readFile(path);
    QVERIFY(project);
    compareOneAndTwoThreads(*project);
}

void TestConcurrentStageEstimate::largeEstimateJsonIsOneDocumentInOrder_data()
{
    QTest::addColumn<EstimateDetail>("detail");
    QTest::newRow("lean") << EstimateDetail::Lean;
    QTest::newRow("full") << EstimateDetail::Full;
}

/**
 * 10,000 components: the JSON writer formats every other chunk of 4,096 on a second thread
 * (estimateformats.cpp). The text must be what one writer gives: nlohmann's dump(2) of the
 * same document, with the components in the plan's order.
 */
void TestConcurrentStageEstimate::largeEstimateJsonIsOneDocumentInOrder()
{
    QFETCH(EstimateDetail, detail);
    constexpr int kComponents = 10'000;
    Project project;
    project.name = u"large"_s;
    project.region = u"us-east-1"_s;
    for (int i = 0; i < kComponents; ++i) {
        project.stage(StageKind::DataProcessing)
            .components.push_back(test::compute(u"c%1"_s.arg(i), u"m6i.xlarge"_s, 1.0 + i / 7.0));
    }
    const QByteArray text =
        estimateToJson(estimateProject(project, test::builtReferenceData()), {}, detail);
    const auto document = nlohmann::ordered_json::parse(text.toStdString());
    QCOMPARE(text, QByteArray::fromStdString(document.dump(2)) + '\n');
    const auto &components = document["stages"][0]["components"];
    QCOMPARE(int(components.size()), kComponents);
    for (int i = 0; i < kComponents; ++i)
        QCOMPARE(QString::fromStdString(components[std::size_t(i)]["name"].get<std::string>()),
                 u"c%1"_s.arg(i));
}

QTEST_GUILESS_MAIN(TestConcurrentStageEstimate)
#include "tst_concurrentstageestimate.moc"
