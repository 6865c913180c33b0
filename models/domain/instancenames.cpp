// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancenames.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::InstanceNames)
};

const QString kSageMakerPrefix = QStringLiteral("ml.");

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

/** EC2 catalog rows (no SageMaker names) of one family. */
std::vector<const InstanceSpec *> familyMembers(const ReferenceData &reference,
                                                const QString &family)
{
    std::vector<const InstanceSpec *> members;
    for (const InstanceSpec &spec : reference.instances) {
        if (!spec.sagemaker && spec.origin == DataOrigin::Reference && spec.family == family)
            members.push_back(&spec);
    }
    return members;
}

/** The member whose size is nearest `units` (the larger one on a tie). */
const InstanceSpec *nearestSize(const std::vector<const InstanceSpec *> &members, double units)
{
    const InstanceSpec *best = nullptr;
    double bestDistance = 0.0;
    for (const InstanceSpec *member : members) {
        const auto memberUnits = sizeUnits(QStringView(member->id).mid(member->family.size() + 1));
        if (!memberUnits)
            continue;
        const double distance = std::abs(std::log(*memberUnits / units));
        if (!best || distance < bestDistance - 1e-9
            || (std::abs(distance - bestDistance) < 1e-9 && member->vcpus > best->vcpus)) {
            best = member;
            bestDistance = distance;
        }
    }
    return best;
}

/** Up to three known types closest to `id`: same size in the nearest-named families. */
QStringList closestKnownTypes(const ReferenceData &reference, const QString &family,
                              QStringView size)
{
    QHash<QString, std::vector<const InstanceSpec *>> families;
    for (const InstanceSpec &spec : reference.instances) {
        if (!spec.sagemaker && spec.origin == DataOrigin::Reference)
            families[spec.family].push_back(&spec);
    }
    QStringList names = families.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const int da = editDistance(family, a);
        const int db = editDistance(family, b);
        return da != db ? da < db : a < b;
    });
    const double units = sizeUnits(size).value_or(1.0);
    QStringList closest;
    for (const QString &name : names) {
        if (closest.size() == 3)
            break;
        if (const InstanceSpec *spec = nearestSize(families.value(name), units))
            closest << spec->id;
        else if (!families.value(name).empty())
            closest << families.value(name).front()->id;
    }
    return closest;
}

InstanceResolution deriveEc2(const ReferenceData &reference, const QString &id)
{
    InstanceResolution result;
    const qsizetype dot = id.indexOf(u'.');
    const QString family = dot > 0 ? id.left(dot) : id;
    const QString size = dot > 0 ? id.mid(dot + 1) : QString();
    const std::vector<const InstanceSpec *> members = familyMembers(reference, family);
    if (members.empty()) {
        result.error =
            Tr::tr("unknown instance type \"%1\": no family \"%2\" in the catalog; "
                   "closest known types: %3")
                .arg(id, family,
                     closestKnownTypes(reference, family, size).join(QStringLiteral(", ")));
        return result;
    }
    QStringList memberIds;
    for (const InstanceSpec *m : members)
        memberIds << m->id;
    const bool accelerated = std::any_of(members.begin(), members.end(), [](const InstanceSpec *m) {
        return m->acceleratorCount > 0;
    });
    const auto units = sizeUnits(size);
    if (accelerated || !units) {
        const QString why = accelerated
            ? Tr::tr("%1 is an accelerated family and its accelerators per size do not follow "
                     "the vCPUs, so a new size cannot be derived")
                  .arg(family)
            : Tr::tr("\"%1\" is not a size Greenprint can scale by vCPU").arg(size);
        const InstanceSpec *nearest = nearestSize(members, units.value_or(1.0));
        QStringList closest;
        if (nearest)
            closest << nearest->id;
        for (const QString &m : std::as_const(memberIds)) {
            if (closest.size() < 3 && !closest.contains(m))
                closest << m;
        }
        result.error = Tr::tr("unknown instance type \"%1\": %2; closest known types: %3")
                           .arg(id, why, closest.join(QStringLiteral(", ")));
        return result;
    }

    const InstanceSpec *base = nearestSize(members, *units);
    if (!base) {
        result.error = Tr::tr("unknown instance type \"%1\": no size of %2 to scale from; "
                              "known types: %3")
                           .arg(id, family, memberIds.join(QStringLiteral(", ")));
        return result;
    }
    const double baseUnits = *sizeUnits(QStringView(base->id).mid(family.size() + 1));
    const int vcpus = std::max(1, int(std::lround(base->vcpus * *units / baseUnits)));
    const double scale = double(vcpus) / base->vcpus;

    InstanceSpec spec = *base;
    spec.id = id;
    spec.vcpus = vcpus;
    spec.memoryGiB = base->memoryGiB * scale;
    spec.idlePowerW = base->idlePowerW * scale;
    spec.maxPowerW = base->maxPowerW * scale;
    for (LoadPoint &p : spec.loadPoints)
        p.powerW *= scale;
    spec.teadsMeasured = false;
    spec.familyMaxVcpus = std::max(base->familyMaxVcpus, vcpus);
    if (base->platformEmbodiedCo2eKg && spec.familyMaxVcpus > 0)
        spec.embodiedCo2eKg = *base->platformEmbodiedCo2eKg * vcpus / spec.familyMaxVcpus;
    else if (base->embodiedCo2eKg)
        spec.embodiedCo2eKg = *base->embodiedCo2eKg * scale;
    if (base->priceUsdPerHour)
        spec.priceUsdPerHour = *base->priceUsdPerHour * scale;
    spec.powerMethod = QStringLiteral("derived (vCPU scaling of %1)").arg(base->id);
    spec.derivedFrom = base->id;
    spec.otherName.clear();
    spec.notes = Tr::tr("derived: not in the catalog; %1 x %2 (%3 / %4 vCPUs)")
                     .arg(base->id)
                     .arg(scale, 0, 'g', 4)
                     .arg(vcpus)
                     .arg(base->vcpus);
    spec.source = base->source + QStringLiteral(" | derived by vCPU scaling of ") + base->id;
    result.spec = std::move(spec);
    return result;
}

} // namespace

