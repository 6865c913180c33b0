// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace greenprint::Internal {
namespace {

/** A range bound as people write it: 1000000, not 1e+06; 1e+15 only where digits would pile up. */
QString bound(double value)
{
    if (std::trunc(value) == value && std::abs(value) < 1e12)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

} // namespace

QString JsonObjectReader::aboveLimit(const QString &limit)
{
    return tr("must be at most %1: a bound far beyond any real workload that keeps every "
              "estimate finite")
        .arg(limit);
}

JsonObjectReader::JsonObjectReader(const OrderedJson &object, const QString &path, Issues &issues)
    : m_object(object)
    , m_members(membersOf(object))
    , m_path(path)
    , m_issues(issues)
{ }

QString JsonObjectReader::pathOf(const char *key) const
{
    return joinPath(m_path, QString::fromUtf8(key));
}

const JsonObjectReader::Members &JsonObjectReader::membersOf(const OrderedJson &object)
{
    static const Members kNone;
    return object.is_object()
        ? static_cast<const Members &>(object.get_ref<const OrderedJson::object_t &>())
        : kNone;
}

std::size_t JsonObjectReader::memberIndex(std::string_view key) const
{
    // The object's members in order, compared by length first: ordered_map::find compared
    // every key with strcmp semantics (a strlen and a memcmp each), a tenth of reading.
    const Members &all = m_members;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string &name = all[i].first;
        if (name.size() == key.size() && std::memcmp(name.data(), key.data(), key.size()) == 0)
            return i;
    }
    return kNoMember;
}

const OrderedJson *JsonObjectReader::member(std::string_view key) const
{
    const std::size_t index = memberIndex(key);
    return index == kNoMember ? nullptr : &m_members[index].second;
}

bool JsonObjectReader::has(const char *key) const
{
    return member(key) != nullptr;
}

const OrderedJson *JsonObjectReader::value(const char *key, Presence presence)
{
    const std::string_view name(key);
    m_known.push_back(name);
    const std::size_t index = memberIndex(name);
    if (index == kNoMember) {
        if (presence == Presence::Required)
            error(pathOf(key), tr("required key is missing"));
        return nullptr;
    }
    if (index < kTrackedMembers)
        m_readMembers |= std::uint64_t(1) << index;
    return &m_members[index].second;
}

QString StringPool::get(const std::string &utf8)
{
    if (const auto it = m_strings.find(utf8); it != m_strings.end())
        return it->second;
    QString text = QString::fromStdString(utf8);
    if (m_strings.size() < kMaxStrings)
        m_strings.emplace(utf8, text);
    return text;
}

std::optional<QString> JsonObjectReader::string(const char *key, Presence presence, bool allowEmpty,
                                                StringPool *pool)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->is_string() || (!allowEmpty && v->get_ref<const std::string &>().empty())) {
        error(pathOf(key), allowEmpty ? tr("must be a string") : tr("must be a non-empty string"));
        return std::nullopt;
    }
    const std::string &text = v->get_ref<const std::string &>();
    return pool ? pool->get(text) : QString::fromStdString(text);
}

std::optional<double> JsonObjectReader::number(const char *key, Presence presence,
                                               NumberRange range, bool quiet)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    // The message is made only for a wrong value: reading a valid file makes none.
    const auto reject = [&](bool aboveLimitOnly) -> std::optional<double> {
        if (quiet)
            return std::nullopt;
        QString expected;
        if (aboveLimitOnly) {
            expected = aboveLimit(bound(*range.max));
        } else if (range.max && !range.maxIsLimit) {
            expected = range.minExclusive
                ? tr("must be a number > %1 and <= %2").arg(bound(range.min), bound(*range.max))
                : tr("must be a number between %1 and %2").arg(bound(range.min), bound(*range.max));
        } else {
            expected = range.minExclusive ? tr("must be a number > %1").arg(bound(range.min))
                                          : tr("must be a number >= %1").arg(bound(range.min));
        }
        error(pathOf(key), expected);
        return std::nullopt;
    };
    if (!v->is_number())
        return reject(false);
    const double d = v->get<double>();
    const bool belowMin = range.minExclusive ? d <= range.min : d < range.min;
    if (!std::isfinite(d) || belowMin)
        return reject(false);
    if (range.max && d > *range.max)
        return reject(range.maxIsLimit);
    return d;
}

