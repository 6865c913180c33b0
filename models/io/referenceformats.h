// SPDX-License-Identifier: GPL-3.0-or-later
// Listings of the reference catalog (`greenprint data regions|instances`).
#pragma once

#include "../domain/referencedata.h"

#include <QByteArray>
#include <QString>

namespace greenprint {

enum class ListingFormat { Table, Json, Csv };

/** Every region with its intensity, basis, PUE, renewable matching and source. */
QString regionsListing(const ReferenceData &data, ListingFormat format);
/** Every instance with category, vCPUs, memory, accelerators, watts, price and source. */
QString instancesListing(const ReferenceData &data, ListingFormat format);

} // namespace greenprint