std::optional<double> sizeUnits(QStringView size)
{
    static const QRegularExpression multiple(QStringLiteral("^(?:metal-)?(\\d+)x?l$"));
    static const QHash<QString, double> named = {
        {QStringLiteral("nano"), 1.0 / 32}, {QStringLiteral("micro"), 1.0 / 16},
        {QStringLiteral("small"), 1.0 / 8}, {QStringLiteral("medium"), 1.0 / 4},
        {QStringLiteral("large"), 1.0 / 2}, {QStringLiteral("xlarge"), 1.0}};
    if (const auto it = named.constFind(size.toString()); it != named.cend())
        return *it;
    QString text = size.toString();
    if (text.endsWith(QStringLiteral("xlarge")))
        text.chop(4); // "24xlarge" -> "24xl"
    const auto match = multiple.match(text);
    if (match.hasMatch()) {
        const double n = match.captured(1).toDouble();
        if (n > 0)
            return n;
    }
    return std::nullopt;
}

void addSageMakerNames(const std::vector<SageMakerName> &names, ReferenceData *data)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < qsizetype(data->instances.size()); ++i)
        index.insert(data->instances[i].id, i);
    const double factor = data->coefficientValue(CoefficientKey::SageMakerPriceFactor, 1.0);
    std::vector<InstanceSpec> added;
    for (const SageMakerName &name : names) {
        const auto it = index.constFind(name.ec2Instance);
        if (it == index.cend() || index.contains(name.mlName))
            continue;
        InstanceSpec &ec2 = data->instances[*it];
        ec2.otherName = name.mlName;
        InstanceSpec spec = ec2;
        spec.id = name.mlName;
        spec.otherName = ec2.id;
        spec.sagemaker = true;
        spec.sagemakerUses = name.uses;
        if (ec2.priceUsdPerHour)
            spec.priceUsdPerHour = *ec2.priceUsdPerHour * factor;
        spec.source =
            ec2.source + QStringLiteral(" | ") + name.source + QStringLiteral(" (ml. name)");
        added.push_back(std::move(spec));
    }
    data->instances.insert(data->instances.end(), std::make_move_iterator(added.begin()),
                           std::make_move_iterator(added.end()));
}

InstanceResolution deriveInstance(const ReferenceData &reference, const QString &id)
{
    if (!id.startsWith(kSageMakerPrefix))
        return deriveEc2(reference, id);
    const QString ec2Id = id.mid(kSageMakerPrefix.size());
    if (const InstanceSpec *known = reference.instance(ec2Id)) {
        InstanceResolution result;
        result.error = Tr::tr("unknown instance type \"%1\": SageMaker does not list it (the "
                              "EC2 type %2 is known; use that name outside SageMaker)")
                           .arg(id, known->id);
        return result;
    }
    InstanceResolution result = deriveEc2(reference, ec2Id);
    if (!result.spec) {
        result.error.replace(QStringLiteral("\"%1\"").arg(ec2Id), QStringLiteral("\"%1\"").arg(id));
        return result;
    }
    InstanceSpec &spec = *result.spec;
    spec.otherName = spec.id;
    spec.id = id;
    spec.sagemaker = true;
    if (spec.priceUsdPerHour) {
        spec.priceUsdPerHour = *spec.priceUsdPerHour
            * reference.coefficientValue(CoefficientKey::SageMakerPriceFactor, 1.0);
    }
    return result;
}

} // namespace greenprint
