// SPDX-License-Identifier: GPL-3.0-or-later
#include "worldoutline.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

using Json = nlohmann::json;

/** Decodes one TopoJSON document; every failure names the JSON path. */
class TopoJsonDecoder
{
public:
    TopoJsonDecoder(const Json &root, QString *error)
        : m_root(root)
        , m_error(error)
    { }

    bool decodeArcs()
    {
        double scale[2] = {1.0, 1.0};
        double translate[2] = {0.0, 0.0};
        const auto transform = m_root.find("transform");
        const bool quantized = transform != m_root.end();
        if (quantized) {
            if (!readPair(*transform, "scale", QStringLiteral("transform.scale"), scale)
                || !readPair(*transform, "translate", QStringLiteral("transform.translate"),
                             translate))
                return false;
        }
        const auto arcs = m_root.find("arcs");
        if (arcs == m_root.end() || !arcs->is_array())
            return fail(QStringLiteral("arcs"), WorldOutline::tr("an array of arcs is required"));
        m_arcs.reserve(arcs->size());
        for (std::size_t a = 0; a < arcs->size(); ++a) {
            const Json &arc = (*arcs)[a];
            const QString arcPath = QStringLiteral("arcs[%1]").arg(a);
            if (!arc.is_array() || arc.size() < 2)
                return fail(arcPath, WorldOutline::tr("an arc needs at least two positions"));
            QPolygonF points;
            points.reserve(qsizetype(arc.size()));
            double x = 0.0;
            double y = 0.0;
            for (std::size_t p = 0; p < arc.size(); ++p) {
                double position[2] = {0.0, 0.0};
                if (!readPosition(arc[p], QStringLiteral("%1[%2]").arg(arcPath).arg(p), position))
                    return false;
                if (quantized) {
                    x += position[0];
                    y += position[1];
                    points.append(
                        QPointF(x * scale[0] + translate[0], y * scale[1] + translate[1]));
                } else {
                    points.append(QPointF(position[0], position[1]));
                }
            }
            m_arcs.push_back(std::move(points));
        }
        return true;
    }

    bool decodeGeometry(const Json &geometry, const QString &path, std::vector<QPolygonF> &rings)
    {
        if (!geometry.is_object())
            return fail(path, WorldOutline::tr("a geometry object is required"));
        const auto type = geometry.find("type");
        if (type == geometry.end() || !type->is_string())
            return fail(path + QStringLiteral(".type"),
                        WorldOutline::tr("a geometry type is required"));
        const std::string typeName = type->get<std::string>();
        if (typeName == "GeometryCollection") {
            const auto members = geometry.find("geometries");
            if (members == geometry.end() || !members->is_array())
                return fail(path + QStringLiteral(".geometries"),
                            WorldOutline::tr("an array of geometries is required"));
            for (std::size_t g = 0; g < members->size(); ++g) {
                if (!decodeGeometry((*members)[g],
                                    QStringLiteral("%1.geometries[%2]").arg(path).arg(g), rings))
                    return false;
            }
            return true;
        }
        const auto arcs = geometry.find("arcs");
        const QString arcsPath = path + QStringLiteral(".arcs");
        if (arcs == geometry.end() || !arcs->is_array())
            return fail(arcsPath, WorldOutline::tr("an array of arc indexes is required"));
        if (typeName == "Polygon")
            return decodePolygon(*arcs, arcsPath, rings);
        if (typeName == "MultiPolygon") {
            for (std::size_t p = 0; p < arcs->size(); ++p) {
                if (!decodePolygon((*arcs)[p], QStringLiteral("%1[%2]").arg(arcsPath).arg(p),
                                   rings))
                    return false;
            }
            return true;
        }
        return fail(path + QStringLiteral(".type"),
                    WorldOutline::tr("\"%1\" is not an areal geometry (Polygon, MultiPolygon or "
                                     "GeometryCollection)")
                        .arg(QString::fromStdString(typeName)));
    }

    QString *error() const { return m_error; }

    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = WorldOutline::tr("%1: %2").arg(path, message);
        return false;
    }

private:
    bool decodePolygon(const Json &polygon, const QString &path, std::vector<QPolygonF> &rings)
    {
        if (!polygon.is_array())
            return fail(path, WorldOutline::tr("a polygon is an array of rings"));
        for (std::size_t r = 0; r < polygon.size(); ++r) {
            QPolygonF ring;
            if (!decodeRing(polygon[r], QStringLiteral("%1[%2]").arg(path).arg(r), ring))
                return false;
            rings.push_back(std::move(ring));
        }
        return true;
    }

    bool decodeRing(const Json &ring, const QString &path, QPolygonF &points)
    {
        if (!ring.is_array() || ring.empty())
            return fail(path, WorldOutline::tr("a ring is a non-empty array of arc indexes"));
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const QString indexPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!ring[i].is_number_integer())
                return fail(indexPath, WorldOutline::tr("an arc index must be an integer"));
            const long long index = ring[i].get<long long>();
            const bool reversed = index < 0;
            const long long arcIndex = reversed ? ~index : index;
            if (arcIndex >= static_cast<long long>(m_arcs.size()))
                return fail(indexPath,
                            WorldOutline::tr("arc %1 does not exist (there are %2)")
                                .arg(arcIndex)
                                .arg(m_arcs.size()));
            QPolygonF arc = m_arcs[std::size_t(arcIndex)];
            if (reversed)
                std::reverse(arc.begin(), arc.end());
            // Consecutive arcs share their joining point: keep it once.
            if (!points.isEmpty())
                arc.removeFirst();
            points += arc;
        }
        const QPointF gap = points.constFirst() - points.constLast();
        if (points.size() < 4 || std::abs(gap.x()) > 1e-9 || std::abs(gap.y()) > 1e-9)
            return fail(path,
                        WorldOutline::tr("the ring does not close (it ends %1°, %2° away "
                                         "from where it starts)")
                            .arg(gap.x())
                            .arg(gap.y()));
        return true;
    }

    bool readPair(const Json &object, const char *key, const QString &path, double out[2])
    {
        const auto value = object.is_object() ? object.find(key) : object.end();
        if (!object.is_object() || value == object.end())
            return fail(path, WorldOutline::tr("two numbers are required"));
        return readPosition(*value, path, out);
    }

    bool readPosition(const Json &value, const QString &path, double out[2])
    {
        if (!value.is_array() || value.size() < 2 || !value[0].is_number() || !value[1].is_number())
            return fail(path, WorldOutline::tr("a position is an array of two numbers"));
        out[0] = value[0].get<double>();
        out[1] = value[1].get<double>();
        if (!std::isfinite(out[0]) || !std::isfinite(out[1]))
            return fail(path, WorldOutline::tr("a position must be finite"));
        return true;
    }

    const Json &m_root;
    QString *m_error;
    std::vector<QPolygonF> m_arcs;
};

