// SPDX-License-Identifier: GPL-3.0-or-later
// Charts that read at any size: labels elided in the middle with the full text on hover,
// unique; value axes in plain decimals (never "1e+03"); cost axes scaled; time bins that
// never repeat a range.
#include "charts/barchart.h"
#include "charts/chartstyle.h"
#include "charts/footprintcharts.h"
#include "charts/paretochart.h"
#include "charts/waterfallchart.h"
#include "domain/estimate.h"
#include "engine/banddrivers.h"
#include "settings/unitformatter.h"
#include "strictqtest.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>

#include <QBarCategoryAxis>
#include <QChart>
#include <QRegularExpression>
#include <QTest>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QValueAxis>

#include <array>
#include <memory>
#include <utility>

using namespace greenprint;
using namespace Qt::StringLiterals;

namespace {

/** The tick labels a value axis draws, printed as QtCharts does (C printf). */
QStringList tickLabels(const QValueAxis *axis)
{
    QStringList labels;
    const int ticks = axis->tickCount();
    for (int i = 0; i < ticks; ++i) {
        const double value = axis->min() + (axis->max() - axis->min()) * i / (ticks - 1);
        labels << QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
    }
    return labels;
}

/**
 * An estimate of `central` kgCO2e whose total band is `low`-`high`, each input ranging over
 * `ranges` ({low, high} per BandDriver; an exact input has low == high == central).
 */
Estimate estimateWithDrivers(double central, double low, double high,
                             const std::array<std::pair<double, double>, kBandDriverCount> &ranges)
{
    Estimate e;
    e.total.co2e = Co2eKg{central};
    e.total.low.co2e = Co2eKg{low};
    e.total.high.co2e = Co2eKg{high};
    for (std::size_t d = 0; d < ranges.size(); ++d) {
        e.total.drivers[d].low.co2e = Co2eKg{ranges[d].first};
        e.total.drivers[d].high.co2e = Co2eKg{ranges[d].second};
    }
    return e;
}

} // namespace

