// SPDX-License-Identifier: GPL-3.0-or-later
// VariantEstimator::difference (what the advisor weighs every suggestion with) against whole
// estimates: the changed components' figures before and after are those of the whole plan and
// of the whole changed copy to the last bit, on the examples and on a generated plan.
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "advisor/advisor.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

namespace {

Project load(const QString &path)
{
    ProjectReader reader;
    const std::optional<Project> p = reader.readFile(path);
    if (!p)
        qFatal("%s", qPrintable(reader.errorString()));
    return *p;
}

QStringList examplePaths()
{
    const QDir dir(sourcePath(u"data/examples"_s));
    QStringList paths;
    for (const QString &f : dir.entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name))
        paths << dir.filePath(f);
    return paths;
}

/**
 * A plan of every component of every example, each stage's components repeated
 * `copies` times with counts and hours varied, and some repeated unchanged: equal
 * components side by side are what an alignment by equality could get wrong.
 */
Project generatedPlan(int copies)
{
    Project plan = load(examplePaths().front());
    for (Stage &stage : plan.stages)
        stage.components.clear();
    for (const QString &path : examplePaths()) {
        const Project example = load(path);
        if (!example.catalogInstances.empty() || !example.catalogRegions.empty())
            continue; // its components need its own catalog
        for (int s = 0; s < kStageCount; ++s) {
            for (int copy = 0; copy < copies; ++copy) {
                for (Component c : example.stages[s].components) {
                    if (auto *compute = std::get_if<ComputeSpec>(&c.spec)) {
                        compute->count = 1 + (copy * 7 + compute->count) % 13;
                        if (!compute->work)
                            compute->hours = compute->hours * (1.0 + copy / 10.0);
                    } else if (auto *storage = std::get_if<StorageSpec>(&c.spec)) {
                        storage->sizeGB *= 1.0 + copy;
                    }
                    c.name += u" #%1"_s.arg(copy);
                    plan.stages[s].components.push_back(c);
                    if (copy % 3 == 0)
                        plan.stages[s].components.push_back(c); // the same again
                }
            }
        }
    }
    return plan;
}

/**
 * generatedPlan(copies) with an unknown instance type in every fifth compute job: a plan with
 * Error issues, whose other components the advisor still has suggestions for.
 */
Project planWithErrors(int copies)
{
    Project plan = generatedPlan(copies);
    int computeJobs = 0;
    for (Stage &stage : plan.stages) {
        for (Component &c : stage.components) {
            if (auto *compute = std::get_if<ComputeSpec>(&c.spec);
                compute && computeJobs++ % 5 == 0)
                compute->instance = u"no-such.instance"_s;
        }
    }
    return plan;
}

using Changes = std::vector<VariantEstimator::ChangedComponent>;

/** A lazy edit's changes as the variant estimator takes them; nullopt if not lazy. */
std::optional<Changes> changesOf(ProjectEdit &edit)
{
    const auto changes = edit.changes();
    if (!changes)
        return std::nullopt;
    Changes result;
    for (const ProjectEdit::ComponentChange &c : *changes)
        result.push_back({int(c.stage), c.index, c.after});
    return result;
}

/**
 * The difference read off whole estimates: the plan's figures of the changed components and
 * the changed copy's (estimateProject() of it), summed in the same order as difference().
 */
VariantEstimator::Difference fromWholeEstimates(const Estimate &plan, const Estimate &copy,
                                                const Changes &changes)
{
    VariantEstimator::Difference d;
    std::array<int, kStageCount> removed{};
    for (const VariantEstimator::ChangedComponent &c : changes) {
        const ComponentEstimate &old =
            plan.stages[std::size_t(c.stage)].components[std::size_t(c.index)];
        d.before += old.footprint;
        if (hasJobHours(old.type))
            d.jobHoursBefore += old.hours.h;
        d.costKnown = d.costKnown && old.footprint.costKnown;
        if (!c.after) {
            ++removed[std::size_t(c.stage)];
            continue;
        }
        // Removals are erased: the copy's index is the plan's less those removed before it.
        const ComponentEstimate &now =
            copy.stages[std::size_t(c.stage)]
                .components[std::size_t(c.index - removed[std::size_t(c.stage)])];
        d.after += now.footprint;
        if (hasJobHours(now.type))
            d.jobHoursAfter += now.hours.h;
        d.costKnown = d.costKnown && now.footprint.costKnown;
    }
    return d;
}

int errorCount(const Issues &issues)
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
}

/**
 * Exactly equal: the changed components' own figures, not approximations of them, and the
 * Error issues the variant adds (`addedErrors`, read off the whole estimates).
 */
