// SPDX-License-Identifier: GPL-3.0-or-later
// The one order of the advisor's lists: kgCO2e saved, then USD saved, then a fixed place.
#pragma once

#include "domain/totals.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace greenprint::ranking {

/** Savings that differ by at most this share of the larger are equal when ranked. */
inline constexpr double kTieRelative = 1e-12;

/** Whether two saved figures are equal when ranked: to the last bit or within kTieRelative. */
inline bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= kTieRelative * std::max(std::abs(a), std::abs(b));
}

/**
 * Orders [first, last) by kgCO2e saved, largest first; equal kgCO2e (same()) by USD saved,
 * largest first; equal in both by `placedBefore`, a strict total order of the items that
 * does not look at their figures (rule id, stage, component index). `savingsOf(item)`
 * gives an item's Totals. The result depends on the items alone, never on the order
 * they are given in, nor on the last bits of two sums of the same figures.
 */
template<typename Iterator, typename SavingsOf, typename PlacedBefore>
void rankBySavings(Iterator first, Iterator last, SavingsOf savingsOf, PlacedBefore placedBefore)
{
    const auto co2e = [&](const auto &x) { return savingsOf(x).co2e.kg; };
    const auto cost = [&](const auto &x) { return savingsOf(x).cost.usd; };
    // A total order on the exact figures first, then each run of neighbours whose kgCO2e
    // are equal is ordered by USD, and each run of those with equal USD by place.
    std::sort(first, last, [&](const auto &a, const auto &b) {
        if (co2e(a) != co2e(b))
            return co2e(a) > co2e(b);
        if (cost(a) != cost(b))
            return cost(a) > cost(b);
        return placedBefore(a, b);
    });
    const auto forEachRun = [](Iterator from, Iterator end, const auto &equal, const auto &f) {
        while (from != end) {
            Iterator to = std::next(from);
            while (to != end && equal(*std::prev(to), *to))
                ++to;
            f(from, to);
            from = to;
        }
    };
    const auto sameCo2e = [&](const auto &a, const auto &b) { return same(co2e(a), co2e(b)); };
    const auto sameCost = [&](const auto &a, const auto &b) { return same(cost(a), cost(b)); };
    forEachRun(first, last, sameCo2e, [&](Iterator from, Iterator to) {
        std::sort(from, to, [&](const auto &a, const auto &b) {
            if (cost(a) != cost(b))
                return cost(a) > cost(b);
            return placedBefore(a, b);
        });
        forEachRun(from, to, sameCost,
                   [&](Iterator x, Iterator y) { std::sort(x, y, placedBefore); });
    });
}

} // namespace greenprint::ranking
