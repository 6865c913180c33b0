// SPDX-License-Identifier: GPL-3.0-or-later
#include "deltatable.h"

#include "scenario/scenarioevaluator.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace greenprint {

DeltaTable::DeltaTable(QWidget *parent)
    : QTableWidget(RowCount, ColumnCount, parent)
{
    setObjectName(QStringLiteral("deltaTable"));
    setAccessibleName(tr("Baseline against scenario: totals and changes"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    // "Change (%)" on two lines: the columns share what the row titles leave on a small
    // screen, and the percentages themselves are short.
    QStringList columns{tr("Baseline"), tr("Scenario"), tr("Change"), tr("Change (%)")};
    for (QString &title : columns) {
        const qsizetype unit = title.lastIndexOf(QStringLiteral(" ("));
        if (unit > 0)
            title[unit] = u'\n';
    }
    setHorizontalHeaderLabels(columns);
    setVerticalHeaderLabels({tr("Energy (kWh)"), tr("Carbon, location-based (kgCO2e)"),
                             tr("Carbon, market-based (kgCO2e)"), tr("Cost (USD)"),
                             tr("Job hours (h)")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setWordWrap(false);
    for (int r = 0; r < RowCount; ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
            m_values[r][c] = std::numeric_limits<double>::quiet_NaN();
        }
    }
}

QSize DeltaTable::minimumSizeHint() const
{
    int rows = 0;
    for (int r = 0; r < RowCount; ++r)
        rows += qMax(verticalHeader()->sectionSizeHint(r), sizeHintForRow(r));
    // The rows as laid out, when the header has sized them already.
    rows = qMax(rows, verticalHeader()->length());
    const int header = qMax(horizontalHeader()->sizeHint().height(), horizontalHeader()->height());
    return {QTableWidget::minimumSizeHint().width(), header + rows + 2 * frameWidth()};
}

QSize DeltaTable::sizeHint() const
{
    return {QTableWidget::sizeHint().width(), minimumSizeHint().height()};
}

void DeltaTable::setCell(int row, int column, double v, int decimals, bool signedValue)
{
    m_values[row][column] = v;
    QTableWidgetItem *cell = item(row, column);
    if (std::isnan(v)) {
        cell->setText(QStringLiteral("–"));
        cell->setForeground(palette().text());
        return;
    }
    if (std::abs(v) >= 1000.0)
        decimals = 0;
    QString text = QLocale().toString(v, 'f', decimals);
    if (signedValue && v > 0.0)
        text.prepend(u'+');
    cell->setText(text);
    if (signedValue && v < 0.0)
        cell->setForeground(QColor(0x2e, 0x7d, 0x32));
    else if (signedValue && v > 0.0)
        cell->setForeground(QColor(0xc6, 0x28, 0x28));
    else
        cell->setForeground(palette().text());
}

void DeltaTable::setUnknown(int row, int column, const QString &text)
{
    m_values[row][column] = std::numeric_limits<double>::quiet_NaN();
    QTableWidgetItem *cell = item(row, column);
    cell->setText(text);
    cell->setForeground(QColor(0xc6, 0x28, 0x28));
}

void DeltaTable::setComputing(const QString &text)
{
    for (int r = 0; r < RowCount; ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            m_values[r][c] = std::numeric_limits<double>::quiet_NaN();
            QTableWidgetItem *cell = item(r, c);
            cell->setText(text);
            cell->setToolTip(QString());
            cell->setForeground(palette().placeholderText());
        }
    }
}

void DeltaTable::setTotals(const PlanTotals &baseline, const PlanTotals *scenario,
                           const QString &why, bool costChangeKnown)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto figures = [](const PlanTotals &t) {
        return std::array<double, RowCount>{t.energy.kWh, t.co2e.kg, t.marketCo2e.kg, t.cost.usd,
                                            t.hours.h};
    };
    const std::array<double, RowCount> base = figures(baseline);
    std::array<double, RowCount> changed;
    changed.fill(nan);
    if (scenario)
        changed = figures(*scenario);
    // What a status leaves unknown: everything when not estimated, the cost when a price is
    // missing.
    const auto known = [](FigureStatus status, int row) {
        return status == FigureStatus::Known
            || (status == FigureStatus::CostUnknown && row != Cost);
    };
    const auto unknownText = [this](FigureStatus status) {
        return status == FigureStatus::NotEstimated ? tr("not estimated") : tr("unknown");
    };
    const FigureStatus scenarioStatus = scenario ? scenario->status : FigureStatus::Known;
    const FigureStatus worse = std::max(baseline.status, scenarioStatus);
    const int decimals[RowCount] = {1, 1, 1, 0, 1};
    for (int r = 0; r < RowCount; ++r) {
        const bool baseKnown = known(baseline.status, r);
        const bool scenarioKnown = scenario && known(scenario->status, r);
        if (baseKnown)
            setCell(r, Baseline, base[r], decimals[r], false);
        else
            setUnknown(r, Baseline, unknownText(baseline.status));
        if (!scenario || scenarioKnown)
            setCell(r, Scenario, changed[r], decimals[r], false);
        else
            setUnknown(r, Scenario, unknownText(scenarioStatus));
        const bool changeKnown = baseKnown && scenarioKnown;
        const bool costCancels = r == Cost && costChangeKnown && scenario
            && baseline.status != FigureStatus::NotEstimated
            && scenario->status != FigureStatus::NotEstimated;
        if (scenario && !changeKnown && !costCancels) {
            // A change computed from a partial sum is no figure.
            setUnknown(r, Change, unknownText(worse));
            setUnknown(r, ChangePercent, unknownText(worse));
        } else {
            const double delta = changed[r] - base[r];
            setCell(r, Change, delta, decimals[r], true);
            if (changeKnown || !scenario)
                setCell(r, ChangePercent, base[r] != 0.0 ? delta / base[r] * 100.0 : nan, 1, true);
            else // the unpriced parts cancel in the change, not in a share of a partial total
                setUnknown(r, ChangePercent, unknownText(worse));
        }
        QString tip = scenario ? tr("%1: baseline %2, scenario %3")
                                     .arg(verticalHeaderItem(r)->text(), item(r, Baseline)->text(),
                                          item(r, Scenario)->text())
                               : tr("No scenario to compare");
        if ((!baseKnown || (scenario && !scenarioKnown)) && !why.isEmpty())
            tip += u'\n' + why;
        for (int c = 0; c < ColumnCount; ++c)
            item(r, c)->setToolTip(tip);
    }
    updateGeometry(); // new texts may need taller rows
}

double DeltaTable::value(Row row, Column column) const
{
    return m_values[row][column];
}

QString DeltaTable::text(Row row, Column column) const
{
    return item(row, column)->text();
}

} // namespace greenprint