void compareDifference(const VariantEstimator::Difference &variant,
                       const VariantEstimator::Difference &whole, int addedErrors,
                       const QString &what)
{
    QVERIFY2(variant.before == whole.before, qPrintable(what));
    QVERIFY2(variant.after == whole.after,
             qPrintable(u"%1: %2 vs %3 kgCO2e"_s.arg(what)
                            .arg(variant.after.co2e.kg, 0, 'g', 17)
                            .arg(whole.after.co2e.kg, 0, 'g', 17)));
    QVERIFY2(variant.jobHoursBefore == whole.jobHoursBefore, qPrintable(what));
    QVERIFY2(variant.jobHoursAfter == whole.jobHoursAfter, qPrintable(what));
    QCOMPARE(variant.costKnown, whole.costKnown);
    QVERIFY2(variant.errorCount - variant.errorCountBefore == addedErrors,
             qPrintable(u"%1: %2 - %3 Error issues, whole estimates %4"_s.arg(what)
                            .arg(variant.errorCount)
                            .arg(variant.errorCountBefore)
                            .arg(addedErrors)));
}

/** Applies `change` lazily and in place; compares difference() with the whole estimates. */
void checkChange(const Project &plan, const Estimate &baseline, const VariantEstimator &variants,
                 const std::function<void(ProjectEdit &)> &change, const QString &what,
                 int *compared)
{
    ProjectEdit lazy(plan);
    change(lazy);
    lazy.finish();
    const std::optional<Changes> changes = changesOf(lazy);
    if (!changes)
        return; // a change of more than components: the advisor estimates it whole
    Project copy = plan;
    ProjectEdit edit(copy);
    change(edit);
    edit.finish();
    const Estimate whole = estimateProject(copy, builtReferenceData());
    const std::optional<VariantEstimator::Difference> difference = variants.difference(*changes);
    if (!difference) {
        // Only a stage that becomes empty needs the whole estimate (public-dataset).
        bool emptied = false;
        for (int s = 0; s < kStageCount; ++s) {
            emptied = emptied
                || (!plan.stages[s].components.empty() && copy.stages[s].components.empty());
        }
        QVERIFY2(emptied, qPrintable(what));
        return;
    }
    compareDifference(*difference, fromWholeEstimates(baseline, whole, *changes),
                      errorCount(whole.issues) - errorCount(baseline.issues), what);
    ++*compared;
}

} // namespace

class TestVariantEstimator : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void everySuggestionAsWholeEstimate_data();
    void everySuggestionAsWholeEstimate();
    void editsAsWholeEstimate();
    void wholeEstimateNeededForEmptyStages();
    void errorsCountedOnTheChangedComponents();
};