/**
 * A ring cut at the antimeridian and stitched back (Fiji, eastern Russia)
 * jumps between +180° and -180° and back: its straight edges would cross the
 * whole map. Such a ring is made continuous by shifting the points after each
 * jump by 360°; it then reaches past ±180° (by a few degrees; its centre stays
 * within) and the map draws it twice. A ring
 * whose jumps do not cancel (Antarctica, closed along the pole) is left as is.
 */
void unwrapAntimeridian(QPolygonF &ring)
{
    double offsetDeg = 0.0;
    bool jumped = false;
    QPolygonF unwrapped = ring;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double stepDeg = ring[i].x() - ring[i - 1].x();
        if (stepDeg > 180.0) {
            offsetDeg -= 360.0;
            jumped = true;
        } else if (stepDeg < -180.0) {
            offsetDeg += 360.0;
            jumped = true;
        }
        unwrapped[i].rx() += offsetDeg;
    }
    if (!jumped || offsetDeg != 0.0)
        return;
    // Keep the bulk of the ring on the map: Eurasia starts in Chukotka, east
    // of 180°, and would otherwise be unwrapped a whole turn to the west.
    const QRectF bounds = unwrapped.boundingRect();
    if (bounds.center().x() < -180.0)
        unwrapped.translate(360.0, 0.0);
    else if (bounds.center().x() > 180.0)
        unwrapped.translate(-360.0, 0.0);
    ring = std::move(unwrapped);
}

} // namespace

std::optional<WorldOutline> WorldOutline::fromTopoJson(const QByteArray &text,
                                                       const QString &objectName,
                                                       const QString &fileName, QString *error)
{
    const auto prefixError = [&] {
        if (error)
            *error = tr("%1: %2").arg(fileName, *error);
    };
    const Json root = Json::parse(text.constBegin(), text.constEnd(), nullptr,
                                  /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object()) {
        if (error)
            *error = tr("%1: not a JSON object").arg(fileName);
        return std::nullopt;
    }
    QString ignored;
    QString *sink = error ? error : &ignored;
    TopoJsonDecoder decoder(root, sink);
    const auto type = root.find("type");
    if (type == root.end() || *type != "Topology") {
        decoder.fail(QStringLiteral("type"), tr("\"Topology\" is required"));
        prefixError();
        return std::nullopt;
    }
    if (!decoder.decodeArcs()) {
        prefixError();
        return std::nullopt;
    }
    const auto objects = root.find("objects");
    const std::string key = objectName.toStdString();
    if (objects == root.end() || !objects->is_object() || !objects->contains(key)) {
        decoder.fail(QStringLiteral("objects.%1").arg(objectName), tr("no such object"));
        prefixError();
        return std::nullopt;
    }
    WorldOutline outline;
    if (!decoder.decodeGeometry((*objects)[key], QStringLiteral("objects.%1").arg(objectName),
                                outline.m_rings)) {
        prefixError();
        return std::nullopt;
    }
    for (QPolygonF &ring : outline.m_rings)
        unwrapAntimeridian(ring);
    return outline;
}

const WorldOutline &WorldOutline::land(QString *error)
{
    static QString loadError;
    static const WorldOutline outline = [] {
        const QString path = QStringLiteral(":/greenprint/geo/land-110m.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = tr("%1: cannot be read: %2").arg(path, file.errorString());
            return WorldOutline();
        }
        return fromTopoJson(file.readAll(), QStringLiteral("land"), path, &loadError)
            .value_or(WorldOutline());
    }();
    if (error)
        *error = loadError;
    return outline;
}

bool WorldOutline::containsPoint(double longitudeDeg, double latitudeDeg) const
{
    bool inside = false;
    for (const double shiftDeg : {0.0, -360.0, 360.0}) { // rings unwrapped past ±180°
        const QPointF point(longitudeDeg + shiftDeg, latitudeDeg);
        for (const QPolygonF &ring : m_rings) {
            if (ring.containsPoint(point, Qt::OddEvenFill))
                inside = !inside;
        }
    }
    return inside;
}

} // namespace greenprint
