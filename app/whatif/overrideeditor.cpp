// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrideeditor.h"

#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "itemmodels/overridetablemodel.h"
#include "scenario/scenarioevaluator.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace greenprint {

OverrideEditor::OverrideEditor(LiveAdvisor *advisor, OverrideTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_advisor(advisor)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_path(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("overrideEditor"));
    m_view->setObjectName(QStringLiteral("overrideTable"));
    m_view->setAccessibleName(tr("Field overrides of the current scenario"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OverrideTableModel::Path, 240);
    m_view->setColumnWidth(OverrideTableModel::Value, 140);
    m_view->setWordWrap(false);
    m_path->setObjectName(QStringLiteral("overridePath"));
    m_path->setPlaceholderText(tr("stages[2].region"));
    m_path->setAccessibleName(tr("Override field (JSON path)"));
    m_path->setToolTip(tr("A field of the project file, e.g. stages[2].components[0].instance"));
    m_value->setObjectName(QStringLiteral("overrideValue"));
    m_value->setPlaceholderText(tr("\"eu-north-1\""));
    m_value->setAccessibleName(tr("Override value (JSON)"));
    m_value->setToolTip(tr("The new value as JSON: \"text\" in quotes, numbers as is, null to "
                           "remove an optional field"));
    m_add->setObjectName(QStringLiteral("addOverride"));
    m_add->setAccessibleName(tr("Add override"));
    m_remove->setObjectName(QStringLiteral("removeOverride"));
    m_remove->setAccessibleName(tr("Remove override"));
    m_errors->setObjectName(QStringLiteral("overrideErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *pathLabel = new QLabel(tr("&Field:"), this);
    pathLabel->setBuddy(m_path);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0, 1, 6);
    layout->addWidget(pathLabel, 1, 0);
    layout->addWidget(m_path, 1, 1);
    layout->addWidget(valueLabel, 1, 2);
    layout->addWidget(m_value, 1, 3);
    layout->addWidget(m_add, 1, 4);
    layout->addWidget(m_remove, 1, 5);
    layout->addWidget(m_errors, 2, 0, 1, 6);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(3, 2);

    connect(m_add, &QPushButton::clicked, this, &OverrideEditor::addFromFields);
    connect(m_value, &QLineEdit::returnPressed, this, &OverrideEditor::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &OverrideEditor::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverrideEditor::updateState);
    connect(advisor, &LiveAdvisor::updated, this, &OverrideEditor::updateState);
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, &OverrideEditor::updateState);
    updateState();
}

bool OverrideEditor::setOverride(const QString &path, const QString &value)
{
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command = ScenarioEdits::setOverride(
        document, m_advisor->currentScenario(), path, value.trimmed().toUtf8());
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

bool OverrideEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command = ScenarioEdits::removeOverride(
        document, m_advisor->currentScenario(), m_model->pathAt(rows.first().row()));
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

void OverrideEditor::addFromFields()
{
    if (setOverride(m_path->text(), m_value->text())) {
        m_path->clear();
        m_value->clear();
        m_path->setFocus();
    }
}

void OverrideEditor::updateState()
{
    const bool has = m_advisor->currentScenario() >= 0;
    m_path->setEnabled(has);
    m_value->setEnabled(has);
    m_add->setEnabled(has);
    m_remove->setEnabled(has && m_view->selectionModel()->hasSelection());
    QStringList lines;
    const ScenarioEvaluation &evaluation = m_advisor->evaluation();
    for (const Issue &issue : evaluation.issues) {
        if (issue.severity != Issue::Severity::Error || issue.path.isEmpty())
            continue;
        lines << tr("%1: %2").arg(issue.path, issue.message);
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

} // namespace greenprint
