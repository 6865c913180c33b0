// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariolistmodel.h"

#include "commands/scenariofields.h"
#include "document/projectdocument.h"

#include <QUndoStack>

namespace greenprint {

ScenarioListModel::ScenarioListModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::aboutToChange, this, &ScenarioListModel::onAboutToChange);
    connect(document, &ProjectDocument::changed, this, &ScenarioListModel::onChanged);
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->project().scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Scenario &s = m_document->project().scenarios[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return s.name;
    case Qt::ToolTipRole:
        return tr("%1: %n suggestion(s) applied", nullptr, int(s.suggestions.size())).arg(s.name)
            + u'\n' + tr("%n field override(s)", nullptr, int(s.overrides.size()));
    case SuggestionCountRole:
        return int(s.suggestions.size());
    case OverrideCountRole:
        return int(s.overrides.size());
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return false;
    std::unique_ptr<QUndoCommand> command =
        ScenarioEdits::rename(m_document, index.row(), value.toString());
    if (!command)
        return false;
    m_document->undoStack()->push(command.release());
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

void ScenarioListModel::onAboutToChange(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset))
        beginResetModel();
    else if (event.has(ChangeFlag::ScenarioInserted))
        beginInsertRows({}, event.component, event.component);
    else if (event.has(ChangeFlag::ScenarioRemoved))
        beginRemoveRows({}, event.component, event.component);
}

void ScenarioListModel::onChanged(const ChangeEvent &event)
{
    if (event.has(ChangeFlag::Reset)) {
        endResetModel();
    } else if (event.has(ChangeFlag::ScenarioInserted)) {
        endInsertRows();
    } else if (event.has(ChangeFlag::ScenarioRemoved)) {
        endRemoveRows();
    } else if (event.has(ChangeFlag::ScenarioData)) {
        const QModelIndex changed = index(event.component);
        emit dataChanged(changed, changed);
    }
}

} // namespace greenprint
