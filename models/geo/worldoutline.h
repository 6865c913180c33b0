// SPDX-License-Identifier: GPL-3.0-or-later
// The land outline behind the region map: TopoJSON decoding and the bundled Natural Earth land.
#pragma once

#include <QCoreApplication>
#include <QPolygonF>
#include <QString>

#include <optional>
#include <vector>

namespace greenprint {

/**
 * Land polygons in geographic degrees (x = longitude east, y = latitude
 * north), each ring closed (last point == first point). A ring that crosses
 * the antimeridian is continuous and reaches past ±180° (its centre stays
 * within); draw it also shifted by ∓360° to fill both edges of a map.
 *
 * The bundled outline is Natural Earth's 1:110m land (public domain), in the
 * quantized TopoJSON of the world-atlas package: data/geo/land-110m.json,
 * embedded as :/greenprint/geo/land-110m.json. See data/geo/SOURCES.md.
 */
class WorldOutline
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::WorldOutline)

public:
    /**
     * Decodes the polygons of `objectName` (a Polygon, MultiPolygon or
     * GeometryCollection of them) from TopoJSON `text`, quantized or not.
     * On failure returns nullopt and sets `*error` to a message naming
     * `fileName`, the JSON path and the problem. Never throws.
     */
    static std::optional<WorldOutline> fromTopoJson(const QByteArray &text,
                                                    const QString &objectName,
                                                    const QString &fileName, QString *error);

    /** The bundled land outline; empty (and `*error` set) only if the resource is broken. */
    static const WorldOutline &land(QString *error = nullptr);

    const std::vector<QPolygonF> &rings() const { return m_rings; }
    bool isEmpty() const { return m_rings.empty(); }
    /** True when (longitude, latitude) lies on land (even-odd over every ring). */
    bool containsPoint(double longitudeDeg, double latitudeDeg) const;

private:
    std::vector<QPolygonF> m_rings;
};

} // namespace greenprint
