// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor on large plans: a suggestion that changes a few components is weighed on those
// components alone, so that the work per suggestion does not grow with the plan (that its
// savings are those of the whole changed plan estimated again: tst_advisorsavings).
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "advisor/advisor.h"
#include "advisor/projectedit.h"
#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QTest>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

class TestAdvisorScaling : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void wholePlanChangesDoNotGrowWithThePlan();
    void wholePlanChangesDoNotGrowWithThePlan_data();
    void lazyEditCopiesOnlyWhatItTouches();

private:
    static void addExamples();
    /** The example at `path` with each stage's components repeated `copies` times. */
    static Project repeated(const QString &path, int copies);

    struct Weighing
    {
        std::size_t suggestions = 0;
        int wholePlan = 0; ///< changes that needed a copy of the whole plan
        int wide = 0; ///< changes of more than two components
    };
    static Weighing weigh(const Project &plan);
};

void TestAdvisorScaling::addExamples()
{
    QTest::addColumn<QString>("path");
    for (const QString &name :
         {u"bert-finetune-realtime"_s, u"graviton-data-pipeline"_s, u"llm-pretraining-p4d-p5"_s})
        QTest::newRow(qPrintable(name))
            << sourcePath(u"data/examples/"_s + name + u".greenprint"_s);
}

Project TestAdvisorScaling::repeated(const QString &path, int copies)
{
    ProjectReader reader;
    std::optional<Project> p = reader.readFile(path);
    if (!p)
        qFatal("%s", qPrintable(reader.errorString()));
    p->scenarios.clear();
    for (Stage &stage : p->stages) {
        const ComponentList one = stage.components;
        for (int copy = 1; copy < copies; ++copy) {
            for (Component c : one) {
                c.name += u" #"_s + QString::number(copy + 1);
                stage.components.push_back(std::move(c));
            }
        }
    }
    return *p;
}

TestAdvisorScaling::Weighing TestAdvisorScaling::weigh(const Project &plan)
{
    const ReferenceData &ref = builtReferenceData();
    const Estimate estimate = estimateProject(plan, ref);
    std::vector<WithheldSuggestion> withheld;
    std::vector<Suggestion> all = Advisor(ref).suggest(plan, estimate, &withheld);
    for (WithheldSuggestion &w : withheld)
        all.push_back(std::move(w.suggestion));
    Weighing result;
    result.suggestions = all.size();
    for (const Suggestion &s : all) {
        ProjectEdit edit(plan);
        if (s.change)
            s.change(edit);
        edit.finish();
        const auto changes = edit.changes();
        if (!changes)
            ++result.wholePlan;
        else if (changes->size() > 2)
            ++result.wide;
    }
    return result;
}

void TestAdvisorScaling::wholePlanChangesDoNotGrowWithThePlan_data()
{
    addExamples();
}

void TestAdvisorScaling::wholePlanChangesDoNotGrowWithThePlan()
{
    QFETCH(QString, path);
    const Weighing small = weigh(repeated(path, 1));
    const Weighing large = weigh(repeated(path, 40));
    // Forty times the components: at least twenty times the suggestions (per-component rules),
    // but the suggestions whose weighing costs the whole plan are the same few (per-stage and
    // whole-plan moves, bounded by the stages and regions, not by the components).
    QVERIFY2(large.suggestions >= 20 * small.suggestions,
             qPrintable(u"%1 then %2"_s.arg(small.suggestions).arg(large.suggestions)));
    QVERIFY2(large.wholePlan <= small.wholePlan + 1,
             qPrintable(u"%1 then %2"_s.arg(small.wholePlan).arg(large.wholePlan)));
    QVERIFY2(large.wide <= small.wide + 1,
             qPrintable(u"%1 then %2"_s.arg(small.wide).arg(large.wide)));
}

void TestAdvisorScaling::lazyEditCopiesOnlyWhatItTouches()
{
    const Project plan =
        repeated(sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s), 2);
    const int stage = int(StageKind::Inference);
    const int count = int(plan.stages[stage].components.size());
    QVERIFY(count >= 2);

    ProjectEdit edit(plan);
    edit.component(StageKind::Inference, 1)->name = u"renamed"_s;
    edit.remove(StageKind::Inference, 0);
    QVERIFY(edit.component(StageKind::Inference, 0) == nullptr);
    QVERIFY(edit.component(StageKind::Inference, count) == nullptr);
    edit.finish();
    const auto changes = edit.changes();
    QVERIFY(changes);
    QCOMPARE(changes->size(), std::size_t(2));
    QCOMPARE(changes->at(0).index, 0);
    QVERIFY(changes->at(0).after == nullptr);
    QCOMPARE(changes->at(1).index, 1);
    QCOMPARE(changes->at(1).after->name, u"renamed"_s);
    QCOMPARE(plan.stages[stage].components[1].name == u"renamed"_s, false);

    // The whole project, once asked for, is the plan with the same changes made.
    const Project &whole = edit.project();
    QVERIFY(!edit.changes());
    QCOMPARE(int(whole.stages[stage].components.size()), count - 1);
    QCOMPARE(whole.stages[stage].components[0].name, u"renamed"_s);
    Project expected = plan;
    ProjectEdit inPlace(expected);
    inPlace.component(StageKind::Inference, 1)->name = u"renamed"_s;
    inPlace.remove(StageKind::Inference, 0);
    inPlace.finish();
    QVERIFY(whole == expected);
}

QTEST_GUILESS_MAIN(TestAdvisorScaling)
#include "tst_advisorscaling.moc"
