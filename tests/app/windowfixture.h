// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as the GUI tests open it: Qt's test locations, a shown window, an example.
#pragma once

#include "document/projectdocument.h"
#include "gui/mainwindow.h"

#include "../models/referencedb.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace greenprint::test {

/** Settings and data go to Qt's test locations, under `testName`: never the user's. */
inline void useTestLocations(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("greenprint-tests"));
    QCoreApplication::setApplicationName(testName);
}

/**
 * A new main window of `size` (1600 x 1000 unless told), shown and exposed, with `example`
 * (a path below the source tree) open. False when the window is not exposed or the file
 * does not load.
 */
[[nodiscard]] inline bool openWindow(
    std::unique_ptr<MainWindow> &window,
    const QString &example = QStringLiteral("data/examples/bert-finetune-realtime.greenprint"),
    QSize size = QSize(1600, 1000))
{
    window = std::make_unique<MainWindow>(builtReferenceData());
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window.get())
        && window->document()->load(sourcePath(example));
}

/** Closes the window without asking to save what the test changed. */
inline void closeWindow(std::unique_ptr<MainWindow> &window)
{
    window->document()->undoStack()->setClean();
    window.reset();
}

} // namespace greenprint::test
