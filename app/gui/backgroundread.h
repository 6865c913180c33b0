// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a large project file off the GUI thread, behind a progress dialog.
#pragma once

#include "document/projectdocument.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace greenprint {

/**
 * Reads `path` like ProjectDocument::readFile(). Files up to
 * `BackgroundReadThresholdBytes` are read at once; larger ones (a 100,000-component
 * plan takes about a second) on a worker thread while a
 * window-modal progress dialog keeps the window painting and offers Cancel.
 * Returns nullopt when the user cancels: the worker is told to stop, ends at
 * its next JSON value and drops what it read; nothing of the open project changes.
 */
class BackgroundRead
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::BackgroundRead)

public:
    static constexpr qint64 BackgroundReadThresholdBytes = 1024 * 1024;

    static std::optional<ProjectDocument::ReadResult> read(const QString &path, QWidget *parent);
};

} // namespace greenprint
