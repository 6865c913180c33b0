// SPDX-License-Identifier: GPL-3.0-or-later
// The record loop and field checks every CSV importer shares.
#pragma once

#include "csvstream.h"
#include "importer.h"

#include <QDate>
#include <QDateTime>

namespace greenprint::actuals::Internal {

/**
 * Reads the next record of `csv`, reporting progress every few thousand records.
 * False at the end of the file, and when reading failed or the caller
 * cancelled: then *failed is true and `result` says which.
 */
bool nextRecord(CsvStream &csv, const ImportProgress &progress, ImportResult &result, bool *failed);
/** The UTC time in `column`; false with result.errorString ("not a time") when it is not one. */
bool readTime(const CsvStream &csv, int column, QDateTime *time, ImportResult &result);
/** The day in `column`; false with result.errorString ("not a date") when it is not one. */
bool readDay(const CsvStream &csv, int column, QDate *day, ImportResult &result);

} // namespace greenprint::actuals::Internal
