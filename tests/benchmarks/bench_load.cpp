// SPDX-License-Identifier: GPL-3.0-or-later
// Load limits: a project file over the reader's size limit, a 250,000-component file and a
// 1,000,000-component project. Time and peak memory (VmHWM, reset before each step).
#include "benchsupport.h"
#include "projectgenerator.h"

#include "engine/estimator.h"
#include "io/formatversion.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace greenprint;

namespace {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

/** Writes about `bytes` of a plausible project file: a valid head, then components. */
bool writeLargeFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"format":"greenprint-project","formatVersion":1,"name":"big","stages":[)"
               R"({"kind":"training","components":[)");
    const QByteArray component =
        R"({"type":"compute","name":"x","instance":"p4d.24xlarge","count":1,"hours":1},)";
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += component;
    while (file.size() < bytes)
        file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

/** A file over the size limit is refused by size before it is read: time to the error. */
void BM_Load_RefuseOversizedFile(benchmark::State &state)
{
    const QString path = tempDir().filePath(QStringLiteral("oversized.greenprint"));
    if (!writeLargeFile(path, kProjectMaxFileSize + 1024 * 1024)) {
        state.SkipWithError("cannot write the file");
        return;
    }
    for (auto _ : state) {
        ProjectReader reader;
        if (reader.readFile(path) || !reader.errorString().contains(u"larger than 256 MiB")) {
            state.SkipWithError("the oversized file was not refused");
            return;
        }
    }
    state.counters["file_MB"] = QFileInfo(path).size() / 1e6;
    QFile::remove(path);
}
BENCHMARK(BM_Load_RefuseOversizedFile)->Unit(benchmark::kMicrosecond);

/**
 * Writes a generated project of `components`, then reads it back and
 * estimates it, each step timed and with its own peak RSS.
 */
void readAndEstimate(benchmark::State &state, int components, bool expectRefusal)
{
    for (auto _ : state) {
        const double baseline = bench::procStatusMiB("VmRSS");
        bench::resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        double cpu = bench::threadCpuMs();
        Project project = bench::generateProject(bench::referenceData(), components);
        state.counters["generate_ms"] = timer.elapsed();
        state.counters["generate_cpu_ms"] = bench::threadCpuMs() - cpu;
        state.counters["project_MiB"] = bench::procStatusMiB("VmHWM") - baseline;

        bench::resetPeakRss();
        timer.restart();
        cpu = bench::threadCpuMs();
        const Estimate estimate = estimateProject(project, bench::referenceData());
        state.counters["estimate_ms"] = timer.elapsed();
        state.counters["estimate_cpu_ms"] = bench::threadCpuMs() - cpu;
        state.counters["estimate_peak_MiB"] = bench::procStatusMiB("VmHWM");
        benchmark::DoNotOptimize(estimate);

        const QString path = tempDir().filePath(QStringLiteral("load.greenprint"));
        bench::resetPeakRss();
        timer.restart();
        cpu = bench::threadCpuMs();
        ProjectWriter writer;
        if (!writer.writeFile(project, path)) {
            state.SkipWithError("cannot write the project");
            return;
        }
        state.counters["save_ms"] = timer.elapsed();
        state.counters["save_cpu_ms"] = bench::threadCpuMs() - cpu;
        state.counters["save_peak_MiB"] = bench::procStatusMiB("VmHWM");
        state.counters["file_MiB"] = QFileInfo(path).size() / (1024.0 * 1024.0);
        project = Project();

        const double beforeRead = bench::procStatusMiB("VmRSS");
        bench::resetPeakRss();
        timer.restart();
        cpu = bench::threadCpuMs();
        ProjectReader reader;
        const std::optional<Project> read = reader.readFile(path);
        const qint64 readMs = timer.elapsed();
        state.counters["read_ms"] = readMs;
        state.counters["read_cpu_ms"] = bench::threadCpuMs() - cpu;
        state.counters["read_peak_MiB"] = bench::procStatusMiB("VmHWM");
        state.counters["read_extra_MiB"] = bench::procStatusMiB("VmHWM") - beforeRead;
        state.counters["refused"] = read ? 0 : 1;
        if (bool(read) == expectRefusal) {
            state.SkipWithError(read ? "the file was not refused" : "the file was refused");
            return;
        }
        state.SetIterationTime(readMs / 1000.0);
        QFile::remove(path);
    }
}

/** 250,000 components (the largest file the reader accepted while its limit was 64 MiB). */
void BM_Load_LargestAcceptedFile(benchmark::State &state)
{
    readAndEstimate(state, static_cast<int>(state.range(0)), false);
}
BENCHMARK(BM_Load_LargestAcceptedFile)
    ->Arg(250000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/** A million components: estimated in memory, written and read back. */
void BM_Load_MillionComponents(benchmark::State &state)
{
    readAndEstimate(state, static_cast<int>(state.range(0)), false);
}
BENCHMARK(BM_Load_MillionComponents)
    ->Arg(1000000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::referenceData();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
