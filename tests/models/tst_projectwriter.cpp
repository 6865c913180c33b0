// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectWriter: round trips of every example and fixture, determinism, numbers, atomic saves.
#include "testpaths.h"

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

class TestProjectWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void examplesAreCanonical_data();
    void examplesAreCanonical();
    void keepsUnknownKeys();
    void writesFixedKeyOrder();
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
    const std::optional<Project> original
        = reader.readFile(test::testDataPath(u"projects/v1/unknown-keys-everywhere.greenprint"_s));
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
    QCOMPARE(
        reread->extras.value(u"zzLast"_s),
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
    const QList<QByteArray> topKeys{"format",  "formatVersion", "appVersion", "name",
                                    "region",  "settings",      "catalog",    "stages",
                                    "a-extra", "b-extra"};
    qsizetype last = -1;
    for (const QByteArray &key : topKeys) {
        const qsizetype at = json.indexOf("\n  \"" + key + "\": ");
        QVERIFY2(at > last, key.constData());
        last = at;
    }
    QVERIFY(json.startsWith("{\n  \"format\": \"greenprint-project\",\n"
                            "  \"formatVersion\": 1,\n"));
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
    Project p;
    LogsSpec logs;
    logs.gbPerMonth = value;
    p.stages[3].components.push_back({u"l"_s, logs, {}});
    ProjectWriter writer;
    const QByteArray json = writer.toJson(p);
    QVERIFY2(!json.isEmpty(), qPrintable(writer.errorString()));
    ProjectReader reader;
    const std::optional<Project> back = reader.read(json, u"n"_s);
    QVERIFY2(back, qPrintable(reader.errorString()));
    const auto *read = std::get_if<LogsSpec>(&back->stages[3].components[0].spec);
    QVERIFY(read);
    QCOMPARE(std::memcmp(&read->gbPerMonth, &value, sizeof value), 0);
    if (value == std::trunc(value) && value <= 9007199254740992.0)
        QVERIFY(!json.contains("\"gbPerMonth\": " + QByteArray::number(value, 'f', 0) + ".0"));
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
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner);
        QSKIP("directory permissions are not enforced for this user (root?)");
    }
    ProjectWriter writer;
    const bool written = writer.writeFile(sampleProject(), path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
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
