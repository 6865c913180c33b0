// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionofferings.h"

#include <algorithm>

namespace greenprint {

void RegionOfferings::setCoverage(const QStringList &regions, const QString &asOf,
                                  const QString &source)
{
    m_covered = QSet<QString>(regions.cbegin(), regions.cend());
    m_asOf = asOf;
    m_source = source;
}

void RegionOfferings::setRegions(const QString &instance, const QStringList &regions)
{
    QStringList sorted = regions;
    sorted.removeAll(QString());
    std::sort(sorted.begin(), sorted.end());
    m_regions.insert(instance, sorted);
}

Offering RegionOfferings::offering(const QString &instance, const QString &region) const
{
    const auto it = m_regions.constFind(instance);
    if (!m_covered.contains(region) || it == m_regions.cend())
        return Offering::Unknown;
    return it->contains(region) ? Offering::Offered : Offering::NotOffered;
}

QStringList RegionOfferings::regions(const QString &instance) const
{
    return m_regions.value(instance);
}

QStringList RegionOfferings::coveredRegions() const
{
    QStringList regions(m_covered.cbegin(), m_covered.cend());
    std::sort(regions.begin(), regions.end());
    return regions;
}

} // namespace greenprint
