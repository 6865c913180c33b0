// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionlistmodel.h"

#include "modelformat.h"

#include "advisor/suggestion.h"
#include "advisor/suggestiongroups.h"
#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QFont>
#include <QUndoStack>

namespace greenprint {

namespace {

/** Rows are the same when every shown field is (the advisor recomputes them as new values). */
bool sameSuggestion(const Suggestion &a, const Suggestion &b)
{
    return a.id == b.id && a.title == b.title && a.savings == b.savings
        && a.description == b.description && a.sideEffects == b.sideEffects && a.source == b.source
        && a.confidence == b.confidence && a.negligible == b.negligible
        && a.informational == b.informational && a.costKnown == b.costKnown;
}

bool sameGroup(const SuggestionGroup &a, const SuggestionGroup &b)
{
    return a.section == b.section && a.members == b.members && a.title == b.title
        && a.question == b.question && a.savings == b.savings && a.costKnown == b.costKnown
        && a.informational == b.informational;
}

} // namespace

SuggestionListModel::SuggestionListModel(LiveAdvisor *advisor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_advisor(advisor)
{
    connect(advisor, &LiveAdvisor::updated, this, &SuggestionListModel::refresh);
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, &SuggestionListModel::refresh);
    m_rows = advisor->sharedGroups();
    m_suggestions = advisor->sharedSuggestions();
}

SuggestionListModel::~SuggestionListModel() = default;

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows->size());
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Suggestion &SuggestionListModel::first(const SuggestionGroup &g) const
{
    return (*m_suggestions)[std::size_t(g.members.front())];
}

int SuggestionListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < static_cast<int>(m_rows->size()); ++row) {
        for (int m : (*m_rows)[std::size_t(row)].members) {
            if ((*m_suggestions)[std::size_t(m)].id == id)
                return row;
        }
    }
    return -1;
}

Qt::CheckState SuggestionListModel::appliedState(const SuggestionGroup &group) const
{
    const int scenario = m_advisor->currentScenario();
    const auto &scenarios = m_advisor->document()->project().scenarios;
    if (scenario < 0 || scenario >= static_cast<int>(scenarios.size()))
        return Qt::Unchecked;
    int applied = 0;
    for (int m : group.members) {
        if (scenarios[scenario].suggestions.contains((*m_suggestions)[std::size_t(m)].id))
            ++applied;
    }
    return applied == 0                        ? Qt::Unchecked
        : applied == int(group.members.size()) ? Qt::Checked
                                               : Qt::PartiallyChecked;
}

QVariant SuggestionListModel::figure(const SuggestionGroup &g, int column, int role) const
{
    if (g.informational) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("–");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (column) {
    case Co2eSaved:
        return Internal::displayOrValue(g.savings.co2e.kg, 1, role, ValueRole);
    case EnergySaved:
        return Internal::displayOrValue(g.savings.energy.kWh, 1, role, ValueRole);
    case CostSaved:
        if (!g.costKnown) {
            if (role == Qt::DisplayRole)
                return tr("unknown");
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        }
        return Internal::displayOrValue(g.savings.cost.usd, 0, role, ValueRole);
    case HoursSaved:
        return Internal::displayOrValue(g.savings.hours.h, 1, role, ValueRole);
    default:
        return {};
    }
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const SuggestionGroup &g = (*m_rows)[std::size_t(index.row())];
    const Suggestion &s = first(g);
    switch (role) {
    case IdRole:
        return s.id;
    case NegligibleRole:
        return g.section == SuggestionSection::Smaller && !g.informational;
    case InformationalRole:
        return g.informational;
    case SectionRole:
        return int(g.section);
    case CountRole:
        return int(g.members.size());
    case Qt::ToolTipRole: {
        QString tip = g.question.isEmpty() ? QString() : g.question + QStringLiteral("\n\n");
        // The title cell's text whole, as the narrow column may cut it.
        tip +=
            index.siblingAtColumn(Title).data().toString() + QStringLiteral("\n\n") + s.description;
        if (g.members.size() > 1) {
            tip += QStringLiteral("\n\n")
                + tr("Applies to: %1")
                      .arg(SuggestionGrouping::componentNames(m_advisor->document()->project(),
                                                              *m_suggestions, g)
                               .join(QStringLiteral(", ")));
        }
        if (!s.sideEffects.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Side effects: %1").arg(s.sideEffects);
        tip += QStringLiteral("\n") + tr("Source: %1").arg(s.source);
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() == Apply && !g.informational && m_advisor->currentScenario() >= 0)
            return appliedState(g);
        return {};
    case Qt::FontRole:
        if (g.section != SuggestionSection::Ranked) {
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
        return figure(g, column, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Apply:
        return {};
    case Stage:
        return suggestionStageName(s);
    case Title: {
        const QString &title = g.title; // a group's title says how many components
        switch (g.section) {
        case SuggestionSection::Question:
            return tr("Needs an answer: %1").arg(title);
        case SuggestionSection::Smaller:
            if (g.informational)
                return tr("Smaller: %1 (nothing counted on this plan)").arg(title);
            return tr("Smaller: %1 (< 0.5 %)").arg(title);
        case SuggestionSection::Ranked:
            break;
        }
        return title;
    }
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
        || index.column() != Apply || (*m_rows)[std::size_t(index.row())].informational) {
        return false;
    }
    const bool applied = value.value<Qt::CheckState>() != Qt::Unchecked;
    ProjectDocument *document = m_advisor->document();
    // Every suggestion of the row in one undo step (a copy: the commands refresh the rows).
    const SuggestionGroup group = (*m_rows)[std::size_t(index.row())];
    QStringList ids;
    for (int m : group.members)
        ids << (*m_suggestions)[std::size_t(m)].id;
    QUndoStack *stack = document->undoStack();
    bool pushed = false;
    for (const QString &id : ids) {
        std::unique_ptr<QUndoCommand> command =
            ScenarioEdits::setSuggestion(document, m_advisor->currentScenario(), id, applied);
        if (!command)
            continue;
        if (!pushed && ids.size() > 1)
            stack->beginMacro(command->text());
        stack->push(command.release());
        pushed = true;
    }
    if (pushed && ids.size() > 1)
        stack->endMacro();
    return pushed;
}

Qt::ItemFlags SuggestionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Apply && checkIndex(index)
        && !(*m_rows)[std::size_t(index.row())].informational
        && m_advisor->currentScenario() >= 0) {
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
    std::shared_ptr<const std::vector<Suggestion>> fresh = m_advisor->sharedSuggestions();
    std::shared_ptr<const std::vector<SuggestionGroup>> groups = m_advisor->sharedGroups();
    // The same advice (a scenario edit reuses the baseline's) is not compared row by row.
    const bool same = (fresh == m_suggestions && groups == m_rows)
        || (fresh->size() == m_suggestions->size() && groups->size() == m_rows->size()
            && std::equal(fresh->begin(), fresh->end(), m_suggestions->begin(), sameSuggestion)
            && std::equal(groups->begin(), groups->end(), m_rows->begin(), sameGroup));
    if (!same) {
        beginResetModel();
        m_rows = std::move(groups);
        m_suggestions = std::move(fresh);
        endResetModel();
        return;
    }
    // Rows that show the same: no reset (a selection stays), the older advice is let go.
    m_rows = std::move(groups);
    m_suggestions = std::move(fresh);
    if (!m_rows->empty()) // the checkboxes follow the current scenario
        emit dataChanged(index(0, Apply), index(rowCount() - 1, Apply), {Qt::CheckStateRole});
}

} // namespace greenprint
