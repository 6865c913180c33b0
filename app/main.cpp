// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cli/commandline.h"
#include "gui/guiapplication.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    greenprint::setApplicationIdentity();
    if (greenprint::cli::isCommandLineInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return greenprint::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return greenprint::runGui(app);
}
