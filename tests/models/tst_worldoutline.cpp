// SPDX-License-Identifier: GPL-3.0-or-later
// The region map's land outline: TopoJSON decoding, its errors, and the bundled Natural Earth land.

#include "geo/worldoutline.h"
#include "strictqtest.h"

#include <QTest>

#include <cmath>

using namespace greenprint;

class TestWorldOutline : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void decodesQuantizedSharedArcs()
    {
        // Two squares sharing arc 1 (the second uses it reversed); quantized with
        // scale 0.5 and translate (10, 20), positions delta-encoded.
        const QByteArray text = R"({"type":"Topology",
            "transform":{"scale":[0.5,0.5],"translate":[10,20]},
            "objects":{"land":{"type":"GeometryCollection","geometries":[
                {"type":"Polygon","arcs":[[0,1]]},
                {"type":"MultiPolygon","arcs":[[[2,-2]]]}]}},
            "arcs":[[[0,0],[0,2],[2,0]],[[2,2],[0,-2],[-2,0]],[[2,2],[2,0],[0,-2],[-2,0]]]})";
        QString error;
        const auto outline = WorldOutline::fromTopoJson(text, QStringLiteral("land"),
                                                        QStringLiteral("t.json"), &error);
        QVERIFY2(outline, qPrintable(error));
        QCOMPARE(outline->rings().size(), std::size_t(2));
        const QPolygonF &first = outline->rings()[0];
        QCOMPARE(first.size(), 5); // 3 + 3 points, the shared joint kept once
        QCOMPARE(first.first(), QPointF(10, 20));
        QCOMPARE(first[1], QPointF(10, 21));
        QCOMPARE(first[2], QPointF(11, 21));
        QCOMPARE(first.last(), first.first());
        const QPolygonF &second = outline->rings()[1];
        QCOMPARE(second.first(), QPointF(11, 21));
        QCOMPARE(second.last(), second.first());
        QVERIFY(outline->containsPoint(10.5, 20.5));
        QVERIFY(outline->containsPoint(11.5, 20.5));
        QVERIFY(!outline->containsPoint(12.5, 20.5));
    }

    void unwrapsRingsAcrossTheAntimeridian()
    {
        // A square from 179° to 181° east, stored cut at 180° and stitched (as
        // TopoJSON does): the ring jumps to -180° and back.
        const QByteArray text = R"({"type":"Topology","arcs":[[[179,0],[180,0],[-180,0],[-179,0],
            [-179,1],[-180,1],[180,1],[179,1],[179,0]]],
            "objects":{"land":{"type":"Polygon","arcs":[[0]]}}})";
        QString error;
        const auto outline = WorldOutline::fromTopoJson(text, QStringLiteral("land"),
                                                        QStringLiteral("t.json"), &error);
        QVERIFY2(outline, qPrintable(error));
        const QRectF bounds = outline->rings().front().boundingRect();
        QCOMPARE(bounds.left(), 179.0);
        QCOMPARE(bounds.right(), 181.0);
        QVERIFY(outline->containsPoint(179.5, 0.5));
        QVERIFY(outline->containsPoint(-179.5, 0.5)); // the part past 180°
        QVERIFY(!outline->containsPoint(0.0, 0.5));
    }

    void rejectsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedError");

        QTest::newRow("not JSON") << QByteArray("{\"type\":")
                                  << QStringLiteral("t.json: not a JSON object");
        QTest::newRow("not a topology")
            << QByteArray(R"({"type":"FeatureCollection"})") << QStringLiteral("t.json: type: ");
        QTest::newRow("no arcs") << QByteArray(R"({"type":"Topology","objects":{}})")
                                 << QStringLiteral("t.json: arcs: ");
        QTest::newRow("bad position")
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],["x",1]]],"objects":{}})")
            << QStringLiteral("t.json: arcs[0][1]: ");
        QTest::newRow("missing object")
            << QByteArray(R"({"type":"Topology","arcs":[],"objects":{}})")
            << QStringLiteral("t.json: objects.land: ");
        QTest::newRow("arc out of range")
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,0]]],
                              "objects":{"land":{"type":"Polygon","arcs":[[3]]}}})")
            << QStringLiteral("t.json: objects.land.arcs[0][0]: arc 3 does not exist");
        QTest::newRow("open ring")
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,1]]],
                              "objects":{"land":{"type":"Polygon","arcs":[[0]]}}})")
            << QStringLiteral("t.json: objects.land.arcs[0]: the ring does not close");
        QTest::newRow("line geometry")
            << QByteArray(R"({"type":"Topology","arcs":[],
                              "objects":{"land":{"type":"LineString","arcs":[]}}})")
            << QStringLiteral("t.json: objects.land.type: \"LineString\" is not an areal");
    }

    void rejectsBrokenInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedError);
        QString error;
        const auto outline = WorldOutline::fromTopoJson(text, QStringLiteral("land"),
                                                        QStringLiteral("t.json"), &error);
        QVERIFY(!outline);
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void bundledLandIsCompleteAndClosed()
    {
        QString error;
        const WorldOutline &land = WorldOutline::land(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(land.rings().size() >= 100); // Natural Earth 110m land has 127 polygons
        for (const QPolygonF &ring : land.rings()) {
            QCOMPARE(ring.first(), ring.last());
            const QRectF bounds = ring.boundingRect();
            QVERIFY(bounds.left() >= -200.0 && bounds.right() <= 200.0);
            QVERIFY(std::abs(bounds.center().x()) <= 180.0);
            QVERIFY(bounds.top() >= -90.0001 && bounds.bottom() <= 90.0001);
            // No edge jumps across the map, except Antarctica's along the pole.
            for (qsizetype i = 1; i < ring.size(); ++i) {
                if (std::abs(ring[i].x() - ring[i - 1].x()) > 180.0)
                    QVERIFY2(ring[i].y() < -80.0, "an edge crosses the whole map");
            }
        }
    }

    void bundledLandSeparatesLandFromSea_data()
    {
        QTest::addColumn<double>("longitudeDeg");
        QTest::addColumn<double>("latitudeDeg");
        QTest::addColumn<bool>("onLand");

        // Inland points near region cities (the 1:110m coast is coarse); oceans and
        // the Caspian Sea (a hole in Eurasia) are not land.
        QTest::newRow("Stockholm") << 17.0 << 59.5 << true;
        QTest::newRow("Ashburn") << -77.49 << 39.04 << true;
        QTest::newRow("near Mumbai") << 74.0 << 19.0 << true;
        QTest::newRow("near Sydney") << 149.5 << -33.5 << true;
        QTest::newRow("Sao Paulo") << -47.0 << -23.0 << true;
        QTest::newRow("near Tokyo") << 139.5 << 36.2 << true;
        QTest::newRow("near Cape Town") << 19.5 << -33.0 << true;
        QTest::newRow("mid Atlantic") << -35.0 << 30.0 << false;
        QTest::newRow("mid Pacific") << -150.0 << 0.0 << false;
        QTest::newRow("Indian Ocean") << 80.0 << -20.0 << false;
        QTest::newRow("Caspian Sea") << 51.0 << 42.0 << false;
        // Fiji's Vanua Levu straddles 180°: land on both sides of the antimeridian.
        QTest::newRow("Fiji west of 180") << 178.5 << -17.8 << true;
        QTest::newRow("south Pacific at -17.5") << -170.0 << -17.5 << false;
    }

    void bundledLandSeparatesLandFromSea()
    {
        QFETCH(double, longitudeDeg);
        QFETCH(double, latitudeDeg);
        QFETCH(bool, onLand);
        QCOMPARE(WorldOutline::land().containsPoint(longitudeDeg, latitudeDeg), onLand);
    }
};

QTEST_GUILESS_MAIN(TestWorldOutline)
#include "tst_worldoutline.moc"
