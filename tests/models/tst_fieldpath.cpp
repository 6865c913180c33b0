// SPDX-License-Identifier: GPL-3.0-or-later
// Field paths and override values are built by code: the paths the reader and the
// applier understand, JSON values a person never quotes, and the plan's value at a path.
#include "strictqtest.h"
#include "testpaths.h"

#include "io/fieldpath.h"
#include "io/overrideapplier.h"
#include "io/projectreader.h"

#include <QTest>

using namespace greenprint;
using namespace Qt::StringLiterals;

class TestFieldPath : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void buildsPaths();
    void parsesPaths_data();
    void parsesPaths();
    void locatesPaths_data();
    void locatesPaths();
    void serializesValues_data();
    void serializesValues();
    void readsThePlansValues();
};

void TestFieldPath::buildsPaths()
{
    QCOMPARE(FieldPath::stage(2, u"region"_s), u"stages[2].region"_s);
    QCOMPARE(FieldPath::component(3, 0, u"instance"_s), u"stages[3].components[0].instance"_s);
    QCOMPARE(FieldPath::component(1, 4), u"stages[1].components[4]"_s);
    QCOMPARE(FieldPath::component(2, 11, u"work.parameters"_s),
             u"stages[2].components[11].work.parameters"_s);
}

void TestFieldPath::parsesPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("component");
    QTest::addColumn<QString>("key");
    QTest::newRow("component") << u"stages[2].components[0].instance"_s << true << 2 << 0
                               << u"instance"_s;
    QTest::newRow("nested") << u"stages[1].components[3].work.tokens"_s << true << 1 << 3
                            << u"work.tokens"_s;
    QTest::newRow("stage") << u"stages[0].region"_s << true << 0 << -1 << u"region"_s;
    QTest::newRow("project") << u"settings.pue"_s << true << -1 << -1 << u"settings.pue"_s;
    QTest::newRow("whole component")
        << u"stages[2].components[0]"_s << false << 0 << 0 << QString();
    QTest::newRow("index inside") << u"catalog.instances[0].id"_s << false << 0 << 0 << QString();
    QTest::newRow("not a path") << u"stages[x].region"_s << false << 0 << 0 << QString();
    QTest::newRow("unquoted value typed as path")
        << u"eu-north-1"_s << true << -1 << -1 << u"eu-north-1"_s;
}

void TestFieldPath::parsesPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const std::optional<FieldPath::Parts> parts = FieldPath::parse(path);
    QCOMPARE(parts.has_value(), valid);
    if (!valid)
        return;
    QTEST(parts->stage, "stage");
    QTEST(parts->component, "component");
    QTEST(parts->key, "key");
    if (parts->component >= 0)
        QCOMPARE(FieldPath::component(parts->stage, parts->component, parts->key), path);
    else if (parts->stage >= 0)
        QCOMPARE(FieldPath::stage(parts->stage, parts->key), path);
}

void TestFieldPath::locatesPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("component");
    QTest::addColumn<QString>("key");
    QTest::newRow("component field")
        << u"stages[3].components[1].instance"_s << 3 << 1 << u"instance"_s;
    QTest::newRow("work field") << u"stages[2].components[0].work.precision"_s << 2 << 0
                                << u"work.precision"_s;
    QTest::newRow("whole component") << u"stages[2].components[12]"_s << 2 << 12 << QString();
    QTest::newRow("indexes after the component")
        << u"stages[0].components[4].recurrence.every[1]"_s << 0 << 4 << u"recurrence.every"_s;
    // The reader names a key it keeps as an extra as it is; the valid steps before it count.
    QTest::newRow("odd key after the component")
        << u"stages[1].components[2].work.my key"_s << 1 << 2 << u"work"_s;
    QTest::newRow("stage field") << u"stages[1].region"_s << 1 << -1 << u"region"_s;
    QTest::newRow("whole stage") << u"stages[3]"_s << 3 << -1 << QString();
    QTest::newRow("components without index")
        << u"stages[2].components"_s << 2 << -1 << u"components"_s;
    QTest::newRow("bad index") << u"stages[x].region"_s << -1 << -1 << QString();
    QTest::newRow("project field") << u"settings.pue"_s << -1 << -1 << u"settings.pue"_s;
    QTest::newRow("catalog") << u"catalog.instances[0].id"_s << -1 << -1
                             << u"catalog.instances.id"_s;
    QTest::newRow("constraint") << u"constraints.allowedRegions[2]"_s << -1 << -1
                                << u"constraints.allowedRegions"_s;
    QTest::newRow("empty") << QString() << -1 << -1 << QString();
}

void TestFieldPath::locatesPaths()
{
    QFETCH(QString, path);
    const FieldPath::Parts at = FieldPath::locate(path);
    QTEST(at.stage, "stage");
    QTEST(at.component, "component");
    QTEST(at.key, "key");
}

void TestFieldPath::serializesValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("region") << JsonValue::string(u"eu-north-1"_s) << QByteArray("\"eu-north-1\"");
    QTest::newRow("quote and backslash")
        << JsonValue::string(u"a \"b\" \\c"_s) << QByteArray(R"("a \"b\" \\c")");
    QTest::newRow("non-ASCII") << JsonValue::string(u"東京 ›"_s)
                               << QByteArray("\"\xe6\x9d\xb1\xe4\xba\xac \xe2\x80\xba\"");
    // 8 billion parameters stay exact; fractions round-trip in their shortest form.
    QTest::newRow("whole") << JsonValue::number(8e9) << QByteArray("8000000000");
    QTest::newRow("fraction") << JsonValue::number(0.85) << QByteArray("0.85");
    QTest::newRow("negative") << JsonValue::number(-2.5) << QByteArray("-2.5");
    QTest::newRow("zero") << JsonValue::number(0.0) << QByteArray("0");
    QTest::newRow("tiny") << JsonValue::number(1.5e-7) << QByteArray("1.5e-07");
    QTest::newRow("not finite") << JsonValue::number(qInf()) << QByteArray("null");
}

void TestFieldPath::serializesValues()
{
    QFETCH(QByteArray, json);
    QTEST(json, "expected");
}

void TestFieldPath::readsThePlansValues()
{
    ProjectReader reader;
    const auto plan =
        reader.readFile(test::sourcePath(u"data/examples/bert-finetune-realtime.greenprint"_s));
    QVERIFY2(plan, qPrintable(reader.errorString()));
    const auto values = OverrideApplier::valuesAt(
        *plan,
        {u"stages[2].components[0].instance"_s, u"stages[2].components[0].count"_s,
         u"stages[2].region"_s, u"stages[2].components[42].instance"_s, u"bad path["_s,
         u"region"_s});
    QCOMPARE(values.size(), std::size_t(6));
    QCOMPARE(values[0].value_or("absent"), QByteArray("\"p3.8xlarge\""));
    QCOMPARE(values[1].value_or("absent"), QByteArray("1"));
    QVERIFY(!values[2]); // the stage runs in the project's region
    QVERIFY(!values[3]);
    QVERIFY(!values[4]);
    QCOMPARE(values[5].value_or("absent"), QByteArray("\"us-east-1\""));
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
