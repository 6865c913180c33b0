// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectWriter: round trips of every example and fixture, determinism, numbers, atomic saves.
#include "strictqtest.h"
#include "testpaths.h"

#include "domain/names.h"
#include "io/formatversion.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cmath>
#include <limits>

#include <sys/resource.h>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestProjectWriter : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void examplesAreCanonical_data();
    void examplesAreCanonical();
    void keepsUnknownKeys();
    void writesFixedKeyOrder();
    void writesEverySettingInFixedOrder();
    void writesWorkInsteadOfHours();
    void workRoundTrips_data();
    void workRoundTrips();
    void refusesUnrepresentableWork();
    void numbersRoundTripExactly_data();
    void numbersRoundTripExactly();
    void refusesUnrepresentableProjects();
    void writeFileReplacesAtomically();
    void failedWriteKeepsOldFile();
    void unwritableDirectoryKeepsOldFile();
    void missingDirectoryFails();

private:
    static Project sampleProject();
    static QByteArray readAll(const QString &path);
};

namespace {

QStringList roundTripFiles(bool examplesOnly)
{
    QStringList dirs{test::sourcePath(u"data/examples"_s)};
    if (!examplesOnly)
        dirs << test::testDataPath(u"projects/v1"_s);
    QStringList files;
    for (const QString &dir : dirs) {
        for (const QFileInfo &info :
             QDir(dir).entryInfoList({u"*.greenprint"_s}, QDir::Files, QDir::Name))
            files << info.absoluteFilePath();
    }
    return files;
}

/** The file with its appVersion replaced by the one this build writes. */
QByteArray withCurrentAppVersion(QByteArray json)
{
    static const QRegularExpression re(u"\"appVersion\": \"[^\"]*\""_s);
    QString text = QString::fromUtf8(json);
    text.replace(re, u"\"appVersion\": \"%1\""_s.arg(QString::fromUtf8(kGreenprintVersion)));
    return text.toUtf8();
}

} // namespace

QByteArray TestProjectWriter::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Project TestProjectWriter::sampleProject()
{
    Project p;
    p.name = u"Sample"_s;
    p.region = u"eu-west-1"_s;
    for (int i = 0; i < 40; ++i) {
        ComputeSpec spec;
        spec.instance = u"c7g.4xlarge"_s;
        spec.count = i + 1;
        spec.hours = 0.5 * i;
        p.stages[2].components.push_back(
            {u"Compute job %1 with a long descriptive name"_s.arg(i), spec, {}});
    }
    return p;
}

void TestProjectWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = roundTripFiles(false);
    QVERIFY(files.size() >= 9);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestProjectWriter::roundTrip()
{
    QFETCH(QString, path);
    ProjectReader reader;
    const std::optional<Project> original = reader.readFile(path);
    QVERIFY2(original, qPrintable(reader.errorString()));

    ProjectWriter writer;
    const QByteArray first = writer.toJson(*original);
    QVERIFY2(!first.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(first.endsWith("}\n"));

    const std::optional<Project> reread = reader.read(first, u"first write"_s);
    QVERIFY2(reread, qPrintable(reader.errorString()));
    QVERIFY(reader.issues().empty());
    QCOMPARE(reread->appVersion, QString::fromUtf8(kGreenprintVersion));
    Project expected = *original;
    expected.appVersion = reread->appVersion;
    QVERIFY(*reread == expected);

    const QByteArray second = writer.toJson(*reread);
    QCOMPARE(second, first);
}

void TestProjectWriter::examplesAreCanonical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = roundTripFiles(true);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestProjectWriter::examplesAreCanonical()
{
    // Shipped examples are exactly what the writer produces, so saving one shows no diff.
    QFETCH(QString, path);
    const QByteArray file = readAll(path);
    ProjectReader reader;
    const std::optional<Project> project = reader.read(file, path);
    QVERIFY2(project, qPrintable(reader.errorString()));
    ProjectWriter writer;
    QCOMPARE(QString::fromUtf8(writer.toJson(*project)),
             QString::fromUtf8(withCurrentAppVersion(file)));
}

void TestProjectWriter::keepsUnknownKeys()
{
    ProjectReader reader;
    const std::optional<Project> original =
        reader.readFile(test::testDataPath(u"projects/v1/unknown-keys-everywhere.greenprint"_s));
    QVERIFY2(original, qPrintable(reader.errorString()));
    ProjectWriter writer;
    const QByteArray json = writer.toJson(*original);
    const std::optional<Project> reread = reader.read(json, u"written"_s);
    QVERIFY2(reread, qPrintable(reader.errorString()));

    // Byte for byte, at every level.
    QCOMPARE(reread->extras, original->extras);
    QCOMPARE(reread->settings.extras, original->settings.extras);
    QCOMPARE(reread->catalogExtras, original->catalogExtras);
    QCOMPARE(reread->catalogInstances[0].extras, original->catalogInstances[0].extras);
    QCOMPARE(reread->catalogRegions[0].extras, original->catalogRegions[0].extras);
    for (int s = 0; s < kStageCount; ++s) {
        QCOMPARE(reread->stages[s].extras, original->stages[s].extras);
        for (std::size_t c = 0; c < original->stages[s].components.size(); ++c)
            QCOMPARE(reread->stages[s].components[c].extras,
                     original->stages[s].components[c].extras);
    }
    QCOMPARE(reread->extras.value(u"zzLast"_s),
             QByteArray("{\"list\":[{\"b\":1,\"a\":2}],\"big\":123456789012345678,"
                        "\"neg\":-42,\"float\":2.0}"));

    // Unknown keys follow the known ones, sorted by key.
    const qsizetype stages = json.indexOf("\n  \"stages\":");
    const qsizetype aFirst = json.indexOf("\n  \"aFirst\":");
    const qsizetype generator = json.indexOf("\n  \"generator\":");
    const qsizetype zzLast = json.indexOf("\n  \"zzLast\":");
    QVERIFY(stages > 0);
    QVERIFY(stages < aFirst && aFirst < generator && generator < zzLast);
}

void TestProjectWriter::writesFixedKeyOrder()
{
    Project p;
    p.name = u"Order"_s;
    p.extras.insert(u"b-extra"_s, "1");
    p.extras.insert(u"a-extra"_s, "[]");
    ComputeSpec compute;
    compute.instance = u"m5.xlarge"_s;
    compute.count = 3;
    compute.hours = 2.0;
    compute.utilization = 0.1;
    compute.measuredPowerW = 1.0 / 3.0;
    p.stages[0].components.push_back({u"c"_s, compute, {}});

    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    const QList<QByteArray> topKeys{"format", "formatVersion", "appVersion", "provenance",
                                    "name",   "region",        "settings",   "catalog",
                                    "stages", "a-extra",       "b-extra"};
    qsizetype last = -1;
    for (const QByteArray &key : topKeys) {
        const qsizetype at = json.indexOf("\n  \"" + key + "\": ");
        QVERIFY2(at > last, key.constData());
        last = at;
    }
    QVERIFY(json.startsWith("{\n  \"format\": \"greenprint-project\",\n"
                            "  \"formatVersion\": 2,\n"));
    QVERIFY(json.contains(QByteArray("\"appVersion\": \"") + kGreenprintVersion + '"'));
    QVERIFY(json.contains("\"count\": 3,"));
    QVERIFY(json.contains("\"hours\": 2,")); // no ".0"
    QVERIFY(json.contains("\"utilization\": 0.1,"));
    QVERIFY(json.contains("\"measuredPowerW\": 0.3333333333333333,"));
    QVERIFY(json.contains("\"catalog\": {\n    \"instances\": [],\n    \"regions\": []\n  },"));
    QVERIFY(!json.contains("\"pue\"")); // unset optionals are left out
    QVERIFY(!json.contains("\"region\": \"\""));
    QVERIFY(json.endsWith("}\n"));
    QCOMPARE(writer.toJson(p), json);
}

void TestProjectWriter::writesEverySettingInFixedOrder()
{
    ProjectWriter writer;
    const QByteArray defaults = writer.toJson(Project());
    QVERIFY2(!defaults.isEmpty(), qPrintable(writer.errorString()));
    // The new settings are always written, even at their defaults.
    QVERIFY(defaults.contains("  \"settings\": {\n"
                              "    \"methodology\": \"greenprint\",\n"
                              "    \"includeEmbodied\": true,\n"
                              "    \"gridDataset\": \"recommended\",\n"
                              "    \"serverLifetimeYears\": 6,\n"
                              "    \"marketBasedYear\": 2023\n"
                              "  },\n"));

    Project p;
    p.settings.methodology = Methodology::GreenAlgorithms;
    p.settings.includeEmbodied = false;
    p.settings.gridDataset = GridDatasetChoice::OwidEmber;
    p.settings.serverLifetimeYears = 6.5;
    p.settings.marketBasedYear = 2022;
    p.settings.pue = 1.1;
    p.settings.spotDiscountFraction = 0.6;
    p.settings.extras.insert(u"aaa"_s, "true");
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(json.contains("  \"settings\": {\n"
                          "    \"methodology\": \"green-algorithms\",\n"
                          "    \"includeEmbodied\": false,\n"
                          "    \"gridDataset\": \"owid-ember\",\n"
                          "    \"serverLifetimeYears\": 6.5,\n"
                          "    \"marketBasedYear\": 2022,\n"
                          "    \"pue\": 1.1,\n"
                          "    \"spotDiscountFraction\": 0.6,\n"
                          "    \"aaa\": true\n"
                          "  },\n"));
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"s"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    QVERIFY(back->settings == p.settings);
}

void TestProjectWriter::writesWorkInsteadOfHours()
{
    Project p;
    ComputeSpec compute;
    compute.instance = u"p5.48xlarge"_s;
    compute.count = 32;
    compute.hours = 240.0; // ignored once work is set: not written
    compute.utilization = 0.9;
    compute.measuredPowerW = 7000.0;
    compute.work = WorkSpec{};
    compute.work->parameters = 7e9;
    compute.work->tokens = 2e12;
    compute.work->extras.insert(u"zeta"_s, "1");
    compute.work->extras.insert(u"alpha"_s, "\"a\"");
    p.stages[2].components.push_back({u"c"_s, compute, {}});

    TuningSpec tuning;
    tuning.instance = u"g5.2xlarge"_s;
    tuning.hoursPerTrial = 3.0;
    tuning.work = WorkSpec{};
    tuning.work->parameters = 340e6;
    tuning.work->tokens = 1e8;
    tuning.work->epochs = 2.5;
    tuning.work->precision = Precision::Fp16;
    p.stages[2].components.push_back({u"t"_s, tuning, {}});

    EndpointSpec endpoint;
    endpoint.instance = u"g4dn.xlarge"_s;
    endpoint.hoursProvisioned = 8760.0;
    endpoint.work = WorkSpec{};
    endpoint.work->kind = WorkSpec::Kind::Inference;
    endpoint.work->parameters = 340e6;
    endpoint.work->requests = 24e6;
    endpoint.work->tokensPerRequest = 256.0;
    endpoint.work->tokens = 99.0; // belongs to training work: not written
    endpoint.work->precision = Precision::Int8;
    p.stages[3].components.push_back({u"e"_s, endpoint, {}});

    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    const QByteArray indent(10, ' ');
    const auto lines = [&indent](std::initializer_list<const char *> keys) {
        QByteArray text;
        for (const char *line : keys)
            text += indent + line + '\n';
        return text;
    };
    QVERIFY2(
        json.contains(lines(
            {"\"type\": \"compute\",", "\"name\": \"c\",", "\"instance\": \"p5.48xlarge\",",
             "\"count\": 32,", "\"utilization\": 0.9,", "\"measuredPowerW\": 7000,",
             "\"pricing\": \"on-demand\",", "\"work\": {", "  \"kind\": \"training\",",
             "  \"parameters\": 7000000000,", "  \"tokens\": 2000000000000,", "  \"epochs\": 1,",
             "  \"precision\": \"bf16\",", "  \"alpha\": \"a\",", "  \"zeta\": 1", "}"})),
        json.constData());
    QVERIFY2(json.contains(lines({"\"trials\": 1,", "\"utilization\": 0.5,", "\"work\": {",
                                  "  \"kind\": \"training\",", "  \"parameters\": 340000000,",
                                  "  \"tokens\": 100000000,", "  \"epochs\": 2.5,",
                                  "  \"precision\": \"fp16\"", "}"})),
             json.constData());
    QVERIFY2(
        json.contains(lines({"\"hoursProvisioned\": 8760,", "\"utilization\": 0.3,",
                             "\"modelsHosted\": 1,", "\"work\": {", "  \"kind\": \"inference\",",
                             "  \"parameters\": 340000000,", "  \"requests\": 24000000,",
                             "  \"tokensPerRequest\": 256,", "  \"precision\": \"int8\"", "}"})),
        json.constData());
    QVERIFY(!json.contains("\"hours\""));
    QVERIFY(!json.contains("\"hoursPerTrial\""));

    // Reading it back gives the same work; the ignored hours are not kept.
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"w"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    const auto *c = std::get_if<ComputeSpec>(&back->stages[2].components[0].spec);
    QVERIFY(c);
    QCOMPARE(c->hours, 0.0);
    QVERIFY(c->work == compute.work);
    const auto *t = std::get_if<TuningSpec>(&back->stages[2].components[1].spec);
    QVERIFY(t);
    QCOMPARE(t->hoursPerTrial, 0.0);
    QVERIFY(t->work == tuning.work);
    const auto *e = std::get_if<EndpointSpec>(&back->stages[3].components[0].spec);
    QVERIFY(e);
    QCOMPARE(e->hoursProvisioned, 8760.0);
    QVERIFY(e->work);
    QCOMPARE(e->work->tokens, 0.0);
    WorkSpec expected = *endpoint.work;
    expected.tokens = 0.0;
    QVERIFY(*e->work == expected);
    QCOMPARE(writer.toJson(*back), json);
}

void TestProjectWriter::workRoundTrips_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("precision");
    const QStringList precisions{u"fp32"_s, u"tf32"_s, u"bf16"_s, u"fp16"_s, u"fp8"_s, u"int8"_s};
    for (const ComponentType type :
         {ComponentType::Compute, ComponentType::Tuning, ComponentType::Endpoint}) {
        for (const WorkSpec::Kind kind : {WorkSpec::Kind::Training, WorkSpec::Kind::Inference}) {
            if (type == ComponentType::Endpoint && kind == WorkSpec::Kind::Training)
                continue;
            for (const QString &precision : precisions) {
                QTest::addRow("type %d kind %d %s", int(type), int(kind), qPrintable(precision))
                    << int(type) << int(kind) << precision;
            }
        }
    }
}

