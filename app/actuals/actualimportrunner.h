// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a file of actual usage off the GUI thread, with a progress bar and Cancel.
#pragma once

#include "actuals/importer.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace greenprint {

/**
 * Runs actuals::importFile() on a worker thread while a window-modal progress
 * dialog shows the share of the file read (compressed bytes for a .gz) and
 * offers Cancel. Cancel makes the importer stop at its next progress report
 * (a few thousand records later) and return without data; nothing is stored.
 */
class ActualImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ActualImportRunner)

public:
    /** The import's result; result.cancelled when the user cancelled. */
    static actuals::ImportResult run(actuals::SourceKind kind, const QString &path,
                                     QWidget *parent);
};

} // namespace greenprint
