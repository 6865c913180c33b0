// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled examples reproduce the totals they were saved with. A project file records the
// reference-data version and the totals it was saved with, so that a colleague who opens it
// with other data sees both (estimateProject's provenance note). That promise only holds if the
// data version moves whenever the figures do: an example saved with data "2026.11" whose totals
// differ from today's under "2026.11" would open without a note and with other numbers. When the
// reference data or the engine change a figure, bump data/reference/VERSION and re-save the
// examples (`greenprint upgrade FILE -o FILE.new && mv FILE.new FILE`).
#include "referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QDir>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestBundledExamples : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void reproducesSavedTotals_data();
    void reproducesSavedTotals();
};

void TestBundledExamples::reproducesSavedTotals_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(u"data/examples"_s));
    const QStringList names = dir.entryList({u"*.greenprint"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestBundledExamples::reproducesSavedTotals()
{
    QFETCH(QString, path);
    ProjectReader reader;
    const std::optional<Project> project = reader.readFile(path);
    QVERIFY2(project, qPrintable(path));
    const ReferenceData &reference = test::builtReferenceData();
    const Provenance &provenance = project->provenance;
    QVERIFY2(provenance.referenceDataVersion && provenance.savedEstimate,
             "the example records no provenance");
    QVERIFY2(
        *provenance.referenceDataVersion == reference.dataVersion,
        qPrintable(u"saved with reference data %1, the build has %2: re-save the example"_s.arg(
            *provenance.referenceDataVersion, reference.dataVersion)));

    const Estimate estimate = estimateProject(*project, reference);
    const SavedEstimate &saved = *provenance.savedEstimate;
    QCOMPARE(saved.methodology, estimate.methodology);
    const Totals now = estimate.total.totals();
    // Same data, same engine: the same figures up to the last digits of a double.
    GP_COMPARE_NEAR(now.energy.kWh, saved.energy.kWh, 1e-9, 1e-9);
    GP_COMPARE_NEAR(now.co2e.kg, saved.co2e.kg, 1e-9, 1e-9);
    GP_COMPARE_NEAR(now.marketCo2e.kg, saved.marketCo2e.kg, 1e-9, 1e-9);
    GP_COMPARE_NEAR(now.cost.usd, saved.cost.usd, 1e-9, 1e-9);
}

QTEST_GUILESS_MAIN(TestBundledExamples)
#include "tst_bundledexamples.moc"