class TestChartLabels : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void elideMiddle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short stays") << u"Training"_s << 28 << u"Training"_s;
        QTest::newRow("exactly the limit") << u"abcdefghij"_s << 10 << u"abcdefghij"_s;
        // 10 chars: tail (10 - 1) * 2 / 5 = 3, head 10 - 1 - 3 = 6.
        QTest::newRow("cut in the middle") << u"abcdefghijklmnop"_s << 10 << u"abcdef…nop"_s;
        // 28 chars: tail 10, widened to the word "p5.48xlarge" (11), head 16 trimmed.
        QTest::newRow("tail starts at a word")
            << u"7B pre-training run, 2T tokens on 64 x p5.48xlarge"_s << 28
            << u"7B pre-training…p5.48xlarge"_s;
        QTest::newRow("tail word within half the room")
            << u"abcdef ghijk lmnop"_s << 12 << u"abcdef…lmnop"_s;
        QTest::newRow("no word near: fixed cut")
            << u"abcdefghijklmnopqrstuvwxyz"_s << 12 << u"abcdefg…wxyz"_s;
    }

    void elideMiddle()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        const QString elided = Charts::elideMiddle(text, maxChars);
        QCOMPARE(elided, expected);
        QVERIFY2(elided.size() <= maxChars, qPrintable(elided));
        // Head and tail come from the text itself.
        const QStringList parts = elided.split(u'…');
        QVERIFY(text.startsWith(parts.first()));
        QVERIFY(text.endsWith(parts.last()));
    }

    void namesSharingAPrefixStayApart()
    {
        const QStringList names = {u"7B pre-training run, 2T tokens on 64 x p5.48xlarge"_s,
                                   u"7B pre-training run, 2T tokens on 128 x p4d.24xlarge"_s,
                                   u"7B pre-training run, 2T tokens on 64 x p5.48xlarge"_s};
        const QStringList labels = Charts::categoryLabels(names, 28);
        QCOMPARE(labels.size(), 3);
        QVERIFY(labels[0] != labels[1]);
        QVERIFY2(labels[0].contains(u"p5.48xlarge"_s), qPrintable(labels[0]));
        QVERIFY2(labels[1].contains(u"p4d.24xlarge"_s), qPrintable(labels[1]));
        // The same name twice is made unique, as QBarCategoryAxis requires.
        QCOMPARE(labels[2], labels[0] + u" (2)"_s);
    }

    void lookAlikesKeepWhatTellsThemApart()
    {
        // Four notebooks that differ in their number only: eliding in the middle made them
        // "Notebook…large)", "(2)", "(3)", numbers that were not theirs. 16 characters: the
        // head up to the differing word (10), the ellipsis, 5 of the tail.
        const QStringList names = {u"Notebook 1 (t3.xlarge)"_s, u"Notebook 2 (t3.xlarge)"_s,
                                   u"Notebook 3 (t3.xlarge)"_s, u"GPU notebook (g5.2xlarge)"_s};
        const QStringList labels = Charts::categoryLabels(names, 16);
        QCOMPARE(labels[0], u"Notebook 1…arge)"_s);
        QCOMPARE(labels[1], u"Notebook 2…arge)"_s);
        QCOMPARE(labels[2], u"Notebook 3…arge)"_s);
        QCOMPARE(labels[3], Charts::elideMiddle(names[3], 16)); // alike to none: as before
        // A difference deeper than the room leaves the middle cut and "(2)".
        const QStringList deep = Charts::categoryLabels(
            {u"Tokenize corpus shard 1 (m6i)"_s, u"Tokenize corpus shard 2 (m6i)"_s}, 12);
        QCOMPARE(deep[1], deep[0] + u" (2)"_s);
    }

    void barChartElidesButKeepsFullNames()
    {
        BarChart chart({{u"Carbon"_s, Qt::darkGreen}}, false);
        const QStringList names = {u"Tokenize support-ticket corpus (Spark on 4x m6i.4xlarge)"_s,
                                   u"Tokenize support-ticket corpus (Spark on 8x m7g.4xlarge)"_s};
        chart.setData(u"Carbon by component"_s, names, {{1.0, 2.0}}, u"kgCO2e"_s);
        QCOMPARE(chart.categories(), names); // the full names, for tooltips
        const QStringList shown = chart.axisLabels();
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown[0] != shown[1]);
        for (const QString &label : shown)
            QVERIFY2(label.size() <= chart.maxLabelChars(), qPrintable(label));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        // Horizontal bars are fed bottom-up.
        QCOMPARE(axis->categories(), (QStringList{shown[1], shown[0]}));
    }

    void driverChartFloatsEachInputFromLowToHigh()
    {
        // A plan of 1,000 kgCO2e whose grid alone spans 900-1,600, whose achieved
        // fraction alone spans 800-1,300 and whose power band is exact.
        // In BandDriver order: achieved fraction, instance power, grid intensity.
        Estimate e = estimateWithDrivers(1000.0, 700.0, 2100.0,
                                         {{{800.0, 1300.0}, {1000.0, 1000.0}, {900.0, 1600.0}}});
        std::unique_ptr<BarChart> chart(FootprintCharts::createDriverChart(nullptr));
        const UnitFormatter kilograms(UnitChoice::Medium, UnitChoice::Medium); // kWh, kg
        FootprintCharts::updateDriverChart(chart.get(), e, kilograms);
        // Widest first: grid (700), fraction (500), power (0).
        QCOMPARE(chart->categories(),
                 (QStringList{bandDriverDisplayName(BandDriver::GridIntensity),
                              bandDriverDisplayName(BandDriver::AchievedFraction),
                              bandDriverDisplayName(BandDriver::InstancePower)}));
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().first());
        QVERIFY(series);
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 3);
        // Bars are fed bottom-up: index 2 is the top (widest) row.
        QCOMPARE(sets[0]->at(2), 900.0); // invisible offset up to the low end
        QCOMPARE(sets[1]->at(2), 100.0); // low end to central
        QCOMPARE(sets[2]->at(2), 600.0); // central to high end
        QCOMPARE(sets[0]->at(1), 800.0);
        QCOMPARE(sets[1]->at(1), 200.0);
        QCOMPARE(sets[2]->at(1), 300.0);
        QCOMPARE(sets[1]->at(0) + sets[2]->at(0), 0.0); // an exact input has no bar
        QCOMPARE(sets[0]->color(), QColor(Qt::transparent));
        const QList<QLegendMarker *> markers = chart->chart()->legend()->markers();
        QCOMPARE(markers.size(), 3);
        QVERIFY(!markers[0]->isVisible()); // the offset is not a quantity
        QVERIFY(markers[1]->isVisible() && markers[2]->isVisible());
        QVERIFY(chart->categoryToolTips().at(0).contains(u"900"_s));

        // An empty plan (File > New) varies nothing: no bar, and no NaN axis (a warning
        // fails this test).
        FootprintCharts::updateDriverChart(chart.get(), Estimate{}, kilograms);
        QCOMPARE(chart->categories().size(), 3);
        QCOMPARE(chart->categoryToolTips().size(), 3); // never the last plan's tooltips

        // A plan that could not be estimated shows no bar, never a partial figure.
        e.total.complete = false;
        FootprintCharts::updateDriverChart(chart.get(), e, kilograms);
        QVERIFY(chart->categories().isEmpty());
    }

    // Ten names on a chart that elides them (the component chart's kind): QtCharts hides a
    // category label whose text item would overlap its neighbour's, so the chart must reserve
    // a row for each. Every label of the axis must be drawn.
    void elidedChartDrawsEveryName()
    {
        QStringList names;
        std::vector<std::vector<double>> values(1);
        for (int i = 1; i <= 10; ++i) {
            names << u"Notebook %1 (t3.xlarge)"_s.arg(i);
            values[0].push_back(10.0 * i);
        }
        BarChart chart({{u"Carbon"_s, Qt::darkGreen}}, false);
        chart.setData(u"Carbon by component (kgCO2e)"_s, names, values, u"kgCO2e"_s);
        chart.resize(420, chart.minimumHeight());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // As a layout would: the chart measures its chrome once laid out and asks again.
        for (int pass = 0; pass < 3 && chart.height() != chart.minimumHeight(); ++pass) {
            chart.resize(420, chart.minimumHeight());
            QCoreApplication::processEvents();
        }
        const QStringList labels = chart.axisLabels();
        QStringList drawn;
        for (QGraphicsItem *item : chart.scene()->items()) {
            const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && labels.contains(text->toPlainText()))
                drawn << text->toPlainText();
        }
        QVERIFY2(drawn.size() == int(names.size()), qPrintable(drawn.join(u" | ")));
    }

    void tickDecimals_data()
    {
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::newRow("hundreds") << 0.0 << 250.0 << 0;
        QTest::newRow("quarters") << 0.0 << 0.25 << 2;
        QTest::newRow("halves from 2") << 2.0 << 0.5 << 1;
        // A step of 0.75 from 2.5 took one decimal from the step's size alone: "2.5 3.3 4.0".
        QTest::newRow("three quarters from 2.5") << 2.5 << 0.75 << 2;
        QTest::newRow("whole step, half start") << 2.5 << 1.0 << 1;
        QTest::newRow("tenths") << 0.1 << 0.1 << 1;
    }

    void tickDecimals()
    {
        QFETCH(double, first);
        QFETCH(double, step);
        QFETCH(int, decimals);
        QCOMPARE(Charts::tickDecimals(first, step), decimals);
    }

    void driverAxisTicksReadApart()
    {
        // A range of 1.99-2.37 around 2.30 (the review plan's tCO2e): the axis is zoomed on
        // the bars, and its ticks take the decimals of the zoomed step ("2.0 2.1 2.2 ...",
        // never "2 2 2 2").
        const Estimate e =
            estimateWithDrivers(2.30, 1.99, 2.37, {{{2.30, 2.30}, {2.30, 2.30}, {1.99, 2.37}}});
        std::unique_ptr<BarChart> chart(FootprintCharts::createDriverChart(nullptr));
        FootprintCharts::updateDriverChart(chart.get(), e,
                                           UnitFormatter(UnitChoice::Medium, UnitChoice::Medium));
        QVERIFY(chart->valueAxis()->min() > 1.0); // zoomed on the bars, not from zero
        const QStringList labels = tickLabels(chart->valueAxis());
        QVERIFY2(QSet<QString>(labels.begin(), labels.end()).size() == labels.size(),
                 qPrintable(labels.join(u' ')));
    }

    void valueAxesReadAsPlainNumbers_data()
    {
        QTest::addColumn<double>("largest");
        QTest::newRow("thousands") << 1234.0;
        QTest::newRow("tens of thousands") << 24450.0;
        QTest::newRow("fractions") << 0.042;
        QTest::newRow("a few") << 7.3;
    }

    void valueAxesReadAsPlainNumbers()
    {
        QFETCH(double, largest);
        BarChart chart({{u"Carbon"_s, Qt::darkGreen}}, false);
        chart.setData(u"t"_s, {u"a"_s, u"b"_s}, {{largest, largest / 3.0}}, u"kgCO2e"_s);
        const QStringList labels = tickLabels(chart.valueAxis());
        QVERIFY2(!labels.join(u' ').contains(u'e'), qPrintable(labels.join(u' ')));
        // Every tick reads differently: enough decimals for the step.
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    void costAxisIsScaled_data()
    {
        QTest::addColumn<double>("largestUsd");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("factor");
        QTest::newRow("USD") << 9999.0 << u"USD"_s << 1.0;
        QTest::newRow("thousand USD") << 2'500'000.0 << u"thousand USD"_s << 1e-3;
        QTest::newRow("million USD") << 25'000'000.0 << u"million USD"_s << 1e-6;
    }

    void costAxisIsScaled()
    {
        QFETCH(double, largestUsd);
        QFETCH(QString, title);
        QFETCH(double, factor);
        ParetoChart chart;
        chart.setPoints(u"Training"_s,
                        {{largestUsd, 20.0, 10.0, u"current"_s, true},
                         {largestUsd / 2.0, 8.0, 12.0, u"eu-north-1"_s, false}},
                        u"tCO2e"_s);
        QCOMPARE(chart.costAxis()->titleText(), title);
        QCOMPARE(chart.plotPosition(chart.points()[1]).x(), largestUsd / 2.0 * factor);
        const QStringList labels = tickLabels(chart.costAxis());
        QVERIFY2(!labels.join(u' ').contains(u'e'), qPrintable(labels.join(u' ')));
        for (const QString &label : labels)
            QVERIFY2(label.size() <= 5, qPrintable(label)); // "2750", never "2750000"
    }

    void timeBinsNeverRepeatARange()
    {
        // Hours that differ below the shown precision (393.1 h and 393.4 h): one bin.
        ParetoChart chart;
        std::vector<ParetoChart::Point> points;
        const double hours[] = {393.1, 393.2, 393.3, 393.4, 393.4, 900.0};
        for (int i = 0; i < 6; ++i)
            points.push_back({1000.0 * (i + 1), 10.0 - i, hours[i], u"p"_s, false});
        chart.setPoints(u"Training"_s, points, u"tCO2e"_s);
        const QStringList labels = chart.binLabels();
        QVERIFY(!labels.isEmpty());
        static const QRegularExpression range(u"^(.+)–(.+) h$"_s);
        for (const QString &label : labels) {
            const QRegularExpressionMatch m = range.match(label);
            if (m.hasMatch())
                QVERIFY2(m.captured(1) != m.captured(2), qPrintable(label));
        }
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QCOMPARE(labels.first(), u"≤ 393 h"_s);
    }

    void waterfallKeepsTheStateReadable()
    {
        WaterfallChart chart;
        const QString longName =
            u"3. Run Training in Europe (Stockholm, eu-north-1) on trn1.32xlarge"_s;
        chart.setBars(u"Savings"_s,
                      {{u"Baseline"_s, 100.0, true, true},
                       {longName, 80.0, false, false},
                       {u"Scenario"_s, 80.0, true, true}},
                      u"kgCO2e"_s);
        const QStringList labels = chart.categories();
        QCOMPARE(labels.size(), 3);
        QVERIFY2(labels[1].endsWith(u"(not estimated)"_s), qPrintable(labels[1]));
        QVERIFY2(labels[1].startsWith(u"3. Run"_s), qPrintable(labels[1]));
        QVERIFY2(labels[1].size() <= WaterfallChart::kMaxLabelChars, qPrintable(labels[1]));
    }
};

QTEST_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
