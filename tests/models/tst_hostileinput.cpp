// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost, nothing hangs, nonsense refused (the API side of tests/hostile/).
#include "referencefixture.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "engine/catalogcheck.h"
#include "engine/estimator.h"
#include "io/atomicfile.h"
#include "io/csvwriter.h"
#include "io/formatversion.h"
#include "io/overrideapplier.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "io/regularfile.h"
#include "scenario/scenarioapplier.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** A valid project on the fixture's instances and regions. */
QByteArray fixtureProjectJson(const QString &componentsOfStage2 = {})
{
    const QString components = componentsOfStage2.isEmpty()
        ? uR"({"type": "compute", "name": "train", "instance": "test.gpu", "count": 2,
               "hours": 10, "utilization": 0.5, "pricing": "on-demand"})"_s
        : componentsOfStage2;
    return uR"({"format": "greenprint-project", "formatVersion": 2, "appVersion": "0.1.0",
  "provenance": {"referenceDataVersion": null}, "name": "p", "region": "r-a",
  "settings": {"methodology": "greenprint", "includeEmbodied": true},
  "catalog": {"instances": [], "regions": []},
  "stages": [
    {"kind": "data-processing", "name": "D", "components": []},
    {"kind": "model-building", "name": "M", "components": []},
    {"kind": "training", "name": "T", "components": [%1]},
    {"kind": "inference", "name": "I", "components": []}]})"_s.arg(components)
        .toUtf8();
}

bool hasIssue(const Issues &issues, const QString &path, const QString &text = {})
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const Issue &i) { return i.path == path && i.message.contains(text); });
}

QString dump(const Issues &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines << i.toString();
    return lines.join(u'\n');
}

} // namespace

class TestHostileInput : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { std::signal(SIGXFSZ, SIG_IGN); }

    // Writers
    void atomicWriteReplacesWholeFile();
    void atomicWriteKeepsOldFileUnderFileSizeLimit();
    void atomicWriteRefusesFolderAndDevice();
    void sameFileSeesLinks();
    void writerGoesCompactAboveItsSize();

    // Special files
    void refusesSpecialFilesWithoutBlocking_data();
    void refusesSpecialFilesWithoutBlocking();
    void cancelFlagStopsReading();

    // Numbers
    void numbersBeyondTheirLimitAreRefused_data();
    void numbersBeyondTheirLimitAreRefused();
    void valuesAtTheLimitsGiveFiniteEstimate();

    // Messages
    void encodingMessages_data();
    void encodingMessages();
    void hugeFormatVersionIsNewerFormat();
    void asciiDigitsOnlyInPaths();
    void unknownRegionReportedOnce();
    void csvQuotesEverySeparator_data();
    void csvQuotesEverySeparator();

    // References and scenarios
    void shadowingAReferenceIdIsAnError();
    void deliberateOverrideIsAnAssumption();
    void undefinedAllowedRegionIsAnError();
    void overrideProblemsCarryTheOverridesPath();
    void unknownSuggestionCarriesItsPath();
};

void TestHostileInput::atomicWriteReplacesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    QString error;
    QVERIFY(AtomicFile::write(path, "first", &error));
    QVERIFY(AtomicFile::write(path, "second", &error));
    QCOMPARE(readAll(path), QByteArray("second"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.csv"_s});
    QVERIFY(!AtomicFile::write(dir.filePath(u"missing/out.csv"_s), "x", &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(AtomicFile::write(dir.filePath(u"made/out.csv"_s), "x", &error,
                              AtomicFile::Folder::Create));
    QVERIFY(!AtomicFile::write(QString(), "x", &error));
    QVERIFY(error.contains(u"no file name"_s));
}

void TestHostileInput::atomicWriteKeepsOldFileUnderFileSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    QString error;
    QVERIFY(AtomicFile::write(path, QByteArray(100, 'a'), &error));
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit limited = saved;
    limited.rlim_cur = 4096;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const bool written = AtomicFile::write(path, QByteArray(10000, 'b'), &error);
    QVERIFY(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    QVERIFY(!written);
    QVERIFY2(error.contains(u"File too large"_s), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray(100, 'a'));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"plan.pdf"_s});
}

void TestHostileInput::atomicWriteRefusesFolderAndDevice()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!AtomicFile::write(dir.path(), "x", &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    QVERIFY(!AtomicFile::write(u"/dev/full"_s, "x", &error));
    QVERIFY2(error.contains(u"device"_s), qPrintable(error));
}

void TestHostileInput::sameFileSeesLinks()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.greenprint"_s);
    QVERIFY(writeAll(a, "{}"));
    QVERIFY(::link(QFile::encodeName(a).constData(),
                   QFile::encodeName(dir.filePath(u"hard"_s)).constData())
            == 0);
    QVERIFY(QFile::link(a, dir.filePath(u"soft"_s)));
    QVERIFY(AtomicFile::isSameFile(a, dir.filePath(u"hard"_s)));
    QVERIFY(AtomicFile::isSameFile(a, dir.filePath(u"soft"_s)));
    QVERIFY(AtomicFile::isSameFile(a, dir.path() + u"/./a.greenprint"_s));
    QVERIFY(!AtomicFile::isSameFile(a, dir.filePath(u"other"_s)));
    QVERIFY(AtomicFile::isSameFile(dir.filePath(u"new"_s), dir.path() + u"/x/../new"_s));
}

