// SPDX-License-Identifier: GPL-3.0-or-later
// VariantEstimator (what the advisor estimates each suggestion with) against whole
// estimates: the same totals to the last bit, on the examples and on a generated plan.
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

#include <functional>

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

/** The totals estimateProject() gives, in VariantEstimator's form. */
VariantEstimator::Result wholeTotals(const Project &project)
{
    const Estimate e = estimateProject(project, builtReferenceData());
    const int errors = int(std::count_if(e.issues.begin(), e.issues.end(), [](const Issue &i) {
        return i.severity == Issue::Severity::Error;
    }));
    return {e.total, Advisor::jobHours(e), errors};
}

/** Exactly equal: the variant's sums are the whole estimate's, not approximations of them. */
void compareTotals(const VariantEstimator::Result &variant, const VariantEstimator::Result &whole,
                   const QString &what)
{
    QVERIFY2(variant.total == whole.total,
             qPrintable(u"%1: %2 vs %3 kgCO2e"_s.arg(what)
                            .arg(variant.total.co2e.kg, 0, 'g', 17)
                            .arg(whole.total.co2e.kg, 0, 'g', 17)));
    QVERIFY2(variant.jobHours == whole.jobHours, qPrintable(what));
    QCOMPARE(variant.errorCount, whole.errorCount);
}

} // namespace

class TestVariantEstimator : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void everySuggestionAsWholeEstimate_data();
    void everySuggestionAsWholeEstimate();
    void editsAsWholeEstimate();
    void wholeEstimateNeededOutsideComponents();
};

void TestVariantEstimator::everySuggestionAsWholeEstimate_data()
{
    QTest::addColumn<QString>("path"); ///< empty: the generated plan
    for (const QString &path : examplePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    QTest::newRow("generated plan") << QString();
}

/**
 * Every change the rules propose (those the advisor withholds too) gives the
 * totals of estimating the changed plan whole, and the advisor's savings are the
 * differences of whole estimates.
 */
void TestVariantEstimator::everySuggestionAsWholeEstimate()
{
    QFETCH(QString, path);
    const Project plan = path.isEmpty() ? generatedPlan(4) : load(path);
    const ReferenceData &reference = builtReferenceData();
    const Estimate baseline = estimateProject(plan, reference);
    const VariantEstimator variants(plan, baseline, reference);
    const Advisor advisor(reference);
    std::vector<WithheldSuggestion> withheld;
    std::vector<Suggestion> suggestions = advisor.suggest(plan, baseline, &withheld);
    QVERIFY(!suggestions.empty());
    int compared = 0;
    const auto check = [&](const Suggestion &s, bool offered) {
        Project copy = plan;
        ProjectEdit edit(copy);
        if (s.change)
            s.change(edit);
        edit.finish();
        const std::optional<VariantEstimator::Result> totals = variants.estimate(copy);
        const VariantEstimator::Result whole = wholeTotals(copy);
        if (totals) {
            compareTotals(*totals, whole, s.id);
            ++compared;
        }
        if (!offered)
            return;
        const Savings expected =
            Advisor::savingsBetween(baseline, estimateProject(copy, reference));
        QVERIFY2(s.savings.co2e.kg == expected.co2e.kg, qPrintable(s.id));
        QVERIFY2(s.savings.energy.kWh == expected.energy.kWh, qPrintable(s.id));
        if (s.costKnown)
            QVERIFY2(s.savings.cost.usd == expected.cost.usd, qPrintable(s.id));
        QVERIFY2(s.savings.hours.h == expected.hours.h, qPrintable(s.id));
    };
    for (const Suggestion &s : suggestions)
        check(s, true);
    for (const WithheldSuggestion &w : withheld)
        check(w.suggestion, false);
    // Most suggestions change components only: they must not fall back to whole estimates.
    QVERIFY2(compared * 2 > int(suggestions.size() + withheld.size()),
             qPrintable(u"%1 of %2"_s.arg(compared).arg(suggestions.size() + withheld.size())));
}

/** Removals anywhere, several at once, next to equal components, and additions. */
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
        {"one moved to the end",
         [&](ProjectEdit &e) {
             e.stage(kind).components.push_back(*e.component(kind, 0));
             e.remove(kind, 0);
         }},
        {"two added",
         [&](ProjectEdit &e) {
             e.stage(kind).components.push_back(*e.component(kind, 1));
             e.stage(kind).components.push_back(*e.component(kind, n - 1));
         }},
    };
    for (const Case &c : cases) {
        Project copy = plan;
        ProjectEdit edit(copy);
        c.change(edit);
        edit.finish();
        const std::optional<VariantEstimator::Result> totals = variants.estimate(copy);
        QVERIFY2(totals, c.name);
        compareTotals(*totals, wholeTotals(copy), QString::fromUtf8(c.name));
    }
}

/** Changes outside the components, or a plan with errors: the caller must estimate whole. */
void TestVariantEstimator::wholeEstimateNeededOutsideComponents()
{
    const ReferenceData &reference = builtReferenceData();
    const Project plan = generatedPlan(1);
    const Estimate baseline = estimateProject(plan, reference);
    const VariantEstimator variants(plan, baseline, reference);
    QVERIFY(variants.estimate(plan));

    Project changed = plan;
    changed.region = u"eu-north-1"_s;
    QVERIFY(!variants.estimate(changed));
    changed = plan;
    changed.settings.includeEmbodied = !plan.settings.includeEmbodied;
    QVERIFY(!variants.estimate(changed));
    changed = plan;
    changed.stages[0].region = u"eu-west-1"_s;
    QVERIFY(!variants.estimate(changed));
    changed = plan;
    for (Stage &stage : changed.stages) {
        if (!stage.components.empty()) {
            stage.components.clear(); // a stage that becomes empty
            break;
        }
    }
    QVERIFY(!variants.estimate(changed));

    Project broken = plan;
    for (Stage &stage : broken.stages) {
        for (Component &c : stage.components) {
            if (auto *compute = std::get_if<ComputeSpec>(&c.spec))
                compute->instance = u"no-such.instance"_s;
        }
    }
    const Estimate brokenEstimate = estimateProject(broken, reference);
    QVERIFY(hasErrors(brokenEstimate.issues));
    QVERIFY(!VariantEstimator(broken, brokenEstimate, reference).estimate(broken));
}

QTEST_GUILESS_MAIN(TestVariantEstimator)
#include "tst_variantestimator.moc"