void TestProjectWriter::workRoundTrips()
{
    QFETCH(int, type);
    QFETCH(int, kind);
    QFETCH(QString, precision);
    WorkSpec work;
    work.kind = static_cast<WorkSpec::Kind>(kind);
    work.parameters = 1.0 / 3.0;
    const std::optional<Precision> parsed = precisionFromKey(precision);
    QVERIFY(parsed);
    work.precision = *parsed;
    if (work.kind == WorkSpec::Kind::Training) {
        work.tokens = 123456789.125;
        work.epochs = 0.1;
    } else {
        work.requests = 0.0;
        work.tokensPerRequest = 1e-3;
    }
    work.extras.insert(u"note"_s, "[null]");

    Project p;
    Component c;
    c.name = u"job"_s;
    switch (static_cast<ComponentType>(type)) {
    case ComponentType::Compute: {
        ComputeSpec s;
        s.instance = u"i"_s;
        s.work = work;
        c.spec = s;
        break;
    }
    case ComponentType::Tuning: {
        TuningSpec s;
        s.instance = u"i"_s;
        s.work = work;
        c.spec = s;
        break;
    }
    default: {
        EndpointSpec s;
        s.instance = u"i"_s;
        s.hoursProvisioned = 10.0;
        s.work = work;
        c.spec = s;
        break;
    }
    }
    c.extras.insert(u"hoursPerDay"_s, "8"); // an unknown key close to a known one
    p.stages[2].components.push_back(c);

    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"r"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    QVERIFY(reader.issues().empty());
    p.appVersion = back->appVersion;
    QVERIFY(*back == p);
    QCOMPARE(writer.toJson(*back), json);
}

