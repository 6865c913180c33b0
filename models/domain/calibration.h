// SPDX-License-Identifier: GPL-3.0-or-later
// Values of a component that were measured, with where each measurement came from.
#pragma once

/*
 * Calibration
 * ===========
 * Calibrating a plan from actuals (actuals/calibration.h) writes the measured
 * value into the component's own field - hours, utilization, measuredPowerW -
 * so that every reader of the file, this version or an older one, estimates
 * the same numbers. Beside it, the component keeps a Calibration (file key
 * `calibration`) saying, per field, what was measured, what the plan assumed
 * before, which import it came from and which period it covers: a colleague
 * can find the same files and reproduce the numbers.
 *
 * A field counts as "measured" only while the component still holds the
 * measured value; once the user edits it by hand the record stays (history)
 * but the estimate no longer calls the value measured (calibrationNotes()).
 */

#include "jsonextras.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

struct Component;

/** One measured value and its provenance. */
struct MeasuredValue
{
    double value = 0.0; ///< in the unit of the field it replaced
    std::optional<double> planned; ///< what the plan assumed before; nullopt: the power model
    QString source; ///< import kind key(s): "cur", "cloudwatch", "codecarbon", ...
    QStringList files; ///< file names of the imports, without their folder
    QDate from; ///< first day of the measured period
    QDate to; ///< last day of the measured period
    qint64 records = 0; ///< billed rows or measurements it was computed from
    JsonExtras extras;
    bool operator==(const MeasuredValue &) const = default;
};

/**
 * File key `calibration` of a component. `hours` is per instance in the unit of
 * the component's hours field (hours, hoursPerTrial or hoursProvisioned);
 * `utilization` is 0..1; `powerW` is the average power of one instance (IT, no PUE).
 */
struct Calibration
{
    std::optional<MeasuredValue> hours;
    std::optional<MeasuredValue> utilization;
    std::optional<MeasuredValue> powerW;
    JsonExtras extras;
    bool empty() const { return !hours && !utilization && !powerW; }
    bool operator==(const Calibration &) const = default;
};

/** Which of a component's fields currently hold a measured value. */
struct MeasuredFields
{
    bool hours = false;
    bool utilization = false;
    bool powerW = false;
};

/** The fields of `component` that still hold the value its calibration measured. */
MeasuredFields measuredFields(const Component &component);

/**
 * One line per measured field of `component` for the estimate's assumptions
 * ("measured: ..." with value, plan value and source), a line when measured
 * power makes utilization irrelevant to energy, and one per field edited by
 * hand after calibration. Empty for a component that was never calibrated.
 */
QStringList calibrationNotes(const Component &component);

/** "cloudwatch-gpu.csv (cloudwatch, 2024-05-01 to 2024-05-31, 3 records)". */
QString measuredSource(const MeasuredValue &value);

} // namespace greenprint
