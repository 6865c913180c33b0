// SPDX-License-Identifier: GPL-3.0-or-later
// Shared look of the dashboard charts: follows the palette (light or dark).
#pragma once

/*
 * Charts
 * ======
 * app/charts/ is the only place that includes QtCharts (deprecated from Qt
 * 6.10; keeping it here makes a later port local). The charts are thin
 * adapters: they receive finished numbers (the LiveEstimate's Estimate, the
 * region ranking) and only lay them out. Series colours are fixed; text and
 * background follow the widget palette, so dark mode works.
 */

#include <QString>

class QChart;
class QPalette;

namespace greenprint::Charts {

/** Transparent background, palette-coloured text, compact margins. */
void applyStyle(QChart *chart, const QPalette &palette);
/** Restyles the axes and legend created after applyStyle(). */
void styleAxes(QChart *chart, const QPalette &palette);

} // namespace greenprint::Charts
