// SPDX-License-Identifier: GPL-3.0-or-later
// Keys a project file may leave out: their defaults, the assumptions they add, and a save that
// leaves them out again.
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "domain/filedefaults.h"
#include "engine/estimator.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestFileDefaults : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void utilizationDefaultIsTheReferenceCoefficient();
    void minimalFileEstimates();
    void eachKeyTakesItsDefault_data();
    void eachKeyTakesItsDefault();
    void defaultEstimatesLikeTheStatedValue();
    void workMakesUtilizationUnused();
    void saveLeavesDefaultsOut();
    void editedValueIsWritten();
    void assumptionNamesAtMostThreeComponents();
    void notebookCountMultipliesOneNotebook();
};

namespace {

/** A one-stage project file around `component` (JSON text of one object). */
QByteArray projectWith(const QByteArray &component, const QByteArray &region = "r-a")
{
    return R"({"format": "greenprint-project", "formatVersion": 2, "name": "p", "region": ")"
        + region + R"(", "stages": [{"kind": "training", "components": [)" + component + "]}]}";
}

Project read(const QByteArray &json)
{
    ProjectReader reader;
    std::optional<Project> project = reader.read(json, u"test.greenprint"_s);
    if (!project)
        qFatal("%s", qPrintable(reader.errorString()));
    return *project;
}

const Component &first(const Project &p)
{
    return p.stages[2].components.front();
}

QJsonObject writtenComponent(const Project &p)
{
    ProjectWriter writer;
    const QByteArray bytes = writer.toJson(p);
    return QJsonDocument::fromJson(bytes)
        .object()[u"stages"_s]
        .toArray()
        .at(2) // every stage is written, training third
        .toObject()[u"components"_s]
        .toArray()
        .at(0)
        .toObject();
}

QStringList defaultAssumptions(const Estimate &e)
{
    return e.assumptions.filter(u"not stated in the file"_s);
}

} // namespace

void TestFileDefaults::utilizationDefaultIsTheReferenceCoefficient()
{
    const Coefficient *c =
        test::builtReferenceData().coefficient(CoefficientKey::DefaultUtilization);
    QVERIFY(c);
    QCOMPARE(c->value, FileDefaults::kUtilization);
}

// A file with only the required keys, on the real reference data: it estimates, and says what it
// assumed.
void TestFileDefaults::minimalFileEstimates()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(u"projects/handwritten/minimal.greenprint"_s));
    QVERIFY2(p, qPrintable(reader.errorString()));
    const Estimate e = estimateProject(*p, test::builtReferenceData());
    QVERIFY2(e.total.complete, qPrintable(e.assumptions.join(u'\n')));
    QVERIFY(e.total.energy.kWh > 0.0);
    const QStringList stated = defaultAssumptions(e);
    QCOMPARE(stated.size(), 3); // count, pricing, utilization
    QVERIFY(stated.at(0).startsWith(u"count not stated in the file for "
                                    u"stages[2].components[0] (compute p4d.24xlarge)"_s));
    QVERIFY(stated.at(1).startsWith(u"pricing "_s));
    QVERIFY(stated.at(2).startsWith(u"utilization "_s));
    QVERIFY(stated.at(2).contains(u"50 %"_s));
}

