// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfnumbers.h"
#include "pdfreportinput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace greenprint {

class PdfReportWriter;

/**
 * The plan's last section, "Assumptions and method": how the chosen
 * methodology works; every assumption the estimate relied on; the derived
 * AWS Neuron power (labelled a derived assumption); grid intensity and PUE
 * with their basis for every region used; the instances and storage classes
 * used; every constant the estimate read (Estimate::constants), with value,
 * unit, vintage and source; the grid-intensity datasets; the numbered list of sources cited.
 */
class PdfMethodSection
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfMethodSection)

public:
    PdfMethodSection(PdfReportWriter &writer, const PdfReportInput &input);

    void write();

private:
    void writeMethod();
    /** Per component: the hours, the load on the power curve and the power the engine used. */
    void writeLoads();
    /** A load on the power curve ("50 %"). */
    QString load(double fraction) const;
    void writeDerivedPower();
    void writeRegions();
    void writeInstances();
    void writeStorage();
    void writeCoefficients();
    void writeDatasets();
    void writeSources();
    const InstanceSpec *instance(const QString &id) const;
    /** The estimates whose instances and regions the tables list: the plan as printed first,
     *  then the baseline and every scenario (what a reviewer checks the comparison against). */
    std::vector<const Estimate *> describedEstimates() const;
    /** `id` with a second line "scenarios only" when the plan as printed does not use it. */
    QString usedLabel(const QString &id, bool inPlan) const;
    /** The market-based factor of `region` and its basis, for the per-Region table. */
    QString marketBasis(const RegionSpec &region, double locationGPerKWh) const;
    /** Reference numbers ("3, 7") of `sources` ("a | b"), added to the source list. */
    QString cite(const QString &sources);

    PdfReportWriter &m_writer;
    const PdfReportInput &m_input;
    PdfNumbers m_numbers;
    std::vector<InstanceSpec> m_catalogInstances; ///< the project's own, converted
    QStringList m_sources; ///< cited so far, numbered from 1
};

} // namespace greenprint
