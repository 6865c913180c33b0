// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

#include <optional>

namespace greenprint {

/**
 * A spin box for a data size held in GB that also takes the size in other
 * units: "2 TB", "1.5 PB", "500 MB", "2 TiB". Units are AWS's billing units:
 * S3 bills GB-months where 1 GB is 2^30 bytes and 1 TB is 2^40 bytes (Amazon S3
 * FAQs, storage billing example: "100GB (107,374,182,400 bytes)", "100TB
 * (109,951,162,777,600 bytes)", https://aws.amazon.com/s3/faqs/), so 1 TB is
 * 1024 GB, 1 PB 1024 TB and 1 MB 1/1024 GB; the binary names (GiB, TiB, ...)
 * mean the same. A number without a unit is in GB. After editing, the box shows
 * the size in GB ("2 TB" becomes 2048 GB).
 */
class SizeSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    /** GB per unit ("MB", "GB", "TB", "PB", their "iB" names; any case), or nullopt. */
    static std::optional<double> gigabytesPerUnit(const QString &unit);
    /**
     * The size `text` means in GB: a number in `locale` (or in C) and an optional
     * unit; `suffix`, the box's own suffix (" GB/month"), may follow. nullopt
     * when it is not a size.
     */
    static std::optional<double> parseGigabytes(const QString &text, const QLocale &locale,
                                                const QString &suffix = {});

    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
};

} // namespace greenprint
