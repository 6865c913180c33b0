// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuesmodel.h"

#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "domain/estimate.h"

namespace greenprint {

IssuesModel::IssuesModel(LiveEstimate *estimate, QObject *parent)
    : QAbstractTableModel(parent)
    , m_estimate(estimate)
{
    connect(estimate, &LiveEstimate::updated, this, &IssuesModel::refresh);
    refresh();
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Issue &issue = m_issues[index.row()];
    if (role == PathRole)
        return issue.path;
    if (role == SeverityRole)
        return static_cast<int>(issue.severity);
    if (role == Qt::ToolTipRole)
        return issue.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity:
        return severityName(issue.severity);
    case Path:
        return issue.path.isEmpty() ? tr("Project") : issue.path;
    case Message:
        return issue.message;
    default:
        return {};
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Path:
        return tr("Field");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

QString IssuesModel::severityName(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Info:
        return tr("Info");
    case Issue::Severity::Warning:
        return tr("Warning");
    case Issue::Severity::Error:
        return tr("Error");
    }
    return {};
}

void IssuesModel::refresh()
{
    Issues issues = m_estimate->estimate().issues;
    const Issues &loaded = m_estimate->document()->loadIssues();
    issues.insert(issues.end(), loaded.begin(), loaded.end());
    if (issues == m_issues)
        return;
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

} // namespace greenprint