void TestHostileInput::writerGoesCompactAboveItsSize()
{
    // 60,000 components: about 20 MiB indented, over kProjectCompactAboveBytes.
    QString components;
    for (int i = 0; i < 60000; ++i) {
        if (i > 0)
            components += u',';
        components += uR"({"type": "compute", "name": "job number %1 of the nightly pipeline",
            "instance": "test.gpu", "count": 2, "hours": 10, "utilization": 0.5,
            "pricing": "on-demand", "note": "kept as an extra"})"_s.arg(i);
    }
    ProjectReader reader;
    const std::optional<Project> project = reader.read(fixtureProjectJson(components), u"big"_s);
    QVERIFY2(project, qPrintable(reader.errorString()));
    ProjectWriter writer;
    const QByteArray text = writer.toJson(*project);
    QVERIFY2(!text.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(text.size() <= kProjectCompactAboveBytes); // compact, not indented
    QVERIFY(!text.contains("\n  "));
    const std::optional<Project> again = reader.read(text, u"again"_s);
    QVERIFY2(again, qPrintable(reader.errorString()));
    QCOMPARE(again->componentCount(), 60000);
}

void TestHostileInput::refusesSpecialFilesWithoutBlocking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("fifo") << u"fifo"_s << u"pipe"_s;
    QTest::newRow("device") << u"/dev/zero"_s << u"device"_s;
    QTest::newRow("folder") << u"folder"_s << u"folder"_s;
    QTest::newRow("missing") << u"missing"_s << u"cannot open"_s;
    QTest::newRow("no name") << QString() << u"no file name"_s;
}

void TestHostileInput::refusesSpecialFilesWithoutBlocking()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == u"fifo") {
        path = dir.filePath(u"pipe.greenprint"_s);
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == u"folder") {
        path = dir.path();
    } else if (kind == u"missing") {
        path = dir.filePath(u"none.greenprint"_s);
    }
    const RegularFile::Result result = RegularFile::read(path, kProjectMaxFileSize);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    ProjectReader reader;
    QVERIFY(!reader.readFile(path));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
}

void TestHostileInput::cancelFlagStopsReading()
{
    std::atomic_bool cancel{true};
    ProjectReader reader;
    reader.setCancelFlag(&cancel);
    QVERIFY(!reader.read(fixtureProjectJson(), u"p"_s));
    QVERIFY2(reader.errorString().contains(u"cancelled"_s), qPrintable(reader.errorString()));
    cancel = false;
    QVERIFY2(reader.read(fixtureProjectJson(), u"p"_s), qPrintable(reader.errorString()));
}

