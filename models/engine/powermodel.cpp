// SPDX-License-Identifier: GPL-3.0-or-later
#include "powermodel.h"

#include <algorithm>

namespace greenprint {

PowerW interpolatePower(const std::vector<LoadPoint> &loadPoints, double utilization)
{
    if (loadPoints.empty())
        return PowerW{0.0};
    const double u = std::clamp(utilization, 0.0, 1.0);
    if (u <= loadPoints.front().utilization)
        return PowerW{loadPoints.front().powerW};
    for (std::size_t i = 1; i < loadPoints.size(); ++i) {
        const LoadPoint &lo = loadPoints[i - 1];
        const LoadPoint &hi = loadPoints[i];
        if (u <= hi.utilization) {
            const double span = hi.utilization - lo.utilization;
            if (span <= 0.0)
                return PowerW{hi.powerW};
            const double t = (u - lo.utilization) / span;
            return PowerW{lo.powerW + t * (hi.powerW - lo.powerW)};
        }
    }
    return PowerW{loadPoints.back().powerW};
}

} // namespace greenprint
