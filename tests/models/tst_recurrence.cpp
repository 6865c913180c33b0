// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring compute jobs (a weekly ETL for 12 months): the file key `recurrence`, read, written
// and refused when wrong; the estimate counts every run and keeps one run's figure per unit.
#include "projecttext.h"
#include "referencefixture.h"
#include "strictqtest.h"

#include "engine/estimator.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestRecurrence : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void oldFilesRunOnce();
    void roundTrip();
    void badRecurrenceIsRefused_data();
    void badRecurrenceIsRefused();
    void estimateCountsEveryRun_data();
    void estimateCountsEveryRun();
};

namespace {

/** A training-stage project around one compute job on test.cpu in r-a; `extra` adds keys. */
QByteArray projectWith(const QByteArray &extra)
{
    return R"({"format": "greenprint-project", "formatVersion": 2, "name": "p", "region": "r-a",)"
           R"( "stages": [{"kind": "training", "components": [{"type": "compute", "name": "ETL",)"
           R"( "instance": "test.cpu", "count": 1, "hours": 10, "utilization": 0.5)"
        + extra + "}]}]}";
}

const ComputeSpec &job(const Project &p)
{
    return std::get<ComputeSpec>(p.stages[2].components.front().spec);
}

QJsonObject writtenJob(const Project &p)
{
    const QByteArray bytes = ProjectWriter().toJson(p);
    return QJsonDocument::fromJson(bytes)
        .object()[u"stages"_s]
        .toArray()
        .at(2)
        .toObject()[u"components"_s]
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

void TestRecurrence::oldFilesRunOnce()
{
    const std::optional<Project> p = test::readProjectText(projectWith({}));
    QVERIFY(p);
    QVERIFY(!job(*p).recurrence);
    QCOMPARE(job(*p).runs(), 1.0);
    QVERIFY(!writtenJob(*p).contains(u"recurrence"_s)); // saved as it was read
    const Estimate e = estimateProject(*p, test::makeReferenceFixture());
    QCOMPARE(e.stages[2].components[0].runs, 1.0);
    for (const QString &a : e.assumptions)
        QVERIFY2(!a.contains(u" runs "_s), qPrintable(a));
}

void TestRecurrence::roundTrip()
{
    const std::optional<Project> p =
        test::readProjectText(projectWith(R"(, "recurrence": {"every": "week", "months": 12})"));
    QVERIFY(p);
    QVERIFY(job(*p).recurrence);
    QCOMPARE(job(*p).recurrence->every, RecurrencePeriod::Week);
    QCOMPARE(job(*p).recurrence->months, 12.0);
    const QJsonObject written = writtenJob(*p)[u"recurrence"_s].toObject();
    QCOMPARE(written[u"every"_s].toString(), u"week"_s);
    QCOMPARE(written[u"months"_s].toDouble(), 12.0);
    const std::optional<Project> again = test::readProjectText(ProjectWriter().toJson(*p));
    QVERIFY(again);
    QCOMPARE(job(*again), job(*p));
}

void TestRecurrence::badRecurrenceIsRefused_data()
{
    QTest::addColumn<QByteArray>("recurrence");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown period")
        << QByteArray(R"({"every": "fortnight", "months": 12})") << u"recurrence.every"_s;
    QTest::newRow("no period") << QByteArray(R"({"months": 12})") << u"recurrence.every"_s;
    QTest::newRow("zero months") << QByteArray(R"({"every": "day", "months": 0})")
                                 << u"recurrence.months"_s;
    QTest::newRow("no months") << QByteArray(R"({"every": "day"})") << u"recurrence.months"_s;
    QTest::newRow("not an object") << QByteArray(R"("weekly")") << u"recurrence"_s;
}

void TestRecurrence::badRecurrenceIsRefused()
{
    QFETCH(QByteArray, recurrence);
    QFETCH(QString, path);
    QString error;
    QVERIFY(!test::readProjectText(projectWith(", \"recurrence\": " + recurrence), &error));
    QVERIFY2(error.contains(u"test.greenprint"_s), qPrintable(error));
    QVERIFY2(error.contains(u"stages[0].components[0]."_s + path), qPrintable(error));
}

// By hand: test.cpu draws 10 W idle and 50 W at full load, so 30 W at 50 %; one run of 10 h is
// 0.3 kWh of IT energy, 0.36 kWh at r-a's PUE 1.2 and 0.144 kgCO2e at 400 g/kWh. A month is
// 730 h: daily for 12 months is 8760 / 24 = 365 runs, weekly 8760 / 168 = 52.142857 runs.
void TestRecurrence::estimateCountsEveryRun_data()
{
    QTest::addColumn<QByteArray>("recurrence");
    QTest::addColumn<double>("runs");
    QTest::addColumn<double>("itKWh");
    QTest::newRow("once") << QByteArray() << 1.0 << 0.3;
    QTest::newRow("daily, 12 months")
        << QByteArray(R"(, "recurrence": {"every": "day", "months": 12})") << 365.0 << 109.5;
    QTest::newRow("weekly, 12 months")
        << QByteArray(R"(, "recurrence": {"every": "week", "months": 12})") << 52.142857142857
        << 15.642857142857;
    QTest::newRow("weekly, 1 month")
        << QByteArray(R"(, "recurrence": {"every": "week", "months": 1})") << 4.345238095238
        << 1.303571428571;
    QTest::newRow("monthly, 6 months")
        << QByteArray(R"(, "recurrence": {"every": "month", "months": 6})") << 6.0 << 1.8;
}

void TestRecurrence::estimateCountsEveryRun()
{
    QFETCH(QByteArray, recurrence);
    QFETCH(double, runs);
    QFETCH(double, itKWh);
    const std::optional<Project> p = test::readProjectText(projectWith(recurrence));
    QVERIFY(p);
    const Estimate e = estimateProject(*p, test::makeReferenceFixture());
    const ComponentEstimate &c = e.stages[2].components[0];
    constexpr double kTolerance = 1e-9;
    QVERIFY2(qAbs(c.runs - runs) < kTolerance, qPrintable(QString::number(c.runs, 'g', 12)));
    QVERIFY(qAbs(e.total.itEnergy.kWh - itKWh) < kTolerance);
    QVERIFY(qAbs(e.total.energy.kWh - itKWh * 1.2) < kTolerance);
    QVERIFY(qAbs(e.total.operationalCo2e.kg - itKWh * 1.2 * 0.4) < kTolerance);
    // Hours: all runs' per instance, 10 h a run; average power stays one instance's 30 W.
    QVERIFY(qAbs(c.hours.h - 10.0 * runs) < kTolerance);
    QVERIFY(qAbs(c.hoursPerRun().h - 10.0) < kTolerance);
    QVERIFY(qAbs(c.averagePower.w - 30.0) < kTolerance);
    // Per training run: one run's figure, whatever the count (SCI's R is the runs).
    const PerUnit &perRun = e.stages[2].perUnit;
    QCOMPARE(perRun.functionalUnit, FunctionalUnit::TrainingRun);
    QVERIFY(qAbs(perRun.units - runs) < kTolerance);
    QVERIFY(perRun.co2eKgPerUnit);
    QVERIFY(qAbs(*perRun.co2eKgPerUnit - 0.144) < kTolerance);
    QVERIFY(qAbs(*perRun.energyKWhPerUnit - 0.36) < kTolerance);
    // The run count is stated under the assumptions.
    if (runs != 1.0) {
        const QString stated = u"ETL: runs %1 times"_s.arg(QString::number(runs, 'f', 1));
        QVERIFY2(std::any_of(e.assumptions.begin(), e.assumptions.end(),
                             [&](const QString &a) { return a.startsWith(stated); }),
                 qPrintable(e.assumptions.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