void TestHostileInput::numbersBeyondTheirLimitAreRefused_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("path");
    const QString compute = uR"({"type": "compute", "name": "c", "instance": "test.gpu",
        "count": %1, "hours": %2, "utilization": 0.5, "pricing": "on-demand"})"_s;
    const QString stage = u"stages[2].components[0]."_s;
    QTest::newRow("hours 1e308") << compute.arg(u"1"_s, u"1e308"_s) << stage + u"hours"_s;
    QTest::newRow("hours above a century")
        << compute.arg(u"1"_s, u"1000001"_s) << stage + u"hours"_s;
    QTest::newRow("count 2e9") << compute.arg(u"2000000000"_s, u"1"_s) << stage + u"count"_s;
    QTest::newRow("tokens") << uR"({"type": "compute", "name": "c", "instance": "test.gpu",
        "count": 1, "utilization": 0.5, "pricing": "on-demand",
        "work": {"kind": "training", "parameters": 1e9, "tokens": 1e300, "epochs": 1}})"_s
                            << stage + u"work.tokens"_s;
    QTest::newRow("epochs") << uR"({"type": "compute", "name": "c", "instance": "test.gpu",
        "count": 1, "utilization": 0.5, "pricing": "on-demand",
        "work": {"kind": "training", "parameters": 1e9, "tokens": 1e9, "epochs": 1e300}})"_s
                            << stage + u"work.epochs"_s;
    QTest::newRow("storage") << uR"({"type": "storage", "name": "s", "storageClass": "s3-standard",
        "sizeGB": 1e300, "months": 1})"_s
                             << stage + u"sizeGB"_s;
    QTest::newRow("trials") << uR"({"type": "tuning", "name": "t", "instance": "test.gpu",
        "count": 1, "strategy": "bayesian", "trials": 1e12, "hoursPerTrial": 1,
        "utilization": 0.5})"_s
                            << stage + u"trials"_s;
}

void TestHostileInput::numbersBeyondTheirLimitAreRefused()
{
    QFETCH(QString, component);
    QFETCH(QString, path);
    ProjectReader reader;
    QVERIFY(!reader.read(fixtureProjectJson(component), u"p"_s));
    QVERIFY2(hasIssue(reader.issues(), path), qPrintable(reader.errorString()));
}

void TestHostileInput::valuesAtTheLimitsGiveFiniteEstimate()
{
    const QString components = uR"(
      {"type": "compute", "name": "c", "instance": "test.gpu", "count": 1000000,
       "hours": 1000000, "utilization": 1, "pricing": "on-demand", "measuredPowerW": 1000000},
      {"type": "tuning", "name": "t", "instance": "test.gpu", "count": 1000000,
       "strategy": "grid", "trials": 1000000, "hoursPerTrial": 1000000, "utilization": 1},
      {"type": "storage", "name": "s", "storageClass": "s3-standard", "sizeGB": 1e9,
       "months": 1200},
      {"type": "logs", "name": "l", "gbPerMonth": 1e9, "retentionMonths": 1200, "months": 1200},
      {"type": "transfer", "name": "x", "sizeGB": 1e9, "toRegion": "r-b"},
      {"type": "notebook", "name": "n", "instance": "test.gpu", "activeHoursPerWeek": 100,
       "idleHoursPerWeek": 68, "weeks": 5218})"_s;
    ProjectReader reader;
    std::optional<Project> project = reader.read(fixtureProjectJson(components), u"p"_s);
    QVERIFY2(project, qPrintable(reader.errorString()));
    const Estimate estimate = estimateProject(*project, test::makeReferenceFixture());
    QVERIFY2(!hasErrors(estimate.issues), qPrintable(dump(estimate.issues)));
    for (const double v : {estimate.total.energy.kWh, estimate.total.co2e.kg,
                           estimate.total.marketCo2e.kg, estimate.total.cost.usd}) {
        QVERIFY(std::isfinite(v));
        QVERIFY(v > 0.0);
    }
    for (const StageEstimate &stage : estimate.stages) {
        for (const ComponentEstimate &c : stage.components)
            QVERIFY2(std::isfinite(c.footprint.co2e.kg), qPrintable(c.name));
    }
    recordProvenance(*project, estimate);
    ProjectWriter writer;
    QVERIFY2(!writer.toJson(*project).isEmpty(), qPrintable(writer.errorString()));
}

void TestHostileInput::encodingMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray json = fixtureProjectJson();
    const QString text = QString::fromUtf8(json);
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QTest::newRow("UTF-16 LE BOM") << QByteArray("\xFF\xFE") + le << u"UTF-16"_s;
    QTest::newRow("UTF-16 BE BOM") << QByteArray("\xFE\xFF") + be << u"UTF-16"_s;
    QTest::newRow("UTF-16 LE") << le << u"UTF-16"_s;
    QTest::newRow("UTF-16 BE") << be << u"UTF-16"_s;
    QTest::newRow("UTF-32 LE BOM") << QByteArray("\xFF\xFE\0\0{\0\0\0", 8) << u"UTF-32"_s;
    QTest::newRow("UTF-32 BE") << QByteArray("\0\0\0{", 4) << u"UTF-32"_s;
    QTest::newRow("NUL") << json.left(40) + QByteArray(3, '\0') + json.mid(40)
                         << u"NUL byte at line 1, column 41"_s;
}