void TestProjectWriter::refusesUnrepresentableWork()
{
    ProjectWriter writer;
    const auto refuses = [&writer](const Project &p, const QString &fragment) {
        const bool empty = writer.toJson(p).isEmpty();
        return empty && writer.errorString().contains(fragment);
    };
    WorkSpec training;
    training.parameters = 1e9;
    training.tokens = 1e10;

    Project endpointTraining;
    EndpointSpec endpoint;
    endpoint.work = training;
    endpointTraining.stages[3].components.push_back({u"e"_s, endpoint, {}});
    QVERIFY2(refuses(endpointTraining, u"cannot hold training work"_s),
             qPrintable(writer.errorString()));

    Project infiniteWork;
    ComputeSpec compute;
    compute.work = training;
    compute.work->tokens = std::numeric_limits<double>::infinity();
    infiniteWork.stages[2].components.push_back({u"c"_s, compute, {}});
    QVERIFY(refuses(infiniteWork, u"not finite"_s));

    // Extras must not take the place of a key the writer leaves out.
    Project hoursExtra;
    compute.work = training;
    hoursExtra.stages[2].components.push_back({u"c"_s, compute, {{u"hours"_s, "3"}}});
    QVERIFY(refuses(hoursExtra, u"\"hours\" clashes"_s));
    Project workExtra;
    TuningSpec tuning;
    workExtra.stages[2].components.push_back({u"t"_s, tuning, {{u"work"_s, "{}"}}});
    QVERIFY(refuses(workExtra, u"\"work\" clashes"_s));
    Project requestsExtra;
    compute.work->extras.insert(u"requests"_s, "5");
    requestsExtra.stages[2].components.push_back({u"c"_s, compute, {}});
    QVERIFY(refuses(requestsExtra, u"\"requests\" clashes"_s));

    // Keys that belong to other component types are ordinary extras.
    Project storageExtras;
    storageExtras.stages[0].components.push_back(
        {u"s"_s, StorageSpec{}, {{u"work"_s, "1"}, {u"hours"_s, "2"}, {u"measuredPowerW"_s, "3"}}});
    const QByteArray json = writer.toJson(storageExtras);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"x"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    QCOMPARE(back->stages[0].components[0].extras, storageExtras.stages[0].components[0].extras);
}

