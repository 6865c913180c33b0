// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor weighs every suggestion one way, whatever the plan's size: a change of components
// on those components alone (VariantEstimator::difference). Here each saving is computed again
// the way the advisor did before that, on a whole changed copy estimated by estimateProject(),
// for every bundled example and the fixtures the advisor tests read, and the two must agree to
// a relative 1e-9 (the figures are printed to 6 digits).
#include "referencedb.h"
#include "sampleproject.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "advisor/advisor.h"
#include "advisor/projectedit.h"
#include "advisor/rulecontext.h"
#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace greenprint;
using namespace greenprint::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kRelative = 1e-9;

std::optional<Project> read(const QString &path)
{
    ProjectReader reader;
    return reader.readFile(path);
}

/** The example at `path` with each stage's components repeated `copies` times. */
Project repeated(const QString &path, int copies)
{
    Project p = *read(path);
    if (copies > 1)
        p.scenarios.clear();
    for (Stage &stage : p.stages) {
        const ComponentList one = stage.components;
        for (int copy = 1; copy < copies; ++copy) {
            for (Component c : one) {
                c.name += u" #"_s + QString::number(copy + 1);
                stage.components.push_back(std::move(c));
            }
        }
    }
    return p;
}

/**
 * A plan's totals summed from its components' figures in long double with Neumaier's
 * compensation. Summed in double, as Estimate::total is, a total of 100,000 kgCO2e is known to
 * about 1e-11 kg, and the difference of two such totals loses a small saving's last digits (a
 * 1.3 g saving on the BERT example repeated 120 times came out 1.5e-9 off): that is the
 * rounding of the sums, not of the estimates, and would hide what this test compares.
 */
struct PreciseTotals
{
    long double co2eKg = 0.0L;
    long double energyKWh = 0.0L;
    long double costUsd = 0.0L;
    long double jobHours = 0.0L;
};

class CompensatedSum
{
public:
    void add(long double x)
    {
        const long double t = m_sum + x;
        m_compensation += std::abs(m_sum) >= std::abs(x) ? (m_sum - t) + x : (x - t) + m_sum;
        m_sum = t;
    }
    long double value() const { return m_sum + m_compensation; }

private:
    long double m_sum = 0.0L;
    long double m_compensation = 0.0L;
};

PreciseTotals preciseTotals(const Estimate &estimate)
{
    CompensatedSum co2e, energy, cost, hours;
    for (const StageEstimate &stage : estimate.stages) {
        for (const ComponentEstimate &c : stage.components) {
            co2e.add(c.footprint.co2e.kg);
            energy.add(c.footprint.energy.kWh);
            cost.add(c.footprint.cost.usd);
            if (hasJobHours(c.type))
                hours.add(c.hours.h);
        }
    }
    return {co2e.value(), energy.value(), cost.value(), hours.value()};
}

/** The saving of one change the whole way: the changed copy estimated whole by the engine. */
struct WholeWay
{
    double co2eKg = 0.0;
    double energyKWh = 0.0;
    double costUsd = 0.0;
    double hours = 0.0;
    bool costKnown = true;
    bool componentsOnly = false; ///< the change touches components only (a lazy edit)
};

WholeWay wholeWay(const Project &plan, const Estimate &baseline, const Suggestion &s)
{
    WholeWay w;
    ProjectEdit lazy(plan);
    if (s.change)
        s.change(lazy);
    lazy.finish();
    w.componentsOnly = bool(lazy.changes());

    Project copy = plan;
    ProjectEdit edit(copy);
    if (s.change)
        s.change(edit);
    edit.finish();
    const Estimate changed = estimateProject(copy, builtReferenceData());
    const PreciseTotals before = preciseTotals(baseline);
    const PreciseTotals after = preciseTotals(changed);
    w.co2eKg = double(before.co2eKg - after.co2eKg);
    w.energyKWh = double(before.energyKWh - after.energyKWh);
    w.costUsd = double(before.costUsd - after.costUsd);
    w.hours = double(before.jobHours - after.jobHours);
    w.costKnown = Advisor::costChangeKnown(plan, baseline, copy, changed);
    return w;
}

bool agree(double a, double b)
{
    return std::abs(a - b) <= kRelative * std::max(std::abs(a), std::abs(b));
}

QString both(const char *what, double oneWay, double whole)
{
    return u"%1: %2 (difference) against %3 (whole copy)"_s.arg(QLatin1String(what))
        .arg(oneWay, 0, 'g', 17)
        .arg(whole, 0, 'g', 17);
}

} // namespace

class TestAdvisorSavings : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void differenceAgreesWithWholeCopy_data();
    void differenceAgreesWithWholeCopy();
};