void TestVariantEstimator::everySuggestionAsWholeEstimate_data()
{
    QTest::addColumn<QString>("path"); ///< empty: the generated plan
    QTest::addColumn<bool>("withErrors"); ///< the generated plan with unknown instances
    for (const QString &path : examplePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << false;
    QTest::newRow("generated plan") << QString() << false;
    QTest::newRow("generated plan with errors") << QString() << true;
}

/** Every change the advisor weighs (those it withholds too) that touches components only. */
void TestVariantEstimator::everySuggestionAsWholeEstimate()
{
    QFETCH(QString, path);
    QFETCH(bool, withErrors);
    const Project plan = withErrors ? planWithErrors(4)
        : path.isEmpty()            ? generatedPlan(4)
                                    : load(path);
    const ReferenceData &reference = builtReferenceData();
    const Estimate baseline = estimateProject(plan, reference);
    QCOMPARE(hasErrors(baseline.issues), withErrors);
    const VariantEstimator variants(plan, baseline, reference);
    std::vector<WithheldSuggestion> withheld;
    std::vector<Suggestion> all = Advisor(reference).suggest(plan, baseline, &withheld);
    QVERIFY(!all.empty());
    for (WithheldSuggestion &w : withheld)
        all.push_back(std::move(w.suggestion));
    int compared = 0;
    for (const Suggestion &s : all) {
        if (!s.change)
            continue;
        checkChange(plan, baseline, variants, s.change, s.id, &compared);
        if (QTest::currentTestFailed())
            return;
    }
    // Most suggestions change components only: they must not need whole estimates.
    QVERIFY2(compared * 2 > int(all.size()),
             qPrintable(u"%1 of %2"_s.arg(compared).arg(all.size())));
}

/** Removals anywhere, several at once, next to equal components, and edits in place. */
void TestVariantEstimator::editsAsWholeEstimate()
{
    const ReferenceData &reference = builtReferenceData();
    const Project plan = generatedPlan(3);
    const Estimate baseline = estimateProject(plan, reference);
    const VariantEstimator variants(plan, baseline, reference);
    int stage = 0;
    while (plan.stages[stage].components.size() < 6)
        ++stage;
    const auto kind = StageKind(stage);
    const int n = int(plan.stages[stage].components.size());
    struct Case
    {
        const char *name;
        std::function<void(ProjectEdit &)> change;
    };
    const std::vector<Case> cases = {
        {"nothing", [](ProjectEdit &) {}},
        {"first removed", [&](ProjectEdit &e) { e.remove(kind, 0); }},
        {"last removed", [&](ProjectEdit &e) { e.remove(kind, n - 1); }},
        {"three removed apart",
         [&](ProjectEdit &e) {
             e.remove(kind, 1);
             e.remove(kind, n / 2);
             e.remove(kind, n - 2);
         }},
        {"a run removed",
         [&](ProjectEdit &e) {
             for (int i = 2; i < 5; ++i)
                 e.remove(kind, i);
         }},
        {"one changed, one removed",
         [&](ProjectEdit &e) {
             e.component(kind, 3)->name += u" (renamed)"_s;
             if (auto *s = e.spec<ComputeSpec>(kind, 1))
                 s->count += 1;
             e.remove(kind, 2);
         }},
        {"one handed out, left as it was", [&](ProjectEdit &e) { e.component(kind, 4); }},
    };
    int compared = 0;
    for (const Case &c : cases)
        checkChange(plan, baseline, variants, c.change, QString::fromUtf8(c.name), &compared);
    QCOMPARE(compared, int(cases.size()));
    // A change that leaves the figures as they are saves exactly nothing.
    const std::optional<VariantEstimator::Difference> none =
        variants.difference({{stage, 4, &plan.stages[stage].components[4]}});
    QVERIFY(none);
    QVERIFY(none->before == none->after);
}

/** A stage that becomes empty: the caller must estimate whole. */
void TestVariantEstimator::wholeEstimateNeededForEmptyStages()
{
    const ReferenceData &reference = builtReferenceData();
    const Project plan = generatedPlan(1);
    const Estimate baseline = estimateProject(plan, reference);
    const VariantEstimator variants(plan, baseline, reference);
    QVERIFY(variants.difference({}));

    int stage = 0;
    while (plan.stages[stage].components.empty())
        ++stage;
    Changes wholeStage;
    for (int i = 0; i < int(plan.stages[stage].components.size()); ++i)
        wholeStage.push_back({stage, i, nullptr});
    QVERIFY(!variants.difference(wholeStage));
    wholeStage.pop_back(); // one left
    QVERIFY(variants.difference(wholeStage));
}

/**
 * A plan with Error issues is weighed on the changed components too: removing, mending or
 * breaking a component changes the count of Error issues as the whole estimates do.
 */
void TestVariantEstimator::errorsCountedOnTheChangedComponents()
{
    const ReferenceData &reference = builtReferenceData();
    const Project plan = planWithErrors(2);
    const Estimate baseline = estimateProject(plan, reference);
    QVERIFY(hasErrors(baseline.issues));
    const VariantEstimator variants(plan, baseline, reference);
    const std::optional<VariantEstimator::Difference> none = variants.difference({});
    QVERIFY(none);
    QCOMPARE(none->errorCount, 0);
    QCOMPARE(none->errorCountBefore, 0);

    // The first broken compute job, and the first compute job that is not broken after it.
    int stage = -1;
    int broken = -1;
    int good = -1;
    for (int s = 0; s < kStageCount && good < 0; ++s) {
        const ComponentList &components = plan.stages[s].components;
        broken = -1;
        for (int i = 0; i < int(components.size()) && good < 0; ++i) {
            const auto *compute = std::get_if<ComputeSpec>(&components[i].spec);
            if (!compute)
                continue;
            if (compute->instance == u"no-such.instance"_s)
                broken = i;
            else if (broken >= 0)
                good = i;
        }
        stage = s;
    }
    QVERIFY(good > broken && broken >= 0);
    const auto kind = StageKind(stage);
    const QString known = std::get<ComputeSpec>(plan.stages[stage].components[good].spec).instance;
    struct Case
    {
        const char *name;
        int addedErrors; ///< worked out from the change: one unknown instance, one Error
        std::function<void(ProjectEdit &)> change;
    };
    const std::vector<Case> cases = {
        {"broken one removed", -1, [&](ProjectEdit &e) { e.remove(kind, broken); }},
        {"broken one mended", -1,
         [&](ProjectEdit &e) { e.spec<ComputeSpec>(kind, broken)->instance = known; }},
        {"good one broken", 1,
         [&](ProjectEdit &e) { e.spec<ComputeSpec>(kind, good)->instance = u"no-such.other"_s; }},
        {"broken one renamed, good one resized", 0,
         [&](ProjectEdit &e) {
             e.component(kind, broken)->name += u" (renamed)"_s;
             e.spec<ComputeSpec>(kind, good)->count += 1;
         }},
        {"broken one removed, good one broken", 0,
         [&](ProjectEdit &e) {
             e.remove(kind, broken);
             e.spec<ComputeSpec>(kind, good)->instance = u"no-such.other"_s;
         }},
    };
    int compared = 0;
    for (const Case &c : cases) {
        const QString what = QString::fromUtf8(c.name);
        checkChange(plan, baseline, variants, c.change, what, &compared);
        if (QTest::currentTestFailed())
            return;
        ProjectEdit edit(plan);
        c.change(edit);
        edit.finish();
        const std::optional<VariantEstimator::Difference> d = variants.difference(*changesOf(edit));
        QVERIFY2(d, qPrintable(what));
        QVERIFY2(d->errorCount - d->errorCountBefore == c.addedErrors, qPrintable(what));
    }
    QCOMPARE(compared, int(cases.size()));
}

QTEST_GUILESS_MAIN(TestVariantEstimator)
#include "tst_variantestimator.moc"