void TestProjectWriter::numbersRoundTripExactly_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("tenth") << 0.1;
    QTest::newRow("third") << 1.0 / 3.0;
    QTest::newRow("tiny") << 1e-300;
    QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("max") << std::numeric_limits<double>::max();
    QTest::newRow("2^53") << 9007199254740992.0;
    QTest::newRow("2^53+2") << 9007199254740994.0;
    QTest::newRow("fraction") << 123456789.123456789;
    QTest::newRow("large integral") << 1e22;
}

void TestProjectWriter::numbersRoundTripExactly()
{
    QFETCH(double, value);
    // The saved totals are the one place a project holds any finite number: every
    // input field has a finite range (domain/fieldlimits.h).
    Project p;
    SavedEstimate saved;
    saved.energy.kWh = value;
    p.provenance.savedEstimate = saved;
    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"n"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    QVERIFY(back->provenance.savedEstimate);
    const double read = back->provenance.savedEstimate->energy.kWh;
    QCOMPARE(std::memcmp(&read, &value, sizeof value), 0);
    if (value == std::trunc(value) && value <= 9007199254740992.0)
        QVERIFY(!json.contains("\"energyKWh\": " + QByteArray::number(value, 'f', 0) + ".0"));
}

void TestProjectWriter::refusesUnrepresentableProjects()
{
    ProjectWriter writer;
    Project p;
    ComputeSpec compute;
    compute.hours = std::numeric_limits<double>::infinity();
    p.stages[0].components.push_back({u"c"_s, compute, {}});
    QVERIFY(writer.toJson(p).isEmpty());
    QVERIFY(writer.errorString().contains(u"not finite"_s));

    Project badExtra;
    badExtra.stages[1].extras.insert(u"x"_s, "{not json");
    QVERIFY(writer.toJson(badExtra).isEmpty());
    QVERIFY(writer.errorString().contains(u"\"x\" does not hold valid JSON"_s));

    Project clash;
    clash.settings.extras.insert(u"pue"_s, "1.5"); // pue is unset but belongs to the format
    QVERIFY(writer.toJson(clash).isEmpty());
    QVERIFY(writer.errorString().contains(u"clashes"_s));

    QVERIFY(!writer.toJson(Project()).isEmpty());
    QVERIFY(writer.errorString().isEmpty());
}

