// SPDX-License-Identifier: GPL-3.0-or-later
// The fields a scenario override can change, as the plan's editor forms declare them.
#pragma once

#include "views/fielddescriptor.h"

#include "domain/project.h"
#include "domain/scenario.h"
#include "itemmodels/overridetablemodel.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace greenprint {

class EditorPanel;
class ProjectForm;

/**
 * What an override addresses: the project (stage and component -1), a stage
 * (component -1) or a component of the plan. Default: none.
 */
struct OverrideTarget
{
    int stage = -2;
    int component = -2;
    static OverrideTarget project() { return {-1, -1}; }
    bool isProject() const { return stage == -1 && component == -1; }
    bool operator==(const OverrideTarget &) const = default;
};

/**
 * The fields of the stage form and of each component type's form, copied from
 * the forms themselves (FieldForm::fields()), so the override editor offers
 * exactly the plan's fields with the plan's labels, units and ranges. Builds
 * override paths with FieldPath and reads and writes values as the file holds
 * them (JsonValue), and puts overrides in words for the table.
 */
class OverrideFields
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::OverrideFields)

public:
    OverrideFields() = default;
    /**
     * The fields of the forms of `editors` and of `project` (may be null). A project field
     * is addressed where the project file holds it: `region`, or `settings.pue`.
     */
    static OverrideFields fromEditors(const EditorPanel &editors, const ProjectForm *project);

    /** Whether any field is known (false before the editors are there). */
    bool isEmpty() const { return m_stage.empty(); }

    /**
     * The project, then every stage and component of `plan` in order, with its name
     * ("Training › Fine-tune 8B").
     */
    static std::vector<std::pair<OverrideTarget, QString>> targets(const Project &plan);
    /**
     * "Training › Fine-tune 8B", "Training (stage)" or "Project"; empty when `plan` has
     * no such target.
     */
    static QString targetText(const Project &plan, OverrideTarget target);

    /**
     * The fields of `target` that an override can set: the numbers, choices,
     * instances and regions of its form that the plan's component has (a work
     * field only when the component is sized by work).
     */
    std::vector<FieldDescriptor> fieldsOf(const Project &plan, OverrideTarget target) const;
    /** The JSON path of `field` of `target`. */
    static QString path(OverrideTarget target, const FieldDescriptor &field);
    /** The JSON path of `key` (dotted) of `target`. */
    static QString keyPath(OverrideTarget target, const QString &key);
    /** The target and field `path` addresses, or nullopt when no form has that field there. */
    std::optional<std::pair<OverrideTarget, FieldDescriptor>> resolve(const Project &plan,
                                                                      const QString &path) const;

    /** `json` (a value of `field`) as the form shows it: "80 %", "Spot", "p5.48xlarge". */
    static QString valueText(const FieldDescriptor &field, const QByteArray &json);
    /** An override in words, for OverrideTableModel. */
    OverrideText describe(const Project &plan, const ScenarioOverride &o,
                          const std::optional<QByteArray> &baselineJson) const;

private:
    const std::vector<FieldDescriptor> *formFields(const Project &plan,
                                                   OverrideTarget target) const;

    std::array<std::vector<FieldDescriptor>, kComponentTypeCount> m_component;
    std::vector<FieldDescriptor> m_stage;
    std::vector<FieldDescriptor> m_project;
};

} // namespace greenprint
