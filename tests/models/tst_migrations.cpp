// SPDX-License-Identifier: GPL-3.0-or-later
// Project file format migrations: every format 1 fixture reads as its format 2 twin.
#include "engine/estimator.h"
#include "io/formatversion.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QDir>
#include <QTest>

using namespace greenprint;

class TestMigrations : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void v1ReadsAsItsV2Twin_data();
    void v1ReadsAsItsV2Twin();
    void v1IsWrittenAsV2WithUnknownProvenance();
    void v2RoundTripsProvenance();
    void newerFormatIsRefused();
    void differentDataVersionShowsBothNumbers();
    void sameDataVersionSaysNothing();
    void recordProvenanceStampsTheEstimate();
};

void TestMigrations::v1ReadsAsItsV2Twin_data()
{
    QTest::addColumn<QString>("name");
    const QDir v2(test::testDataPath(QStringLiteral("projects/v2")));
    const QStringList files = v2.entryList({QStringLiteral("*.greenprint")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestMigrations::v1ReadsAsItsV2Twin()
{
    QFETCH(QString, name);
    ProjectReader v1Reader;
    std::optional<Project> v1 =
        v1Reader.readFile(test::testDataPath(QStringLiteral("projects/v1/") + name));
    QVERIFY2(v1, qPrintable(v1Reader.errorString()));
    QCOMPARE(v1Reader.fileFormatVersion(), 1);
    QVERIFY(!v1->provenance.referenceDataVersion);
    QVERIFY(!v1->provenance.savedEstimate);

    ProjectReader v2Reader;
    std::optional<Project> v2 =
        v2Reader.readFile(test::testDataPath(QStringLiteral("projects/v2/") + name));
    QVERIFY2(v2, qPrintable(v2Reader.errorString()));
    QCOMPARE(v2Reader.fileFormatVersion(), kProjectFormatVersion);
    // The twin was made by `greenprint upgrade`, which records provenance; the rest is equal.
    QVERIFY(v2->provenance.referenceDataVersion);
    v2->provenance = v1->provenance;
    v2->appVersion = v1->appVersion;
    QVERIFY(*v1 == *v2);
}

void TestMigrations::v1IsWrittenAsV2WithUnknownProvenance()
{
    ProjectReader reader;
    const std::optional<Project> p =
        reader.readFile(test::testDataPath(QStringLiteral("projects/v1/minimal.greenprint")));
    QVERIFY(p);
    ProjectWriter writer;
    const QByteArray json = writer.toJson(*p);
    QVERIFY(json.contains("\"formatVersion\": 2,"));
    const qsizetype app = json.indexOf("\"appVersion\"");
    const qsizetype provenance =
        json.indexOf("\"provenance\": {\n    \"referenceDataVersion\": null\n  },");
    const qsizetype name = json.indexOf("\"name\"");
    QVERIFY(app > 0 && provenance > app && name > provenance);
}

void TestMigrations::v2RoundTripsProvenance()
{
    Project p;
    p.name = QStringLiteral("round trip");
    p.provenance.referenceDataVersion = QStringLiteral("2026.11");
    p.provenance.savedEstimate =
        SavedEstimate{{EnergyKWh{12.5}, Co2eKg{3.25}, Co2eKg{0.5}, CostUsd{99.0}},
                      Methodology::CloudCarbonFootprint};
    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, QStringLiteral("mem.greenprint"));
    QVERIFY2(back, qPrintable(reader.errorString()));
    QCOMPARE(back->provenance, p.provenance);
    QCOMPARE(writer.toJson(*back), json);
}

void TestMigrations::newerFormatIsRefused()
{
    ProjectReader reader;
    QVERIFY(!reader.readFile(
        test::testDataPath(QStringLiteral("invalid/newer-format-version.greenprint"))));
    QVERIFY(reader.errorString().contains(QStringLiteral("this version reads up to 2")));
}

void TestMigrations::differentDataVersionShowsBothNumbers()
{
    const ReferenceData ref = test::makeReferenceFixture(); // data version "test"
    Project p;
    p.region = QStringLiteral("r-a");
    Component c;
    c.name = QStringLiteral("job");
    c.spec = ComputeSpec{QStringLiteral("test.gpu"),
                         1,
                         10.0,
                         1.0,
                         std::nullopt,
                         Pricing::OnDemand,
                         std::nullopt,
                         std::nullopt};
    p.stage(StageKind::Training).components.push_back(c);
    p.provenance.referenceDataVersion = QStringLiteral("2025.01");
    p.provenance.savedEstimate = SavedEstimate{
        {EnergyKWh{1.0}, Co2eKg{2.0}, Co2eKg{0.0}, CostUsd{3.0}}, Methodology::Greenprint};
    const Estimate e = estimateProject(p, ref);
    const auto note = std::find_if(e.issues.begin(), e.issues.end(),
                                   [](const Issue &i) { return i.path == u"provenance"; });
    QVERIFY(note != e.issues.end());
    QCOMPARE(note->severity, Issue::Severity::Info);
    QVERIFY(note->message.contains(QStringLiteral("2025.01")));
    QVERIFY(note->message.contains(QStringLiteral("Saved: 2.0 kgCO2e")));
    QVERIFY(
        note->message.contains(QStringLiteral("Now: %1 kgCO2e").arg(e.total.co2e.kg, 0, 'f', 1)));
}

void TestMigrations::sameDataVersionSaysNothing()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p;
    p.region = QStringLiteral("r-a");
    p.provenance.referenceDataVersion = ref.dataVersion;
    const Estimate e = estimateProject(p, ref);
    QVERIFY(std::none_of(e.issues.begin(), e.issues.end(),
                         [](const Issue &i) { return i.path == u"provenance"; }));
}

void TestMigrations::recordProvenanceStampsTheEstimate()
{
    const ReferenceData ref = test::makeReferenceFixture();
    Project p;
    p.region = QStringLiteral("r-a");
    Component c;
    c.name = QStringLiteral("job");
    c.spec = ComputeSpec{QStringLiteral("test.gpu"),
                         2,
                         5.0,
                         0.5,
                         std::nullopt,
                         Pricing::OnDemand,
                         std::nullopt,
                         std::nullopt};
    p.stage(StageKind::Training).components.push_back(c);
    const Estimate e = estimateProject(p, ref);
    recordProvenance(p, e);
    QCOMPARE(p.provenance.referenceDataVersion, std::optional<QString>(ref.dataVersion));
    QVERIFY(p.provenance.savedEstimate);
    QCOMPARE(p.provenance.savedEstimate->co2e.kg, e.total.co2e.kg);
    QCOMPARE(p.provenance.savedEstimate->cost.usd, e.total.cost.usd);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