void TestProjectWriter::writeFileReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.greenprint"_s);
    ProjectWriter writer;
    Project first = sampleProject();
    QVERIFY2(writer.writeFile(first, path), qPrintable(writer.errorString()));
    Project second = first;
    second.name = u"Second"_s;
    QVERIFY2(writer.writeFile(second, path), qPrintable(writer.errorString()));
    QCOMPARE(readAll(path), writer.toJson(second));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"plan.greenprint"_s});

    ProjectReader reader;
    const std::optional<Project> back = reader.readFile(path);
    QVERIFY2(back, qPrintable(reader.errorString()));
    second.appVersion = back->appVersion;
    QVERIFY(*back == second);

    Project invalid;
    invalid.extras.insert(u"bad"_s, "nope");
    QVERIFY(!writer.writeFile(invalid, path));
    QCOMPARE(readAll(path), writer.toJson(second));
}

void TestProjectWriter::failedWriteKeepsOldFile()
{
    // A file size limit makes the write itself fail, even for root.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.greenprint"_s);
    const QByteArray old = "old contents\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    const Project project = sampleProject();
    ProjectWriter writer;
    QVERIFY(writer.toJson(project).size() > 4096);

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool written = writer.writeFile(project, path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written);
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"plan.greenprint"_s});
}

void TestProjectWriter::unwritableDirectoryKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.greenprint"_s);
    const QByteArray old = "old contents\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(dir.filePath(u"probe"_s));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("directory permissions are not enforced for this user (root?)");
    }
    ProjectWriter writer;
    const bool written = writer.writeFile(sampleProject(), path);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY(writer.errorString().contains(path));
    QCOMPARE(readAll(path), old);
}

void TestProjectWriter::missingDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no/such/dir/plan.greenprint"_s);
    ProjectWriter writer;
    QVERIFY(!writer.writeFile(Project(), path));
    QVERIFY(writer.errorString().startsWith(u"cannot write "_s + path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProjectWriter)
#include "tst_projectwriter.moc"
