// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace greenprint {

/**
 * A problem or note found while reading, validating or estimating a project.
 *
 * `path` is the JSON path of the field it concerns in the project file
 * (`stages[2].components[0].hours`), or empty when it concerns the whole
 * project. `file` is set by readers; the estimator leaves it empty.
 */
struct Issue
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Error;
    QString path;
    QString message;
    QString file;

    /** "file: path: message", the form the command line prints. */
    QString toString() const;
    bool operator==(const Issue &) const = default;
};

using Issues = std::vector<Issue>;

/** True when any issue has Error severity. */
bool hasErrors(const Issues &issues);

} // namespace greenprint