void TestFileDefaults::eachKeyTakesItsDefault_data()
{
    QTest::addColumn<QByteArray>("component");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("movesANumber"); // listed under the assumptions

    const auto row = [](const char *name, const QByteArray &c, const char *key, bool listed) {
        QTest::newRow(name) << c << QString::fromUtf8(key) << listed;
    };
    const QByteArray compute = R"({"type": "compute", "instance": "test.gpu", "hours": 10)";
    row("compute count", compute + "}", "count", true);
    row("compute pricing", compute + "}", "pricing", true);
    row("compute utilization", compute + "}", "utilization", true);
    const QByteArray tuning =
        R"({"type": "tuning", "instance": "test.gpu", "strategy": "random", "trials": 2, )"
        R"("hoursPerTrial": 1})";
    row("tuning count", tuning, "count", true);
    row("tuning utilization", tuning, "utilization", true);
    const QByteArray endpoint =
        R"({"type": "endpoint", "instance": "test.gpu", "hoursProvisioned": 720})";
    row("endpoint mode", endpoint, "mode", true);
    row("endpoint count", endpoint, "count", true);
    row("endpoint utilization", endpoint, "utilization", true);
    row("endpoint modelsHosted", endpoint, "modelsHosted", true);
    row("notebook count",
        R"({"type": "notebook", "instance": "test.cpu", "activeHoursPerWeek": 10, )"
        R"("idleHoursPerWeek": 0, "weeks": 4})",
        "count", true);
    row("notebook activeUtilization",
        R"({"type": "notebook", "instance": "test.cpu", "activeHoursPerWeek": 10, )"
        R"("idleHoursPerWeek": 0, "weeks": 4})",
        "activeUtilization", true);
    row("storage storageClass", R"({"type": "storage", "sizeGB": 100, "months": 2})",
        "storageClass", true);
    row("logs retentionMonths", R"({"type": "logs", "gbPerMonth": 1, "months": 2})",
        "retentionMonths", true);
}

