// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "filesafety.h"
#include "mainwindow.h"
#include "screenshotter.h"

#include "i18n/languagemanager.h"

#include "refdata/referencerepository.h"
#include "refdata/userrepository.h"

#include "gui/plainmessage.h"

#include <QApplication>
#include <QMessageBox>
#include <QSize>

namespace greenprint {

int runGui(QApplication &app)
{
    QStringList args = QApplication::arguments();
    args.removeFirst();
    // Hidden option for tests/screenshots.sh: render the main views to PNGs and quit.
    QString screenshotDir;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshot")); at >= 0) {
        screenshotDir = args.value(at + 1);
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    }

    // Hidden option for screenshots: the window's size, e.g. 1280x720 (the compact layout).
    QSize windowSize;
    if (const qsizetype at = args.indexOf(QStringLiteral("--window-size")); at >= 0) {
        const QStringList parts = args.value(at + 1).split(u'x');
        if (parts.size() == 2)
            windowSize = QSize(parts[0].toInt(), parts[1].toInt());
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    }

    // Hidden option for screenshots and tests: this language instead of the preference's.
    LanguageManager languages;
    if (const qsizetype at = args.indexOf(QStringLiteral("--language")); at >= 0) {
        languages.setLanguage(args.value(at + 1));
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    } else {
        languages.applyPreference();
    }

    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    MainWindow window(std::move(loaded.data));
    UserRepository user;
    if (screenshotDir.isEmpty() && user.open())
        window.mergeUserCatalog(user);

    if (!screenshotDir.isEmpty()) {
        Screenshotter screenshots(&window);
        if (windowSize.isValid())
            screenshots.setWindowSize(windowSize);
        return screenshots.run(args.value(0), screenshotDir) ? 0 : 1;
    }

    window.show();
    QStringList problems; // the Info that the embedded copy was used is not worth a dialog
    for (const Issue &issue : loaded.issues) {
        if (issue.severity != Issue::Severity::Info)
            problems << issue.toString();
    }
    if (!problems.isEmpty())
        showPlainMessage(&window, QMessageBox::Warning, MainWindow::tr("Reference Data"),
                         problems.join(u'\n'));
    if (auto *safety = window.findChild<FileSafety *>())
        safety->offerRecovery(); // after a crash: restore the unsaved changes?
    if (!args.isEmpty())
        window.openFile(args.first());
    return app.exec();
}

} // namespace greenprint
