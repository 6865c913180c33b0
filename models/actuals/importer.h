// SPDX-License-Identifier: GPL-3.0-or-later
// One entry point for every importer of actual usage, with progress and cancel.
#pragma once

#include "actualdata.h"

#include <QString>

#include <functional>
#include <optional>

namespace greenprint::actuals {

/**
 * Called every few thousand records with the bytes read from the file so far
 * and its size (compressed bytes for a .gz); return false to cancel.
 */
using ImportProgress = std::function<bool(qint64 doneBytes, qint64 totalBytes)>;

struct ImportResult
{
    std::optional<ImportedData> data; ///< empty on failure or cancel
    QString errorString; ///< "file:line:column: problem" (or "file: problem")
    bool cancelled = false;
};

/** Reads `path` as a file of `kind`. Never throws; nothing is stored (see ActualsStore). */
ImportResult importFile(SourceKind kind, const QString &path, const ImportProgress &progress = {});

ImportResult importCur(const QString &path, const ImportProgress &progress = {});
ImportResult importCarbonExport(const QString &path, const ImportProgress &progress = {});
ImportResult importCodeCarbon(const QString &path, const ImportProgress &progress = {});
ImportResult importNvidiaSmi(const QString &path, const ImportProgress &progress = {});
ImportResult importNeuronMonitor(const QString &path, const ImportProgress &progress = {});
ImportResult importCloudWatch(const QString &path, const ImportProgress &progress = {});

} // namespace greenprint::actuals
