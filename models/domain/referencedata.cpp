// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <cstdlib>

#include <QCoreApplication>

#include <iterator>

namespace greenprint {

void ReferenceData::reindex()
{
    m_instanceIndex.clear();
    m_regionIndex.clear();
    for (int i = 0; i < static_cast<int>(instances.size()); ++i)
        m_instanceIndex.insert(instances[i].id, i);
    for (int i = 0; i < static_cast<int>(regions.size()); ++i)
        m_regionIndex.insert(regions[i].id, i);
    m_latencyIndex.clear();
    for (int i = 0; i < static_cast<int>(regionLatencies.size()); ++i)
        m_latencyIndex.insert(regionLatencies[i].fromRegion + u' ' + regionLatencies[i].toRegion,
                              i);
}

const RegionLatency *ReferenceData::latency(const QString &from, const QString &to) const
{
    const auto it = m_latencyIndex.constFind(from + u' ' + to);
    return it == m_latencyIndex.cend() ? nullptr : &regionLatencies[*it];
}

void ReferenceData::merge(const std::vector<InstanceSpec> &moreInstances,
                          const std::vector<RegionSpec> &moreRegions)
{
    for (const InstanceSpec &spec : moreInstances) {
        if (auto it = m_instanceIndex.constFind(spec.id); it != m_instanceIndex.cend()) {
            instances[*it] = spec;
        } else {
            m_instanceIndex.insert(spec.id, static_cast<int>(instances.size()));
            instances.push_back(spec);
        }
    }
    for (const RegionSpec &spec : moreRegions) {
        if (auto it = m_regionIndex.constFind(spec.id); it != m_regionIndex.cend()) {
            regions[*it] = spec;
        } else {
            m_regionIndex.insert(spec.id, static_cast<int>(regions.size()));
            regions.push_back(spec);
        }
    }
}

const InstanceSpec *ReferenceData::instance(const QString &id) const
{
    auto it = m_instanceIndex.constFind(id);
    return it == m_instanceIndex.cend() ? nullptr : &instances[*it];
}

Offering ReferenceData::offering(const QString &instanceId, const QString &regionId) const
{
    const InstanceSpec *spec = instance(instanceId);
    const QString ec2 = spec && spec->sagemaker ? spec->otherName : instanceId;
    return offerings.offering(ec2, regionId);
}

const RegionSpec *ReferenceData::region(const QString &id) const
{
    auto it = m_regionIndex.constFind(id);
    return it == m_regionIndex.cend() ? nullptr : &regions[*it];
}

const StorageClassSpec *ReferenceData::storageClass(StorageClass storageClass) const
{
    for (const StorageClassSpec &spec : storageClasses) {
        if (spec.storageClass == storageClass)
            return &spec;
    }
    return nullptr;
}

const ResidualMixFactor *ReferenceData::residualMix(const QString &countryIso3, int year) const
{
    const ResidualMixFactor *best = nullptr;
    for (const ResidualMixFactor &f : residualMixes) {
        if (countryIso3.isEmpty() || f.countryIso3 != countryIso3)
            continue;
        const int distance = std::abs(f.dataYear - year);
        const int bestDistance = best ? std::abs(best->dataYear - year) : 0;
        if (!best || distance < bestDistance
            || (distance == bestDistance && f.dataYear > best->dataYear))
            best = &f;
    }
    return best;
}

const Coefficient *ReferenceData::coefficient(QStringView key) const
{
    for (const Coefficient &c : coefficients) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

double ReferenceData::coefficientValue(QStringView key, double fallback) const
{
    const Coefficient *c = coefficient(key);
    return c ? c->value : fallback;
}

const Claim *ReferenceData::claim(const QString &id) const
{
    for (const Claim &c : claims) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Measurement *ReferenceData::measurement(int run, const QString &phase) const
{
    for (const Measurement &m : measurements) {
        if (m.run == run && m.phase == phase)
            return &m;
    }
    return nullptr;
}

namespace {
constexpr const char16_t *kCategoryKeys[] = {u"trainium",         u"inferentia", u"nvidia_gpu",
                                             u"graviton",         u"x86_cpu",    u"custom",
                                             u"other_accelerator"};
}

QString instanceCategoryKey(InstanceCategory category)
{
    return QString::fromUtf16(kCategoryKeys[static_cast<int>(category)]);
}

std::optional<InstanceCategory> instanceCategoryFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(kCategoryKeys)); ++i) {
        if (key == QStringView(kCategoryKeys[i]))
            return static_cast<InstanceCategory>(i);
    }
    return std::nullopt;
}

QString instanceCategoryDisplayName(InstanceCategory category)
{
    const char *text = "";
    switch (category) {
    case InstanceCategory::Trainium:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "Trainium");
        break;
    case InstanceCategory::Inferentia:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "Inferentia");
        break;
    case InstanceCategory::NvidiaGpu:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "NVIDIA GPU");
        break;
    case InstanceCategory::Graviton:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "Graviton");
        break;
    case InstanceCategory::X86Cpu:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "x86 CPU");
        break;
    case InstanceCategory::Custom:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "Custom");
        break;
    case InstanceCategory::OtherAccelerator:
        text = QT_TRANSLATE_NOOP("greenprint::Names", "Other accelerator");
        break;
    }
    return QCoreApplication::translate("greenprint::Names", text);
}

} // namespace greenprint
