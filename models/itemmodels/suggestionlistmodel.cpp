// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionlistmodel.h"

#include "modelformat.h"

#include "advisor/suggestion.h"
#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QFont>
#include <QUndoStack>

namespace greenprint {
namespace {

/** Rows are the same when every shown field is (the advisor recomputes them as new values). */
bool sameRow(const Suggestion &a, const Suggestion &b)
{
    return a.id == b.id && a.title == b.title && a.savings == b.savings
        && a.description == b.description && a.sideEffects == b.sideEffects && a.source == b.source
        && a.confidence == b.confidence && a.negligible == b.negligible
        && a.informational == b.informational && a.costKnown == b.costKnown;
}

} // namespace

SuggestionListModel::SuggestionListModel(LiveAdvisor *advisor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_advisor(advisor)
{
    connect(advisor, &LiveAdvisor::updated, this, &SuggestionListModel::refresh);
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, &SuggestionListModel::refresh);
    m_rows = advisor->suggestions();
}

SuggestionListModel::~SuggestionListModel() = default;

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SuggestionListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

bool SuggestionListModel::isApplied(const Suggestion &suggestion) const
{
    const int scenario = m_advisor->currentScenario();
    const auto &scenarios = m_advisor->document()->project().scenarios;
    return scenario >= 0 && scenario < static_cast<int>(scenarios.size())
        && scenarios[scenario].suggestions.contains(suggestion.id);
}

QVariant SuggestionListModel::figure(const Suggestion &s, int column, int role) const
{
    if (s.informational) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("–");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (column) {
    case Co2eSaved:
        return Internal::displayOrValue(s.savings.co2eKg, 1, role, ValueRole);
    case EnergySaved:
        return Internal::displayOrValue(s.savings.energyKWh, 1, role, ValueRole);
    case CostSaved:
        if (!s.costKnown) {
            if (role == Qt::DisplayRole)
                return tr("unknown");
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        }
        return Internal::displayOrValue(s.savings.costUsd, 0, role, ValueRole);
    case HoursSaved:
        return Internal::displayOrValue(s.savings.hours, 1, role, ValueRole);
    default:
        return {};
    }
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Suggestion &s = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return s.id;
    case NegligibleRole:
        return s.negligible;
    case InformationalRole:
        return s.informational;
    case Qt::ToolTipRole: {
        QString tip = s.title + QStringLiteral("\n\n") + s.description;
        if (!s.sideEffects.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Side effects: %1").arg(s.sideEffects);
        tip += QStringLiteral("\n") + tr("Source: %1").arg(s.source);
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() == Apply && !s.informational && m_advisor->currentScenario() >= 0)
            return isApplied(s) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (s.negligible || s.informational) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        break;
    }
    const int column = index.column();
    if (column >= Co2eSaved && column <= HoursSaved)
        return figure(s, column, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Apply:
        return {};
    case Stage:
        return stageDisplayName(s.stage);
    case Title:
        if (s.informational)
            return tr("%1 (nothing counted on this plan)").arg(s.title);
        return s.negligible ? tr("%1 (negligible: < 0.5 %)").arg(s.title) : s.title;
    case Confidence:
        switch (s.confidence) {
        case greenprint::Confidence::Low:
            return tr("Low");
        case greenprint::Confidence::Medium:
            return tr("Medium");
        case greenprint::Confidence::High:
            return tr("High");
        }
        return {};
    case Source:
        return s.source;
    default:
        return {};
    }
}

bool SuggestionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::CheckStateRole
        || index.column() != Apply || m_rows[index.row()].informational) {
        return false;
    }
    const bool applied = value.value<Qt::CheckState>() == Qt::Checked;
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command = ScenarioEdits::setSuggestion(
        document, m_advisor->currentScenario(), m_rows[index.row()].id, applied);
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

Qt::ItemFlags SuggestionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Apply && checkIndex(index)
        && !m_rows[index.row()].informational && m_advisor->currentScenario() >= 0) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Apply:
            return tr("Apply the suggestion in the current scenario");
        case Co2eSaved:
            return tr("Location-based kgCO2e saved, estimated on its own copy of "
                      "the plan; savings of several do not add up");
        case HoursSaved:
            return tr("Wall-clock hours of the jobs saved");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Apply:
        return tr("Apply");
    case Stage:
        return tr("Stage");
    case Title:
        return tr("Suggestion");
    case Co2eSaved:
        return tr("Saved (kgCO2e)");
    case EnergySaved:
        return tr("Saved (kWh)");
    case CostSaved:
        return tr("Saved (USD)");
    case HoursSaved:
        return tr("Saved (h)");
    case Confidence:
        return tr("Confidence");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void SuggestionListModel::refresh()
{
    const std::vector<Suggestion> &fresh = m_advisor->suggestions();
    const bool same = fresh.size() == m_rows.size()
        && std::equal(fresh.begin(), fresh.end(), m_rows.begin(), sameRow);
    if (!same) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    if (!m_rows.empty()) // the checkboxes follow the current scenario
        emit dataChanged(index(0, Apply), index(rowCount() - 1, Apply), {Qt::CheckStateRole});
}

} // namespace greenprint
