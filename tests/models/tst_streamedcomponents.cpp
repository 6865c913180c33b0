// SPDX-License-Identifier: GPL-3.0-or-later
// The reader converts components as they are parsed (JsonDomBuilder's ComponentSink): the
// Project and the issues must be exactly those of converting the whole document at once.
#include "strictqtest.h"
#include "testpaths.h"

#include "io/formatversion.h"
#include "io/jsondombuilder.h"
#include "io/projectjson.h"
#include "io/projectmigrations.h"
#include "io/projectreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Converted
{
    std::optional<Project> project;
    QStringList issues; ///< "severity path: message", in the order reported
};

QStringList describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << u"%1 %2: %3"_s.arg(int(issue.severity)).arg(issue.path, issue.message);
    return lines;
}

/** The whole document first, then converted: the reader's way before components streamed. */
Converted convertWholeDocument(const QByteArray &json)
{
    Internal::OrderedJson document;
    Internal::JsonDomBuilder builder(document, json, kProjectMaxNesting);
    const bool parsed = Internal::OrderedJson::sax_parse(json.cbegin(), json.cend(), &builder);
    Issues issues = builder.issues();
    Converted result;
    if (parsed) {
        Internal::upgradeProjectDocument(document);
        std::optional<Project> project = Internal::projectFromJson(document, issues);
        if (!hasErrors(issues))
            result.project = std::move(project);
    }
    result.issues = describe(issues);
    return result;
}

Converted readStreaming(const QByteArray &json)
{
    ProjectReader reader;
    Converted result;
    result.project = reader.read(json, {});
    result.issues = describe(reader.issues());
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A format 2 project with `stagesJson` as its stages and `extra` before them. */
QByteArray project(const QByteArray &stagesJson, const QByteArray &extra = {})
{
    return "{\"format\": \"greenprint-project\", \"formatVersion\": 2, \"name\": \"p\", "
           "\"region\": \"us-east-1\", "
        + extra + "\"stages\": " + stagesJson + "}";
}

const QByteArray kCompute =
    R"({"type": "compute", "instance": "m6i.xlarge", "hours": 10, "utilization": 0.5})";
const QByteArray kBadCompute =
    R"({"type": "compute", "instance": "m6i.xlarge", "hours": -1, "utilization": 2})";

/**
 * `count` components, every `badEvery`-th with problems: past 1 MiB, the reader converts
 * them on a second thread (io/concurrentcomponentsink.h), in batches.
 */
QByteArray manyComponents(int count, int badEvery)
{
    QByteArrayList components;
    for (int i = 0; i < count; ++i)
        components << (i % badEvery == badEvery - 1 ? kBadCompute : kCompute);
    return "[" + components.join(", ") + "]";
}

} // namespace

class TestStreamedComponents : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void sameAsWholeDocument_data();
    void sameAsWholeDocument();
    void limits_data();
    void limits();
};

