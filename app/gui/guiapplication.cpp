// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "mainwindow.h"
#include "refdata/referencerepository.h"
#include "refdata/userrepository.h"

#include <QApplication>
#include <QMessageBox>

namespace greenprint {

int runGui(QApplication &app)
{
    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    ReferenceData reference = std::move(loaded.data);
    UserRepository user;
    if (user.open())
        reference.merge(user.instances(), user.regions());

    MainWindow window(std::move(reference));
    window.show();
    if (!loaded.issues.empty()) {
        QStringList lines;
        for (const Issue &issue : loaded.issues)
            lines << issue.toString();
        QMessageBox::warning(&window, QApplication::translate("greenprint::MainWindow", "Reference data"),
                             lines.join(u'\n'));
    }
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.openFile(args.at(1));
    return app.exec();
}

} // namespace greenprint
