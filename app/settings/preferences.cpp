// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QFileInfo>

namespace greenprint {

void Preferences::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    recentFiles.set(files);
}

} // namespace greenprint
