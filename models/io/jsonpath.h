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

} // namespace greenprint::Internal
