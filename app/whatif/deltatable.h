// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace greenprint {

struct PlanTotals;

/**
 * Baseline against scenario: energy, carbon (location- and market-based),
 * cost and job hours, each with the absolute and the relative change
 * (negative = the scenario is lower). Units are in the row labels.
 */
class DeltaTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Row { Energy, Carbon, MarketCarbon, Cost, Hours, RowCount };
    enum Column { Baseline, Scenario, Change, ChangePercent, ColumnCount };

    explicit DeltaTable(QWidget *parent = nullptr);
    /** As high as all its rows: five figures are never scrolled. */
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    /**
     * `scenario` null: no scenario (or it does not apply); its columns show "–".
     * A figure a status marks as not estimated (or a cost as unknown) shows
     * "not estimated" ("unknown"), and so does every change computed from it,
     * except a cost change `costChangeKnown` says stands (the unpriced parts
     * are the same on both sides); `why` is the tooltip of those cells.
     */
    void setTotals(const PlanTotals &baseline, const PlanTotals *scenario, const QString &why = {},
                   bool costChangeKnown = false);
    /**
     * Every figure is being recomputed: each cell says `text` (e.g. "computing…") instead of
     * a figure of the plan before the change, until the next setTotals().
     */
    void setComputing(const QString &text);
    /** The number behind a cell (NaN when empty or unknown). */
    double value(Row row, Column column) const;
    /** The cell's text, as shown. */
    QString text(Row row, Column column) const;

private:
    void setCell(int row, int column, double value, int decimals, bool signedValue);
    void setUnknown(int row, int column, const QString &text);

    double m_values[RowCount][ColumnCount] = {};
};

} // namespace greenprint
