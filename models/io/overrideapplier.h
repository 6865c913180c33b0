// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/issue.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/**
 * Applies field overrides (`stages[2].components[0].instance` = "trn1.32xlarge")
 * to a copy of a project, so that every override is validated exactly like a
 * value in a file: the project is written to JSON with the project file
 * format, each override replaces (or, with `null`, removes) the value at its
 * path, and the result is read back with ProjectReader.
 *
 * A path must name a value that exists in the written project, or an optional
 * key the format leaves out while unset (`measuredPowerW`, a stage's
 * `region`, `work`, ...), or a key of an optional object an override may
 * create (`recurrence`, createsObject()). Indexes must be in range. The top-level `format`,
 * `formatVersion`, `appVersion` and `scenarios` cannot be overridden.
 *
 * The input project is never changed. No exception leaves this class.
 */
class OverrideApplier
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::OverrideApplier)

public:
    /**
     * The changed copy, or nullopt when any override cannot be applied or the
     * result is not a valid project. Every problem is in issues() with a
     * translated reason. With `overridesPath` (`scenarios[1].overrides`) an
     * issue's path is the override's own (`scenarios[1].overrides[0].value`)
     * and its message starts with the path it targets; without it, the path is
     * the target's (`stages[2].components[0].hours`).
     */
    [[nodiscard]] std::optional<Project> apply(const Project &project,
                                               const std::vector<ScenarioOverride> &overrides,
                                               const QString &overridesPath = {});

    /**
     * The index of the override that set the value at `path` of a project it
     * was applied to (the last one whose path equals `path`, contains it or is
     * contained in it), or -1.
     */
    static int overrideIndexFor(const std::vector<ScenarioOverride> &overrides,
                                const QString &path);

    /**
     * Whether an override of one of its keys creates the optional object `key`
     * where the project has none (`recurrence`: a one-off job made to recur).
     */
    static bool createsObject(const QString &key);

    /**
     * The compact JSON at each of `paths` in `project` as its file would hold it
     * (the value an override replaces), or nullopt where there is none. One
     * serialization for all paths.
     */
    static std::vector<std::optional<QByteArray>> valuesAt(const Project &project,
                                                           const QStringList &paths);

    const Issues &issues() const { return m_issues; }
    /** All issues of the last call, one per line, as `path: message`. */
    QString errorString() const;

private:
    void error(const QString &path, const QString &message);
    /** An error about override `index`: its `path` or its `value` (`field`). */
    void overrideError(int index, const char *field, const QString &message);

    QString m_overridesPath;
    const std::vector<ScenarioOverride> *m_overrides = nullptr;

    Issues m_issues;
};

} // namespace greenprint
