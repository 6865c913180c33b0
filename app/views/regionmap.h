// SPDX-License-Identifier: GPL-3.0-or-later
// A world map of the AWS regions, each a dot coloured by its grid carbon intensity.
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace greenprint {

class RegionTableModel;

/**
 * Draws the bundled land outline (equirectangular, 58° S to 78° N) and one dot
 * per region of a RegionTableModel that has coordinates, coloured on a fixed
 * green-to-red scale of location-based grid intensity (legend at the bottom
 * left). Hovering shows the region's name and intensity; clicking a dot emits
 * regionClicked(). The selected region gets a ring and its label; marked
 * regions (a chosen set, e.g. the allowed regions) get a ring each. The map is a
 * mouse shortcut beside the picker's table, which stays the keyboard path, so
 * it takes no focus. Coordinates are city points (see regions.csv), not data
 * centres.
 */
class RegionMap : public QWidget
{
    Q_OBJECT

public:
    explicit RegionMap(RegionTableModel *model, QWidget *parent = nullptr);

    void setSelectedRegion(const QString &id);
    QString selectedRegion() const { return m_selectedId; }
    /** Rings every region of `ids` (no label): a set chosen on the map. */
    void setMarkedRegions(const QStringList &ids);
    const QStringList &markedRegions() const { return m_markedIds; }
    /** The id of the dot under `widgetPos` (within a few pixels), or empty. */
    QString regionAt(const QPointF &widgetPos) const;
    /** Where the region's dot is drawn, in widget coordinates; null when it has none. */
    QPointF dotPosition(const QString &id) const;
    int markerCount() const { return int(m_markers.size()); }
    /** Regions the map cannot place (no coordinates in the data); the map names them. */
    const QStringList &unplacedRegions() const { return m_unplaced; }

    /** The dot colour of an intensity: green at 0, yellow at 400, red from 800 gCO2e/kWh. */
    static QColor intensityColor(double gridGCo2ePerKWh);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void regionClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        QString id;
        QString name;
        QPointF lonLat;
        double gridGCo2ePerKWh = 0.0;
    };

    void rebuildMarkers();
    QRectF mapRect() const;
    QPointF project(const QPointF &lonLat) const;
    const Marker *markerAt(const QPointF &widgetPos) const;
    void paintLegend(QPainter &painter, const QRectF &map) const;

    RegionTableModel *m_model;
    QPainterPath m_land; ///< in degrees, y = -latitude
    std::vector<Marker> m_markers;
    QStringList m_unplaced;
    QString m_selectedId;
    QStringList m_markedIds;
    QString m_hoveredId;
};

} // namespace greenprint
