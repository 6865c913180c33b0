// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofields.h"

#include "io/fieldpath.h"
#include "io/overrideapplier.h"

#include <algorithm>

namespace greenprint::ScenarioEdits {
namespace {

bool validRow(const ProjectDocument *document, int row)
{
    return document && row >= 0 && row < static_cast<int>(document->project().scenarios.size());
}

using OverrideList = std::vector<ScenarioOverride>;

/** Whether `inner` is `outer` or a path below it. */
bool inside(const QString &inner, const QString &outer)
{
    return inner.startsWith(outer)
        && (inner.size() == outer.size() || inner.at(outer.size()) == u'.'
            || inner.at(outer.size()) == u'[');
}

OverrideList::iterator find(OverrideList &list, const QString &path)
{
    return std::find_if(list.begin(), list.end(),
                        [&path](const ScenarioOverride &o) { return o.path == path; });
}

template<typename Traits>
std::unique_ptr<QUndoCommand> changeOverrides(ProjectDocument *document, int row,
                                              const QString &path, OverrideList list,
                                              const char *text)
{
    auto command = std::make_unique<ChangeValue<Traits>>(
        document, ScenarioOverrideTarget{row, path}, std::move(list));
    command->setText(undoText(text));
    return command;
}

} // namespace

std::unique_ptr<QUndoCommand> rename(ProjectDocument *document, int row, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!validRow(document, row) || trimmed.isEmpty())
        return nullptr;
    const auto &scenarios = document->project().scenarios;
    for (int i = 0; i < static_cast<int>(scenarios.size()); ++i) {
        if (i != row && scenarios[i].name == trimmed)
            return nullptr;
    }
    return std::make_unique<ChangeValue<ScenarioField::Name>>(document, row, trimmed);
}

std::unique_ptr<QUndoCommand> setSuggestion(ProjectDocument *document, int row, const QString &id,
                                            bool applied)
{
    if (!validRow(document, row) || id.isEmpty())
        return nullptr;
    QStringList ids = document->project().scenarios[row].suggestions;
    if (applied && !ids.contains(id))
        ids << id;
    else if (!applied)
        ids.removeAll(id);
    auto command = std::make_unique<ChangeValue<ScenarioField::Suggestions>>(document, row, ids);
    command->setText(applied ? undoText(QT_TRANSLATE_NOOP("Undo Commands", "Apply suggestion"))
                             : undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove suggestion")));
    return command;
}

std::unique_ptr<QUndoCommand> setOverride(ProjectDocument *document, int row, const QString &path,
                                          const QByteArray &value)
{
    if (!validRow(document, row) || path.trimmed().isEmpty())
        return nullptr;
    const QString target = overridePath(path.trimmed(), value);
    OverrideList list = document->project().scenarios[row].overrides;
    // What the new override makes moot goes: a removal of the object it sets a key of, or,
    // for a removal, the keys set inside the object it removes.
    const bool removal = JsonValue::parse(value).isNull();
    std::erase_if(list, [&](const ScenarioOverride &o) {
        return removal
            ? inside(o.path, target) && o.path != target
            : inside(target, o.path) && o.path != target && JsonValue::parse(o.value).isNull();
    });
    const auto it = find(list, target);
    if (it != list.end())
        it->value = value;
    else
        list.push_back({target, value, {}});
    return changeOverrides<ScenarioField::Overrides>(
        document, row, target, std::move(list), QT_TRANSLATE_NOOP("Undo Commands", "Set override"));
}

QString overridePath(const QString &path, const QByteArray &value)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= 0 || !JsonValue::parse(value).isNull())
        return path;
    const QString parent = path.left(dot);
    const qsizetype start = std::max(parent.lastIndexOf(u'.'), parent.lastIndexOf(u']')) + 1;
    const QString parentKey = parent.mid(start);
    return OverrideApplier::createsObject(parentKey) ? parent : path;
}

std::unique_ptr<QUndoCommand> renameOverride(ProjectDocument *document, int row,
                                             const QString &oldPath, const QString &newPath)
{
    const QString path = newPath.trimmed();
    if (!validRow(document, row) || path.isEmpty())
        return nullptr;
    OverrideList list = document->project().scenarios[row].overrides;
    const auto it = find(list, oldPath);
    if (it == list.end() || (path != oldPath && find(list, path) != list.end()))
        return nullptr;
    it->path = path;
    return changeOverrides<ScenarioField::OverrideList>(
        document, row, oldPath, std::move(list),
        QT_TRANSLATE_NOOP("Undo Commands", "Change override path"));
}

std::unique_ptr<QUndoCommand> removeOverride(ProjectDocument *document, int row,
                                             const QString &path)
{
    if (!validRow(document, row))
        return nullptr;
    OverrideList list = document->project().scenarios[row].overrides;
    const auto it = find(list, path);
    if (it == list.end())
        return nullptr;
    list.erase(it);
    return changeOverrides<ScenarioField::OverrideList>(
        document, row, path, std::move(list),
        QT_TRANSLATE_NOOP("Undo Commands", "Remove override"));
}

} // namespace greenprint::ScenarioEdits
