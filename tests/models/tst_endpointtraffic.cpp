// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint traffic per month (work key `requestsPerMonth`): read, written and refused where it
// does not apply; served over the hours provisioned, it estimates as the total it makes.
#include "projecttext.h"
#include "referencedb.h"
#include "strictqtest.h"

#include "engine/estimator.h"
#include "engine/functionalunits.h"
#include "io/overrideapplier.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestEndpointTraffic : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void monthlyRateIsTheTotalOverTheHours_data();
    void monthlyRateIsTheTotalOverTheHours();
    void roundTrip();
    void refusedWhereItDoesNotApply_data();
    void refusedWhereItDoesNotApply();
    void scenarioOverrideStatesTheRate();
};

namespace {

/** An inference stage with one real-time g5.xlarge endpoint serving a 7B model. */
QByteArray endpointProject(double hours, const QByteArray &requests)
{
    return R"({"format": "greenprint-project", "formatVersion": 2, "name": "p",)"
           R"( "region": "us-east-1", "stages": [{"kind": "inference", "components": [)"
           R"({"type": "endpoint", "name": "Chat", "mode": "real-time", "instance": "g5.xlarge",)"
           R"( "count": 1, "hoursProvisioned": )"
        + QByteArray::number(hours)
        + R"(, "work": {"kind": "inference", "parameters": 7000000000, )" + requests
        + R"(, "tokensPerRequest": 500, "precision": "bf16"}}]}]})";
}

const EndpointSpec &endpointOf(const Project &p)
{
    return std::get<EndpointSpec>(p.stages[3].components.front().spec);
}

} // namespace

// By hand: a month is 730 h, so 2 million requests a month are 2e6 x 8760 / 730 = 24 million
// over a year of 8760 h, and 12 million over 4380 h. The monthly rate estimates exactly as the
// file that states that total (every figure the same), and R counts 24,000 or 12,000 units of
// 1,000 requests.
void TestEndpointTraffic::monthlyRateIsTheTotalOverTheHours_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("totalRequests");
    QTest::newRow("a year") << 8760.0 << 24e6;
    QTest::newRow("half a year") << 4380.0 << 12e6;
    QTest::newRow("a month") << 730.0 << 2e6;
}

void TestEndpointTraffic::monthlyRateIsTheTotalOverTheHours()
{
    QFETCH(double, hours);
    QFETCH(double, totalRequests);
    const std::optional<Project> monthly =
        test::readProjectText(endpointProject(hours, R"("requestsPerMonth": 2000000)"));
    const std::optional<Project> total = test::readProjectText(
        endpointProject(hours, R"("requests": )" + QByteArray::number(totalRequests, 'f', 0)));
    QVERIFY(monthly && total);
    QVERIFY(endpointOf(*monthly).work->requestsPerMonth);
    QCOMPARE(endpointOf(*monthly).work->requests, 2e6);
    QVERIFY(!endpointOf(*total).work->requestsPerMonth); // old files: a total, unchanged
    QCOMPARE(endpointOf(*monthly).servedWork()->requests, totalRequests);
    QCOMPARE(requestsServed(monthly->stages[3]), totalRequests);

    const ReferenceData &ref = test::builtReferenceData();
    const Estimate a = estimateProject(*monthly, ref);
    const Estimate b = estimateProject(*total, ref);
    QVERIFY(a.total.complete);
    QVERIFY(a.total.co2e.kg > 0.0);
    QVERIFY(qAbs(a.total.co2e.kg - b.total.co2e.kg) <= 1e-12 * b.total.co2e.kg);
    QVERIFY(qAbs(a.total.energy.kWh - b.total.energy.kWh) <= 1e-12 * b.total.energy.kWh);
    QVERIFY(qAbs(a.total.cost.usd - b.total.cost.usd) <= 1e-12 * b.total.cost.usd);
    QCOMPARE(a.stages[3].perUnit.functionalUnit, FunctionalUnit::ThousandRequests);
    QCOMPARE(a.stages[3].perUnit.units, totalRequests / 1000.0);
    // Each request carries its 500 tokens: 24 million requests are 12,000 M tokens.
    QVERIFY(a.stages[3].perMillionTokens);
    QCOMPARE(a.stages[3].perMillionTokens->units, totalRequests * 500.0 / 1e6);
}

