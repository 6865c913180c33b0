// SPDX-License-Identifier: GPL-3.0-or-later
#include "powermodel.h"

#include <algorithm>

namespace greenprint {
namespace {

/** y at x through `points` (ascending by x), x clamped to [0, 1], flat beyond the ends. */
template<typename Point>
double interpolate(const std::vector<Point> &points, double x, double Point::*xOf,
                   double Point::*yOf)
{
    if (points.empty())
        return 0.0;
    const double u = std::clamp(x, 0.0, 1.0);
    if (u <= points.front().*xOf)
        return points.front().*yOf;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const Point &lo = points[i - 1];
        const Point &hi = points[i];
        if (u <= hi.*xOf) {
            const double span = hi.*xOf - lo.*xOf;
            if (span <= 0.0)
                return hi.*yOf;
            const double t = (u - lo.*xOf) / span;
            return lo.*yOf + t * (hi.*yOf - lo.*yOf);
        }
    }
    return points.back().*yOf;
}

} // namespace

PowerW interpolatePower(const std::vector<LoadPoint> &loadPoints, double utilization)
{
    return PowerW{
        interpolate(loadPoints, utilization, &LoadPoint::utilization, &LoadPoint::powerW)};
}

double interpolateLoadCurve(const std::vector<LoadCurvePoint> &curve, double duty)
{
    return interpolate(curve, duty, &LoadCurvePoint::duty, &LoadCurvePoint::tdpFraction);
}

} // namespace greenprint
