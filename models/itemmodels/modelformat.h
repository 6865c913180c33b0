// SPDX-License-Identifier: GPL-3.0-or-later
// Number formatting shared by the item models (internal).
#pragma once

#include "numberformat.h"

#include <QString>
#include <QVariant>

#include <cmath>
#include <optional>

namespace greenprint::Internal {

/** Locale-formatted with `decimals` decimals; none from 1,000 up. */
inline QString formatNumber(double value, int decimals)
{
    return NumberFormat::fixed(value, std::abs(value) >= 1000.0 ? 0 : decimals);
}

inline QVariant displayOrValue(double value, int decimals, int role, int valueRole)
{
    if (role == Qt::DisplayRole)
        return formatNumber(value, decimals);
    if (role == valueRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

inline QVariant optionalDisplayOrValue(const std::optional<double> &value, int decimals, int role,
                                       int valueRole)
{
    if (value)
        return displayOrValue(*value, decimals, role, valueRole);
    if (role == Qt::DisplayRole)
        return QStringLiteral("–");
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace greenprint::Internal
