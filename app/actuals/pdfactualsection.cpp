// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfactualsection.h"

#include "domain/names.h"
#include "export/pdfreportwriter.h"
#include "export/pdfstyle.h"

namespace greenprint {

PdfActualSection::PdfActualSection(PdfReportWriter &writer, const actuals::Comparison &comparison,
                                   const QLocale &locale)
    : m_writer(writer)
    , m_comparison(comparison)
    , m_locale(locale)
    , m_numbers(locale)
{ }

void PdfActualSection::write()
{
    const actuals::Comparison &c = m_comparison;
    m_writer.addHeading(tr("Plan against actual"), 1);
    QString intro = tr("What really ran, from the imported bills and logs, beside the plan. Actual "
                       "energy and carbon are estimated with the plan's method from the billed "
                       "instance types, hours and Regions and the measured utilization; actual "
                       "cost is the bill's.");
    if (c.firstDay.isValid())
        intro += u' '
            + tr("Billed usage from %1 to %2.")
                  .arg(m_locale.toString(c.firstDay, QLocale::ShortFormat),
                       m_locale.toString(c.lastDay, QLocale::ShortFormat));
    m_writer.addParagraph(intro);

    const auto value = [this](const actuals::Quantities &q) {
        if (!q.complete && q.co2eKg == 0.0 && q.energyKWh == 0.0)
            return tr("not estimated");
        return m_numbers.kg(q.co2eKg) + (q.complete ? QString() : QStringLiteral(" *"));
    };
    PdfTable table;
    table.columns = {{tr("Stage / component"), 3.2, false},
                     {tr("Planned kgCO2e"), 1, true},
                     {tr("Actual kgCO2e"), 1, true},
                     {tr("Change (kgCO2e)"), 1, true},
                     {tr("Planned h"), 1, true},
                     {tr("Actual h"), 1, true},
                     {tr("Planned USD"), 1, true},
                     {tr("Actual USD"), 1, true}};
    const auto row = [&](const QString &label, const actuals::Quantities *planned,
                         const actuals::Quantities &actual, PdfTable::RowKind kind) {
        const QString dash = QStringLiteral("–");
        table.rows.push_back(
            {{label, planned ? m_numbers.kg(planned->co2eKg) : dash, value(actual),
              planned ? m_numbers.signedKg(actual.co2eKg - planned->co2eKg) : dash,
              planned ? m_numbers.hours(planned->hours) : dash, m_numbers.hours(actual.hours),
              planned ? m_numbers.usd(planned->costUsd) : dash, m_numbers.usd(actual.costUsd)},
             kind});
    };
    QStringList drivers;
    for (const actuals::StageComparison &s : c.stages) {
        row(stageDisplayName(s.kind, s.name), &s.planned, s.actual, PdfTable::RowKind::Subtotal);
        for (const actuals::ComponentComparison &cc : s.components) {
            row(cc.name, &cc.planned, cc.actual, PdfTable::RowKind::Normal);
            QStringList parts;
            for (const actuals::DriverShare &d : cc.drivers) {
                // Only what moved the carbon by at least 1 % of the plan or 0.05 kg.
                if (std::abs(d.co2eKg) < std::max(0.05, 0.01 * cc.planned.co2eKg))
                    continue;
                parts << (d.detail.isEmpty() ? QString() : d.detail + QStringLiteral(": "))
                        + tr("%1 kgCO2e").arg(m_numbers.signedKg(d.co2eKg));
            }
            if (!parts.isEmpty())
                drivers << cc.name + QStringLiteral(" — ") + parts.join(QStringLiteral("; "));
        }
    }
    actuals::Quantities unplanned;
    for (const actuals::UnplannedComparison &u : c.unplanned)
        unplanned += u.actual;
    if (!c.unplanned.empty())
        row(tr("Unplanned usage (%n kind(s))", nullptr, int(c.unplanned.size())), nullptr,
            unplanned, PdfTable::RowKind::Subtotal);
    row(tr("Total"), &c.plannedTotal, c.actualTotal, PdfTable::RowKind::Total);
    m_writer.addTable(table);
    if (!c.actualTotal.complete)
        m_writer.addParagraph(tr("* Part of the usage could not be estimated (an instance type or "
                                 "Region without reference data, or usage outside a plan's "
                                 "physics): the figures cover the rest."),
                              TextStyle::Small, PdfStyle::muted());
    if (!drivers.isEmpty()) {
        m_writer.addHeading(tr("What drove the differences"), 2);
        m_writer.addBullets(drivers, TextStyle::Small);
    }
    if (!c.unplanned.empty()) {
        m_writer.addHeading(tr("Unplanned usage"), 2);
        QStringList items;
        for (const actuals::UnplannedComparison &u : c.unplanned) {
            items << tr("%1 in %2: %3 kgCO2e, %4 USD — %5")
                         .arg(u.row.usageType, u.row.region.isEmpty() ? tr("global") : u.row.region,
                              value(u.actual), m_numbers.usd(u.actual.costUsd), u.reason);
        }
        m_writer.addBullets(items, TextStyle::Small);
    }
    if (c.aws) {
        const actuals::AwsComparison &aws = *c.aws;
        m_writer.addHeading(tr("AWS's own figure"), 2);
        m_writer.addParagraph(
            tr("AWS's carbon-emissions export for %1 to %2 (%3) gives %4 kgCO2e location-based%5; "
               "Greenprint's estimate of the billed usage in the same months and Regions is %6 "
               "kgCO2e. They differ for known reasons:")
                .arg(m_locale.toString(aws.firstMonth, QStringLiteral("MMM yyyy")),
                     m_locale.toString(aws.lastMonth, QStringLiteral("MMM yyyy")),
                     aws.regions.join(QStringLiteral(", ")), m_numbers.kg(aws.awsLocationCo2eKg),
                     aws.awsMarketCo2eKg
                         ? tr(" and %1 kgCO2e market-based").arg(m_numbers.kg(*aws.awsMarketCo2eKg))
                         : QString(),
                     m_numbers.kg(aws.greenprint.co2eKg)));
        m_writer.addBullets(aws.gapReasons, TextStyle::Small);
    }
    m_writer.addHeading(tr("Assumptions of the comparison"), 2);
    m_writer.addBullets(c.assumptions, TextStyle::Small);
}

} // namespace greenprint
