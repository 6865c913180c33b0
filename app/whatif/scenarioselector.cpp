// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioselector.h"

#include "commands/addremovescenario.h"
#include "commands/undocommands.h"
#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "itemmodels/scenariolistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>

namespace greenprint {
namespace {

/** A text button no wider than its text: the row fits beside the docks on a small screen. */
QToolButton *makeButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ScenarioSelector::ScenarioSelector(LiveAdvisor *advisor, ScenarioListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_advisor(advisor)
    , m_combo(new QComboBox(this))
    , m_new(makeButton(tr("New"), this))
    , m_duplicate(makeButton(tr("Duplicate"), this))
    , m_rename(makeButton(tr("Rename…"), this))
    , m_delete(makeButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("scenarioSelector"));
    m_combo->setObjectName(QStringLiteral("scenarioCombo"));
    m_combo->setModel(model);
    m_combo->setPlaceholderText(tr("No scenario yet: click New"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12); // whole names in the list
    // Qt sizes the box for its whole placeholder, which holds the row wider than a small
    // screen leaves beside the docks: its own minimum instead (the list shows whole names).
    m_combo->setMinimumWidth(m_combo->fontMetrics().averageCharWidth() * 12
                             + m_combo->fontMetrics().height() * 2); // and the arrow
    m_combo->setAccessibleName(tr("Current scenario"));
    auto *label = new QLabel(tr("&Scenario:"), this);
    label->setBuddy(m_combo);
    m_new->setObjectName(QStringLiteral("newScenario"));
    m_new->setToolTip(tr("Add an empty scenario"));
    m_duplicate->setObjectName(QStringLiteral("duplicateScenario"));
    m_duplicate->setToolTip(tr("Add a copy of the current scenario"));
    m_rename->setObjectName(QStringLiteral("renameScenario"));
    m_rename->setToolTip(tr("Rename the current scenario"));
    m_delete->setObjectName(QStringLiteral("deleteScenario"));
    m_delete->setToolTip(tr("Delete the current scenario (Edit > Undo brings it back)"));
    for (QToolButton *button : {m_new, m_duplicate, m_rename, m_delete})
        button->setAccessibleName(button->text().remove(u'…') + u' ' + tr("scenario"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    for (QToolButton *button : {m_new, m_duplicate, m_rename, m_delete})
        layout->addWidget(button);

    connect(m_new, &QToolButton::clicked, this, &ScenarioSelector::newScenario);
    connect(m_duplicate, &QToolButton::clicked, this, &ScenarioSelector::duplicateScenario);
    connect(m_rename, &QToolButton::clicked, this, &ScenarioSelector::askRename);
    connect(m_delete, &QToolButton::clicked, this, &ScenarioSelector::deleteScenario);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_resetting) // QComboBox forgets its row on a reset; the advisor knows better
            return;
        m_advisor->setCurrentScenario(row);
        updateButtons();
    });
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, [this](int row) {
        m_combo->setCurrentIndex(row);
        updateButtons();
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        m_combo->setCurrentIndex(m_advisor->currentScenario());
        updateButtons();
    });
    m_combo->setCurrentIndex(advisor->currentScenario());
    updateButtons();
}

int ScenarioSelector::newScenario()
{
    ProjectDocument *document = m_advisor->document();
    Scenario scenario;
    scenario.name = tr("Scenario %1").arg(document->project().scenarios.size() + 1);
    auto *command = new AddScenario(document, scenario);
    const int row = command->row();
    document->undoStack()->push(command);
    m_advisor->setCurrentScenario(row);
    return row;
}

int ScenarioSelector::duplicateScenario()
{
    ProjectDocument *document = m_advisor->document();
    const int current = m_advisor->currentScenario();
    if (current < 0)
        return -1;
    auto *command = new AddScenario(document, document->project().scenarios[current], current + 1);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Duplicate scenario")));
    const int row = command->row();
    document->undoStack()->push(command);
    m_advisor->setCurrentScenario(row);
    return row;
}

bool ScenarioSelector::renameScenario(const QString &name)
{
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command =
        ScenarioEdits::rename(document, m_advisor->currentScenario(), name);
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

bool ScenarioSelector::deleteScenario()
{
    ProjectDocument *document = m_advisor->document();
    const int current = m_advisor->currentScenario();
    if (current < 0)
        return false;
    document->undoStack()->push(new RemoveScenario(document, current));
    return true;
}

void ScenarioSelector::askRename()
{
    const int current = m_advisor->currentScenario();
    if (current < 0)
        return;
    const QString old = m_advisor->document()->project().scenarios[current].name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"),
                                               QLineEdit::Normal, old, &ok);
    if (ok && name.trimmed() != old && !renameScenario(name)) {
        QMessageBox::information(this, tr("Rename Scenario"),
                                 tr("A scenario needs a name that no other scenario has."));
    }
}

void ScenarioSelector::updateButtons()
{
    const bool has = m_advisor->currentScenario() >= 0;
    m_duplicate->setEnabled(has);
    m_rename->setEnabled(has);
    m_delete->setEnabled(has);
}

} // namespace greenprint