void TestEndpointTraffic::roundTrip()
{
    const std::optional<Project> p =
        test::readProjectText(endpointProject(8760, R"("requestsPerMonth": 2000000)"));
    QVERIFY(p);
    const QByteArray bytes = ProjectWriter().toJson(*p);
    const QJsonObject work = QJsonDocument::fromJson(bytes)
                                 .object()[u"stages"_s]
                                 .toArray()
                                 .at(3)
                                 .toObject()[u"components"_s]
                                 .toArray()
                                 .at(0)
                                 .toObject()[u"work"_s]
                                 .toObject();
    QCOMPARE(work[u"requestsPerMonth"_s].toDouble(), 2e6); // as stated, never converted
    QVERIFY(!work.contains(u"requests"_s));
    const std::optional<Project> again = test::readProjectText(bytes);
    QVERIFY(again);
    QCOMPARE(endpointOf(*again), endpointOf(*p));

    const std::optional<Project> old =
        test::readProjectText(endpointProject(8760, R"("requests": 24000000)"));
    QVERIFY(old);
    const QByteArray oldBytes = ProjectWriter().toJson(*old);
    QVERIFY(oldBytes.contains(R"("requests": 24000000)"));
    QVERIFY(!oldBytes.contains("requestsPerMonth"));
}

void TestEndpointTraffic::refusedWhereItDoesNotApply_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("both keys") << endpointProject(8760, R"("requests": 1, "requestsPerMonth": 1)")
                               << u"stages[0].components[0].work.requestsPerMonth"_s;
    QTest::newRow("negative rate") << endpointProject(8760, R"("requestsPerMonth": -5)")
                                   << u"stages[0].components[0].work.requestsPerMonth"_s;
    QTest::newRow("a compute job's work")
        << QByteArray(R"({"format": "greenprint-project", "formatVersion": 2, "name": "p",)"
                      R"( "region": "us-east-1", "stages": [{"kind": "inference", "components": [)"
                      R"({"type": "compute", "name": "Batch", "instance": "g5.xlarge",)"
                      R"( "work": {"kind": "inference", "parameters": 7000000000,)"
                      R"( "requestsPerMonth": 5, "tokensPerRequest": 500}}]}]})")
        << u"stages[0].components[0].work.requestsPerMonth"_s;
}

void TestEndpointTraffic::refusedWhereItDoesNotApply()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QString error;
    QVERIFY(!test::readProjectText(json, &error));
    QVERIFY2(error.contains(u"test.greenprint"_s) && error.contains(path), qPrintable(error));
}

// A what-if scenario types the rate through the same form: on a file that states the total,
// the override's requestsPerMonth replaces `requests` (both would be refused).
void TestEndpointTraffic::scenarioOverrideStatesTheRate()
{
    const std::optional<Project> p =
        test::readProjectText(endpointProject(8760, R"("requests": 24000000)"));
    QVERIFY(p);
    OverrideApplier applier;
    const std::optional<Project> changed = applier.apply(
        *p, {ScenarioOverride{u"stages[3].components[0].work.requestsPerMonth"_s, "4000000", {}}});
    QVERIFY2(changed,
             qPrintable(applier.issues().empty() ? QString() : applier.issues().front().message));
    QVERIFY(endpointOf(*changed).work->requestsPerMonth);
    QCOMPARE(endpointOf(*changed).servedWork()->requests, 48e6);
}

QTEST_GUILESS_MAIN(TestEndpointTraffic)
#include "tst_endpointtraffic.moc"
