// SPDX-License-Identifier: GPL-3.0-or-later
// A shared project file is data only: hostile or broken inputs give a clear error.
// How quickly is measured on whole processes by tests/benchmarks/bench_process.py
// (its "refuse" rows); here the only time bound is ctest's TIMEOUT, against a hang.
#include "strictqtest.h"
#include "testpaths.h"

#include "io/formatversion.h"
#include "io/projectreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;

namespace {

/** A valid v1 project whose training stage holds `components` (JSON array text). */
QByteArray project(const QByteArray &components = "[]", const QByteArray &extraTopLevel = {})
{
    return QByteArray(R"({
  "format": "greenprint-project",
  "formatVersion": 1,
  "appVersion": "0.1.0",
  "name": "Untrusted",
  "region": "us-east-1",)")
        + extraTopLevel + R"(
  "settings": {"methodology": "greenprint", "includeEmbodied": true},
  "catalog": {"instances": [], "regions": []},
  "stages": [
    {"kind": "data-processing", "name": "Data processing", "components": []},
    {"kind": "model-building", "name": "Model building", "components": []},
    {"kind": "training", "name": "Training", "components": )"
        + components + R"(},
    {"kind": "inference", "name": "Inference", "components": []}
  ]
}
)";
}

/** One compute component; `hours` and `count` are JSON text, `extra` more fields. */
QByteArray compute(const QByteArray &hours, const QByteArray &count = "1",
                   const QByteArray &extra = {})
{
    return R"([{"type": "compute", "name": "job", "instance": "p4d.24xlarge", "hours": )" + hours
        + R"(, "count": )" + count + R"(, "utilization": 0.5, "pricing": "on-demand")" + extra
        + "}]";
}

} // namespace

class TestUntrustedInput : public test::StrictTestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test input");
        return file.fileName();
    }

