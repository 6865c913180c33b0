// SPDX-License-Identifier: GPL-3.0-or-later
// The application's settings, each a typed key with a default.
#pragma once

#include "preference.h"

#include "domain/project.h"

#include <QStringList>

namespace greenprint {

/** How energy or carbon values are scaled for display. */
enum class UnitChoice { Auto = 0, Small = 1, Medium = 2, Large = 3 }; ///< g/kg/t, Wh/kWh/MWh

/**
 * Every setting of the application. Cheap to construct (QSettings is opened
 * per access), so create one where needed instead of sharing a singleton.
 */
struct Preferences
{
    Preference<QString> defaultRegion{QStringLiteral("project/defaultRegion"),
                                      QStringLiteral("us-east-1")};
    /** Methodology keyword of new projects (greenprint, ccf, green-algorithms). */
    Preference<QString> defaultMethodology{QStringLiteral("project/defaultMethodology"),
                                           QStringLiteral("greenprint")};
    /** Grid-intensity dataset id of new projects. */
    Preference<QString> defaultGridDataset{QStringLiteral("project/defaultGridDataset"),
                                           QStringLiteral("recommended")};
    /** User-interface language code (en, de, fr, ja); empty: follow the system. */
    Preference<QString> language{QStringLiteral("display/language"), {}};
    Preference<int> carbonUnit{QStringLiteral("display/carbonUnit"), int(UnitChoice::Auto)};
    Preference<int> energyUnit{QStringLiteral("display/energyUnit"), int(UnitChoice::Auto)};
    Preference<QStringList> recentFiles{QStringLiteral("file/recentFiles"), {}};
    Preference<QString> lastDirectory{QStringLiteral("file/lastDirectory"), {}};
    Preference<QByteArray> windowGeometry{QStringLiteral("window/geometry"), {}};
    Preference<QByteArray> windowState{QStringLiteral("window/state"), {}};

    static constexpr int kMaxRecentFiles = 8;
    /** An empty project with the default region, methodology and grid dataset. */
    Project newProject() const;
    /** Puts `path` first in the recent files list (absolute, deduplicated, trimmed). */
    void addRecentFile(const QString &path);
};

} // namespace greenprint
