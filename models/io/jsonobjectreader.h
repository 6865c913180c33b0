// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: typed, validating access to the keys of one JSON object.
#pragma once

#include "jsondombuilder.h"

#include "domain/issue.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace greenprint::Internal {

/** A closed or half-open range a number must fall in. */
struct NumberRange
{
    double min = 0.0;
    std::optional<double> max;
    bool minExclusive = false; ///< the number must be greater than min, not equal to it
    /** max is a physical sanity bound (domain/fieldlimits.h), reported on its own. */
    bool maxIsLimit = false;
};

/**
 * Text read once per distinct value: equal strings read through one pool share one QString.
 * For names that repeat across a plan's components (instance types, regions): a large plan
 * converts and allocates each of them once, not once per component. Holds at most
 * kMaxStrings distinct values (a file of unique names converts the rest one by one).
 */
class StringPool
{
public:
    QString get(const std::string &utf8);

private:
    static constexpr std::size_t kMaxStrings = 4096;
    std::unordered_map<std::string, QString> m_strings;
};

/**
 * Reads the keys of one JSON object, checking each value's type and range.
 *
 * Every problem is appended to the shared issue list with the key's JSON path;
 * the getters then return nullopt. Keys read through this class count as
 * known; extras() returns every other key as compact JSON text so that it can
 * be written back unchanged.
 */
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)

public:
    enum class Presence { Required, Optional };

    /**
     * `object` must be a JSON object and outlive the reader. Every `key` passed to the
     * getters below must outlive it too (they are string literals).
     */
    JsonObjectReader(const OrderedJson &object, const QString &path, Issues &issues);

    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    bool has(const char *key) const;
    /** Counts `key` as known (read elsewhere) so that extras() leaves it out. */
    void markKnown(const char *key) { m_known.push_back(key); }

    /** With `pool`, the text is taken from it (see StringPool). */
    std::optional<QString> string(const char *key, Presence presence, bool allowEmpty = true,
                                  StringPool *pool = nullptr);
    /** `quiet`: a wrong value is not reported (the caller reports it its own way). */
    std::optional<double> number(const char *key, Presence presence, NumberRange range,
                                 bool quiet = false);
    /** `maxIsLimit`: as NumberRange::maxIsLimit. */
    std::optional<int> integer(const char *key, Presence presence, int min, int max = INT_MAX,
                               bool maxIsLimit = false);
    std::optional<bool> boolean(const char *key, Presence presence);
    /** A keyword from `keys`; returns its index in `keys`. */
    std::optional<int> keyword(const char *key, Presence presence, const QStringList &keys);
    /** The value if it is an object; reports anything else. */
    const OrderedJson *object(const char *key, Presence presence);
    /** The value if it is an array; reports anything else. */
    const OrderedJson *array(const char *key, Presence presence);
    /** Any JSON value (null included), as compact JSON text. */
    std::optional<QByteArray> rawJson(const char *key, Presence presence);

    /** Every key not read above, as compact JSON text. */
    JsonExtras extras() const;
    /** Reports every key not read above as dropped (for objects without an extras map). */
    void warnAboutUnknownKeys();

    void error(const QString &path, const QString &message);

private:
    static QString aboveLimit(const QString &limit);
    const OrderedJson *value(const char *key, Presence presence);
    /** The index of `key` among the object's members, or kNoMember. */
    std::size_t memberIndex(std::string_view key) const;
    static constexpr std::size_t kNoMember = std::size_t(-1);
    /** The value of `key` in the object, or nullptr. */
    const OrderedJson *member(std::string_view key) const;
    /** True when every member of the object was read through value() (tracked up to 64). */
    bool allMembersRead() const;
    using Members = OrderedJson::object_t::Container;
    /** The members of `object` in order (none if it is not an object). */
    static const Members &membersOf(const OrderedJson &object);

    bool isKnown(const std::string &key) const;

    const OrderedJson &m_object;
    const Members &m_members; ///< m_object's, looked at directly (ordered_map finds by strcmp)
    QString m_path;
    Issues &m_issues;
    /**
     * The keys read so far. Every key is a string literal of the reading code, and an
     * object has a dozen keys at most: a list compared in place costs no allocation,
     * where a set of QStrings cost one per key and most of the time of reading a large
     * project. Held inline (no allocation) up to kInlineKeys.
     */
    static constexpr qsizetype kInlineKeys = 24;
    QVarLengthArray<std::string_view, kInlineKeys> m_known;
    /** Bit i: member i was read (the first kTrackedMembers), so extras() can skip the search. */
    static constexpr std::size_t kTrackedMembers = 64;
    std::uint64_t m_readMembers = 0;
};

} // namespace greenprint::Internal
