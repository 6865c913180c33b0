// SPDX-License-Identifier: GPL-3.0-or-later
// The planner window (offscreen): cold start, edit-to-repainted-charts and peak memory.
//
// Cold start and peak memory run in a child process (this executable with
// --cold-start or --peak-rss FILE) so that each starts from nothing and its
// VmHWM is its own; the parent reports them as benchmarks.
#include "benchsupport.h"
#include "projectgenerator.h"

#include "appidentity.h"
#include "charts/dashboard.h"
#include "export/pdfreport.h"
#include "export/planexport.h"
#include "gui/mainwindow.h"
#include "views/stagenavigator.h"
#include "whatif/whatifview.h"

#include "commands/componentfields.h"
#include "document/liveadvisor.h"
#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "refdata/referencerepository.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace greenprint;

namespace {

constexpr int kWindowWidth = 1600;
constexpr int kWindowHeight = 1000;

/** Counts paint events of the widgets it is installed on. */
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void showAndSettle(MainWindow &window)
{
    window.resize(kWindowWidth, kWindowHeight);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the main window was not exposed\n");
    QCoreApplication::processEvents();
}

/** The first compute component of `project`, or an invalid ref. */
ComponentRef firstCompute(const Project &project)
{
    for (int s = 0; s < kStageCount; ++s) {
        const auto &components = project.stages[s].components;
        for (int c = 0; c < static_cast<int>(components.size()); ++c) {
            if (components[c].type() == ComponentType::Compute)
                return {s, c};
        }
    }
    return {};
}

/**
 * One edit as the user makes it: a command on the undo stack (what the hours
 * spin box pushes), the document's change signal, the live estimate, the
 * dashboard, then the event loop delivers the update requests and the
 * widgets repaint. The deferred region ranking (a coalescing timer) is measured
 * separately below.
 */
void BM_GuiEditToRepaint(benchmark::State &state)
{
    const int components = static_cast<int>(state.range(0));
    MainWindow window(bench::referenceData());
    showAndSettle(window);
    ProjectDocument *document = window.document();
    document->reset(bench::generateProject(bench::referenceData(), components));
    const ComponentRef ref = firstCompute(document->project());
    if (!ref.isValid()) {
        state.SkipWithError("no compute component");
        return;
    }
    window.goToField(
        QStringLiteral("stages[%1].components[%2].hours").arg(ref.stage).arg(ref.index));
    window.dashboard()->flushRegionRanking();
    QCoreApplication::processEvents();
    PaintCounter counter;
    for (QWidget *chart :
         {window.dashboard()->stageChart(), window.dashboard()->componentChart()}) {
        auto *view = qobject_cast<QAbstractScrollArea *>(chart);
        (view ? view->viewport() : chart)->installEventFilter(&counter);
    }
    double hours = 100.0;
    for (auto _ : state) {
        hours = hours == 100.0 ? 101.0 : 100.0;
        document->undoStack()->push(
            new ChangeComponentField<ComponentField::ComputeHours>(document, ref, hours));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        // Keep the coalesced region ranking (150 ms timer) out of this figure: it is
        // BM_GuiRegionRanking.
        state.PauseTiming();
        window.dashboard()->flushRegionRanking();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["components"] = document->project().componentCount();
    state.counters["chart_paints_per_edit"] =
        benchmark::Counter(counter.paints, benchmark::Counter::kAvgIterations);
}
// Args: components, 0 = the window as it is / 1 = navigator without resize-to-contents.
BENCHMARK(BM_GuiEditToRepaint)->Arg(500)->Unit(benchmark::kMillisecond);

/** CPU time the calling thread has used, in ms. */
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

/**
 * One edit with the what-if tab in front, timed from the edit to the repainted view with the
 * advisor's suggestions and the scenario's evaluation of the changed plan. gui_thread_cpu_ms is
 * the CPU time the GUI thread spent on it (the edit, the event loop, taking the result in and
 * repainting): what the window is frozen for. Args: components; 1 = the advisor on the GUI
 * thread whatever the plan's size (as before it had a worker), 0 = as shipped.
 */
void BM_GuiWhatIfEdit(benchmark::State &state)
{
    const int components = static_cast<int>(state.range(0));
    const bool onGuiThread = state.range(1) != 0;
    MainWindow window(bench::referenceData());
    showAndSettle(window);
    ProjectDocument *document = window.document();
    Project plan = bench::generateProject(bench::referenceData(), components);
    Scenario scenario;
    scenario.name = QStringLiteral("Benchmark");
    plan.scenarios.push_back(scenario);
    document->reset(plan);
    const ComponentRef ref = firstCompute(document->project());
    if (!ref.isValid()) {
        state.SkipWithError("no compute component");
        return;
    }
    LiveAdvisor *advisor = window.whatIfView()->advisor();
    if (onGuiThread) {
        advisor->setSynchronousLimit(INT_MAX);
        window.liveEstimate()->setSynchronousLimit(INT_MAX);
    }
    window.showWhatIf();
    QCoreApplication::processEvents();
    advisor->refresh();
    window.liveEstimate()->waitForCurrent();
    QCoreApplication::processEvents();
    double hours = 100.0;
    double guiCpuMs = 0.0;
    double longestPassMs = 0.0;
    for (auto _ : state) {
        hours = hours == 100.0 ? 101.0 : 100.0;
        const double startMs = threadCpuMs();
        document->undoStack()->push(
            new ChangeComponentField<ComponentField::ComputeHours>(document, ref, hours));
        double passStartMs = startMs;
        do {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double nowMs = threadCpuMs();
            longestPassMs = std::max(longestPassMs, nowMs - passStartMs);
            if (advisor->isComputing() || window.liveEstimate()->isEstimating())
                QTest::qSleep(1); // a GUI thread idles between events
            passStartMs = threadCpuMs();
        } while (advisor->isComputing() || window.liveEstimate()->isEstimating());
        window.whatIfView()->repaint();
        guiCpuMs += threadCpuMs() - startMs;
    }
    state.counters["components"] = document->project().componentCount();
    state.counters["gui_thread_cpu_ms"] =
        benchmark::Counter(guiCpuMs, benchmark::Counter::kAvgIterations);
    state.counters["longest_gui_pass_ms"] = longestPassMs;
}
// This generated plan draws from every instance type of the reference data, and a few of its
// jobs sized from work cannot be (no FLOPS peak, no achieved fraction): Error issues. The
// advisor used to weigh every suggestion of a plan with errors on a whole copy, 4 s at 1,000
// components and quadratic; it now weighs them on the changed components (0.3 s for
// `greenprint suggest` on this plan). 10,000 components are timed as whole windows on
// generate_project.py's files (README, "GUI: an edit with the what-if tab in front").
BENCHMARK(BM_GuiWhatIfEdit)
    ->Args({50, 1})
    ->Args({150, 1})
    ->Args({150, 0})
    ->Args({1000, 1})
    ->Args({1000, 0})
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);

/** The deferred part of an edit: one estimate per region and the region chart repainted. */
void BM_GuiRegionRanking(benchmark::State &state)
{
    MainWindow window(bench::referenceData());
    showAndSettle(window);
    ProjectDocument *document = window.document();
    document->reset(
        bench::generateProject(bench::referenceData(), static_cast<int>(state.range(0))));
    const ComponentRef ref = firstCompute(document->project());
    double hours = 100.0;
    for (auto _ : state) {
        state.PauseTiming();
        hours = hours == 100.0 ? 101.0 : 100.0;
        document->undoStack()->push(
            new ChangeComponentField<ComponentField::ComputeHours>(document, ref, hours));
        QCoreApplication::processEvents();
        state.ResumeTiming();
        window.dashboard()->flushRegionRanking();
        window.dashboard()->regionChart()->repaint();
    }
    state.counters["regions"] = static_cast<double>(bench::referenceData().regions.size());
}
BENCHMARK(BM_GuiRegionRanking)->Arg(500)->Unit(benchmark::kMillisecond);

/** `greenprint export --pdf` of the largest example: advisor, scenarios, charts and PDF. */
void BM_PdfExportLargestExample(benchmark::State &state)
{
    ProjectReader reader;
    const std::optional<Project> project = reader.readFile(bench::largestExamplePath());
    if (!project) {
        state.SkipWithError(qPrintable(reader.errorString()));
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    for (auto _ : state) {
        PlanExport plan(*project, bench::referenceData());
        PdfReport report(plan.pdfInput(QLocale::system()));
        if (!report.writeFile(path)) {
            state.SkipWithError("cannot write the PDF");
            return;
        }
    }
    state.counters["pdf_KiB"] = QFileInfo(path).size() / 1024.0;
}
BENCHMARK(BM_PdfExportLargestExample)->Unit(benchmark::kMillisecond);

/** Runs this executable with `arguments` and returns its one line of output split by spaces. */
QList<QByteArray> runChild(const QStringList &arguments, qint64 *wallMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(60000))
        line += child.readAllStandardOutput();
    if (wallMs)
        *wallMs = timer.elapsed();
    child.waitForFinished(60000);
    return line.trimmed().split(' ');
}

/** Process start to a shown, exposed and painted main window (reference data loaded). */
void BM_GuiColdStart(benchmark::State &state)
{
    double inProcess = 0.0;
    for (auto _ : state) {
        qint64 wall = 0;
        const QList<QByteArray> out = runChild({QStringLiteral("--cold-start")}, &wall);
        if (out.value(0) != "shown") {
            state.SkipWithError("the child did not show its window");
            return;
        }
        inProcess += out.value(1).toDouble();
        state.SetIterationTime(wall / 1000.0);
    }
    state.counters["in_process_ms"] =
        benchmark::Counter(inProcess, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_GuiColdStart)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

/** Peak RSS of a GUI process that opens `path`, shows every view and paints them once. */
void peakRss(benchmark::State &state, const QString &path)
{
    for (auto _ : state) {
        qint64 wall = 0;
        const QList<QByteArray> out = runChild({QStringLiteral("--peak-rss"), path}, &wall);
        if (out.value(0) != "rss") {
            state.SkipWithError("the child did not report its memory");
            return;
        }
        state.SetIterationTime(wall / 1000.0);
        state.counters["peak_rss_MiB"] = out.value(1).toDouble();
        state.counters["components"] = out.value(2).toDouble();
    }
}

void BM_GuiPeakRssLargestExample(benchmark::State &state)
{
    peakRss(state, bench::largestExamplePath());
}
BENCHMARK(BM_GuiPeakRssLargestExample)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void BM_GuiPeakRssGenerated(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.greenprint"));
    ProjectWriter writer;
    if (!writer.writeFile(
            bench::generateProject(bench::referenceData(), static_cast<int>(state.range(0))),
            path)) {
        state.SkipWithError("cannot write the project");
        return;
    }
    peakRss(state, path);
}
BENCHMARK(BM_GuiPeakRssGenerated)
    ->Arg(10000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

// --- child modes ---------------------------------------------------------------------------

int coldStart(int argc, char **argv)
{
    QElapsedTimer timer;
    timer.start();
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    MainWindow window(std::move(loaded.data));
    showAndSettle(window);
    window.repaint();
    std::printf("shown %lld\n", static_cast<long long>(timer.elapsed()));
    std::fflush(stdout);
    return 0;
}

int reportPeakRss(int argc, char **argv, const char *path)
{
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    MainWindow window(std::move(loaded.data));
    showAndSettle(window);
    if (!window.openFile(QString::fromLocal8Bit(path))) {
        std::fprintf(stderr, "cannot open %s\n", path);
        return 1;
    }
    window.dashboard()->flushRegionRanking();
    QCoreApplication::processEvents();
    window.repaint();
    (void)window.grab();
    std::printf("rss %.1f %d\n", bench::procStatusMiB("VmHWM"),
                window.document()->project().componentCount());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 2 && std::strcmp(argv[1], "--cold-start") == 0)
        return coldStart(argc, argv);
    if (argc >= 3 && std::strcmp(argv[1], "--peak-rss") == 0)
        return reportPeakRss(argc, argv, argv[2]);

    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::referenceData();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
