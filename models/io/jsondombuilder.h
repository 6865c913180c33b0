// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: nlohmann SAX handler that builds an ordered DOM for the project reader.
#pragma once

#include "domain/issue.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <atomic>
#include <string>
#include <unordered_map>
#include <vector>

namespace greenprint::Internal {

using OrderedJson = nlohmann::ordered_json;

/**
 * Receives the elements of the arrays `stages[i].components` of a project
 * document one at a time, as soon as each is complete, so that the document
 * never holds them all: a plan of a million components is read in the memory
 * of its Project, not in that of a JSON tree ten times the file's size.
 */
class ComponentSink
{
public:
    virtual ~ComponentSink() = default;
    /**
     * Element `index` of `stages[stageIndex].components`, at JSON path `path`. The sink may
     * take `element` and leave another value in its place (the builder empties it and
     * reuses an object's storage for the next component).
     */
    virtual void component(std::size_t stageIndex, std::size_t index, const QString &path,
                           OrderedJson &element) = 0;
    /**
     * A duplicate key replaced the components of stage `stageIndex`, or every stage
     * (`allStages`): forget what was received for them (the last value is kept).
     */
    virtual void discard(std::size_t stageIndex, bool allStages) = 0;
};

/**
 * Builds an OrderedJson document from nlohmann SAX events, the way
 * nlohmann's own DOM parser does, plus the checks a project file needs:
 * duplicate keys in an object are reported (the last value is kept),
 * nesting deeper than `maxDepth` aborts the parse, and syntax errors,
 * number overflow and invalid UTF-8 are reported with line and column.
 *
 * The builder never throws; every problem becomes an Issue with the JSON path
 * where it happened. Use it with `OrderedJson::sax_parse(first, last, &builder)`.
 */
class JsonDomBuilder
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)

public:
    using number_integer_t = OrderedJson::number_integer_t;
    using number_unsigned_t = OrderedJson::number_unsigned_t;
    using number_float_t = OrderedJson::number_float_t;
    using string_t = OrderedJson::string_t;
    using binary_t = OrderedJson::binary_t;

    /**
     * `text` must outlive the builder; it is used to turn byte offsets into line:column.
     * When `*cancel` becomes true (set by another thread) the parse stops at the next value.
     */
    JsonDomBuilder(OrderedJson &root, const QByteArray &text, int maxDepth,
                   const std::atomic_bool *cancel = nullptr);

    /**
     * Hands every element of `stages[i].components` to `sink` instead of keeping it
     * (those arrays stay empty in the document). `sink` must outlive the parse.
     */
    void setComponentSink(ComponentSink *sink) { m_sink = sink; }
    /**
     * Refuses the file (an issue, the parse stops) past `maxComponents` elements handed
     * to the sink, or `maxHeldValues` values held at once in the document and the
     * element being built.
     */
    void setLimits(std::size_t maxComponents, std::size_t maxHeldValues)
    {
        m_maxComponents = maxComponents;
        m_maxHeldValues = maxHeldValues;
    }

    bool null();
    bool boolean(bool value);
    bool number_integer(number_integer_t value);
    bool number_unsigned(number_unsigned_t value);
    bool number_float(number_float_t value, const string_t &text);
    bool string(string_t &value);
    bool binary(binary_t &value);
    bool start_object(std::size_t elements);
    bool key(string_t &value);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool parse_error(std::size_t position, const std::string &lastToken,
                     const nlohmann::detail::exception &error);

    /** Problems found so far, with `path` and `message` set (not `file`). */
    const Issues &issues() const { return m_issues; }

private:
    /**
     * An open object or array. Objects index their keys once they have more than a
     * few: an ordered object looks keys up by linear search, which would make
     * reading an object with n keys O(n^2) (100,000 keys took 21 s).
     */
    /** Where a frame is in a project document, for the component sink. */
    enum class Role { Other, Stages, Stage, Components };
    struct Frame
    {
        OrderedJson *container = nullptr;
        QString path;
        std::string pendingKey;
        std::size_t pendingIndex = kNewKey; ///< the index of a duplicate key's first value
        std::unordered_map<std::string, std::size_t> keyIndex;
        Role role = Role::Other;
        std::size_t stageIndex = 0; ///< Stage, Components: the index in `stages`
        std::size_t streamed = 0; ///< Components: the elements handed to the sink so far
    };
    static constexpr std::size_t kNewKey = std::size_t(-1);
    static constexpr std::size_t kIndexKeysAbove = 16;

    static std::size_t findKey(Frame &frame, const std::string &key);

    OrderedJson *addValue(OrderedJson &&value);
    bool proceed() const
    {
        return !m_refused && (!m_cancel || !m_cancel->load(std::memory_order_relaxed));
    }
    /** Counts a value now held; refuses the file past the limit. */
    void hold();
    QString nextPath() const;
    bool open(OrderedJson &&container);
    bool close();
    Role roleOfNext(bool isArray) const;
    /** True when the value completed next is an element of a streamed components array. */
    bool streaming() const;
    void stream(const QString &path, OrderedJson &element);
    void addIssue(const QString &path, const QString &message);

    OrderedJson &m_root;
    const QByteArray &m_text;
    int m_maxDepth;
    const std::atomic_bool *m_cancel;
    std::vector<Frame> m_stack;
    Issues m_issues;
    ComponentSink *m_sink = nullptr;
    OrderedJson m_element; ///< the component being built, when it is an object or array
    std::size_t m_maxComponents = std::size_t(-1);
    std::size_t m_maxHeldValues = std::size_t(-1);
    std::size_t m_components = 0; ///< elements handed to the sink
    std::size_t m_heldValues = 0; ///< values in the document and in m_element
    std::size_t m_heldBeforeElement = 0;
    bool m_refused = false; ///< a limit was passed: the parse stops
};

/**
 * Appends `key: value` to the JSON object `object` without looking `key` up
 * (the caller knows it is new): O(1), where operator[] of an ordered object is
 * O(size) and filling an object with it O(size^2).
 */
void appendMember(OrderedJson &object, std::string key, OrderedJson &&value);

/** The 1-based line and column (in characters) of byte `offset` in UTF-8 `text`. */
QString lineColumn(const QByteArray &text, qsizetype offset);

/** `parent.key`, or `key` at the top level. */
QString joinPath(const QString &parent, const QString &key);

/** `parent[index]`. */
QString indexPath(const QString &parent, qsizetype index);

} // namespace greenprint::Internal
