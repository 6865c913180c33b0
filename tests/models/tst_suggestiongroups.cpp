// SPDX-License-Identifier: GPL-3.0-or-later
// Less noise: the same practice on several components is one group whose
// saving is all of it on one copy; unstated facts are asked, not ranked; small ones are folded.
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include "advisor/advisor.h"
#include "advisor/suggestiongroups.h"
#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QTest>

#include <cmath>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

class TestSuggestionGroups : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void walkGroupsAsksAndFolds();
    void statingTheAccuracyFloorAnswersTheQuestion();
    void everyExampleKeepsEverySuggestionOnce();
};

namespace {

Project load(const QString &path)
{
    ProjectReader reader;
    const std::optional<Project> p = reader.readFile(sourcePath(path));
    if (!p)
        qFatal("%s", qPrintable(reader.errorString()));
    return *p;
}

struct Grouped
{
    std::vector<Suggestion> suggestions;
    std::vector<SuggestionGroup> groups;
    const SuggestionGroup *containing(const QString &id) const
    {
        for (const SuggestionGroup &g : groups) {
            for (int m : g.members) {
                if (suggestions[std::size_t(m)].id == id)
                    return &g;
            }
        }
        return nullptr;
    }
};

Grouped groupOf(const Project &project)
{
    const ReferenceData &ref = builtReferenceData();
    const Advisor advisor(ref);
    const Estimate baseline = estimateProject(project, ref);
    Grouped g;
    g.suggestions = advisor.suggest(project, baseline);
    g.groups = SuggestionGrouping::group(advisor, project, baseline, g.suggestions);
    return g;
}

} // namespace

void TestSuggestionGroups::walkGroupsAsksAndFolds()
{
    const Project project = load(u"tests/data/cli/walk-plan.greenprint"_s);
    const Grouped g = groupOf(project);
    // Four idle notebooks: one group of four. Each notebook saves 25.2 kgCO2e on its own copy
    // (tests/data/cli/walk-plan-suggest.txt before grouping); they are independent, so the
    // four on one copy save four times that.
    const SuggestionGroup *notebooks = g.containing(u"idle-notebook/model-building/0"_s);
    QVERIFY(notebooks);
    QCOMPARE(int(notebooks->members.size()), 4);
    QCOMPARE(notebooks->section, SuggestionSection::Ranked);
    double each = 0.0;
    for (int m : notebooks->members)
        each += g.suggestions[std::size_t(m)].savings.co2e.kg;
    GP_COMPARE_NEAR(notebooks->savings.co2e.kg, each, 1e-6, 1e-9);
    GP_COMPARE_NEAR(notebooks->savings.co2e.kg, 4 * 25.2, 0.01, 0.0);
    // Titled by the practice and the count, not by the first notebook's name.
    // (The English plural comes from the en catalog, which this test does not load.)
    QVERIFY2(notebooks->title.startsWith(u"Stop idle notebooks automatically (4 component"_s),
             qPrintable(notebooks->title));

    // Unstated facts: asked, never ranked.
    const SuggestionGroup *publicData = g.containing(u"public-dataset/data-processing/-"_s);
    QVERIFY(publicData);
    QCOMPARE(publicData->section, SuggestionSection::Question);
    QVERIFY(publicData->question.contains(u"public dataset"_s));
    const SuggestionGroup *quantize = g.containing(u"quantize/inference/0"_s);
    QVERIFY(quantize);
    QCOMPARE(quantize->section, SuggestionSection::Question);
    QVERIFY(quantize->question.contains(u"accuracy floor"_s));

    // Small ones folded; sections in order, each best first.
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const SuggestionGroup &x = g.groups[i];
        if (x.section == SuggestionSection::Ranked) {
            QVERIFY(std::abs(x.co2eSavedFraction) >= SuggestionGrouping::kSmallerFraction);
            QVERIFY(!x.informational);
        }
        if (x.informational)
            QCOMPARE(x.section, SuggestionSection::Smaller);
        if (i > 0) {
            const SuggestionGroup &prev = g.groups[i - 1];
            QVERIFY(int(prev.section) <= int(x.section));
            if (prev.section == x.section)
                QVERIFY(prev.savings.co2e.kg >= x.savings.co2e.kg);
        }
    }
    QVERIFY(std::any_of(g.groups.begin(), g.groups.end(), [](const SuggestionGroup &x) {
        return x.section == SuggestionSection::Smaller;
    }));
}

void TestSuggestionGroups::statingTheAccuracyFloorAnswersTheQuestion()
{
    Project project = load(u"tests/data/cli/walk-plan.greenprint"_s);
    project.constraints.accuracyFloor = 0.9;
    const Grouped g = groupOf(project);
    for (const SuggestionGroup &x : g.groups) {
        if (x.section == SuggestionSection::Question)
            QVERIFY2(!x.question.contains(u"accuracy floor"_s), qPrintable(x.title));
    }
}

void TestSuggestionGroups::everyExampleKeepsEverySuggestionOnce()
{
    for (const QString &example : {u"data/examples/bert-finetune-realtime.greenprint"_s,
                                   u"data/examples/llm-pretraining-p4d-p5.greenprint"_s,
                                   u"data/examples/graviton-data-pipeline.greenprint"_s,
                                   u"tests/data/cli/walk-plan.greenprint"_s}) {
        const Grouped g = groupOf(load(example));
        std::vector<int> seen(g.suggestions.size(), 0);
        for (const SuggestionGroup &x : g.groups) {
            QVERIFY(!x.members.empty());
            for (int m : x.members)
                ++seen[std::size_t(m)];
            // One practice per group, on distinct components.
            const Suggestion &first = g.suggestions[std::size_t(x.members.front())];
            for (int m : x.members)
                QCOMPARE(g.suggestions[std::size_t(m)].ruleId, first.ruleId);
        }
        for (int count : seen)
            QCOMPARE(count, 1);
    }
}

QTEST_GUILESS_MAIN(TestSuggestionGroups)
#include "tst_suggestiongroups.moc"