void TestFileDefaults::eachKeyTakesItsDefault()
{
    QFETCH(QByteArray, component);
    QFETCH(QString, key);
    QFETCH(bool, movesANumber);

    const Project p = read(projectWith(component));
    const Component &c = first(p);
    FileDefault which{};
    bool found = false;
    for (FileDefault k : allFileDefaults()) {
        if (QString::fromUtf8(fileDefaultKey(k)) == key) {
            which = k;
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(holdsFileDefault(c, which));
    // The value is the documented one (the schema states the same: schema_defaults).
    const QJsonObject written = writtenComponent(p);
    QVERIFY(written.contains(u"type"_s));
    QVERIFY2(!written.contains(key), "saving writes a key the file left out");

    const Estimate e = estimateProject(p, test::makeReferenceFixture());
    const bool listed = !defaultAssumptions(e).filter(key + u" not stated"_s).isEmpty();
    QCOMPARE(listed, movesANumber);
}

// Leaving utilization out estimates exactly as stating 0.5; test.gpu draws 300 W at 50 %.
void TestFileDefaults::defaultEstimatesLikeTheStatedValue()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const Estimate omitted = estimateProject(
        read(projectWith(R"({"type": "compute", "instance": "test.gpu", "hours": 10})")), ref);
    const Estimate stated = estimateProject(
        read(projectWith(R"({"type": "compute", "instance": "test.gpu", "hours": 10, )"
                         R"("count": 1, "utilization": 0.5, "pricing": "on-demand"})")),
        ref);
    QCOMPARE(omitted.total.itEnergy.kWh, 3.0); // 300 W x 10 h, pinned by hand
    QCOMPARE(omitted.total.itEnergy.kWh, stated.total.itEnergy.kWh);
    QCOMPARE(omitted.total.co2e.kg, stated.total.co2e.kg);
    QCOMPARE(omitted.total.cost.usd, stated.total.cost.usd);
    QCOMPARE(defaultAssumptions(omitted).size(), 3);
    QVERIFY(defaultAssumptions(stated).isEmpty());
}

// A job sized by its work does not read its utilization: no assumption about it.
void TestFileDefaults::workMakesUtilizationUnused()
{
    const Project p = read(
        projectWith(R"({"type": "compute", "instance": "test.gpu", "count": 2, "pricing": "spot", )"
                    R"("work": {"kind": "training", "parameters": 1e9, "tokens": 1e9}})"));
    QVERIFY(holdsFileDefault(first(p), FileDefault::Utilization));
    QVERIFY(!holdsUsedFileDefault(first(p), FileDefault::Utilization));
    const Estimate e = estimateProject(p, test::makeReferenceFixture());
    QVERIFY(defaultAssumptions(e).filter(u"utilization"_s).isEmpty());
}

// Saving a hand-written file writes it back as it was: what it left out stays out.
void TestFileDefaults::saveLeavesDefaultsOut()
{
    QFile file(test::testDataPath(u"projects/handwritten/minimal.greenprint"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Project p = read(file.readAll());
    const QJsonObject c = writtenComponent(p);
    for (const char *key : {"count", "pricing", "utilization"})
        QVERIFY2(!c.contains(QString::fromUtf8(key)), key);
    QCOMPARE(c[u"hours"_s].toDouble(), 10.0);

    ProjectWriter writer;
    const QByteArray once = writer.toJson(p);
    const Project again = read(once);
    QVERIFY(again.stages == p.stages); // the defaults and their marks survive
    QCOMPARE(writer.toJson(again), once);
    const ReferenceData &ref = test::builtReferenceData();
    QCOMPARE(estimateProject(again, ref).assumptions, estimateProject(p, ref).assumptions);
}

// A value edited away from its default is an ordinary value: written, and no longer assumed.
void TestFileDefaults::editedValueIsWritten()
{
    Project p = read(projectWith(R"({"type": "compute", "instance": "test.gpu", "hours": 10})"));
    std::get<ComputeSpec>(p.stages[2].components[0].spec).utilization = 0.8;
    const QJsonObject c = writtenComponent(p);
    QCOMPARE(c[u"utilization"_s].toDouble(), 0.8);
    QVERIFY(!c.contains(u"count"_s));
    const Estimate e = estimateProject(p, test::makeReferenceFixture());
    QVERIFY(defaultAssumptions(e).filter(u"utilization"_s).isEmpty());
    QCOMPARE(defaultAssumptions(e).size(), 2);
}

void TestFileDefaults::assumptionNamesAtMostThreeComponents()
{
    QByteArray components;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            components += ", ";
        components += R"({"type": "storage", "sizeGB": 10, "months": 1})";
    }
    const Estimate e = estimateProject(read(projectWith(components)), test::makeReferenceFixture());
    const QStringList stated = defaultAssumptions(e);
    QCOMPARE(stated.size(), 1);
    QCOMPARE(stated.at(0),
             u"storageClass not stated in the file for stages[2].components[0] (storage), "
             u"stages[2].components[1] (storage), stages[2].components[2] (storage) and 2 more: "
             u"S3 Standard assumed (the class S3 stores objects in by default)"_s);
}

// Four scientists are one notebook component with count 4: four times one notebook, by hand:
// test.cpu draws 10 W idle and 50 W at full load, so 30 W at 50 %; 10 h active and 20 h idle a
// week for 2 weeks is 0.6 + 0.4 = 1.0 kWh per notebook.
void TestFileDefaults::notebookCountMultipliesOneNotebook()
{
    const ReferenceData ref = test::makeReferenceFixture();
    const QByteArray notebook = R"({"type": "notebook", "instance": "test.cpu", "count": 4, )"
                                R"("activeHoursPerWeek": 10, "idleHoursPerWeek": 20, "weeks": 2, )"
                                R"("activeUtilization": 0.5})";
    const Project four = read(projectWith(notebook));
    QCOMPARE(std::get<NotebookSpec>(first(four).spec).count, 4);
    QVERIFY(!holdsFileDefault(first(four), FileDefault::Count));
    const Estimate e = estimateProject(four, ref);
    QVERIFY(qAbs(e.total.itEnergy.kWh - 4.0) < 1e-12);
    QCOMPARE(writtenComponent(four)[u"count"_s].toInt(), 4);
    QByteArray one = notebook;
    one.replace(R"("count": 4)", R"("count": 1)");
    const Estimate single = estimateProject(read(projectWith(one)), ref);
    QVERIFY(qAbs(single.total.itEnergy.kWh - 1.0) < 1e-12);
}

QTEST_GUILESS_MAIN(TestFileDefaults)
#include "tst_filedefaults.moc"