private slots:
    void baselineIsValid()
    {
        ProjectReader reader;
        QVERIFY2(reader.read(project(), QStringLiteral("ok.greenprint")),
                 qPrintable(reader.errorString()));
        QVERIFY2(reader.read(project(compute("10")), QStringLiteral("ok.greenprint")),
                 qPrintable(reader.errorString()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // a fragment of the error

        QByteArray deep(200000, '[');
        deep += QByteArray(200000, ']');
        QTest::newRow("deeply nested array")
            << project("[]", "\n  \"deep\": " + deep + ",") << QStringLiteral("nesting");
        QByteArray deepObjects;
        for (int i = 0; i < 100000; ++i)
            deepObjects += "{\"a\":";
        deepObjects += "1" + QByteArray(100000, '}');
        QTest::newRow("deeply nested objects")
            << project("[]", "\n  \"deep\": " + deepObjects + ",") << QStringLiteral("nesting");
        QTest::newRow("non-UTF-8 byte")
            << project("[]", "\n  \"note\": \"caf\xe9\",") << QStringLiteral("UTF-8");
        QTest::newRow("overlong UTF-8")
            << project("[]", "\n  \"note\": \"\xc0\xaf\",") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16 surrogate as UTF-8")
            << project("[]", "\n  \"note\": \"\xed\xa0\x80\",") << QStringLiteral("UTF-8");
        QTest::newRow("NaN") << project(compute("NaN")) << QString();
        QTest::newRow("Infinity") << project(compute("Infinity")) << QString();
        QTest::newRow("-Infinity") << project(compute("-Infinity")) << QString();
        QTest::newRow("number overflow") << project(compute("1e999")) << QString();
        QTest::newRow("duplicate key")
            << project(compute("10", "1", R"(, "hours": 20)")) << QStringLiteral("hours");
        QTest::newRow("duplicate top-level key")
            << project("[]", "\n  \"name\": \"Twice\",") << QStringLiteral("name");
        QTest::newRow("hours as string")
            << project(compute(R"("ten")")) << QStringLiteral("stages[2].components[0].hours");
        QTest::newRow("count fractional")
            << project(compute("1", "1.5")) << QStringLiteral("stages[2].components[0].count");
        QTest::newRow("count huge")
            << project(compute("1", "1e300")) << QStringLiteral("stages[2].components[0].count");
        QTest::newRow("components not array")
            << project(R"({"a": 1})") << QStringLiteral("stages[2].components");
        QTest::newRow("component is a number")
            << project("[42]") << QStringLiteral("stages[2].components[0]");
        QTest::newRow("name is an object")
            << project(R"([{"type": "compute", "name": {"x": 1}, "instance": "m", "hours": 1,
                            "count": 1, "utilization": 0.5, "pricing": "on-demand"}])")
            << QStringLiteral("stages[2].components[0].name");
        QTest::newRow("top level is an array") << QByteArray("[1, 2, 3]") << QString();
        QTest::newRow("top level is a string") << QByteArray("\"greenprint-project\"") << QString();
        QTest::newRow("nul byte") << project("[]", QByteArray("\n  \"note\": \"a\0b\",", 16))
                                  << QString();
        QTest::newRow("truncated") << project().left(200) << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("only whitespace") << QByteArray(1 << 20, ' ') << QString();
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString();
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("input.greenprint"), bytes);
        ProjectReader reader;
        const std::optional<Project> p = reader.readFile(path);
        QVERIFY(!p);
        const QString error = reader.errorString();
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
        if (!expected.isEmpty())
            QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void hugeFileRefusedUnread()
    {
        // The limit + 1 KiB of valid JSON: refused on its size, before any parsing.
        QByteArray padding(kProjectMaxFileSize + 1024, ' ');
        const QByteArray bytes = project("[]", padding);
        const QString path = write(QStringLiteral("huge.greenprint"), bytes);
        padding.clear();
        ProjectReader reader;
        QVERIFY(!reader.readFile(path));
        QVERIFY2(reader.errorString().contains(QStringLiteral("256 MiB")),
                 qPrintable(reader.errorString()));

        QVERIFY(!reader.read(bytes, QStringLiteral("huge.greenprint")));
        QVERIFY(reader.errorString().contains(QStringLiteral("256 MiB")));
        QFile::remove(path);
    }

    void millionComponents_data()
    {
        QTest::addColumn<QByteArray>("component");
        // About 60 MB in all. The reader checks the structure; the destination
        // region is the estimator's business, so "x" is fine here.
        QTest::newRow("valid") << QByteArray(
            R"({"type":"transfer","name":"t","sizeGB":1,"toRegion":"x"})");
        // Every component lacks a required key: one million errors to collect and report.
        QTest::newRow("all invalid")
            << QByteArray(R"({"type":"logs","name":"l","gbPerMonth":1,"months":1})");
    }

    void millionComponents()
    {
        // Either outcome is fine as long as it ends without a crash and an error is
        // explained.
        QFETCH(QByteArray, component);
        const int count = 1000000;
        QByteArray components;
        components.reserve(count * (component.size() + 1) + 2);
        components += '[';
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                components += ',';
            components += component;
        }
        components += ']';
        const QByteArray bytes = project(components);
        components.clear();
        QVERIFY(bytes.size() < kProjectMaxFileSize);
        ProjectReader reader;
        const std::optional<Project> p = reader.read(bytes, QStringLiteral("million.greenprint"));
        if (p)
            QCOMPARE(p->componentCount(), count);
        else
            QVERIFY(!reader.errorString().isEmpty());
        qInfo("1,000,000 components: %s %s", p ? "read" : "refused",
              p ? "" : qPrintable(reader.errorString().section(u'\n', 0, 0)));
    }

    void valuesOutsideComponentsOverTheLimit()
    {
        // Components are converted as they are read; everything else is held as JSON.
        // An unknown key with more values than the reader holds is refused when the
        // count is passed, at the value that passed it (a million components with
        // longer names, refused by size while the limit was 64 MiB, are now read:
        // millionComponents).
        QByteArray values;
        values.reserve(qsizetype(kProjectMaxHeldValues) * 2 + 16);
        values += "[0";
        for (std::size_t i = 0; i < kProjectMaxHeldValues; ++i)
            values += ",0";
        values += ']';
        const QByteArray bytes = project("[]", "\"zUnknown\": " + values + ",");
        values.clear();
        ProjectReader reader;
        QVERIFY(!reader.read(bytes, QStringLiteral("values.greenprint")));
        QCOMPARE(reader.issues().size(), std::size_t(1));
        QVERIFY2(reader.errorString().contains(
                     QStringLiteral("values.greenprint: zUnknown[%1]: more than %2 values outside "
                                    "the components")
                         .arg(kProjectMaxHeldValues - 7)
                         .arg(kProjectMaxHeldValues)),
                 qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedInput)
#include "tst_untrustedinput.moc"
