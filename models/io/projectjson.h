// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: the mapping between a Project and the JSON of the project file.
#pragma once

/*
 * Project file format (version: io/formatversion.h)
 * =================================================
 * The file is one JSON object (data/schema/project.schema.json). This header
 * is the only place that maps between it and the Project value type:
 *
 *   projectFromJson  JSON document -> Project, validating every value and
 *                    reporting each problem as an Issue with its JSON path.
 *   projectToJson    Project -> JSON document in the fixed key order of the
 *                    format (known keys first, then extras sorted by key).
 *
 * The optional `constraints` object is written after `settings` when it
 * constrains anything; the optional `scenarios` array after `stages` when
 * there is at least one (each scenario always with its `suggestions` and
 * `overrides` arrays; an override's `value` is any JSON value).
 *
 * Keys that the format does not define are kept in the `extras` map of the object
 * that holds them (as compact JSON text) and are written back unchanged.
 *
 * A compute or tuning job states either its hours (`hours`, `hoursPerTrial`)
 * or the work it does (`work`), never both; an endpoint always states
 * `hoursProvisioned` and may add the inference work it serves. The writer
 * leaves the hours out when work is set, writes `work` after the type's own
 * keys, and always writes every setting (defaults included).
 * Neither function throws; nlohmann stays inside models/io.
 */

#include "jsondombuilder.h"
#include "jsonobjectreader.h"

#include "domain/issue.h"
#include "domain/project.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint::Internal {

/** Keywords of WorkSpec::Kind in enum order: training, inference. */
QStringList workKindKeys();

/**
 * Converts each component as the parser completes it (JsonDomBuilder's
 * ComponentSink), keeping the components and their problems per stage until
 * projectFromJson places them where the document's `components` arrays,
 * left empty, would have put them: the same Project and the same issues, in
 * the same order, as converting the whole document at once.
 */
class ComponentCollector : public ComponentSink
{
public:
    void component(std::size_t stageIndex, std::size_t index, const QString &path,
                   OrderedJson &element) override;
    void discard(std::size_t stageIndex, bool allStages) override;

    /** The converted components of `stages[stageIndex]` and their problems, if any were streamed.
     */
    struct Stage
    {
        std::vector<Component> components;
        Issues issues;
    };
    Stage *stage(std::size_t stageIndex);

private:
    std::vector<Stage> m_stages;
    StringPool m_names; ///< the components' instance and region names
};

/**
 * Validates `document` (the parsed file) and converts it. Appends every
 * problem to `issues` (path and message set, file empty). Returns nullopt when
 * an Error was found. With `streamed`, the `components` arrays of the document
 * are empty and their components are taken from it.
 */
std::optional<Project> projectFromJson(const OrderedJson &document, Issues &issues,
                                       ComponentCollector *streamed = nullptr);

/**
 * Builds the JSON document of `project`, stamping `appVersion`. Returns
 * nullopt and sets `*error` when the project cannot be represented: a
 * non-finite number, an extra that is not valid JSON or that reuses a key the
 * format defines.
 */
std::optional<OrderedJson> projectToJson(const Project &project, const QString &appVersion,
                                         QString *error);

} // namespace greenprint::Internal
