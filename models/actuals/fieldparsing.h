// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing the numbers, dates and times of imported files (shared by the importers).
#pragma once

#include "actualdata.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

namespace greenprint::actuals::Internal {

/** A finite decimal number ("1.5", "-2e3"); nullopt otherwise. */
std::optional<double> parseNumber(std::string_view text);
/** The date of "YYYY-MM-DD..." (any time after it ignored); invalid otherwise. */
QDate parseDay(std::string_view text);
/**
 * A UTC time: ISO 8601 ("2024-05-01T10:00:00Z", "...00.123+00:00", a space for
 * the T) or nvidia-smi's "2024/05/01 10:00:00.123". Invalid otherwise.
 */
QDateTime parseTime(std::string_view text);
/** Provenance of `path` before its records are read (size, modification time, now). */
ImportProvenance provenanceOf(SourceKind kind, const QString &path, const QString &format);
inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace greenprint::actuals::Internal
