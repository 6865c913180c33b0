// SPDX-License-Identifier: GPL-3.0-or-later
// How the advisor orders its suggestions: by kgCO2e saved, then USD saved, figures equal to the
// last bit or within a relative 1e-12 counting as equal; a tie of both is ordered by rule id,
// stage and component index, so that the list never depends on the order the suggestions were
// made in, nor on the last bits of their sums.
#include "advisortestprojects.h"
#include "referencedb.h"
#include "strictqtest.h"

#include "advisor/advisor.h"
#include "engine/estimator.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

namespace {

Suggestion made(const QString &ruleId, StageKind stage, int index, double co2eKg, double costUsd)
{
    Suggestion s;
    s.ruleId = ruleId;
    s.stage = stage;
    s.componentIndex = index;
    s.id = u"%1/%2/%3"_s.arg(ruleId).arg(int(stage)).arg(index);
    s.savings.co2e.kg = co2eKg;
    s.savings.cost.usd = costUsd;
    return s;
}

QStringList ids(const std::vector<Suggestion> &suggestions)
{
    QStringList result;
    for (const Suggestion &s : suggestions)
        result << s.id;
    return result;
}

} // namespace

class TestAdvisorRanking : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void twoTiesInAnyInputOrder();
    void identicalComponentsRankByIndex();
};

void TestAdvisorRanking::twoTiesInAnyInputOrder()
{
    using SK = StageKind;
    std::vector<Suggestion> input = {
        // Tie 1, to the last bit: 10 kgCO2e and 3 USD each.
        made(u"spot"_s, SK::Training, 10, 10.0, 3.0),
        made(u"spot"_s, SK::Training, 2, 10.0, 3.0),
        made(u"graviton"_s, SK::DataProcessing, 4, 10.0, 3.0),
        made(u"spot"_s, SK::DataProcessing, 7, 10.0, 3.0),
        // Tie 2, within a relative 1e-12 but not to the bit (two ways of summing 5 kgCO2e).
        made(u"right-size"_s, SK::Training, 0, 5.0 * (1.0 + 4e-13), 1.0),
        made(u"archive-storage"_s, SK::DataProcessing, 1, 5.0, 1.0),
        made(u"region-move"_s, SK::Inference, -1, 5.0, 1.0 * (1.0 - 3e-13)),
        // The same kgCO2e to a relative 1e-12, not the same USD: USD decides, not the few
        // units in the last place by which the first saves more carbon.
        made(u"archive-storage"_s, SK::Inference, 2, 7.0 * (1.0 + 2e-13), 0.0),
        made(u"storage-lifecycle"_s, SK::Inference, 1, 7.0, 18.0),
        // Not ties: the same kgCO2e with more USD; a kgCO2e larger by a relative 1e-9; a
        // saving of cost alone.
        made(u"inferentia"_s, SK::Inference, 0, 10.0, 4.0),
        made(u"quantize"_s, SK::Inference, 3, 5.0 * (1.0 + 1e-9), 0.0),
        made(u"spot"_s, SK::ModelBuilding, 0, 0.0, 2.0),
    };
    // By hand: the rule ids in order, within a rule the stages in plan order, then the
    // component index as a number (2 before 10, which the id's text would put after).
    const QStringList expected = {
        u"inferentia/3/0"_s,
        u"graviton/0/4"_s,
        u"spot/0/7"_s,
        u"spot/2/2"_s,
        u"spot/2/10"_s,
        u"storage-lifecycle/3/1"_s,
        u"archive-storage/3/2"_s,
        u"quantize/3/3"_s,
        u"archive-storage/0/1"_s,
        u"region-move/3/-1"_s,
        u"right-size/2/0"_s,
        u"spot/1/0"_s,
    };
    std::mt19937 random(20261207);
    for (int round = 0; round < 200; ++round) {
        if (round == 1)
            std::reverse(input.begin(), input.end());
        else if (round > 1)
            std::shuffle(input.begin(), input.end(), random);
        std::vector<Suggestion> ranked = input;
        Advisor::rank(ranked);
        QCOMPARE(ids(ranked), expected);
    }
}

/**
 * Twelve identical idle notebooks: every one of the advisor's suggestions for one of them
 * saves what it saves for the others, to the bit (each is weighed on its own component),
 * and they are listed by component index, 10 and 11 after 9.
 */
void TestAdvisorRanking::identicalComponentsRankByIndex()
{
    const ReferenceData &ref = builtReferenceData();
    Project plan = projectWith(StageKind::ModelBuilding, notebook(u"Notebook"_s, 20.0));
    ComponentList &notebooks = plan.stage(StageKind::ModelBuilding).components;
    while (notebooks.size() < 12)
        notebooks.push_back(notebooks.front());
    const std::vector<Suggestion> ranked = Advisor(ref).suggest(plan);
    QStringList rules;
    for (const Suggestion &s : ranked) {
        if (!rules.contains(s.ruleId))
            rules << s.ruleId;
    }
    QVERIFY(rules.contains(u"idle-notebook"_s));
    for (const QString &rule : rules) {
        std::vector<const Suggestion *> ofRule;
        for (const Suggestion &s : ranked) {
            if (s.ruleId == rule)
                ofRule.push_back(&s);
        }
        if (ofRule.front()->componentIndex < 0)
            continue; // a whole-stage change
        QCOMPARE(int(ofRule.size()), 12);
        for (int i = 0; i < 12; ++i) {
            const Suggestion &s = *ofRule[std::size_t(i)];
            QCOMPARE(s.componentIndex, i);
            QVERIFY2(s.savings == ofRule.front()->savings, qPrintable(s.id));
            if (i > 0) // the twelve are neighbours in the list
                QCOMPARE(&s - ofRule[std::size_t(i) - 1], std::ptrdiff_t(1));
        }
    }
}

QTEST_GUILESS_MAIN(TestAdvisorRanking)
#include "tst_advisorranking.moc"
