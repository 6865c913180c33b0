// SPDX-License-Identifier: GPL-3.0-or-later
#include "actualdata.h"

#include <array>

namespace greenprint::actuals {

namespace {
constexpr std::array<const char16_t *, 6> kSourceKeys = {
    u"cur", u"ccft", u"codecarbon", u"nvidia-smi", u"neuron-monitor", u"cloudwatch"};
constexpr std::array<const char16_t *, 4> kCategoryKeys = {u"compute", u"storage", u"transfer",
                                                           u"other"};

template<typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<const char16_t *, N> &keys, const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QStringView(keys[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

QString sourceKindKey(SourceKind kind)
{
    return QString::fromUtf16(kSourceKeys[static_cast<size_t>(kind)]);
}

std::optional<SourceKind> sourceKindFromKey(const QString &key)
{
    return fromKey<SourceKind>(kSourceKeys, key);
}

QString usageCategoryKey(UsageCategory category)
{
    return QString::fromUtf16(kCategoryKeys[static_cast<size_t>(category)]);
}

std::optional<UsageCategory> usageCategoryFromKey(const QString &key)
{
    return fromKey<UsageCategory>(kCategoryKeys, key);
}

} // namespace greenprint::actuals