void TestHostileInput::encodingMessages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    ProjectReader reader;
    QVERIFY(!reader.read(bytes, u"p.greenprint"_s));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
}

void TestHostileInput::hugeFormatVersionIsNewerFormat()
{
    for (const QByteArray &version : {QByteArray("99999999999"), QByteArray("1e300")}) {
        QByteArray json = fixtureProjectJson();
        json.replace("\"formatVersion\": 2", "\"formatVersion\": " + version);
        ProjectReader reader;
        QVERIFY(!reader.read(json, u"p"_s));
        QVERIFY2(hasIssue(reader.issues(), u"formatVersion"_s, u"newer Greenprint"_s),
                 qPrintable(reader.errorString()));
    }
}

void TestHostileInput::asciiDigitsOnlyInPaths()
{
    ProjectReader reader;
    const std::optional<Project> project = reader.read(fixtureProjectJson(), u"p"_s);
    QVERIFY(project);
    OverrideApplier applier;
    for (const QString &path :
         {u"stages[\u0663].name"_s, u"stages[\uFF10].name"_s, u"st\u00E4ges[0].name"_s}) {
        QVERIFY(!applier.apply(*project, {{path, "\"x\"", {}}}));
        QVERIFY2(applier.errorString().contains(u"is not a JSON path"_s),
                 qPrintable(applier.errorString()));
    }
    QVERIFY(applier.apply(*project, {{u"stages[0].name"_s, "\"x\"", {}}}));
}

void TestHostileInput::unknownRegionReportedOnce()
{
    QByteArray json = fixtureProjectJson();
    json.replace("\"region\": \"r-a\"", "\"region\": \"mars-1\"");
    // Two stages with components inherit the unknown project region.
    json.replace("\"name\": \"D\", \"components\": []",
                 R"("name": "D", "components": [{"type": "storage", "name": "s",
                   "storageClass": "s3-standard", "sizeGB": 1, "months": 1}])");
    ProjectReader reader;
    const std::optional<Project> project = reader.read(json, u"p"_s);
    QVERIFY2(project, qPrintable(reader.errorString()));
    const Estimate estimate = estimateProject(*project, test::makeReferenceFixture());
    const auto count =
        std::count_if(estimate.issues.begin(), estimate.issues.end(),
                      [](const Issue &i) { return i.message.contains(u"mars-1"_s); });
    QCOMPARE(count, 1);
    QVERIFY(hasIssue(estimate.issues, u"region"_s, u"unknown region"_s));
}

void TestHostileInput::csvQuotesEverySeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"Spark job"_s << u"Spark job"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
    QTest::newRow("tab") << u"a\tb"_s << u"\"a\tb\""_s;
    QTest::newRow("pipe") << u"a|b"_s << u"\"a|b\""_s;
    QTest::newRow("quote") << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("formula and semicolon") << u"=1;2"_s << u"\"'=1;2\""_s;
}

void TestHostileInput::csvQuotesEverySeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    CsvWriter csv;
    csv.addTextField(text);
    QCOMPARE(csv.text(), written);
}

void TestHostileInput::shadowingAReferenceIdIsAnError()
{
    Project project;
    CatalogInstance instance;
    instance.id = u"test.gpu"_s;
    instance.maxPowerW = 1.0;
    project.catalogInstances.push_back(instance);
    CatalogRegion region;
    region.id = u"r-a"_s;
    project.catalogRegions.push_back(region);
    CatalogInstance own;
    own.id = u"my.box"_s;
    own.maxPowerW = 100.0;
    project.catalogInstances.push_back(own);
    Issues issues;
    QStringList assumptions;
    checkProjectCatalog(project, test::makeReferenceFixture(), issues, assumptions);
    QVERIFY2(hasIssue(issues, u"catalog.instances[0].id"_s, u"overridesReference"_s),
             qPrintable(dump(issues)));
    QVERIFY(hasIssue(issues, u"catalog.regions[0].id"_s, u"reference region"_s));
    QCOMPARE(issues.size(), std::size_t(2));
    QVERIFY(assumptions.isEmpty());
}

