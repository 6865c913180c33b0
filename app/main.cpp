// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cli/batchallocator.h"
#include "cli/commandline.h"
#include "gui/guiapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must fail the write, which is reported and leaves the
    // old file in place, instead of killing the process and losing unsaved work.
    std::signal(SIGXFSZ, SIG_IGN);
    greenprint::setApplicationIdentity();
    if (greenprint::cli::isCommandLineInvocation(argc, argv)) {
        // One command, then exit: freed memory is kept for the next allocation.
        greenprint::cli::keepFreedMemoryForReuse();
        if (greenprint::cli::needsGuiApplication(argc, argv)) {
            // The PDF plan needs fonts, not a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return greenprint::cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        return greenprint::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return greenprint::runGui(app);
}
