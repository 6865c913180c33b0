// SPDX-License-Identifier: GPL-3.0-or-later
// What a plan must respect: where it may run, how much accuracy and latency it may give up.
#pragma once

#include "jsonextras.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

/**
 * The constraints of a project (file key `constraints`). The advisor never
 * offers a suggestion that breaks one of them; the Pareto search only visits
 * allowed regions. Every member is optional: a default-constructed value
 * constrains nothing and is not written to the file.
 */
struct Constraints
{
    /** Regions the data and workload may live in (data residency); empty: any region. */
    QStringList allowedRegions;
    /** Fraction (0..1) of the baseline model's score that must be kept. */
    std::optional<double> accuracyFloor;
    /** The slowest acceptable response of the inference endpoints, milliseconds (> 0). */
    std::optional<double> latencyCeilingMs;
    /** The model is served to devices (IoT, edge): edge deployment may be offered. */
    bool servesEdgeDevices = false;
    /**
     * The region nearest the endpoints' users; the latency ceiling is checked
     * from there. Empty: the users are near the endpoint's current region.
     */
    QString usersRegion;
    JsonExtras extras;

    /** True when nothing is constrained and there are no unknown keys (not written). */
    bool isEmpty() const;
    /** True when `region` may be used: no list, or it is on the list. */
    bool allowsRegion(const QString &region) const;
    bool operator==(const Constraints &) const = default;
};

} // namespace greenprint