void TestHostileInput::deliberateOverrideIsAnAssumption()
{
    QByteArray json = fixtureProjectJson();
    json.replace(R"("instances": [])", R"("instances": [{"id": "test.gpu", "name": "ours",
        "vcpus": 8, "memoryGiB": 64, "accelerator": "", "acceleratorCount": 0,
        "powerW": {"idle": 50, "max": 200}, "overridesReference": true}])");
    ProjectReader reader;
    std::optional<Project> project = reader.read(json, u"p"_s);
    QVERIFY2(project, qPrintable(reader.errorString()));
    QVERIFY(project->catalogInstances.front().overridesReference);
    const Estimate estimate = estimateProject(*project, test::makeReferenceFixture());
    QVERIFY2(!hasErrors(estimate.issues), qPrintable(dump(estimate.issues)));
    QVERIFY(estimate.assumptions.contains(
        u"The project's catalog replaces the reference instance test.gpu on purpose: 50 W idle, "
        "200 W at full load."_s));
    // Written back and read again unchanged.
    ProjectWriter writer;
    const QByteArray again = writer.toJson(*project);
    QVERIFY(again.contains("\"overridesReference\": true"));
    QCOMPARE(reader.read(again, u"again"_s)->catalogInstances, project->catalogInstances);
}

void TestHostileInput::undefinedAllowedRegionIsAnError()
{
    Project project;
    project.constraints.allowedRegions = {u"r-b"_s, u"atlantis-1"_s, u"site"_s};
    CatalogRegion site;
    site.id = u"site"_s;
    project.catalogRegions.push_back(site);
    Issues issues;
    QStringList assumptions;
    checkProjectCatalog(project, test::makeReferenceFixture(), issues, assumptions);
    QCOMPARE(issues.size(), std::size_t(1));
    QVERIFY(hasIssue(issues, u"constraints.allowedRegions[1]"_s, u"atlantis-1"_s));
}

void TestHostileInput::overrideProblemsCarryTheOverridesPath()
{
    ProjectReader reader;
    std::optional<Project> project = reader.read(fixtureProjectJson(), u"p"_s);
    QVERIFY(project);
    const auto scenario = [](const QString &path, const QByteArray &value) {
        Scenario s;
        s.name = u"s"_s;
        s.overrides.push_back({path, value, {}});
        return s;
    };
    struct Row
    {
        Scenario scenario;
        QString path;
        QString text;
    };
    const QString count = u"stages[2].components[0].count"_s;
    const std::vector<Row> rows = {
        {scenario(u"stages[2].components[5].count"_s, "2"), u"scenarios[0].overrides[0].path"_s,
         u"out of range"_s},
        {scenario(u"stages[2].components[0].colour"_s, "2"), u"scenarios[0].overrides[0].path"_s,
         u"colour"_s},
        {scenario(count, "\"two\""), u"scenarios[0].overrides[0].value"_s, count},
        {scenario(count, "-1"), u"scenarios[0].overrides[0].value"_s, count},
        {scenario(u"region"_s, "\"mars-1\""), u"scenarios[0].overrides[0].value"_s, u"mars-1"_s},
    };
    const ReferenceData reference = test::makeReferenceFixture();
    for (const Row &row : rows) {
        project->scenarios = {row.scenario};
        ScenarioApplier applier(reference);
        const Issues issues =
            applier.validateScenarios(*project, estimateProject(*project, reference));
        QVERIFY2(hasIssue(issues, row.path, row.text), qPrintable(dump(issues)));
    }
    project->scenarios = {scenario(count, "3")};
    ScenarioApplier applier(reference);
    QVERIFY(applier.validateScenarios(*project, estimateProject(*project, reference)).empty());
}

void TestHostileInput::unknownSuggestionCarriesItsPath()
{
    ProjectReader reader;
    std::optional<Project> project = reader.read(fixtureProjectJson(), u"p"_s);
    QVERIFY(project);
    Scenario s;
    s.name = u"s"_s;
    s.suggestions = {u"no-such-practice"_s};
    project->scenarios = {s};
    const ReferenceData reference = test::makeReferenceFixture();
    ScenarioApplier applier(reference);
    const Issues issues = applier.validateScenarios(*project, estimateProject(*project, reference));
    QVERIFY2(hasIssue(issues, u"scenarios[0].suggestions[0]"_s, u"no-such-practice"_s),
             qPrintable(dump(issues)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
