// SPDX-License-Identifier: GPL-3.0-or-later
// The unknown keys of a JSON object, kept so that a newer file survives a round trip.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace greenprint {

/** Keys of a JSON object that this version does not interpret, as raw JSON text. */
using JsonExtras = QMap<QString, QByteArray>;

} // namespace greenprint
