// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcheck.h"

#include <QCoreApplication>
#include <QSet>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Estimator)
};

void error(Issues &issues, const QString &path, const QString &message)
{
    issues.push_back({Issue::Severity::Error, path, message, {}});
}

} // namespace

void checkProjectCatalog(const Project &project, const ReferenceData &reference, Issues &issues,
                         QStringList &assumptions)
{
    for (std::size_t i = 0; i < project.catalogInstances.size(); ++i) {
        const CatalogInstance &instance = project.catalogInstances[i];
        if (!reference.instance(instance.id))
            continue;
        if (instance.overridesReference) {
            assumptions << Tr::tr("The project's catalog replaces the reference instance %1 on "
                                  "purpose: %2 W idle, %3 W at full load.")
                               .arg(instance.id)
                               .arg(instance.idlePowerW)
                               .arg(instance.maxPowerW);
        } else {
            error(issues, QStringLiteral("catalog.instances[%1].id").arg(i),
                  Tr::tr("\"%1\" is a reference instance; this entry would replace it for the "
                         "whole project. Give it another id, or add \"overridesReference\": true "
                         "to replace it on purpose")
                      .arg(instance.id));
        }
    }
    QSet<QString> catalogRegions;
    for (std::size_t i = 0; i < project.catalogRegions.size(); ++i) {
        const CatalogRegion &region = project.catalogRegions[i];
        catalogRegions.insert(region.id);
        if (!reference.region(region.id))
            continue;
        if (region.overridesReference) {
            assumptions << Tr::tr("The project's catalog replaces the reference region %1 on "
                                  "purpose: %2 gCO2e/kWh.")
                               .arg(region.id)
                               .arg(region.gridGCo2ePerKWh);
        } else {
            error(issues, QStringLiteral("catalog.regions[%1].id").arg(i),
                  Tr::tr("\"%1\" is a reference region; this entry would replace it for the "
                         "whole project. Give it another id, or add \"overridesReference\": true "
                         "to replace it on purpose")
                      .arg(region.id));
        }
    }
    const auto checkRegion = [&](const QString &path, const QString &region) {
        if (!catalogRegions.contains(region) && !reference.region(region)) {
            error(issues, path,
                  Tr::tr("unknown region \"%1\": neither the reference data nor the project's "
                         "catalog defines it")
                      .arg(region));
        }
    };
    const QStringList &allowed = project.constraints.allowedRegions;
    for (qsizetype i = 0; i < allowed.size(); ++i)
        checkRegion(QStringLiteral("constraints.allowedRegions[%1]").arg(i), allowed[i]);
    if (!project.constraints.usersRegion.isEmpty())
        checkRegion(QStringLiteral("constraints.usersRegion"), project.constraints.usersRegion);
}

} // namespace greenprint
