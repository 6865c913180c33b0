// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "methodchoices.h"

#include "domain/names.h"

#include <QFileInfo>

namespace greenprint {

Project Preferences::newProject() const
{
    Project project;
    project.region = defaultRegion.get();
    project.settings.methodology =
        methodologyFromKey(defaultMethodology.get()).value_or(Methodology::Greenprint);
    project.settings.gridDataset =
        gridDatasetFromKey(defaultGridDataset.get()).value_or(GridDatasetChoice::Recommended);
    return project;
}

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