std::optional<int> JsonObjectReader::integer(const char *key, Presence presence, int min, int max,
                                             bool maxIsLimit)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    // Like JSON Schema, an integer is any number without a fractional part (2 or 2.0).
    const double d = v->is_number() ? v->get<double>() : std::nan("");
    const bool integral = std::isfinite(d) && std::trunc(d) == d;
    if (max == INT_MAX && (!integral || d < min)) {
        error(pathOf(key), tr("must be an integer >= %1").arg(min));
        return std::nullopt;
    }
    if (maxIsLimit && integral && d > max) {
        error(pathOf(key), aboveLimit(QString::number(max)));
        return std::nullopt;
    }
    if (maxIsLimit && (!integral || d < min)) {
        error(pathOf(key), tr("must be an integer >= %1").arg(min));
        return std::nullopt;
    }
    if (!integral || d < min || d > max) {
        error(pathOf(key), tr("must be an integer between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<bool> JsonObjectReader::boolean(const char *key, Presence presence)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        error(pathOf(key), tr("must be true or false"));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<int> JsonObjectReader::keyword(const char *key, Presence presence,
                                             const QStringList &keys)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    // Keywords are ASCII: compared as Latin-1 bytes, no text in another script can match
    // one, and no QString is made for every keyword read.
    const auto latin1 = [](const std::string &text) {
        return QLatin1StringView(text.data(), qsizetype(text.size()));
    };
    const qsizetype index =
        v->is_string() ? keys.indexOf(latin1(v->get_ref<const std::string &>())) : -1;
    if (index < 0) {
        error(pathOf(key), tr("must be one of: %1").arg(keys.join(u", ")));
        return std::nullopt;
    }
    return int(index);
}

const OrderedJson *JsonObjectReader::object(const char *key, Presence presence)
{
    const OrderedJson *v = value(key, presence);
    if (v && !v->is_object()) {
        error(pathOf(key), tr("must be an object"));
        return nullptr;
    }
    return v;
}

const OrderedJson *JsonObjectReader::array(const char *key, Presence presence)
{
    const OrderedJson *v = value(key, presence);
    if (v && !v->is_array()) {
        error(pathOf(key), tr("must be an array"));
        return nullptr;
    }
    return v;
}

std::optional<QByteArray> JsonObjectReader::rawJson(const char *key, Presence presence)
{
    const OrderedJson *v = value(key, presence);
    if (!v)
        return std::nullopt;
    return QByteArray::fromStdString(v->dump());
}

bool JsonObjectReader::isKnown(const std::string &key) const
{
    return std::find(m_known.cbegin(), m_known.cend(), std::string_view(key)) != m_known.cend();
}

bool JsonObjectReader::allMembersRead() const
{
    const std::size_t count = m_members.size();
    return count <= kTrackedMembers
        && m_readMembers
        == (count == kTrackedMembers ? ~std::uint64_t(0) : (std::uint64_t(1) << count) - 1);
}

JsonExtras JsonObjectReader::extras() const
{
    // Every member read (a component, most of the time): no key of it to look for.
    if (allMembersRead())
        return {};
    JsonExtras result;
    for (const auto &[key, v] : m_members) {
        if (!isKnown(key))
            result.insert(QString::fromStdString(key), QByteArray::fromStdString(v.dump()));
    }
    return result;
}

void JsonObjectReader::warnAboutUnknownKeys()
{
    for (const auto &[key, v] : m_members) {
        if (!isKnown(key)) {
            m_issues.push_back({Issue::Severity::Warning,
                                joinPath(m_path, QString::fromStdString(key)),
                                tr("unknown key is ignored and will not be saved"),
                                {}});
        }
    }
}

void JsonObjectReader::error(const QString &path, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, path, message, {}});
}

} // namespace greenprint::Internal
