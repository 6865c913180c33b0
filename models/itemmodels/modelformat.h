// SPDX-License-Identifier: GPL-3.0-or-later
// Number formatting shared by the item models (internal).
#pragma once

#include <QLocale>
#include <QString>
#include <QVariant>

#include <cmath>
#include <optional>

namespace greenprint::Internal {

/** Locale-formatted with `decimals` decimals; fewer decimals for large values. */
inline QString formatNumber(double value, int decimals)
{
    if (std::abs(value) >= 1000.0)
        decimals = 0;
    return QLocale().toString(value, 'f', decimals);
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
