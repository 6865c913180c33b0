// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON paths and values of the project file's fields, built in one place.
#pragma once

/*
 * Field paths
 * ===========
 * Scenario overrides, issues and suggestions address a field of the project
 * file by its JSON path: `region` (the project), `stages[2].region` (a stage),
 * `stages[2].components[0].work.parameters` (a component). Code builds those
 * paths with FieldPath, never by hand, and serializes override values with
 * jsonString()/jsonNumber(), so a person never types a path or a quote.
 */

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace greenprint::FieldPath {

/** `stages[stage].key`. */
QString stage(int stage, const QString &key);
/** `stages[stage].components[component]`: the component itself. */
QString component(int stage, int component);
/** `stages[stage].components[component].key` (`key` may be dotted: `work.parameters`). */
QString component(int stage, int component, const QString &key);

/** A path split into what it addresses. */
struct Parts
{
    int stage = -1; ///< -1: a project field
    int component = -1; ///< -1: a stage (or project) field
    QString key; ///< the rest, dotted (`work.parameters`)
};

/**
 * What `path` addresses, or nullopt when it is not a project, stage or
 * component field path of that form (then it may still be a valid path, e.g.
 * into the catalog: callers show it as it is).
 */
std::optional<Parts> parse(const QString &path);

/**
 * Where `path` leads, read from its start however it continues: the stage and
 * component its leading `stages[i]` and `components[j]` steps name (-1 where
 * absent), and as `key` the dotted keys of the valid steps after them, their
 * indexes dropped (`stages[2].components[0].work.parameters` gives 2, 0,
 * `work.parameters`; `catalog.instances[0].id` gives -1, -1, `catalog.instances.id`;
 * `stages[1].extras.a b` gives 1, -1, `extras`). For going to a path's field in
 * the window; it never fails.
 */
Parts locate(const QString &path);

} // namespace greenprint::FieldPath

namespace greenprint::JsonValue {

/** `text` as a JSON string, quoted and escaped. */
QByteArray string(const QString &text);
/** `value` as a JSON number: whole numbers without a fraction, others round-tripping. */
QByteArray number(double value);
/** The JSON value `json` (any type, compact or not); undefined when it is not JSON. */
QJsonValue parse(const QByteArray &json);

} // namespace greenprint::JsonValue
