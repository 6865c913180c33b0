// SPDX-License-Identifier: GPL-3.0-or-later
// Headless hot paths: estimate, open, save and CSV export at scale.
#include "benchsupport.h"
#include "projectgenerator.h"

#include "advisor/advisor.h"
#include "advisor/paretosearch.h"
#include "engine/estimator.h"
#include "io/estimateformats.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

using namespace greenprint;

namespace {

const Project &generated(int components)
{
    static std::map<int, Project> cache;
    auto it = cache.find(components);
    if (it == cache.end())
        it = cache.emplace(components, bench::generateProject(bench::referenceData(), components))
                 .first;
    return it->second;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

void BM_Estimate(benchmark::State &state)
{
    const Project &project = generated(static_cast<int>(state.range(0)));
    const ReferenceData &reference = bench::referenceData();
    for (auto _ : state) {
        Estimate estimate = estimateProject(project, reference);
        benchmark::DoNotOptimize(estimate);
    }
    state.counters["components"] = static_cast<double>(project.componentCount());
    state.SetItemsProcessed(state.iterations() * project.componentCount());
}
BENCHMARK(BM_Estimate)->Arg(10)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_OpenProject(benchmark::State &state)
{
    const Project &project = generated(static_cast<int>(state.range(0)));
    const QString path = tempDir().filePath(QStringLiteral("open.greenprint"));
    ProjectWriter writer;
    if (!writer.writeFile(project, path)) {
        state.SkipWithError(qPrintable(writer.errorString()));
        return;
    }
    for (auto _ : state) {
        ProjectReader reader;
        std::optional<Project> read = reader.readFile(path);
        if (!read) {
            state.SkipWithError(qPrintable(reader.errorString()));
            return;
        }
        benchmark::DoNotOptimize(read);
    }
    state.counters["components"] = static_cast<double>(project.componentCount());
    state.counters["file_MiB"] = QFileInfo(path).size() / (1024.0 * 1024.0);
}
BENCHMARK(BM_OpenProject)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_SaveProject(benchmark::State &state)
{
    const Project &project = generated(static_cast<int>(state.range(0)));
    const QString path = tempDir().filePath(QStringLiteral("save.greenprint"));
    for (auto _ : state) {
        ProjectWriter writer;
        if (!writer.writeFile(project, path)) {
            state.SkipWithError(qPrintable(writer.errorString()));
            return;
        }
    }
    state.counters["components"] = static_cast<double>(project.componentCount());
}
BENCHMARK(BM_SaveProject)->Arg(10000)->Unit(benchmark::kMillisecond);

/** The estimate as the CSV plan, encoded and written atomically (what `greenprint export` does). */
void BM_CsvExport(benchmark::State &state)
{
    const Project &project = generated(static_cast<int>(state.range(0)));
    const std::vector<NamedEstimate> estimates = {
        {QStringLiteral("baseline"), estimateProject(project, bench::referenceData())}};
    const QString path = tempDir().filePath(QStringLiteral("plan.csv"));
    for (auto _ : state) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            state.SkipWithError("cannot open the CSV file");
            return;
        }
        file.write(estimatesToCsv(estimates).toUtf8());
        if (!file.commit()) {
            state.SkipWithError("cannot write the CSV file");
            return;
        }
    }
    state.counters["rows"] = static_cast<double>(project.componentCount());
}
BENCHMARK(BM_CsvExport)->Arg(100000)->Unit(benchmark::kMillisecond);

/** All suggestions plus the region x instance Pareto search of every stage, per example. */
void BM_AdvisorAndPareto(benchmark::State &state, const QString &path)
{
    ProjectReader reader;
    const std::optional<Project> project = reader.readFile(path);
    if (!project) {
        state.SkipWithError(qPrintable(reader.errorString()));
        return;
    }
    const ReferenceData &reference = bench::referenceData();
    std::size_t suggestions = 0;
    std::size_t points = 0;
    for (auto _ : state) {
        const Advisor advisor(reference);
        const std::vector<Suggestion> list = advisor.suggest(*project);
        const ParetoSearch search(reference);
        points = 0;
        for (StageKind stage : kAllStageKinds)
            points += search.front(*project, stage).size();
        suggestions = list.size();
        benchmark::DoNotOptimize(list);
    }
    state.counters["suggestions"] = static_cast<double>(suggestions);
    state.counters["front_points"] = static_cast<double>(points);
}

void registerAdvisorBenchmarks()
{
    for (const QString &path : bench::examplePaths()) {
        const std::string name = "BM_AdvisorAndPareto/" + QFileInfo(path).baseName().toStdString();
        benchmark::RegisterBenchmark(name.c_str(), BM_AdvisorAndPareto, path)
            ->Unit(benchmark::kMillisecond);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::referenceData(); // load once, outside every measurement
    registerAdvisorBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
