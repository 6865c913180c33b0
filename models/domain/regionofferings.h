// SPDX-License-Identifier: GPL-3.0-or-later
// Which AWS Regions offer an EC2 instance type, from a dated public snapshot.
#pragma once

/*
 * Region offerings
 * ================
 * AWS does not offer every instance type in every Region. The reference data
 * carries one snapshot of EC2 DescribeInstanceTypeOfferings per Region
 * (data/reference/instance_regions.csv and offering_regions.csv, generated from
 * the pinned extract in data/reference/sources/moto/). A question about a Region
 * the snapshot does not cover, or a type it does not list anywhere (a new size,
 * a custom instance), has no answer: `Offering::Unknown`, never "not offered".
 */

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace greenprint {

enum class Offering {
    Offered, ///< the snapshot lists the type in the Region
    NotOffered, ///< the snapshot covers the Region and lists the type only elsewhere
    Unknown ///< the Region is not covered, or the type is not in the snapshot
};

class RegionOfferings
{
public:
    /** The Regions the snapshot covers, its date and its source. */
    void setCoverage(const QStringList &regions, const QString &asOf, const QString &source);
    /** The Regions offering `instance` (an EC2 type); empty: listed in none of them. */
    void setRegions(const QString &instance, const QStringList &regions);

    /** Whether `instance` (an EC2 type name) is offered in `region`. */
    Offering offering(const QString &instance, const QString &region) const;
    /** The covered Regions offering `instance`, sorted; empty when offered in none or unknown. */
    QStringList regions(const QString &instance) const;
    /** The type is in the snapshot (with or without a Region offering it). */
    bool lists(const QString &instance) const { return m_regions.contains(instance); }
    bool covers(const QString &region) const { return m_covered.contains(region); }
    bool isEmpty() const { return m_covered.isEmpty(); }
    QStringList coveredRegions() const;
    QString asOf() const { return m_asOf; }
    QString source() const { return m_source; }

private:
    QHash<QString, QStringList> m_regions;
    QSet<QString> m_covered;
    QString m_asOf;
    QString m_source;
};

} // namespace greenprint
