// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: nlohmann SAX handler that builds an ordered DOM for the project reader.
#pragma once

#include "domain/issue.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace greenprint::Internal {

using OrderedJson = nlohmann::ordered_json;

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

    /** `text` must outlive the builder; it is used to turn byte offsets into line:column. */
    JsonDomBuilder(OrderedJson &root, const QByteArray &text, int maxDepth);

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
    struct Frame
    {
        OrderedJson *container = nullptr;
        QString path;
        std::string pendingKey;
    };

    OrderedJson *addValue(OrderedJson &&value);
    QString nextPath() const;
    bool open(OrderedJson &&container);
    void addIssue(const QString &path, const QString &message);

    OrderedJson &m_root;
    const QByteArray &m_text;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    Issues m_issues;
};

/** The 1-based line and column (in characters) of byte `offset` in UTF-8 `text`. */
QString lineColumn(const QByteArray &text, qsizetype offset);

/** `parent.key`, or `key` at the top level. */
QString joinPath(const QString &parent, const QString &key);

/** `parent[index]`. */
QString indexPath(const QString &parent, qsizetype index);

} // namespace greenprint::Internal
