// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionmap.h"

#include "domain/referencedata.h"
#include "geo/worldoutline.h"
#include "itemmodels/regiontablemodel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

constexpr double WestDeg = -180.0;
constexpr double EastDeg = 180.0;
constexpr double NorthDeg = 78.0;
constexpr double SouthDeg = -58.0;
constexpr double DotRadiusPx = 5.5;
constexpr double HitRadiusPx = 9.0;
constexpr double ScaleMaxGCo2ePerKWh = 800.0;

} // namespace

RegionMap::RegionMap(RegionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Map of regions by grid intensity"));
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QString error;
    for (const QPolygonF &ring : WorldOutline::land(&error).rings()) {
        QPolygonF flipped;
        flipped.reserve(ring.size());
        for (const QPointF &point : ring)
            flipped.append(QPointF(point.x(), -point.y()));
        m_land.addPolygon(flipped);
        m_land.closeSubpath();
        // A ring unwrapped across the antimeridian shows on both edges of the map.
        const QRectF bounds = flipped.boundingRect();
        if (bounds.right() > EastDeg || bounds.left() < WestDeg) {
            m_land.addPolygon(flipped.translated(bounds.right() > EastDeg ? -360.0 : 360.0, 0));
            m_land.closeSubpath();
        }
    }
    m_land.setFillRule(Qt::OddEvenFill);
    if (!error.isEmpty())
        setToolTip(tr("The land outline could not be loaded: %1").arg(error));

    connect(m_model, &QAbstractItemModel::modelReset, this, &RegionMap::rebuildMarkers);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegionMap::rebuildMarkers);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegionMap::rebuildMarkers);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RegionMap::rebuildMarkers);
    rebuildMarkers();
}

void RegionMap::rebuildMarkers()
{
    m_markers.clear();
    m_unplaced.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RegionSpec *region = m_model->regionAt(row);
        if (!region)
            continue;
        if (!region->latitude || !region->longitude) {
            m_unplaced.append(region->id);
            continue;
        }
        m_markers.push_back({region->id, region->name,
                             QPointF(*region->longitude, *region->latitude),
                             region->gridGCo2ePerKWh});
    }
    // Dirtier regions first, so the cleaner choice is drawn on top where dots overlap.
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) {
        return a.gridGCo2ePerKWh > b.gridGCo2ePerKWh;
    });
    update();
}

void RegionMap::setSelectedRegion(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    update();
}

void RegionMap::setMarkedRegions(const QStringList &ids)
{
    if (m_markedIds == ids)
        return;
    m_markedIds = ids;
    update();
}

QColor RegionMap::intensityColor(double gridGCo2ePerKWh)
{
    const double t = std::clamp(gridGCo2ePerKWh / ScaleMaxGCo2ePerKWh, 0.0, 1.0);
    // Hue 120° (green) to 0° (red) through yellow; saturation and value fixed so
    // the dots read on light and dark backgrounds alike.
    return QColor::fromHsvF(float((1.0 - t) * 120.0 / 360.0), 0.85f, 0.88f);
}

QSize RegionMap::sizeHint() const
{
    return {720, 300};
}

QSize RegionMap::minimumSizeHint() const
{
    return {360, 150};
}

QRectF RegionMap::mapRect() const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double aspect = (EastDeg - WestDeg) / (NorthDeg - SouthDeg);
    double width = area.width();
    double height = width / aspect;
    if (height > area.height()) {
        height = area.height();
        width = height * aspect;
    }
    return {area.center().x() - width / 2, area.center().y() - height / 2, width, height};
}

QPointF RegionMap::project(const QPointF &lonLat) const
{
    const QRectF map = mapRect();
    return {map.left() + (lonLat.x() - WestDeg) / (EastDeg - WestDeg) * map.width(),
            map.top() + (NorthDeg - lonLat.y()) / (NorthDeg - SouthDeg) * map.height()};
}

const RegionMap::Marker *RegionMap::markerAt(const QPointF &widgetPos) const
{
    const Marker *nearest = nullptr;
    double nearestPx = HitRadiusPx;
    for (const Marker &marker : m_markers) {
        const QPointF delta = project(marker.lonLat) - widgetPos;
        const double distancePx = std::hypot(delta.x(), delta.y());
        if (distancePx <= nearestPx) {
            nearestPx = distancePx;
            nearest = &marker;
        }
    }
    return nearest;
}

QString RegionMap::regionAt(const QPointF &widgetPos) const
{
    const Marker *marker = markerAt(widgetPos);
    return marker ? marker->id : QString();
}

QPointF RegionMap::dotPosition(const QString &id) const
{
    for (const Marker &marker : m_markers) {
        if (marker.id == id)
            return project(marker.lonLat);
    }
    return {};
}

void RegionMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF map = mapRect();

    const QColor sea = palette().color(QPalette::Base);
    QColor land = palette().color(QPalette::Mid);
    land.setAlphaF(0.45f);
    painter.fillRect(map, sea);

    QTransform toWidget;
    toWidget.translate(map.left(), map.top());
    toWidget.scale(map.width() / (EastDeg - WestDeg), map.height() / (NorthDeg - SouthDeg));
    toWidget.translate(-WestDeg, NorthDeg);
    painter.save();
    painter.setClipRect(map);
    painter.setPen(Qt::NoPen);
    painter.setBrush(land);
    painter.drawPath(toWidget.map(m_land));
    painter.restore();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(map);

    const QColor outline = palette().color(QPalette::WindowText);
    const Marker *selected = nullptr;
    for (const Marker &marker : m_markers) {
        const QPointF centre = project(marker.lonLat);
        const bool hovered = marker.id == m_hoveredId;
        painter.setPen(QPen(outline, hovered ? 1.6 : 0.8));
        painter.setBrush(intensityColor(marker.gridGCo2ePerKWh));
        const double radius = hovered ? DotRadiusPx + 1.5 : DotRadiusPx;
        painter.drawEllipse(centre, radius, radius);
        if (marker.id == m_selectedId)
            selected = &marker;
        if (m_markedIds.contains(marker.id)) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, DotRadiusPx + 3, DotRadiusPx + 3);
        }
    }
    if (selected) {
        const QPointF centre = project(selected->lonLat);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, DotRadiusPx + 4, DotRadiusPx + 4);
        const QString label =
            tr("%1 · %2 gCO2e/kWh")
                .arg(selected->id, QLocale().toString(selected->gridGCo2ePerKWh, 'f', 0));
        const QFontMetricsF metrics(font());
        QRectF box(0, 0, metrics.horizontalAdvance(label) + 10, metrics.height() + 4);
        box.moveBottomLeft(centre + QPointF(DotRadiusPx + 6, -(DotRadiusPx + 2)));
        if (box.right() > map.right())
            box.moveRight(centre.x() - DotRadiusPx - 6);
        if (box.top() < map.top())
            box.moveTop(centre.y() + DotRadiusPx + 2);
        QColor background = palette().color(QPalette::ToolTipBase);
        background.setAlphaF(0.92f);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(background);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(box, Qt::AlignCenter, label);
    }
    paintLegend(painter, map);

    if (!m_unplaced.isEmpty()) {
        const QString note = tr("Not on the map (no coordinates in the data): %1")
                                 .arg(m_unplaced.join(QStringLiteral(", ")));
        const QRectF noteRect = map.adjusted(8, 4, -8, -4);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(noteRect, Qt::AlignTop | Qt::AlignRight | Qt::TextWordWrap, note);
    }
}

void RegionMap::paintLegend(QPainter &painter, const QRectF &map) const
{
    const QFontMetricsF metrics(font());
    const QString title = tr("Grid intensity, gCO2e/kWh");
    const double barWidth = std::min(220.0, map.width() * 0.35);
    const double barHeight = 8.0;
    const double padding = 6.0;
    const QRectF box(map.left() + padding,
                     map.bottom() - padding - (metrics.height() * 2 + barHeight + 10),
                     std::max(barWidth, metrics.horizontalAdvance(title)) + 2 * padding,
                     metrics.height() * 2 + barHeight + 10);
    QColor background = palette().color(QPalette::Base);
    background.setAlphaF(0.85f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRect(box);

    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF titleRect(box.left() + padding, box.top() + 2, box.width() - 2 * padding,
                           metrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);

    const QRectF bar(box.left() + padding, titleRect.bottom() + 2, barWidth, barHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int step = 0; step <= 8; ++step)
        gradient.setColorAt(step / 8.0, intensityColor(step * ScaleMaxGCo2ePerKWh / 8.0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(bar);

    painter.setPen(palette().color(QPalette::WindowText));
    const QLocale locale;
    for (int tick = 0; tick <= 4; ++tick) {
        const double value = tick * ScaleMaxGCo2ePerKWh / 4.0;
        QString text = locale.toString(value, 'f', 0);
        if (tick == 4)
            text = tr("≥%1").arg(text);
        const double x = bar.left() + bar.width() * tick / 4.0;
        const double width = metrics.horizontalAdvance(text);
        const double left = std::clamp(x - width / 2, bar.left(), bar.right() - width);
        painter.drawText(QRectF(left, bar.bottom() + 2, width + 1, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void RegionMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString id = regionAt(event->position());
    if (id != m_hoveredId) {
        m_hoveredId = id;
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void RegionMap::mousePressEvent(QMouseEvent *event)
{
    const QString id = event->button() == Qt::LeftButton ? regionAt(event->position()) : QString();
    if (id.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setSelectedRegion(id);
    emit regionClicked(id);
}

bool RegionMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Marker *marker = markerAt(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 (%2)\n%3 gCO2e/kWh, location-based")
                                   .arg(marker->name, marker->id,
                                        QLocale().toString(marker->gridGCo2ePerKWh, 'f', 0)),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::Leave && !m_hoveredId.isEmpty()) {
        m_hoveredId.clear();
        update();
    }
    return QWidget::event(event);
}

} // namespace greenprint