void TestStreamedComponents::sameAsWholeDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    // Every fixture: valid files of both formats and every malformed one.
    for (const QString &folder :
         {u"projects/v1"_s, u"projects/v2"_s, u"projects/handwritten"_s, u"invalid"_s}) {
        const QDir dir(test::testDataPath(folder));
        for (const QString &name : dir.entryList({u"*.greenprint"_s}, QDir::Files)) {
            // Refused before any parsing (the reader checks the bytes first).
            if (name == u"empty-file.greenprint" || name == u"invalid-utf8.greenprint")
                continue;
            QTest::newRow(qPrintable(folder + u'/' + name)) << readAll(dir.filePath(name));
        }
    }
    for (const QString &name :
         QDir(test::sourcePath(u"data/examples"_s)).entryList({u"*.greenprint"_s}, QDir::Files)) {
        QTest::newRow(qPrintable(u"examples/"_s + name))
            << readAll(test::sourcePath(u"data/examples/"_s + name));
    }
    const QByteArray stage = "{\"kind\": \"training\", \"components\": [";
    QTest::newRow("problems in several stages, in file order")
        << project("[{\"kind\": \"data-processing\", \"components\": [" + kBadCompute + ", "
                       + kCompute + "]}, " + stage + kCompute + ", " + kBadCompute + "]}]",
                   "\"settings\": {\"pue\": 9}, ");
    QTest::newRow("components that are not objects")
        << project("[" + stage + "1, [2, {}], null, \"x\", " + kCompute + ", {}]}]");
    QTest::newRow("components before the kind")
        << project("[{\"components\": [" + kBadCompute + "], \"kind\": \"training\"}]");
    QTest::newRow("unknown stage kind")
        << project("[{\"kind\": \"testing\", \"components\": [" + kBadCompute + "]}]");
    QTest::newRow("stage twice") << project("[" + stage + kCompute + "]}, " + stage + kBadCompute
                                            + "]}]");
    QTest::newRow("stages that are not objects") << project("[7, " + stage + kBadCompute + "]}]");
    QTest::newRow("components key twice: the last one counts")
        << project("[" + stage + kBadCompute + "], \"components\": [" + kCompute + "]}]");
    QTest::newRow("components key twice, the last not an array")
        << project("[" + stage + kBadCompute + "], \"components\": 3}]");
    QTest::newRow("stages key twice: the last one counts")
        << project("[" + stage + kBadCompute + "]}], \"stages\": [" + stage + kCompute + "]}]");
    QTest::newRow("components elsewhere are kept as extras") << project(
        "[" + stage + kCompute + "], \"more\": {\"components\": [" + kBadCompute + "]}}]",
        "\"zExtra\": {\"stages\": [{\"components\": [" + kBadCompute + "]}]}, ");
    QTest::newRow("a component nested too deep")
        << project("[" + stage + QByteArray(80, '[') + QByteArray(80, ']') + "]}]");
    QTest::newRow("a syntax error inside a component")
        << project("[" + stage + kBadCompute + ", {\"type\": \"compute\" \"hours\": 1}]}]");
    // The reader parses with RapidJSON first (io/fastjsonparse.h): numbers keep nlohmann's
    // types and values (extras are written back from them), and text only nlohmann words
    // the problem of is parsed again by it.
    QTest::newRow("numbers of every kind in extras")
        << project("[" + stage + kCompute + "]}]",
                   "\"zNumbers\": [0, -0, 1, -1, 1.0, -0.0, 1e2, 1E-2, 0.1, 2.5e-300, "
                   "18446744073709551615, 18446744073709551616, -9223372036854775808, "
                   "-9223372036854775809, 123456789012345678901234567890, 4.9e-324], ");
    QTest::newRow("a number too large for a double")
        << project("[" + stage + kCompute + "]}]", "\"zBig\": 1e400, ");
    QTest::newRow("a number too small for a double")
        << project("[" + stage + kCompute + "]}]", "\"zSmall\": 1e-400, ");
    QTest::newRow("escapes: a surrogate pair, NUL and a lone low surrogate")
        << project("[" + stage + kCompute + "]}]",
                   "\"zText\": [\"\\ud83c\\udf31\", \"a\\u0000b\", \"\\udc00\"], ");
    QTest::newRow("an escaped surrogate pair in a key and a value")
        << project("[" + stage + kCompute + "]}]", "\"z\\ud83c\\udf31\": \"\\ud83c\\udf31\", ");
    QTest::newRow("a UTF-8 byte order mark")
        << "\xEF\xBB\xBF" + project("[" + stage + kCompute + "]}]");
    QTest::newRow("a leading zero") << project("[" + stage + kCompute + "]}]", "\"zZero\": 01, ");
    QTest::newRow("text after the document") << project("[" + stage + kCompute + "]}]") + " {}";
    // Over 1 MiB: the components are converted on a second thread while the parse goes on.
    const QByteArray many = manyComponents(15'000, 997);
    QVERIFY(many.size() > 1024 * 1024);
    QTest::newRow("a large plan, problems across batches and stages")
        << project("[{\"kind\": \"data-processing\", \"components\": " + many + "}, "
                   + stage.chopped(1) + many + "}]");
    QTest::newRow("a large plan whose components key comes twice")
        << project("[" + stage.chopped(1) + many + ", \"components\": [" + kBadCompute + "]}]");
    QTest::newRow("a large plan whose stages key comes twice") << project(
        "[" + stage.chopped(1) + many + "}], \"stages\": [" + stage + kBadCompute + "]}]");
    QTest::newRow("a duplicate key inside a component")
        << project("[" + stage + R"({"type": "storage", "storageClass": "efs", "sizeGB": 1,
                                      "months": 2, "months": -3}]}])");
}

void TestStreamedComponents::sameAsWholeDocument()
{
    QFETCH(QByteArray, json);
    QVERIFY(!json.isEmpty());
    const Converted whole = convertWholeDocument(json);
    const Converted streamed = readStreaming(json);
    QCOMPARE(streamed.issues, whole.issues);
    QCOMPARE(streamed.project.has_value(), whole.project.has_value());
    if (whole.project)
        QVERIFY(*streamed.project == *whole.project);
}

/** Components past the limit, or values held past theirs, stop the parse with one issue. */
void TestStreamedComponents::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); ///< the one issue, or empty: read
    const QByteArray two = kCompute + ", " + kCompute;
    const QByteArray stage = "{\"kind\": \"training\", \"components\": [";
    // Limits in the rows: 3 components, 20 values held at once.
    QTest::newRow("three components in two stages")
        << project("[{\"kind\": \"data-processing\", \"components\": [" + two + "]}, " + stage
                   + kCompute + "]}]")
        << QString();
    QTest::newRow("a fourth component")
        << project("[{\"kind\": \"data-processing\", \"components\": [" + two + "]}, " + stage
                   + "1, " + kCompute + "]}]")
        << u"stages[1].components[1]: more than 3 components; the file is refused"_s;
    // The header holds 6 values (the object, its 4 keys' values, the stages array), each
    // stage 3 more (itself, kind, components), kCompute 5; a component's values are
    // released when it is converted: held, the three would make 9 + 15 = 24.
    QTest::newRow("values held are released with each component")
        << project("[" + stage + two + ", " + kCompute + "]}]") << QString();
    QTest::newRow("too many values outside the components")
        << project("[" + stage + kCompute
                   + "], \"extra\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}]")
        << u"stages[0].extra[10]: more than 20 values outside the components (settings, "
           "catalog, scenarios and unknown keys); the file is refused"_s;
    QTest::newRow("too many values inside one component")
        << project("[" + stage + R"({"type": "transfer", "sizeGB": 1, "toRegion": "x",
                                     "extra": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}]}])")
        << u"stages[0].components[0].extra[6]: more than 20 values outside the components "
           "(settings, catalog, scenarios and unknown keys); the file is refused"_s;
}

void TestStreamedComponents::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Internal::OrderedJson document;
    Internal::JsonDomBuilder builder(document, json, kProjectMaxNesting);
    Internal::ComponentCollector components;
    builder.setComponentSink(&components);
    builder.setLimits(3, 20);
    const bool parsed = Internal::OrderedJson::sax_parse(json.cbegin(), json.cend(), &builder);
    QCOMPARE(describe(builder.issues()),
             expected.isEmpty() ? QStringList() : QStringList{u"2 "_s + expected});
    QCOMPARE(parsed, expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestStreamedComponents)
#include "tst_streamedcomponents.moc"
