// SPDX-License-Identifier: GPL-3.0-or-later
#include "constraints.h"

namespace greenprint {

bool Constraints::isEmpty() const
{
    return allowedRegions.isEmpty() && !accuracyFloor && !latencyCeilingMs && !servesEdgeDevices
        && usersRegion.isEmpty() && extras.isEmpty();
}

bool Constraints::allowsRegion(const QString &region) const
{
    return allowedRegions.isEmpty() || allowedRegions.contains(region);
}

} // namespace greenprint
