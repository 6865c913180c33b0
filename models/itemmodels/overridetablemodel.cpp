// SPDX-License-Identifier: GPL-3.0-or-later
#include "overridetablemodel.h"

#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "io/overrideapplier.h"
#include "scenario/scenarioevaluator.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QUndoStack>

namespace greenprint {

OverrideTableModel::OverrideTableModel(LiveAdvisor *advisor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_advisor(advisor)
{
    connect(advisor, &LiveAdvisor::updated, this, &OverrideTableModel::refresh);
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, &OverrideTableModel::refresh);
    refresh();
}

int OverrideTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverrideTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverrideTableModel::pathAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[row].path : QString();
}

void OverrideTableModel::setDescriber(OverrideDescriber describer)
{
    m_describer = std::move(describer);
    refresh();
}

QByteArray OverrideTableModel::valueAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[row].value : QByteArray();
}

OverrideText OverrideTableModel::textAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_texts.size()) ? m_texts[row] : OverrideText();
}

QString OverrideTableModel::problemAt(int row) const
{
    return row >= 0 && row < m_problems.size() ? m_problems.at(row) : QString();
}

QVariant OverrideTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ScenarioOverride &o = m_rows[index.row()];
    const OverrideText text = textAt(index.row());
    const QString problem = problemAt(index.row());
    if (role == HasProblemRole)
        return !problem.isEmpty();
    if (role == KnownFieldRole)
        return text.known;
    if (role == Qt::ForegroundRole && !problem.isEmpty())
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole) {
        const QString words = tr("%1: %2 → %3").arg(text.field, text.baseline, text.value);
        const QString raw = tr("%1 = %2").arg(o.path, QString::fromUtf8(o.value));
        QStringList lines{words, raw};
        if (!problem.isEmpty())
            lines << problem;
        return lines.join(u'\n');
    }
    if (role == Qt::EditRole) {
        if (index.column() == Path)
            return o.path;
        if (index.column() == Value)
            return QString::fromUtf8(o.value);
        return problem;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Path:
        return text.field;
    case Value:
        return tr("%1 → %2").arg(text.baseline, text.value);
    case Problem:
        return problem;
    default:
        return {};
    }
}

bool OverrideTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return false;
    ProjectDocument *document = m_advisor->document();
    const int scenario = m_advisor->currentScenario();
    const QString path = m_rows[index.row()].path;
    std::unique_ptr<QUndoCommand> command;
    if (index.column() == Path)
        command = ScenarioEdits::renameOverride(document, scenario, path, value.toString());
    else if (index.column() == Value)
        command = ScenarioEdits::setOverride(document, scenario, path,
                                             value.toString().trimmed().toUtf8());
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

Qt::ItemFlags OverrideTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // A known field is changed by its value; the path of an unknown one can be corrected.
    if (index.isValid()
        && (index.column() == Value || (index.column() == Path && !textAt(index.row()).known)))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OverrideTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Path:
        return tr("Field");
    case Value:
        return tr("Plan → scenario");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

QStringList OverrideTableModel::estimateProblems(const ScenarioEvaluation &evaluation,
                                                 const QString &path)
{
    // The component an override edits: what its estimate could not count is the override's
    // problem too (an instance without a published peak or price).
    static const QRegularExpression componentPath(
        QStringLiteral(R"(^stages\[(\d+)\]\.components\[(\d+)\])"));
    const QRegularExpressionMatch match = componentPath.match(path);
    if (!evaluation.ok || !match.hasMatch())
        return {};
    QStringList messages;
    const QString prefix = match.captured(0);
    for (const Issue &issue : evaluation.estimate.issues) {
        if (issue.severity == Issue::Severity::Error && issue.path.startsWith(prefix)
            && (issue.path.size() == prefix.size() || issue.path.at(prefix.size()) == u'.'))
            messages << tr("not estimated: %1").arg(issue.message);
    }
    const std::size_t stage = match.captured(1).toUInt();
    const std::size_t component = match.captured(2).toUInt();
    if (stage < evaluation.estimate.stages.size()
        && component < evaluation.estimate.stages[stage].components.size()) {
        const ComponentEstimate &c = evaluation.estimate.stages[stage].components[component];
        if (c.footprint.complete && !c.footprint.costKnown)
            messages << tr("cost unknown: no price for \"%1\" in the reference data")
                            .arg(c.instance.isEmpty() ? c.name : c.instance);
    }
    return messages;
}

void OverrideTableModel::refresh()
{
    std::vector<ScenarioOverride> rows;
    const int scenario = m_advisor->currentScenario();
    const auto &scenarios = m_advisor->document()->project().scenarios;
    if (scenario >= 0 && scenario < static_cast<int>(scenarios.size()))
        rows = scenarios[scenario].overrides;
    QStringList paths;
    for (const ScenarioOverride &o : rows)
        paths << o.path;
    const Project &plan = m_advisor->document()->project();
    const std::vector<std::optional<QByteArray>> baseline = OverrideApplier::valuesAt(plan, paths);
    std::vector<OverrideText> texts;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (m_describer) {
            texts.push_back(m_describer(plan, rows[i], baseline[i]));
        } else {
            texts.push_back({rows[i].path,
                             baseline[i] ? QString::fromUtf8(*baseline[i]) : tr("not set"),
                             QString::fromUtf8(rows[i].value), false});
        }
    }
    QStringList problems;
    const ScenarioEvaluation &evaluation = m_advisor->evaluation();
    for (const ScenarioOverride &o : rows) {
        QStringList messages;
        if (evaluation.name == scenarios[scenario].name) {
            for (const Issue &issue : evaluation.issues) {
                if (!issue.path.isEmpty()
                    && (issue.path == o.path || issue.path.startsWith(o.path + u'.')
                        || issue.path.startsWith(o.path + u'['))) {
                    messages << issue.message;
                }
            }
            messages << estimateProblems(evaluation, o.path);
        }
        problems << messages.join(u'\n');
    }
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        m_texts = std::move(texts);
        m_problems = problems;
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    m_texts = std::move(texts);
    m_problems = problems;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace greenprint
