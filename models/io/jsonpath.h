// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: the JSON paths of the project file (`stages[2].components[0].hours`).
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace greenprint::Internal {

/** One step of a path: an object key, then zero or more array indexes. */
struct JsonPathStep
{
    QString key;
    std::vector<int> indexes;
};

/**
 * Splits `path` into steps. Returns nullopt and sets `*error` (translated)
 * when the path is not of the form `key[0].key.key[1][2]`.
 */
std::optional<std::vector<JsonPathStep>> parseJsonPath(const QString &path, QString *error);

/**
 * The whole steps `path` starts with (each followed by a dot or the end), up to the
 * first character that is not of that form (all of them for a valid path). `*problemAt`, if given,
 * is that character's index, or -1 when the whole path is a valid one.
 */
std::vector<JsonPathStep> parseJsonPathPrefix(const QString &path, qsizetype *problemAt);

} // namespace greenprint::Internal
