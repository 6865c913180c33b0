// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "views/stagenavigator.h"

#include "commands/componentcommands.h"
#include "commands/componentfactory.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace greenprint {

EditActions::EditActions(ProjectDocument *document, StageNavigator *navigator, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_navigator(navigator)
    , m_undo(document->undoStack()->createUndoAction(this, tr("&Undo")))
    , m_redo(document->undoStack()->createRedoAction(this, tr("&Redo")))
    , m_duplicate(new QAction(tr("&Duplicate Component"), this))
    , m_remove(new QAction(tr("Re&move Component"), this))
    , m_moveUp(new QAction(tr("Move Component &Up"), this))
    , m_moveDown(new QAction(tr("Move Component Do&wn"), this))
    , m_addMenu(new QMenu(tr("&Add Component"), window))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_addMenu->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addMenu->setObjectName(QStringLiteral("addComponentMenu"));

    for (int t = 0; t < kComponentTypeCount; ++t) {
        QAction *action =
            m_addMenu->addAction(componentTypeDisplayName(static_cast<ComponentType>(t)), this,
                                 [this, t] { addComponent(t); });
        action->setObjectName(QStringLiteral("add-") + componentTypeKey(ComponentType(t)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + t)));
    }

    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateComponent);
    connect(m_remove, &QAction::triggered, this, &EditActions::removeComponent);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveComponent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveComponent(+1); });
    connect(navigator, &StageNavigator::currentChanged, this, &EditActions::updateActions);
    connect(document, &ProjectDocument::changed, this, &EditActions::updateActions);
    updateActions();
}

void EditActions::populateMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addMenu(m_addMenu);
    menu->addAction(m_duplicate);
    menu->addAction(m_remove);
    menu->addSeparator();
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
}

void EditActions::addComponent(int type)
{
    int stage = m_navigator->currentStage();
    if (stage < 0)
        stage = static_cast<int>(StageKind::Training);
    const ComponentRef current = m_navigator->currentComponent();
    const int row = current.isValid()
        ? current.index + 1
        : static_cast<int>(m_document->project().stages[stage].components.size());
    m_document->undoStack()->push(
        new AddComponent(m_document, {stage, row},
                         makeComponent(static_cast<ComponentType>(type),
                                       m_document->project().stages[stage], defaultInstance())));
    m_navigator->selectComponent({stage, row});
}

void EditActions::duplicateComponent()
{
    const ComponentRef current = m_navigator->currentComponent();
    if (!m_document->component(current))
        return;
    m_document->undoStack()->push(AddComponent::duplicate(m_document, current).release());
    m_navigator->selectComponent({current.stage, current.index + 1});
}

void EditActions::removeComponent()
{
    const ComponentRef current = m_navigator->currentComponent();
    if (m_document->component(current))
        m_document->undoStack()->push(new RemoveComponent(m_document, current));
}

void EditActions::moveComponent(int delta)
{
    const ComponentRef current = m_navigator->currentComponent();
    const ComponentRef target{current.stage, current.index + delta};
    if (!m_document->component(current) || !m_document->component(target))
        return;
    m_document->undoStack()->push(
        new MoveComponent(m_document, current.stage, current.index, target.index));
    m_navigator->selectComponent(target);
}

void EditActions::updateActions()
{
    const ComponentRef current = m_navigator->currentComponent();
    const bool has = m_document->component(current) != nullptr;
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    m_moveUp->setEnabled(has && current.index > 0);
    m_moveDown->setEnabled(has && m_document->component({current.stage, current.index + 1}));
}

QString EditActions::defaultInstance() const
{
    if (const Component *c = m_document->component(m_navigator->currentComponent());
        c && !c->instance().isEmpty())
        return c->instance();
    for (const Stage &stage : m_document->project().stages) {
        for (const Component &c : stage.components) {
            if (!c.instance().isEmpty())
                return c.instance();
        }
    }
    return QStringLiteral("m5.xlarge");
}

} // namespace greenprint
