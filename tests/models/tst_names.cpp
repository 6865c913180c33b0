// SPDX-License-Identifier: GPL-3.0-or-later
// The file keywords of the project model's enums (domain/names.h): each keyword list is the
// one the project file, the estimate JSON and the CSV plan use, in enum order; every value
// round-trips through its keyword; unknown keywords are refused; display names are never empty.
#include "referencedb.h"
#include "strictqtest.h"

#include "domain/names.h"

#include <QTest>

using namespace greenprint;

namespace {

/** Checks one enum: keys(), in enum order, against the keywords written by hand here. */
template<typename Enum, typename KeyOf, typename FromKey>
void checkKeywords(const QStringList &expected, const QStringList &keys, KeyOf keyOf,
                   FromKey fromKey)
{
    QCOMPARE(keys, expected);
    for (int i = 0; i < int(expected.size()); ++i) {
        const auto value = static_cast<Enum>(i);
        QCOMPARE(keyOf(value), expected.at(i));
        QCOMPARE(fromKey(expected.at(i)), std::optional<Enum>(value));
    }
    QCOMPARE(fromKey(QStringLiteral("made-up")), std::optional<Enum>());
    QCOMPARE(fromKey(QString()), std::optional<Enum>());
    QCOMPARE(fromKey(expected.first().toUpper()), std::optional<Enum>()); // case matters
}

} // namespace

class TestNames : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void methodology();
    void gridDataset();
    void gridDatasetsAreInTheReferenceData();
    void recurrencePeriod();
    void endpointMode();
    void precision();
};

void TestNames::methodology()
{
    checkKeywords<Methodology>({u"greenprint"_qs, u"ccf"_qs, u"green-algorithms"_qs},
                               methodologyKeys(), methodologyKey, methodologyFromKey);
    QCOMPARE(methodologyDisplayName(Methodology::CloudCarbonFootprint),
             QStringLiteral("Cloud Carbon Footprint"));
    for (Methodology m :
         {Methodology::Greenprint, Methodology::CloudCarbonFootprint, Methodology::GreenAlgorithms})
        QVERIFY(!methodologyDisplayName(m).isEmpty());
}

void TestNames::gridDataset()
{
    // The keywords are also the ids of data/reference/grid_datasets rows (method.gridDatasets).
    checkKeywords<GridDatasetChoice>(
        {u"recommended"_qs, u"electricity-maps-2023"_qs, u"ccf"_qs, u"owid-ember"_qs},
        gridDatasetKeys(), gridDatasetKey, gridDatasetFromKey);
    QCOMPARE(gridDatasetDisplayName(GridDatasetChoice::OwidEmber), QStringLiteral("OWID / Ember"));
    for (GridDatasetChoice d :
         {GridDatasetChoice::Recommended, GridDatasetChoice::ElectricityMaps2023,
          GridDatasetChoice::Ccf, GridDatasetChoice::OwidEmber})
        QVERIFY(!gridDatasetDisplayName(d).isEmpty());
}

void TestNames::gridDatasetsAreInTheReferenceData()
{
    // Every dataset but "recommended" must be a dataset the reference data describes.
    const ReferenceData &ref = test::builtReferenceData();
    QStringList ids;
    for (const GridDataset &d : ref.method.gridDatasets)
        ids << d.id;
    for (const QString &key : gridDatasetKeys().mid(1))
        QVERIFY2(ids.contains(key), qPrintable(key));
}

void TestNames::recurrencePeriod()
{
    checkKeywords<RecurrencePeriod>({u"day"_qs, u"week"_qs, u"month"_qs}, recurrencePeriodKeys(),
                                    recurrencePeriodKey, recurrencePeriodFromKey);
}

void TestNames::endpointMode()
{
    checkKeywords<EndpointMode>({u"real-time"_qs, u"async"_qs, u"serverless"_qs, u"batch"_qs},
                                endpointModeKeys(), endpointModeKey, endpointModeFromKey);
}

void TestNames::precision()
{
    // The keywords of data/schema/project.schema.json (work.precision) and reference.sql.
    checkKeywords<Precision>(
        {u"fp32"_qs, u"tf32"_qs, u"bf16"_qs, u"fp16"_qs, u"fp8"_qs, u"int8"_qs}, precisionKeys(),
        precisionKey, precisionFromKey);
    QCOMPARE(precisionDisplayName(Precision::Bf16), QStringLiteral("BF16"));
    QCOMPARE(precisionDisplayName(Precision::Int8), QStringLiteral("INT8"));
    QVERIFY(isThirtyTwoBit(Precision::Tf32) && !isThirtyTwoBit(Precision::Bf16));
    QVERIFY(isSixteenBit(Precision::Fp16) && !isSixteenBit(Precision::Fp8));
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
