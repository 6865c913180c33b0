// SPDX-License-Identifier: GPL-3.0-or-later
#include "overridefields.h"

#include "views/componentform.h"
#include "views/editorpanel.h"
#include "views/projectform.h"
#include "views/stageform.h"

#include "io/fieldpath.h"
#include "io/overrideapplier.h"

#include <QLocale>

namespace greenprint {
namespace {

const Component *componentOf(const Project &plan, OverrideTarget target)
{
    if (target.stage < 0 || target.stage >= static_cast<int>(plan.stages.size()))
        return nullptr;
    const auto &components = plan.stages[std::size_t(target.stage)].components;
    if (target.component < 0 || target.component >= static_cast<int>(components.size()))
        return nullptr;
    return &components[std::size_t(target.component)];
}

} // namespace

OverrideFields OverrideFields::fromEditors(const EditorPanel &editors, const ProjectForm *project)
{
    OverrideFields fields;
    for (int t = 0; t < kComponentTypeCount; ++t) {
        if (const ComponentForm *form = editors.componentForm(static_cast<ComponentType>(t)))
            fields.m_component[std::size_t(t)] = form->fields();
    }
    if (editors.stageForm())
        fields.m_stage = editors.stageForm()->fields();
    if (project) {
        // The form keys of the settings are below `settings` in the file: where a new
        // project's file holds a key is where an override sets it.
        QStringList keys;
        for (const FieldDescriptor &field : project->fields())
            keys << field.key;
        const std::vector<std::optional<QByteArray>> topLevel =
            OverrideApplier::valuesAt(Project(), keys);
        for (std::size_t i = 0; i < topLevel.size(); ++i) {
            FieldDescriptor field = project->fields()[i];
            if (!topLevel[i])
                field.key = QStringLiteral("settings.") + field.key;
            fields.m_project.push_back(std::move(field));
        }
    }
    return fields;
}

std::vector<std::pair<OverrideTarget, QString>> OverrideFields::targets(const Project &plan)
{
    std::vector<std::pair<OverrideTarget, QString>> targets;
    targets.emplace_back(OverrideTarget::project(), targetText(plan, OverrideTarget::project()));
    for (int s = 0; s < static_cast<int>(plan.stages.size()); ++s) {
        targets.emplace_back(OverrideTarget{s, -1}, targetText(plan, {s, -1}));
        for (int c = 0; c < static_cast<int>(plan.stages[std::size_t(s)].components.size()); ++c)
            targets.emplace_back(OverrideTarget{s, c}, targetText(plan, {s, c}));
    }
    return targets;
}

QString OverrideFields::targetText(const Project &plan, OverrideTarget target)
{
    if (target.isProject())
        return tr("Project");
    if (target.stage < 0 || target.stage >= static_cast<int>(plan.stages.size()))
        return {};
    const Stage &stage = plan.stages[std::size_t(target.stage)];
    const QString stageName = stageDisplayName(stage.kind, stage.name);
    if (target.component < 0)
        return tr("%1 (stage)").arg(stageName);
    const Component *component = componentOf(plan, target);
    return component ? tr("%1 › %2").arg(stageName, component->name) : QString();
}

const std::vector<FieldDescriptor> *OverrideFields::formFields(const Project &plan,
                                                               OverrideTarget target) const
{
    if (target.isProject())
        return &m_project;
    if (target.stage < 0 || target.stage >= static_cast<int>(plan.stages.size()))
        return nullptr;
    if (target.component < 0)
        return &m_stage;
    const Component *component = componentOf(plan, target);
    return component ? &m_component[std::size_t(component->type())] : nullptr;
}

std::vector<FieldDescriptor> OverrideFields::fieldsOf(const Project &plan,
                                                      OverrideTarget target) const
{
    std::vector<FieldDescriptor> offered;
    const std::vector<FieldDescriptor> *form = formFields(plan, target);
    if (!form)
        return offered;
    // A dotted field (work.parameters) lives in an object the component may not have.
    QStringList parents;
    for (const FieldDescriptor &field : *form) {
        const qsizetype dot = field.key.lastIndexOf(u'.');
        parents << (dot > 0 ? keyPath(target, field.key.left(dot)) : QString());
    }
    const std::vector<std::optional<QByteArray>> present = OverrideApplier::valuesAt(plan, parents);
    for (std::size_t i = 0; i < form->size(); ++i) {
        const FieldDescriptor &field = (*form)[i];
        // Free text (a name) is not a what-if: scenarios change figures and choices.
        if (field.kind == FieldDescriptor::Kind::Text)
            continue;
        // A work field only when sized by work; a recurrence field also on a one-off job.
        const qsizetype dot = field.key.lastIndexOf(u'.');
        if (!parents.at(qsizetype(i)).isEmpty() && !present[i]
            && !OverrideApplier::createsObject(field.key.left(dot)))
            continue;
        offered.push_back(field);
    }
    return offered;
}

QString OverrideFields::path(OverrideTarget target, const FieldDescriptor &field)
{
    return keyPath(target, field.key);
}

QString OverrideFields::keyPath(OverrideTarget target, const QString &key)
{
    if (target.isProject())
        return key;
    return target.component < 0 ? FieldPath::stage(target.stage, key)
                                : FieldPath::component(target.stage, target.component, key);
}

std::optional<std::pair<OverrideTarget, FieldDescriptor>>
OverrideFields::resolve(const Project &plan, const QString &path) const
{
    const std::optional<FieldPath::Parts> parts = FieldPath::parse(path);
    if (!parts)
        return std::nullopt;
    const OverrideTarget target{parts->stage, parts->component};
    const std::vector<FieldDescriptor> *form = formFields(plan, target);
    if (!form)
        return std::nullopt;
    for (const FieldDescriptor &field : *form) {
        if (field.key == parts->key && field.kind != FieldDescriptor::Kind::Text)
            return std::make_pair(target, field);
    }
    // The removal of an object an override may create reads as its field's "no value"
    // choice: `recurrence` = null is "Runs: Once".
    if (OverrideApplier::createsObject(parts->key)) {
        for (const FieldDescriptor &field : *form) {
            if (field.kind == FieldDescriptor::Kind::Choice
                && field.key.startsWith(parts->key + u'.')
                && field.choiceJson.contains(QByteArrayLiteral("null")))
                return std::make_pair(target, field);
        }
    }
    return std::nullopt;
}

QString OverrideFields::valueText(const FieldDescriptor &field, const QByteArray &json)
{
    const QJsonValue value = JsonValue::parse(json);
    const QLocale locale;
    using Kind = FieldDescriptor::Kind;
    if (field.kind == Kind::OptionalNumber && value.isNull())
        return field.unsetText;
    switch (field.kind) {
    case Kind::Number:
    case Kind::OptionalNumber:
        if (value.isDouble())
            return locale.toString(value.toDouble() * field.scale, 'f', field.decimals)
                + field.suffix;
        break;
    case Kind::Integer:
        if (value.isDouble())
            return locale.toString(value.toDouble(), 'f', 0) + field.suffix;
        break;
    case Kind::Choice:
        for (qsizetype i = 0; i < field.choiceJson.size(); ++i) {
            if (JsonValue::parse(field.choiceJson.at(i)) == value)
                return field.choiceTexts.at(i);
        }
        break;
    case Kind::Check:
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        break;
    case Kind::Text:
    case Kind::Instance:
    case Kind::Region:
        if (value.isString())
            return value.toString();
        break;
    }
    return QString::fromUtf8(json); // not what the field holds: shown as written
}

OverrideText OverrideFields::describe(const Project &plan, const ScenarioOverride &o,
                                      const std::optional<QByteArray> &baselineJson) const
{
    const auto resolved = resolve(plan, o.path);
    if (!resolved) {
        return {o.path, baselineJson ? QString::fromUtf8(*baselineJson) : tr("not in the plan"),
                QString::fromUtf8(o.value), false};
    }
    const auto &[target, field] = *resolved;
    OverrideText text;
    text.known = true;
    text.field = tr("%1 · %2").arg(targetText(plan, target), field.label);
    std::optional<QByteArray> baseline = baselineJson;
    if (baseline && path(target, field) != o.path) // the object: the field's member of it
        baseline = OverrideApplier::valuesAt(plan, {path(target, field)}).front();
    if (baseline)
        text.baseline = valueText(field, *baseline);
    else if (target.component < 0 && field.kind == FieldDescriptor::Kind::Region)
        text.baseline = tr("%1 (project)").arg(plan.region);
    else if (field.kind == FieldDescriptor::Kind::OptionalNumber)
        text.baseline = field.unsetText;
    else
        text.baseline = tr("not set");
    text.value = valueText(field, o.value);
    return text;
}

} // namespace greenprint