void TestAdvisorSavings::differenceAgreesWithWholeCopy_data()
{
    QTest::addColumn<QString>("path"); ///< empty: the sample project (sampleproject.h)
    QTest::addColumn<int>("copies"); ///< each stage's components repeated
    const QDir examples(sourcePath(u"data/examples"_s));
    const QStringList names = examples.entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << examples.filePath(name) << 1;
    // The fixtures tst_advisor, tst_feasibility and the command-line goldens give the advisor,
    // those with errors too (weighed on their changed components like any other plan).
    const QDir cli(sourcePath(u"tests/data/cli"_s));
    for (const QString &name : cli.entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name)) {
        if (read(cli.filePath(name)))
            QTest::newRow(qPrintable(u"cli/"_s + name)) << cli.filePath(name) << 1;
    }
    QTest::newRow("sample project") << QString() << 1;
    // Past the size from which the advisor used to weigh on the changed components alone (500).
    QTest::newRow("walk x 70") << cli.filePath(u"walk-plan-eu.greenprint"_s) << 70;
    QTest::newRow("bert x 60") << examples.filePath(u"bert-finetune-realtime.greenprint"_s) << 60;
}

/**
 * Every suggestion the advisor offers or holds back with savings, and every change any rule
 * proposes (Advisor::combinedSavings, those the advisor drops included): the same savings both
 * ways, and the same answer to whether the cost change is a figure.
 */
void TestAdvisorSavings::differenceAgreesWithWholeCopy()
{
    QFETCH(QString, path);
    QFETCH(int, copies);
    const Project plan = path.isEmpty() ? makeSampleProject() : repeated(path, copies);
    if (copies > 1) // past the size that used to switch the advisor to the difference
        QVERIFY(plan.componentCount() >= 500);
    const ReferenceData &ref = builtReferenceData();
    const Estimate baseline = estimateProject(plan, ref);
    // The totals are the sums of the components' figures.
    const PreciseTotals sums = preciseTotals(baseline);
    QVERIFY(std::abs(double(sums.co2eKg) - baseline.total.co2e.kg)
            <= 1e-12 * std::abs(baseline.total.co2e.kg));
    QVERIFY(std::abs(double(sums.costUsd) - baseline.total.cost.usd)
            <= 1e-12 * std::abs(baseline.total.cost.usd));
    const Advisor advisor(ref);
    int compared = 0;
    int componentsOnly = 0;

    const auto compare = [&](const Suggestion &s, const Savings &savings, bool costKnown,
                             bool costKnownByRule) {
        const WholeWay w = wholeWay(plan, baseline, s);
        QVERIFY2(agree(savings.co2e.kg, w.co2eKg),
                 qPrintable(s.id + u' ' + both("kgCO2e", savings.co2e.kg, w.co2eKg)));
        QVERIFY2(agree(savings.energy.kWh, w.energyKWh),
                 qPrintable(s.id + u' ' + both("kWh", savings.energy.kWh, w.energyKWh)));
        QVERIFY2(agree(savings.hours.h, w.hours),
                 qPrintable(s.id + u' ' + both("hours", savings.hours.h, w.hours)));
        QVERIFY2(costKnown == (costKnownByRule && w.costKnown), qPrintable(s.id));
        if (costKnown) {
            QVERIFY2(agree(savings.cost.usd, w.costUsd),
                     qPrintable(s.id + u' ' + both("USD", savings.cost.usd, w.costUsd)));
        }
        ++compared;
        componentsOnly += w.componentsOnly ? 1 : 0;
    };

    // What the advisor offers and holds back with savings, as it ranks them.
    std::vector<WithheldSuggestion> withheld;
    const std::vector<Suggestion> offered = advisor.suggest(plan, baseline, &withheld);
    for (const Suggestion &s : offered) {
        // A suggestion whose cost is unknown shows 0 USD saved; its own costKnown is the rule's
        // and the weighing's together, so only a known cost is checked against the whole copy.
        compare(s, s.savings, s.costKnown, s.costKnown);
        if (QTest::currentTestFailed())
            return;
    }
    for (const WithheldSuggestion &w : withheld) {
        if (!w.notOfferedHere)
            continue;
        compare(w.suggestion, w.suggestion.savings, w.suggestion.costKnown, w.suggestion.costKnown);
        if (QTest::currentTestFailed())
            return;
    }

    // Every change the rules propose, those the advisor withholds or drops included.
    const RuleContext ctx(plan, ref, baseline);
    for (const std::unique_ptr<Rule> &rule : advisor.rules()) {
        for (const Suggestion &s : rule->suggest(ctx)) {
            if (!s.change)
                continue;
            const Advisor::CombinedSavings c = advisor.combinedSavings(plan, baseline, {s});
            compare(s, c.savings, c.costKnown, true);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Plans without errors have suggestions, most of them weighed on their components alone.
    if (!hasErrors(baseline.issues)) {
        QVERIFY(compared > 0);
        QVERIFY2(componentsOnly * 2 > compared,
                 qPrintable(u"%1 of %2"_s.arg(componentsOnly).arg(compared)));
    }
}

QTEST_GUILESS_MAIN(TestAdvisorSavings)
#include "tst_advisorsavings.moc"
