// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultassumptions.h"

#include "domain/filedefaults.h"
#include "io/fieldpath.h"

#include <QCoreApplication>

#include <array>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Estimator)
};

constexpr int kNamedComponents = 3;

/** "50 % assumed, ..." : the value a left-out key takes, and why. */
QString defaultStatement(FileDefault key)
{
    const QString percent = QString::number(FileDefaults::kUtilization * 100.0);
    switch (key) {
    case FileDefault::Count:
        return Tr::tr("%1 instance assumed").arg(FileDefaults::kCount);
    case FileDefault::Pricing:
        return Tr::tr("On-Demand pricing assumed (the price AWS lists for every instance)");
    case FileDefault::Utilization:
        return Tr::tr("%1 % average utilization assumed: CCF's average for servers in hyperscale "
                      "data centres (coefficients.csv utilization.default)")
            .arg(percent);
    case FileDefault::ActiveUtilization:
        return Tr::tr("%1 % utilization while active assumed: CCF's average for servers in "
                      "hyperscale data centres (coefficients.csv utilization.default)")
            .arg(percent);
    case FileDefault::Mode:
        return Tr::tr("a real-time endpoint assumed (SageMaker's default deployment)");
    case FileDefault::ModelsHosted:
        return Tr::tr("%1 model per endpoint assumed").arg(FileDefaults::kModelsHosted);
    case FileDefault::StorageClass:
        return Tr::tr("S3 Standard assumed (the class S3 stores objects in by default)");
    case FileDefault::RetentionMonths:
        return Tr::tr("logs never expire (a new CloudWatch log group keeps them forever)");
    }
    return {};
}

} // namespace

QStringList fileDefaultAssumptions(const Project &project)
{
    struct Users
    {
        QStringList named;
        int more = 0;
    };
    std::array<Users, kFileDefaultCount> users;
    bool any = false;
    for (int s = 0; s < kStageCount; ++s) {
        const ComponentList &components = project.stages[std::size_t(s)].components;
        for (std::size_t c = 0; c < components.size(); ++c) {
            const Component &component = components[c];
            if (component.fileDefaults == 0)
                continue;
            for (std::size_t k = 0; k < kFileDefaultCount; ++k) {
                if (!holdsUsedFileDefault(component, allFileDefaults()[k]))
                    continue;
                any = true;
                Users &u = users[k];
                if (u.named.size() < kNamedComponents) {
                    u.named << QStringLiteral("%1 (%2)").arg(FieldPath::component(s, int(c)),
                                                             component.name);
                } else {
                    ++u.more;
                }
            }
        }
    }
    QStringList items;
    if (!any)
        return items;
    for (std::size_t k = 0; k < kFileDefaultCount; ++k) {
        const Users &u = users[k];
        if (u.named.isEmpty())
            continue;
        QString who = u.named.join(QStringLiteral(", "));
        if (u.more > 0)
            who = Tr::tr("%1 and %2 more").arg(who).arg(u.more);
        const FileDefault key = allFileDefaults()[k];
        items << Tr::tr("%1 not stated in the file for %2: %3")
                     .arg(QString::fromUtf8(fileDefaultKey(key)), who, defaultStatement(key));
    }
    return items;
}

} // namespace greenprint
